# with statement: __enter__/__exit__ protocol and its arguments.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with CM("a") as v:
    print("body with", v)
with CM("b"):
    print("no as target")
try:
    with CM("c") as v:
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with CM("d", suppress=True):
    raise KeyError("swallowed")
print("after suppressed")
def f():
    with CM("in-func"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Target:
    pass
t = Target()
with CM("attr") as t.value:
    pass
print(t.value)
d = {}
with CM("sub") as d["k"]:
    pass
print(d)
with CM("tuple") as (first, *rest):
    print(first, rest)
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit raised")
try:
    with ExitRaises():
        raise ValueError("original")
except OSError as e:
    print("OSError:", e, "context", repr(e.__context__))
