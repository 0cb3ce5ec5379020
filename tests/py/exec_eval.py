# exec and eval on strings.
print(eval("1 + 2 * 3"))
print(eval("[x * 2 for x in range(4)]"))
print(eval("'abc'.upper()"), eval("  42  "), eval("(1,\n2)"))
x = 10
print(eval("x * 2"))
exec("y = x + 5")
print(y)
exec("def made(a):\n    return a * 3\n")
print(made(4))
exec("""
class Dyn:
    v = 7
    def get(self):
        return self.v * 2
""")
print(Dyn().get())
code = "total = 0\nfor i in range(5):\n    total += i\n"
exec(code)
print(total)
print(eval("lambda q: q + 1")(1))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("x = 5")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(exec("1 + 1"))
c = compile("a * b", "<string>", "eval")
print(eval(c, {"a": 3, "b": 4}))
c2 = compile("print('compiled exec', n)", "<string>", "exec")
exec(c2, {"n": 99})
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
s = 0
for k in range(20):
    s += eval(str(k) + " * 2")
print(s)
print(eval("sorted(set('mississippi'))"))
print(eval("(lambda: [i for i in range(3)])()"))
