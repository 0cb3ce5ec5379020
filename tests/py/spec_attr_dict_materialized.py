# Attribute loads specialized on an instance's slots while the instance's
# attributes move into a __dict__ (by __dict__, vars(), __dict__
# assignment), also for a class with __slots__ and __dict__.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
class S:
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 5
        self.b = 6
ps = [P() for _ in range(3)]
s = S()
t = 0
for i in range(3000):
    p = ps[i % 3]
    t += p.x + p.y + s.a + s.b
    if i == 1000:
        ps[0].__dict__['x'] = 100
    if i == 1500:
        vars(ps[1]).update(y=50, z=3)
        s.__dict__['b'] = 60
    if i == 2000:
        ps[2].__dict__ = {'x': -1, 'y': -2}
        s.a = 7
print(t, ps[0].x, ps[1].y, ps[2].x, s.a, s.b)
