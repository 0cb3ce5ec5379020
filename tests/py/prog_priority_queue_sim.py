# A hand-written binary heap priority queue driving a discrete-event simulation.
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top = a[0]
        a[0] = last
        i = 0
        n = len(a)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < n and a[l] < a[smallest]:
                smallest = l
            if r < n and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                break
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest
        return top
    def __len__(self):
        return len(self.items)
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
events = Heap()
seq = 0
def schedule(t, kind, cust):
    global seq
    seq += 1
    events.push((t, seq, kind, cust))
for c in range(8):
    schedule(rand() % 50, "arrive", c)
busy_until = 0
queue = []
served = []
clock = 0
while events:
    t, _, kind, cust = events.pop()
    clock = t
    if kind == "arrive":
        print(f"t={t:3} customer {cust} arrives, queue={queue}")
        if busy_until <= t and not queue:
            dur = 5 + rand() % 10
            busy_until = t + dur
            schedule(busy_until, "depart", cust)
            print(f"      starts service for {dur}")
        else:
            queue.append(cust)
    else:
        served.append((cust, t))
        print(f"t={t:3} customer {cust} departs")
        if queue:
            nxt = queue.pop(0)
            dur = 5 + rand() % 10
            busy_until = t + dur
            schedule(busy_until, "depart", nxt)
            print(f"      customer {nxt} starts service for {dur}")
print("served", served)
print("final clock", clock)
