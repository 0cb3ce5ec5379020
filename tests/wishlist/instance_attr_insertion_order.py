# An instance's __dict__ lists its attributes in the order this instance
# set them (CPython 3.11 keeps that order per instance even with shared
# keys). Stitch lists them in its class's slot layout order.
class P:
    def __init__(self, x):
        self.x = x


for i in range(3):
    p = P(i)
    p.y = i
    p.z = i

q = P(5)
q.z = 1
q.y = 2
del q.x
print(vars(q), list(q.__dict__))
q.x = 3
print(vars(q))
try:
    print(q.w)
except AttributeError as e:
    print("AttributeError:", e)


