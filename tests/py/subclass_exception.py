# Subclassing built-in exceptions: ValueError/KeyError/OSError-like, args handling.
class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line
class MissingKey(KeyError):
    pass
class Timeout(RuntimeError):
    def __str__(self):
        return "operation timed out after " + str(self.args[0]) + "s"
def parse(lines):
    out = {}
    for i, line in enumerate(lines, 1):
        if "=" not in line:
            raise ParseError(i, f"expected '=' in {line!r}")
        k, v = line.split("=", 1)
        out[k.strip()] = v.strip()
    return out
print(parse(["a = 1", "b=2"]))
try:
    parse(["a=1", "oops"])
except ValueError as e:
    print(type(e).__name__, e, e.line, e.args)
try:
    raise MissingKey("name")
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise MissingKey()
except LookupError as e:
    print(repr(str(e)), repr(e))
try:
    raise Timeout(30)
except RuntimeError as e:
    print(e, repr(e), e.args)
print(ParseError.__mro__)
print([c.__name__ for c in Timeout.__mro__])
class MultiArgs(Exception):
    pass
for args in [(), ("one",), ("one", "two"), (1,), (None,), ([1, 2],)]:
    e = MultiArgs(*args)
    print(args, "->", repr(str(e)), repr(e))
class StopHere(StopIteration):
    pass
def gen():
    yield 1
    raise StopHere("custom stop")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
class MyArith(ArithmeticError):
    pass
try:
    raise MyArith("arith")
except ArithmeticError as e:
    print("caught as ArithmeticError:", e)
class NotImpl(NotImplementedError):
    pass
try:
    raise NotImpl
except RuntimeError as e:
    print("NotImplementedError subclasses RuntimeError:", type(e).__name__)
