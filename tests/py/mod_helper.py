# Helper module imported by tests (never run as a program by regen.py).
"""Helper module docstring."""
CONSTANT = 42
_private = "underscore"
loaded_times = []
loaded_times.append("loaded")

def add(a, b):
    return a + b

def greet(name="world"):
    return f"hello, {name}"

class Shape:
    sides = 0
    def __init__(self, size):
        self.size = size
    def area(self):
        raise NotImplementedError("area of " + type(self).__name__)
    def __repr__(self):
        return f"{type(self).__name__}({self.size})"

class Square(Shape):
    sides = 4
    def area(self):
        return self.size * self.size

class HelperError(Exception):
    pass

def fail(msg):
    raise HelperError(msg)

def call_back(fn, *args):
    return fn(*args)

counter = 0
def bump():
    global counter
    counter += 1
    return counter

def gen(n):
    for i in range(n):
        yield i * CONSTANT
