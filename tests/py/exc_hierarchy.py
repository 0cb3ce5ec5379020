# The built-in exception hierarchy.
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, FileNotFoundError, PermissionError, TimeoutError, ConnectionError]
for cls in classes:
    print(cls.__name__, "->", cls.__bases__[0].__name__, len(cls.__mro__))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(TabError, SyntaxError))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(OverflowError, ArithmeticError), issubclass(bool, Exception))
print(IOError is OSError, EnvironmentError is OSError)
for exc in [ZeroDivisionError, KeyError, IndexError, TypeError, UnicodeDecodeError, FileNotFoundError]:
    caught_by = [base.__name__ for base in (ArithmeticError, LookupError, ValueError, OSError, Exception) if issubclass(exc, base)]
    print(exc.__name__, caught_by)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit caught", e.code, e.args)
try:
    raise SystemExit
except BaseException as e:
    print("bare SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("KeyboardInterrupt via BaseException:", type(e).__name__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
e = FileNotFoundError(2, "missing", "f.txt")
print(e.errno, e.filename, str(e))
print(type(OSError(2, "x")).__name__)
