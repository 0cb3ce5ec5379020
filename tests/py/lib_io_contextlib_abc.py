# io.StringIO, contextlib (contextmanager, suppress, redirect_stdout, ExitStack), abc, __future__ annotations.
from __future__ import annotations
import io, contextlib, abc, sys
s = io.StringIO()
s.write("hello\n"); s.write("world\n")
print(repr(s.getvalue()), s.tell())
s.seek(0); print(s.readline(), end=""); print(s.read())
with contextlib.redirect_stdout(io.StringIO()) as buf:
    print("captured!")
print("got:", repr(buf.getvalue()))
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
with contextlib.suppress(KeyError, ValueError):
    {}["x"]
print("suppressed")
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
q = Sq(3); print(q.area(), q.name(), isinstance(q, Shape), issubclass(Sq, Shape), isinstance(3, Shape))
def f(x: int) -> list[int]: return [x]
print(f.__annotations__)
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback ran")
    print(stack.enter_context(contextlib.nullcontext(5)))
