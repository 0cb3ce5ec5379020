# try / except / else / finally combinations and flow.
def attempt(f, *args):
    log = []
    try:
        log.append("try")
        r = f(*args)
        log.append(f"result {r!r}")
    except ZeroDivisionError as e:
        log.append(f"zde {e}")
    except (KeyError, IndexError) as e:
        log.append(f"lookup {type(e).__name__} {e}")
    except Exception as e:
        log.append(f"other {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][3]))
print(attempt(lambda: int("x")))
print(attempt(lambda: "fine"))
print(attempt(divmod, 7, 2))
def only_finally():
    try:
        return "value"
    finally:
        print("finally runs before return completes")
print(only_finally())
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
e = "before"
try:
    raise TypeError("t")
except TypeError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("exception name deleted after handler:", err)
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base class", type(e).__name__, repr(e))
def bare_except():
    try:
        raise RuntimeError("x")
    except:
        return "bare caught"
print(bare_except())
class Boom(Exception):
    pass
for exc in [Boom, ValueError, StopIteration]:
    try:
        raise exc
    except (Boom, StopIteration):
        print("tuple caught", exc.__name__)
    except Exception as e:
        print("generic caught", type(e).__name__)
count = 0
for i in range(100):
    try:
        if i % 3 == 0:
            raise ValueError(i)
    except ValueError:
        count += 1
    else:
        count += 100
    finally:
        count += 10000
print("count", count)
try:
    pass
except Exception:
    print("not reached")
else:
    print("else without exception")
