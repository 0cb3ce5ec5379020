# global declarations.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
for _ in range(5):
    inc()
print("counter", counter)
def create():
    global created
    created = "made inside function"
create()
print(created)
def read_only():
    return counter * 2
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def multi():
    global a1, a2
    a1, a2 = "x", "y"
multi()
print(a1, a2)
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
nested_global()
print("counter after nested", counter)
total = 0
def accumulate(values):
    global total
    for v in values:
        total += v
accumulate(range(100))
print(total)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
class K:
    global from_class
    from_class = "set in class body"
print(from_class)
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print("idx", idx)
exec("global_via_exec = 1")
print(global_via_exec)
print(sorted(k for k in globals() if not k.startswith("__")))
