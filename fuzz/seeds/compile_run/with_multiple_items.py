# Multiple context managers in one with; order of enter/exit.
log = []
class R:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            log.append("enter-fail " + self.name)
            raise RuntimeError("cannot enter " + self.name)
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else None}")
        return False
with R("a") as a, R("b") as b, R("c"):
    log.append("body " + a.name + b.name)
print(log)
log.clear()
try:
    with R("a"), R("b"):
        raise ValueError("x")
except ValueError:
    log.append("caught")
print(log)
log.clear()
try:
    with R("a"), R("b", fail_enter=True), R("c"):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
log.clear()
with (R("p") as p,
      R("q") as q):
    log.append("parenthesized")
print(log)
log.clear()
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with R("outer"), Suppress(KeyError), R("inner"):
    raise KeyError("k")
print(log)
log.clear()
with R("x"):
    with R("y"):
        log.append("nested")
print(log)
