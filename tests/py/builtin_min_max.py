# min / max with iterables, multiple args, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((1,)), min("hello"), max("hello"))
print(min([3, 1, 2], key=lambda x: -x), max(["a", "bbb", "cc"], key=len), min(["a", "bbb", "cc"], key=len))
print(max([], default="empty"), min((), default=None), max([1], default=5), min([], key=len, default="d"))
print(max(1, 2.5, True), min(-1, -1.0), max([1, 1.0]), max([1.0, 1]), min(0, False), min(False, 0))
words = ["apple", "fig", "kiwi", "banana", "date"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max(len(w) for w in words), min((len(w), w) for w in words))
d = {"a": 3, "b": 7, "c": 1}
print(max(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), max({3, 9, 1}), min(frozenset([4, 2])))
print(max(range(10 ** 6)), min(range(-5, 5, 3)), max(iter([2, 8, 3])))
print(max(10 ** 30, 2 ** 100), min(-(10 ** 30), -(2 ** 100)), max(0.1, 1 / 10))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max([1], bogus=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
calls = []
def key(x):
    calls.append(x)
    return x % 3
print(max([4, 5, 6, 7], key=key), calls)
print(max(["b", "B", "a"], key=str.lower), min(["b", "B", "a"], key=str.lower))
print(max([float("nan"), 1.0, 2.0]), max([1.0, float("nan"), 2.0]))
