# Exception raised deep inside nested function calls; innermost frame line recorded.
def level_c(x):
    print("level_c", x)
    return {"a": 1}[x]
def level_b(x):
    print("level_b", x)
    return level_c(x) * 2
def level_a(x):
    print("level_a", x)
    return level_b(x) + 1
print(level_a("a"))
print(level_a("missing"))
