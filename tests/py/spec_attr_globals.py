# Specialized global loads (LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN) and
# their deoptimization: globals and builtins rebound, deleted and shadowed
# while a loop runs.
import builtins

K = 3


def rebind_global(n):
    global K
    total = 0
    for i in range(n):
        total += K
        if i == 150:
            K = 100
        if i == 250:
            K = -1
    return total


print("rebind global", rebind_global(400), K)


def step():
    return 1


def rebind_function(n):
    global step
    total = 0
    for i in range(n):
        total += step()
        if i == 120:
            step = lambda: 10
    return total


print("rebind function", rebind_function(300))

real_len = builtins.len


def fake_len(x):
    return 1000


def rebind_builtin(n):
    total = 0
    data = [1, 2, 3]
    for i in range(n):
        total += len(data)
        if i == 130:
            builtins.len = fake_len
        if i == 260:
            builtins.len = real_len
    return total


print("rebind builtin", rebind_builtin(400))


def shadow_builtin(n):
    global len
    total = 0
    data = "abcd"
    for i in range(n):
        total += len(data)
        if i == 140:
            len = fake_len
        if i == 280:
            del len
    return total


print("shadow builtin", shadow_builtin(420))


def delete_builtin(n):
    total = 0
    for i in range(n):
        try:
            total += abs(-i)
        except NameError as e:
            print("caught", e)
            builtins.abs = saved
        if i == 170:
            del builtins.abs
    return total


saved = builtins.abs
print("delete builtin", delete_builtin(300))

G = 7


def delete_global(n):
    global G
    total = 0
    for i in range(n):
        try:
            total += G
        except NameError as e:
            print("caught", e)
            G = 8
        if i == 111:
            del G
    return total


print("delete global", delete_global(250))


def grow_globals(n):
    # Many new globals: the globals dict is rebuilt while K is loaded.
    total = 0
    for i in range(n):
        total += K
        globals()["extra_%d" % i] = i
    return total


print("grow globals", grow_globals(300), extra_299)


def churn_globals(n):
    # Insert and delete the same other global: keys change, K's value not.
    total = 0
    for i in range(n):
        globals()["temp"] = i
        total += K + temp
        del globals()["temp"]
    return total


print("churn globals", churn_globals(300))


def exec_globals():
    code = compile("t = 0\nfor i in range(200):\n    t += X + len('ab')\n", "<s>", "exec")
    for x in (1, 2, 3):
        g = {"X": x}
        exec(code, g)
        print("exec", x, g["t"])
    g = {"X": 5, "len": lambda s: 100}
    exec(code, g)
    print("exec shadowed", g["t"])


exec_globals()


class Key:
    """A str-like key whose equality mutates the globals dict."""

    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        globals()["mutated_%d" % len(globals())] = 1
        return other == self.s


def eq_mutation(n):
    total = 0
    d = {"a": 1}
    for i in range(n):
        total += K
        if i % 50 == 0:
            total += d.get(Key("a"), 0)
    return total


print("eq mutation", eq_mutation(300))
