# Docstrings on modules, functions, classes and methods.
"""Module docstring for docstrings.py."""
def f():
    """Function docstring."""
    return 1
def g():
    x = 1
    """Not a docstring (not the first statement)."""
    return x
class C:
    """Class docstring.

    With multiple lines.
    """
    def m(self):
        """Method docstring."""
    def n(self):
        pass
print(__doc__)
print(f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__, C.n.__doc__)
print(repr(C.__doc__.splitlines()))
lam = lambda: "x"
print(lam.__doc__)
def fstr():
    f"""f-string is not a docstring"""
print(fstr.__doc__)
def with_bytes():
    b"""bytes are not docstrings"""
print(with_bytes.__doc__)
f.__doc__ = "changed"
print(f.__doc__)
class D(C):
    pass
print(D.__doc__)
