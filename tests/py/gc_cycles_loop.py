# Memory test: cyclic garbage created in a 2,000,000-iteration loop must not exhaust memory.
class Node:
    __slots__ = ("value", "peer")
    def __init__(self, value):
        self.value = value
        self.peer = None
class Pair:
    def __init__(self, a):
        self.a = a
        self.me = self
M = 1000000007
checksum = 0
for i in range(2000000):
    k = i & 3
    if k == 0:
        a = Node(i)
        b = Node(i + 1)
        a.peer = b
        b.peer = a
        v = a.peer.value + b.peer.value
    elif k == 1:
        lst = [i]
        lst.append(lst)
        v = len(lst) + lst[1][1][0]
    elif k == 2:
        p = Pair(i & 255)
        v = p.me.me.a
    else:
        d = {"i": i}
        d["d"] = d
        v = d["d"]["i"] & 0xFFFF
    checksum = (checksum * 31 + v) % M
    if i % 400000 == 0:
        print("progress", i, checksum)
print("checksum", checksum)
