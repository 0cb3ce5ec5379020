# Modules execute once; later imports reuse sys.modules.
print("before first import")
import mod_sideeffect
print("after first import", mod_sideeffect.value)
import mod_sideeffect
print("second import prints nothing")
from mod_sideeffect import value
value.append(4)
print(mod_sideeffect.value)
def again():
    import mod_sideeffect as ms
    return ms.value
print(again())
import sys
print(sys.modules["mod_sideeffect"].value is value)
del sys.modules["mod_sideeffect"]
import mod_sideeffect
print("re-executed after removal from sys.modules:", mod_sideeffect.value)
print(value)
