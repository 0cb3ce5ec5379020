# Nested try blocks, re-raise, exceptions in handlers.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except IndexError:
        print("not here")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", repr(e))
        raise
try:
    level1()
except LookupError as e:
    print("top caught", type(e).__name__, e.args)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner handler", inner, "context:", repr(inner.__context__))
        print("back in outer handler")
        raise
except ValueError as e:
    print("re-raised original", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("handler failed") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def handler_raises():
    try:
        [][0]
    except IndexError:
        {}["missing"]
try:
    handler_raises()
except KeyError as e:
    print("KeyError with context", type(e.__context__).__name__, e.__context__)
for depth in range(4):
    try:
        try:
            try:
                if depth == 0:
                    raise ValueError
                if depth == 1:
                    raise TypeError
                if depth == 2:
                    raise KeyError
            except ValueError:
                print(depth, "caught at innermost")
        except TypeError:
            print(depth, "caught in middle")
    except KeyError:
        print(depth, "caught at outer")
    else:
        print(depth, "else at outer")
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
