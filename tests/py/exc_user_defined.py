# User-defined exception classes: hierarchies, extra attributes, str/repr.
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"
class Silent(AppError):
    pass
for exc in [NotFound("user"), Invalid("age", -1), Silent(), Silent("msg"), Silent("a", 2), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("file")
except NotFound as e:
    print(e.what, isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
print(NotFound.__mro__)
print(issubclass(Invalid, AppError), issubclass(AppError, Invalid), AppError.__doc__)
def handler(exc):
    try:
        raise exc
    except NotFound:
        return "not-found handler"
    except AppError:
        return "generic app handler"
    except Exception:
        return "fallback"
print(handler(NotFound("x")), handler(Invalid("f", 1)), handler(ValueError()))
class WithDefaults(Exception):
    def __init__(self, msg="default message", code=500):
        super().__init__(msg, code)
        self.code = code
e = WithDefaults()
print(e, e.args, e.code, repr(e))
e2 = WithDefaults("custom", code=404)
print(e2, e2.code)
class BaseLevel(BaseException):
    pass
try:
    try:
        raise BaseLevel("bypasses Exception")
    except Exception:
        print("not caught here")
except BaseLevel as b:
    print("caught BaseException subclass:", b)
class KeyErr(KeyError):
    pass
try:
    {}["k"]
except KeyErr:
    print("wrong")
except KeyError as k:
    print("KeyError not KeyErr:", repr(k))
try:
    raise KeyErr("custom key")
except LookupError as k:
    print(type(k).__name__, str(k), repr(k))
class ErrNoInitSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
x = ErrNoInitSuper(1, 2)
print(repr(x), str(x), x.args)
x.args = ("manually set",)
print(str(x), repr(x))
