# NameError and UnboundLocalError messages.
def show(label, fn):
    try:
        fn()
        print(label, "=> no error")
    except NameError as e:
        print(label, "=>", type(e).__name__ + ":", e)
def undefined_global():
    return not_defined_anywhere
show("global", undefined_global)
def unbound_local():
    print(x)
    x = 1
show("unbound local", unbound_local)
def unbound_after_del():
    y = 1
    del y
    return y
show("after del", unbound_after_del)
def augmented_unbound():
    counter += 1
counter = 0
show("augmented", augmented_unbound)
def closure_unbound():
    def inner():
        return z
    try:
        return inner()
    finally:
        pass
    z = 1
show("free var", closure_unbound)
def cond_assign(flag):
    if flag:
        v = "set"
    return v
show("conditional assign True", lambda: print("  ", cond_assign(True)))
show("conditional assign False", lambda: cond_assign(False))
def loop_var():
    for i in range(0):
        pass
    return i
show("empty loop var", loop_var)
def exc_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
show("exception var cleared", exc_var)
show("builtin typo", lambda: lenn([1]))
show("class scope", lambda: type("T", (), {}) and undefined_in_lambda)
class C:
    attr = 1
    def method(self):
        return attr
show("class attr not in method scope", lambda: C().method())
print(issubclass(UnboundLocalError, NameError))
try:
    del never_defined
except NameError as e:
    print("del undefined:", e)
try:
    nm
except NameError as e:
    print(repr(e), e.args, getattr(e, "name", "no name attr"))
