# Dict and set comprehensions.
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 3 for x in range(10)})
print({c for c in "mississippi"})
print(sorted({c for c in "mississippi"}))
print({w: len(w) for w in "a bb ccc bb a".split()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j for j in range(i)} for i in range(4)})
print({x for x in range(20) if x % 2 if x % 3})
print({str(i): i for i in range(12)})
print({k.upper(): v for k, v in sorted({"z": 1, "y": 2}.items())})
print({n for n in [1, 1.0, True, 2]})
print({frozenset(): "empty", 1.5: "float", None: "none", "": "empty str"})
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print({k: v for k, v in counts.items() if v > 1})
inverse = {v: k for k, v in enumerate("abcdef")}
print(inverse)
print({x: y for x, y in [(1, "a"), (1, "b"), (2, "c")]})
print(len({i: i for i in range(10000)}), len({i % 97 for i in range(10000)}))
print({-5, -1, 0, 3, 100, 65, 33, 1000, 7, 2 ** 40})
print({"apple", "banana", "cherry", "kiwi", "fig", "grape"})
