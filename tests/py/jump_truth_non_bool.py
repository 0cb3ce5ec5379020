class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        if self.v == 3: raise ValueError("no")
        return self.v % 2 == 0
class L:
    def __len__(self): return 0
for x in [B(0), B(1), [], [1], "", "a", 0, 2, None, L(), 0.0, B(2)]:
    if x: print("T", type(x).__name__)
    else: print("F", type(x).__name__)
    if not x: print("nf")
    while x:
        print("w"); break
try:
    if B(3): pass
except ValueError as e:
    print("caught", e)
def g(n):
    return [i for i in range(n) if i % 3 and B(i)]
print(g(8))
