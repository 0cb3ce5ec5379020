# Graph algorithms on adjacency dicts: BFS, DFS, topological sort, Dijkstra (hand-made heap), components.
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11),
         ("g", "h", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, {})[v] = w
    graph.setdefault(v, {})[u] = w
print({k: sorted(v.items()) for k, v in sorted(graph.items())})
def bfs(start):
    seen = {start: 0}
    order = [start]
    frontier = [start]
    while frontier:
        nxt = []
        for u in frontier:
            for v in sorted(graph[u]):
                if v not in seen:
                    seen[v] = seen[u] + 1
                    order.append(v)
                    nxt.append(v)
        frontier = nxt
    return order, seen
print(bfs("a"))
def dfs(u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in sorted(graph[u]):
        if v not in seen:
            dfs(v, seen, order)
    return order
print(dfs("a"), dfs("g"))
def components():
    seen = set()
    comps = []
    for u in sorted(graph):
        if u not in seen:
            comp = dfs(u)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    def push(item):
        heap.append(item)
        i = len(heap) - 1
        while i and heap[(i - 1) // 2] > heap[i]:
            heap[(i - 1) // 2], heap[i] = heap[i], heap[(i - 1) // 2]
            i = (i - 1) // 2
    def pop():
        heap[0], heap[-1] = heap[-1], heap[0]
        item = heap.pop()
        i = 0
        while True:
            c = min((j for j in (2 * i + 1, 2 * i + 2) if j < len(heap)), key=lambda j: heap[j], default=None)
            if c is None or heap[c] >= heap[i]:
                break
            heap[c], heap[i] = heap[i], heap[c]
            i = c
        return item
    done = set()
    while heap:
        d, u = pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                push((nd, v))
    return dist, prev
dist, prev = dijkstra("a")
print(sorted(dist.items()))
def path(to):
    p = [to]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
print(path("f"), path("d"), path("a"))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def toposort(d):
    state = {}
    out = []
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle at " + n)
        state[n] = "active"
        for m in d[n]:
            visit(m)
        state[n] = "done"
        out.append(n)
    for n in d:
        visit(n)
    return out
print(toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print("ValueError:", e)
