# Sets of strings printed directly (order is determined by str hashing with PYTHONHASHSEED=0).
fruits = {"apple", "banana", "cherry"}
print(fruits)
fruits.add("date")
print(fruits)
veg = {"carrot", "potato", "tomato", "cherry"}
print(fruits | veg)
print(fruits & veg, fruits - veg, veg - fruits, fruits ^ veg)
print(set("hello world"))
print(set("mississippi"), frozenset("abcdef"))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(set(words))
print({w[0] for w in words})
print({w.upper() for w in words if len(w) > 3})
letters = set()
for ch in "python":
    letters.add(ch)
    print(letters)
print({"a", "b"} | {"c"}, {"", " "}, {"é", "日本", "😀", "z"})
print(sorted(fruits), list(fruits) == list(fruits))
keys = {f"key{i}" for i in range(15)}
print(keys)
print({str(i) for i in range(12)})
d = dict.fromkeys(sorted({"x", "y", "z"}))
print(d)
print(", ".join(set(["one", "two", "three"])))
print([w for w in {"alpha", "beta", "gamma", "delta"}])
