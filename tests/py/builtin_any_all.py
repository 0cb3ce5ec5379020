# any and all: empty iterables, short circuit, truthiness.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]), any(""), all(""))
print(any([None, "", [], {}]), all(["a", [1], {1: 1}, 1.5]), any([[], [0]]), all([[], [0]]))
checked = []
def check(v):
    checked.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 0, 5]), checked)
checked.clear()
print(all(check(v) for v in [1, 2, 0, 4]), checked)
print(all(x > 0 for x in range(1, 100)), any(x > 98 for x in range(100)), any(x > 99 for x in range(100)))
print(any({0: "a"}), any({1: "a"}), all({"": 1}), all(range(1, 5)), all(range(0, 5)))
words = ["apple", "avocado", "apricot"]
print(all(w.startswith("a") for w in words), any(w.endswith("t") for w in words), any(len(w) > 7 for w in words))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __bool__(self):
        print("  bool called")
        return True
print(any([Truthy(), Truthy()]), all([Truthy(), 0, Truthy()]))
print(type(any([1])).__name__, any(["x"]), all([0.0]) is False)
