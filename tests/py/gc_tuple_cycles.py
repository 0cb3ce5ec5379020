# Cycles that pass through tuples are still collected, while tuples of
# plain values (untracked, as CPython's collector untracks them) are not.
import gc


class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("collected", self.name)


# A cycle through a tuple holding an instance.
p = Probe("direct")
t = (p, 1, "x")
p.back = t
del p, t
gc.collect()
print("after direct")

# A cycle through nested tuples whose innermost tuple holds a list.
p = Probe("nested")
lst = [p]
outer = ((1, 2), (3, lst))
p.back = outer
del p, lst, outer
gc.collect()
print("after nested")

# Tuples of plain values built in a hot loop (enumerate, zip, pairs) and
# a cycle created in the middle of it.
total = 0
for i, (a, b) in enumerate(zip(range(3000), range(3000, 6000))):
    pair = (a, b, (a, "s", 1.5, None))
    total += pair[0] + pair[2][0]
    if i == 1500:
        q = Probe("in loop")
        q.me = (q,)
        del q
gc.collect()
print("total", total)
