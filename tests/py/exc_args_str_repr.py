# Exception args, str and repr for zero, one and many arguments.
classes = [Exception, ValueError, TypeError, KeyError, IndexError, RuntimeError, ZeroDivisionError, StopIteration, AssertionError]
arg_sets = [(), ("msg",), (42,), ("a", "b"), (None,), ("",), ([1, 2],), ("quote'inside",)]
for cls in classes:
    for args in arg_sets:
        e = cls(*args)
        print(cls.__name__, args, "| str:", repr(str(e)), "| repr:", repr(e))
e = ValueError("x")
e.args = ("changed", 2)
print(str(e), repr(e))
e.extra = "attribute"
print(e.extra, e.args)
print(Exception("a", "b").args[1], len(Exception().args))
print(BaseException("base"), repr(BaseException()), str(SystemExit(3)), repr(SystemExit("bye")))
try:
    raise ValueError("multi", "args")
except ValueError as err:
    print(err, err.args)
print(repr(Exception(Exception("nested"))), str(Exception(ValueError("inner"))))
print(repr(KeyError(KeyError("k"))))
print(str(UnicodeError("uni")), repr(OSError("os")), repr(OSError(1, "one")))
