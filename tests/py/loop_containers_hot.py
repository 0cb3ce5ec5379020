# Lists, dicts, sets and strings mutated inside hot loops.
def list_ops(n):
    lst = []
    for i in range(n):
        lst.append(i)
        if i % 3 == 0:
            lst.pop()
        if i % 100 == 0 and lst:
            lst.insert(0, -i)
    return len(lst), lst[:5], lst[-5:], sum(lst)
print(list_ops(20000))
def dict_ops(n):
    d = {}
    for i in range(n):
        k = i % 257
        d[k] = d.get(k, 0) + i
        if i % 1000 == 999:
            del d[k]
    return len(d), sum(d.values()), list(d)[:8]
print(dict_ops(30000))
def set_ops(n):
    s = set()
    for i in range(n):
        s.add(i * 7 % 1000)
        if i % 5 == 0:
            s.discard(i % 1000)
    return len(s), sorted(s)[:10]
print(set_ops(20000))
def str_ops(n):
    parts = []
    s = ""
    for i in range(n):
        parts.append(str(i % 10))
        if i % 100 == 0:
            s += "|"
    joined = "".join(parts)
    return len(joined), joined[:25], len(s), joined.count("7")
print(str_ops(20000))
def nested_containers(n):
    grid = [[0] * 10 for _ in range(10)]
    for i in range(n):
        grid[i % 10][(i * 3) % 10] += i
    return [sum(r) for r in grid]
print(nested_containers(20000))
def index_patterns(n):
    lst = list(range(100))
    t = 0
    for i in range(n):
        t += lst[i % 100] + lst[-1 - i % 100] + lst[(i * 7) % 100]
        lst[i % 100] = t % 1000
    return t, lst[:10]
print(index_patterns(20000))
def tuple_keys(n):
    d = {}
    for i in range(n):
        key = (i % 10, i % 7)
        d[key] = d.get(key, 0) + 1
    return len(d), d[(3, 3)], max(d.values())
print(tuple_keys(20000))
def slice_loop(n):
    data = list(range(50))
    total = 0
    for i in range(n):
        total += sum(data[i % 10: i % 10 + 5]) + len(data[::i % 5 + 1])
    return total
print(slice_loop(5000))
def unpack_loop(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = b, c, (a + b + c) % 1000
        first, *rest = (a, b, c)
        a = first + len(rest) - 2
    return a, b, c
print(unpack_loop(20000))
