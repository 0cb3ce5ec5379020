# import of builtin modules and basic attributes.
import sys
import math
import time
import gc
print(type(sys).__name__, sys.__name__, math.__name__, time.__name__, gc.__name__)
print(len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2] >= (3, 0), sys.version_info.major)
print(math.floor(2.7), math.ceil(2.1), round(math.pi, 5))
t0 = time.perf_counter()
t1 = time.perf_counter()
print("perf_counter monotonic:", t1 >= t0)
print("time is float:", type(time.time()).__name__)
print(gc.isenabled())
print(callable(math.sqrt), callable(sys.exit))
print(hasattr(math, "tau"), math.tau == 2 * math.pi)
import math, sys as s2
print(s2 is sys)
print(sys.getrecursionlimit() > 0)
print(sys.byteorder in ("little", "big"))
print(isinstance(sys.stdout.write, object))
print(sys.stdout is sys.__stdout__)
