# Augmented assignment on names, attributes, subscripts, all operators.
x = 10
x += 5; print("+=", x)
x -= 3; print("-=", x)
x *= 4; print("*=", x)
x //= 5; print("//=", x)
x %= 7; print("%=", x)
x **= 3; print("**=", x)
x <<= 2; print("<<=", x)
x >>= 1; print(">>=", x)
x &= 0xF0; print("&=", x)
x |= 0x0F; print("|=", x)
x ^= 0xFF; print("^=", x)
x /= 4; print("/=", x)
f = 1.5
f **= 2; print(f)
f //= 0.5; print(f)
f %= 2.5; print(f)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)
l = [1]
alias = l
l += [2, 3]; print(l, alias, l is alias)
l *= 2; print(l, alias is l)
t = (1,)
talias = t
t += (2,); print(t, talias, t is talias)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 10
c.v *= 3
print("attr", c.v)
d = {"a": 1}
d["a"] += 100
d["a"] -= 1
print("subscript", d)
lst = [1, 2, 3]
lst[-1] **= 4
lst[0] <<= 5
print(lst)
calls = []
def key():
    calls.append("key")
    return "k"
def container():
    calls.append("container")
    return d2
d2 = {"k": 5}
container()[key()] += 1
print(d2, calls)
m = [[1, 2], [3, 4]]
m[1][0] += 30
print(m)
st = {1, 2}
st |= {3}; print(st)
st &= {1, 3, 5}; print(st)
st ^= {5, 7}; print(st)
st -= {7}; print(st)
big = 1
for i in range(10):
    big *= 1000003
print(big)
big //= 7; print(big)
big %= 10 ** 9; print(big)
try:
    und += 1
except NameError as e:
    print("NameError:", e)
