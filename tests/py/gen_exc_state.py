# The "exception being handled" inside generators driven from Rust
# (list(), tuple(), next()...) and by for loops: a generator that handles
# nothing itself sees its caller's exception (sys.exc_info(), implicit
# __context__, bare raise), as CPython chains exception states.
import sys


def section(name):
    print("--", name)


section("exception state inside generators")


def exc_info_gen():
    yield sys.exc_info()[0]
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError("outer")
except IndexError:
    print([t.__name__ if t else t for t in exc_info_gen()])
    print(sys.exc_info()[0].__name__)
print(list(t.__name__ if t else t for t in exc_info_gen()))
print(sys.exc_info())


def gen_ctx():
    try:
        yield 1
        raise TypeError("in gen")
    except TypeError as e:
        yield repr(e.__context__)


try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    print(list(gen_ctx()))


def raising_with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 1
        raise ValueError("v")


try:
    set(raising_with_context())
except ValueError as e:
    print("context:", repr(e.__context__))



section("for loops (generators resumed inline)")
try:
    raise IndexError("outer")
except IndexError:
    for t in exc_info_gen():
        print(t.__name__ if t else t)
for t in exc_info_gen():
    print(t.__name__ if t else t)


def handler_yields():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


g = handler_yields()
print(repr(next(g)))
try:
    raise OSError("caller")
except OSError:
    # Resumed from another handler: its own exception is still the KeyError.
    print(repr(next(g)))
    # Left its handler: it sees the caller's exception again.
    print(repr(next(g)))
print(repr(sys.exc_info()[1]))


def bare_raise():
    yield 1
    raise


g = bare_raise()
next(g)
try:
    raise NameError("reraised")
except NameError:
    try:
        next(g)
    except NameError as e:
        print("bare raise in generator:", repr(e))


def nested_gens():
    yield sys.exc_info()[0]
    yield list(t.__name__ if t else t for t in exc_info_gen())


try:
    raise ArithmeticError
except ArithmeticError:
    print(list(nested_gens()))
print(list(nested_gens()))
print(sys.exc_info())


def context_from_caller():
    yield 1
    raise ValueError("inner")


try:
    raise KeyError("caller")
except KeyError:
    try:
        list(context_from_caller())
    except ValueError as e:
        print("context:", repr(e.__context__))
