b = bytearray(b"hello")
print(b, len(b), b[0], b[1:3], b[-1], bytes(b), list(b)[:2])
b[0] = 72
b.append(33)
b.extend(b" world")
b.extend([33, 34])
print(b, repr(b), str(b))
b[1:3] = b"EY"
print(b)
b[::2] = bytearray(len(b[::2]))
print(b)
del b[0]
del b[::3]
print(b, b.pop(), b.pop(0), b)
b.insert(0, 65); b.insert(-1, 66); b.insert(100, 67)
print(b)
b.remove(0)
print(b, b.count(0), b.find(b"A"), 66 in b, b"BC" in b)
c = bytearray(b"  Mixed Case Text  ")
print(c.upper(), c.strip(), c.split(), c.replace(b"e", b"E"), c.partition(b"Case"))
print(type(c.upper()).__name__, type(c.split()[0]).__name__, type(c.hex()).__name__)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("héllo", "utf-8"), bytearray(b"abc").decode())
print(bytearray.fromhex("de ad be ef"), bytearray(b"xyz") == b"xyz", b"xyz" == bytearray(b"xyz"))
print(b"abc" + bytearray(b"def"), bytearray(b"abc") + b"def", bytearray(b"ab") * 3)
x = bytearray(b"ab"); x += b"cd"; x *= 2
print(x, x < bytearray(b"b"), sorted([bytearray(b"b"), bytearray(b"a")]))
print(b"-".join([bytearray(b"a"), b"b"]), bytearray(b"-").join([b"a", b"b"]))
print(b"abcabc".count(bytearray(b"b")), b"abc".startswith(bytearray(b"ab")))
c2 = x.copy(); c2.clear(); print(c2, x)
x.reverse(); print(x)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
for bad in [256, -1, "a", 1.5]:
    try:
        bytearray(b"x").append(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytearray()[0]
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"a").remove(5)
except ValueError as e:
    print("ValueError:", e)
m = memoryview(b"abcdef")
print(len(m), m[0], m[1:4].tobytes(), m[::2].tolist(), m.readonly, m.nbytes, m.format, m.itemsize, bytes(m[2:]))
print(m == b"abcdef", m[1:3] == b"bc", list(m[:2]))
ba = bytearray(b"012345")
mv = memoryview(ba)
mv[0] = 65
mv[2:4] = b"XY"
print(ba, mv.readonly, mv[1:5][1:3].tobytes(), mv.hex())
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"zz") as q:
    print(q.tobytes())
try:
    q.tobytes()
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), str(bytearray(b"hi"), "ascii"))
print(bytes(memoryview(b"mv")), bytearray(memoryview(b"mv2")))
print(isinstance(bytearray(), bytearray), type(memoryview(b"")).__name__)
import copy
b = bytearray(b"abc")
print(copy.copy(b), copy.deepcopy([b]), b"%s-%d" % (bytearray(b"x"), 3), bytearray(b"%s") % b"y")
print(sorted(bytearray(b"cab")), max(bytearray(b"az")), sum(b), b.isalpha(), bytearray(b"a b").split(b" "))
print(isinstance(b, (bytes, bytearray)), bytearray(b"xyz")[1], bytearray(b"ab") != b"ab")
d = {bytes(b): 1}
print(d, bytearray(b"A").lower(), bytearray().join([b"a", bytearray(b"b")]))
match b:
    case [97, *_]: print("seq?")
    case bytearray(): print("bytearray class pattern")
for x in bytearray(b"hi"):
    print(x, end=" ")
print()
it = iter(bytearray(b"q"))
print(type(it).__name__, next(it))
print(bytearray(b"abc").center(7, b"*"), bytearray(b"a,b").rsplit(b","))
