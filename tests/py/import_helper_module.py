# Importing a helper module that sits beside the test.
import mod_helper
print(mod_helper.CONSTANT, mod_helper.add(2, 3), mod_helper.greet())
print(mod_helper.__name__, mod_helper.__doc__)
print(type(mod_helper).__name__)
sq = mod_helper.Square(5)
print(sq, sq.area(), sq.sides, isinstance(sq, mod_helper.Shape))
try:
    mod_helper.Shape(1).area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    mod_helper.fail("helper failure")
except mod_helper.HelperError as e:
    print(type(e).__name__, e, type(e).__module__, type(e).__qualname__)
print(mod_helper.call_back(lambda x, y: x * y, 6, 7))
print(mod_helper.bump(), mod_helper.bump(), mod_helper.counter)
mod_helper.CONSTANT = 1
print(list(mod_helper.gen(3)))
import mod_helper as again
print(again is mod_helper, again.CONSTANT, again.loaded_times)
import sys
print("mod_helper" in sys.modules, sys.modules["mod_helper"] is mod_helper)
print(sorted(n for n in dir(mod_helper) if not n.startswith("__")))
try:
    mod_helper.does_not_exist
except AttributeError as e:
    print("AttributeError:", e)
print(type(mod_helper.Square).__name__, mod_helper.Square.__module__)
