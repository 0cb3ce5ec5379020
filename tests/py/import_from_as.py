# import x as y, from x import a, b, from x import a as b.
import math as m
from math import sqrt, floor as fl, pi
import sys as system, gc
from mod_helper import add, Square as Sq, CONSTANT
from mod_helper import (greet,
                        HelperError)
print(m.sqrt(16), sqrt(2), fl(-2.5), pi)
print(system.maxsize > 2 ** 31, gc.isenabled())
print(add("a", "b"), Sq(3).area(), CONSTANT, greet("from"))
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__ + ":", e.args[0].split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError catches it too:", type(e).__name__)
def local_import():
    import math
    from mod_helper import greet as g
    return math.floor(3.7), g("local")
print(local_import())
print("math" in dir(), "m" in dir(), "sqrt" in dir())
from mod_chain import big_square, helper_constant
print(big_square(2), helper_constant())
import mod_chain
print("sys" in dir(), "system" in dir())
import mod_helper
print(mod_chain.mod_helper is mod_helper)
from mod_helper import *
print(CONSTANT, "_private" in dir(), "Shape" in dir())
