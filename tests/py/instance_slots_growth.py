# Instances are made with room for the attributes their class's instances
# have had so far; an older instance grows when it gets a newer attribute.
class P:
    def __init__(self, x):
        self.x = x


old = P(1)
for i in range(200):
    p = P(i)
    if i % 3 == 0:
        p.y = i * 2
    if i % 5 == 0:
        p.z = -i
last = p
print(vars(old), vars(last), vars(P(7)))
print(hasattr(P(0), "y"), getattr(P(0), "z", "no z"))

# The old instance (made before y and z existed) gets them in a hot loop.
for i in range(100):
    old.z = i
    old.y = old.z + 1
print(vars(old), old.__dict__ == {"x": 1, "z": 99, "y": 100})

# Many attributes: more than fit in the shared layout.
class Bag:
    pass


bags = []
for n in range(3):
    b = Bag()
    for k in range(80):
        setattr(b, "a%d" % k, k * n)
    bags.append(b)
print([len(vars(b)) for b in bags], bags[2].a79, sum(vars(bags[1]).values()))
fresh = Bag()
print(vars(fresh), hasattr(fresh, "a0"))
fresh.a5 = "five"
print(vars(fresh))
