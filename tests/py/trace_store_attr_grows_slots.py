# Instances made before their class's layout grew (a new attribute name)
# have no slot for the new name: a hot loop storing it into them grows
# their slots as it goes, and the loads after see the values.


class P:
    def __init__(self, x):
        self.x = x


old = [P(i) for i in range(50)]
n = P(0)
n.extra = 1  # the class's layout grows: the instances above lack the slot
for k in range(300):
    for o in old:
        o.extra = k + o.x
        o.x = o.extra - k
print(sum(o.extra for o in old), sum(o.x for o in old))
print(sorted(vars(old[3]).items()), vars(n))
