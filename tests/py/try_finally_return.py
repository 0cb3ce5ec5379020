# return inside try and finally; finally overrides.
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(f2())
def f3():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x, "but return value already computed")
print(f3())
def f4():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated in finally")
print(f4())
def f5(n):
    try:
        if n > 0:
            return "positive"
        raise ValueError("nonpositive")
    except ValueError as e:
        return f"except: {e}"
    finally:
        print("finally for", n)
print(f5(1))
print(f5(-1))
def f6():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally iteration", i)
print(f6())
def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except-return")
print(f8())
def f9():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    finally:
        return "finally wins over raise in except"
print(f9())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
    break
print("after break")
def counting():
    n = 0
    for i in range(1000):
        try:
            n += 1
            if i == 999:
                return n
        finally:
            n += 1
print(counting())
