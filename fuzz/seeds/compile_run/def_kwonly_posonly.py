# Keyword-only and positional-only parameters.
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, x, y=5):
    return x * y
print(kw_only(x=2))
print(kw_only(y=3, x=3))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b=10, *args, c, d=20, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(1, b=7, c=8, a=9))
def po_default(a, b=2, /):
    return a + b
print(po_default(1), po_default(1, 5))
def kw_same_name(name, /, **kwargs):
    return name, kwargs
print(kw_same_name("pos", name="kw"))
try:
    po_default(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1)
except TypeError as e:
    print("TypeError:", e)
def many_missing(a, b, c, *, d, e):
    pass
try:
    many_missing(1)
except TypeError as e:
    print("TypeError:", e)
try:
    many_missing(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    many_missing(1, 2, 3, d=1, e=2, f=3)
except TypeError as e:
    print("TypeError:", e)
print(mixed.__code__.co_argcount, mixed.__code__.co_posonlyargcount, mixed.__code__.co_kwonlyargcount)
print(mixed.__code__.co_varnames[:6])
