# Specialized module attribute loads (LOAD_ATTR_MODULE, LOAD_METHOD_MODULE)
# and their deoptimization when the module's namespace changes.
import mod_spec_attr
import mod_spec_attr_b


def rebinding(n):
    m = mod_spec_attr
    total = 0
    for i in range(n):
        total += m.value + m.f(1)
        if i == 100:
            m.value = 1000
        if i == 200:
            m.f = lambda x: -x
        if i == 250:
            m.extra = 1  # a new key: the keys version changes
    return total


print("rebinding", rebinding(300))


def deleting(n):
    m = mod_spec_attr
    m.pi = 3
    total = 0
    for i in range(n):
        try:
            total += m.pi
        except AttributeError as e:
            print("caught", e)
            m.pi = 4
        if i == 150:
            del m.pi
    return total


print("deleting", deleting(300))


def module_getattr(n):
    m = mod_spec_attr
    m.x = 1
    total = 0
    for i in range(n):
        total += m.x
        if i == 100:
            del m.x
            m.__getattr__ = lambda name: 50
    del m.__getattr__
    return total


print("module getattr", module_getattr(300))


def two_modules(n):
    a = mod_spec_attr
    b = mod_spec_attr_b
    a.v = 1
    a.g = lambda: 10
    total = 0
    for i in range(n):
        m = a if (i // 10) % 2 else b
        total += m.v + m.g()
    return total


print("two modules", two_modules(300))


def module_dict_writes(n):
    m = mod_spec_attr_b
    m.k = 5
    total = 0
    for i in range(n):
        total += m.k
        vars(m)["k"] = i
        if i % 40 == 0:
            del m.__dict__["k"]
            m.k = 0
    return total


print("module dict writes", module_dict_writes(300))


def math_rebound(n):
    import math

    saved = math.pi
    total = 0.0
    for i in range(n):
        total += math.pi
        if i == 100:
            math.pi = 3
        if i == 200:
            math.pi = saved
    return round(total, 6)


print("math rebound", math_rebound(300))
