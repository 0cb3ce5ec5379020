# pass statements and the Ellipsis object.
def stub():
    pass
class Stub:
    pass
def dots():
    ...
print(stub(), dots(), Stub.__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(Ellipsis, ..., Ellipsis is ..., type(...).__name__)
print(repr(...), str(...), bool(...))
x = [1, ..., 3]
print(x, x[1] is Ellipsis)
class Idx:
    def __getitem__(self, k):
        return k
print(Idx()[..., 1], Idx()[1:2, ...])
print(... == ..., ... != None)
print(type(...)() is ...)
