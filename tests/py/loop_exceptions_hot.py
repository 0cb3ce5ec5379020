# Exceptions raised and caught inside hot loops; rare and frequent exception paths.
def rare(n):
    caught = 0
    s = 0
    for i in range(n):
        try:
            if i % 997 == 0:
                raise ValueError(i)
            s += i
        except ValueError as e:
            caught += 1
            s -= e.args[0]
    return s, caught
print(rare(20000))
def frequent(n):
    d = {}
    misses = 0
    for i in range(n):
        try:
            d[i % 50] += 1
        except KeyError:
            d[i % 50] = 1
            misses += 1
    return misses, sum(d.values())
print(frequent(20000))
def div_guard(n):
    s = 0.0
    for i in range(-n, n):
        try:
            s += 1 / i
        except ZeroDivisionError:
            s += 1000
    return round(s, 9)
print(div_guard(5000))
def nested_try(n):
    log = [0, 0, 0]
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                if i % 3 == 1:
                    raise IndexError(i)
            except KeyError:
                log[0] += 1
                raise TypeError
        except TypeError:
            log[1] += 1
        except IndexError:
            log[2] += 1
        finally:
            pass
    return log
print(nested_try(9000))
def stop_iteration_loop(n):
    total = 0
    for i in range(n):
        it = iter(range(i % 4))
        while True:
            try:
                total += next(it)
            except StopIteration:
                break
    return total
print(stop_iteration_loop(10000))
def attr_error_loop(n):
    class A:
        pass
    objs = [A() for _ in range(4)]
    objs[1].v = 10
    objs[3].v = 30
    s = 0
    for i in range(n):
        try:
            s += objs[i % 4].v
        except AttributeError:
            s -= 1
    return s
print(attr_error_loop(8000))
def finally_counts(n):
    f = 0
    for i in range(n):
        try:
            if i % 10 == 0:
                continue
            if i % 25 == 0:
                break
        finally:
            f += 1
    return f, i
print(finally_counts(1000))
def raise_from_hot(n):
    causes = 0
    for i in range(n):
        try:
            try:
                int("x" if i % 100 == 0 else "1")
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as r:
            if isinstance(r.__cause__, ValueError):
                causes += 1
    return causes
print(raise_from_hot(5000))
