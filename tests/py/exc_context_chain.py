# Implicit exception context (__context__) and explicit cause (__cause__).
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("original")
    except ValueError as orig:
        raise TypeError("explicit") from orig
except TypeError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
try:
    raise TypeError("no cause") from None
except TypeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise IndexError("x") from KeyError("y")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int("q")
        except ValueError:
            raise KeyError("third")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError from ArithmeticError
except ValueError as e:
    print("class as cause:", type(e.__cause__).__name__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e1 = ValueError("manual")
e1.__cause__ = KeyError("set by hand")
print(repr(e1.__cause__))
e2 = RuntimeError()
print(e2.__context__, e2.__cause__, e2.__suppress_context__, e2.__traceback__)
def f():
    try:
        raise ValueError(1)
    finally:
        pass
try:
    try:
        f()
    finally:
        print("outer finally")
except ValueError as e:
    print("context of plain raise:", e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise a
        except ValueError as b:
            print("same object re-raised:", a is b, b.__context__)
except Exception:
    pass
