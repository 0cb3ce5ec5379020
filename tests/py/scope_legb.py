# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_local():
        x = "local"
        return x
    def inner_global():
        global x
        return x
    return inner(), inner_local(), inner_global()
print(outer())
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
max = lambda *a: "global max"
print(max(1, 2))
del max
print(max(1, 2))
def uses_later_global():
    return later
later = "defined after function"
print(uses_later_global())
def loop_scope():
    for k in range(3):
        pass
    return k
print(loop_scope())
def comprehension_does_not_leak():
    [q for q in range(3)]
    try:
        return q
    except NameError as e:
        return "NameError: " + str(e)
print(comprehension_does_not_leak())
class Klass:
    y = "class var"
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
    def n(self):
        return self.y
print(Klass().m(), Klass().n())
def default_arg_scope(v=x):
    return v
x = "rebound global"
print(default_arg_scope(), x)
def enclosing_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(enclosing_loop())
def conditional_global(flag):
    if flag:
        global cg
        cg = "set"
    return "ok"
print(conditional_global(True), cg)
print(callable(print), print.__name__)
