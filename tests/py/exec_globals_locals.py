# exec/eval with explicit globals and locals dicts.
g = {"a": 1}
exec("b = a + 1", g)
print(g["b"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
l = {}
exec("c = 5\nd = c * 2", {}, l)
print(l)
print(eval("a + b", g))
print(eval("a + z", g, {"z": 100}))
print(eval("x", {"x": "global"}, {"x": "local"}))
ns = {}
exec("def f():\n    return helper * 2\nhelper = 21", ns)
print(ns["f"]())
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("len('abc')", {"__builtins__": {"len": lambda s: -1}}))
loc = {"v": 1}
exec("v += 1\nw = v * 10", {}, loc)
print(loc)
def inside():
    local_var = 5
    return eval("local_var + 1")
print(inside())
def inside_exec():
    ns = {}
    exec("z = 3", globals(), ns)
    return ns["z"]
print(inside_exec())
exec("global_from_exec = 'set'", globals())
print(global_from_exec)
env = {"items": [3, 1, 2]}
exec("items.sort()\nn = len(items)", env)
print(env["items"], env["n"])
print(eval("[k for k in d]", {"d": {"p": 1, "q": 2}}))
scope = {}
exec("import math\nr = math.sqrt(16)", scope)
print(scope["r"], "math" in scope)
counter = {"n": 0}
for i in range(10):
    exec("n += i", {"i": i}, counter)
print(counter)
try:
    exec("1/0", {})
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
print(eval("x if x else y", {"x": 0, "y": "else"}))
