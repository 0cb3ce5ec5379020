# globals() and locals() at module, function and class level.
g_value = 1
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["g_value"], "__name__" in globals(), globals()["__name__"])
globals()["created_via_globals"] = "yes"
print(created_via_globals)
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))
def nested():
    outer_v = "o"
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_v, sorted(locals())
    return inner(), inner_uses()
print(nested())
class K:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals())
def modifies_locals():
    v = 1
    locals()["v"] = 99
    return v
print(modifies_locals())
def global_access():
    return globals() is func.__globals__
print(global_access())
counter = 0
def bump_via_globals():
    globals()["counter"] += 1
for _ in range(3):
    bump_via_globals()
print(counter)
def lc():
    x = 5
    return [sorted(locals()) for _ in range(1)]
print(lc())
