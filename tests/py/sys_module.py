# sys: argv, maxsize, stdout.write, stderr, modules, exc_info, version_info shape.
import sys
print(len(sys.argv), isinstance(sys.argv[0], str))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(type(sys.maxsize).__name__, sys.maxsize + 1)
n = sys.stdout.write("direct write\n")
print("returned", n)
sys.stdout.write("no newline; ")
sys.stdout.write("continued\n")
sys.stderr.write("this goes to stderr\n")
print("stderr via print", file=sys.stderr)
sys.stdout.flush()
print("sys" in sys.modules)
import math
print("math" in sys.modules, sys.modules["math"] is math, sys.modules["__main__"].__name__)
print(sys.version_info[0], sys.version_info >= (3, 11), len(sys.version_info) == 5)
print(sys.getrecursionlimit())
print(isinstance(sys.path, list), sys.byteorder, sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.float_info.dig, sys.float_info.mant_dig)
def f():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__, repr(sys.exc_info()[1])
print(f(), sys.exc_info())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured text", 123)
sys.stdout = old
print("restored; captured:", cap.data)
