# Uncaught AttributeError on None (a common bug pattern).
def find(items, name):
    for it in items:
        if it["name"] == name:
            return it
items = [{"name": "a", "v": 1}, {"name": "b", "v": 2}]
print(find(items, "a")["v"])
result = find(items, "z")
print("result is", result)
print(result.get("v"))
