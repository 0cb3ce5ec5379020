# map and filter: laziness, multiple iterables, None as filter function.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str.upper, "abc")), list(map(int, "123")), list(map(float, ["1.5", "2"])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(lambda s: s.startswith("b"), ["ab", "ba", "bb"])))
m = map(lambda x: x * 10, range(3))
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
log = []
def tr(x):
    log.append(x)
    return x * 2
m2 = map(tr, [1, 2, 3])
print(log)
print(next(m2), log)
print(sum(map(int, "12345")), max(map(len, "a bbb cc".split())), sorted(map(lambda s: s[::-1], ["ab", "ca"])))
print(list(map(lambda t: t[0] + t[1], zip("ab", "cd"))), dict(map(lambda k: (k, ord(k)), "xy")))
print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2}.items())))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(lambda: 0)
except TypeError as e:
    print("TypeError:", e)
print(list(map(None.__class__, [])), list(filter(lambda x: x, [])))
nested = list(map(lambda row: list(filter(lambda v: v % 2, row)), [[1, 2, 3], [4, 5, 6]]))
print(nested)
