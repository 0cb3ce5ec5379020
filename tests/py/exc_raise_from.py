# raise X from Y in various forms; translating exceptions in layers.
class ConfigError(Exception):
    pass
def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad port {s!r}") from e
for s in ["80", "x80", "", "65536"]:
    try:
        print("port", parse_port(s))
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing " + k) from None
try:
    lookup({}, "user")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, repr(e.__context__))
def layered(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        layered(n - 1)
    except Exception as e:
        raise RuntimeError(f"layer {n}") from e
try:
    layered(3)
except RuntimeError as e:
    cur = e
    while cur:
        print(type(cur).__name__, cur)
        cur = cur.__cause__
cause = ValueError("shared cause")
for i in range(2):
    try:
        raise KeyError(i) from cause
    except KeyError as e:
        print(repr(e), e.__cause__ is cause)
try:
    raise ValueError("v") from TypeError
except ValueError as e:
    print(repr(e.__cause__))
try:
    try:
        raise ValueError("inner")
    except ValueError as exc:
        raise exc from exc
except ValueError as e:
    print("self cause", e.__cause__ is e)
