# TO_BOOL_NONE_OR_TRUE: a truth test that sees None and always-true instances
# (formed when TO_BOOL_NONE or TO_BOOL_ALWAYS_TRUE misses for the other); a
# value of another class, and a class gaining __len__, deoptimize it.
class N:
    def __init__(self, l=None):
        self.left = l
class B:
    def __bool__(self):
        return False
def walk(xs):
    c = 0
    for x in xs:
        if x:
            c += 1
    return c
nodes = [N() if i % 3 else None for i in range(100)]
print(walk(nodes))
nodes.append(B())
print(walk(nodes))
N.__len__ = lambda self: 0
print(walk(nodes))
# Starting from instances, then None arrives.
def count(xs):
    return sum(1 for x in xs if x)
print(count([N()] * 50 + [None] * 50 + [N()] * 5))
# Starting from None, then instances.
del N.__len__
print(count([None] * 50 + [N()] * 50 + [None, N(l=1)]))
