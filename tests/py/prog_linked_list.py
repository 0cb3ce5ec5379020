# A singly linked list with recursion, iteration protocol, reversal, merge sort and dunders.
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return list(self) == list(other)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
def rec_len(node):
    return 0 if node is None else 1 + rec_len(node.next)
def rec_sum(node):
    return 0 if node is None else node.val + rec_sum(node.next)
def merge(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a.val <= b.val:
        a.next = merge(a.next, b)
        return a
    b.next = merge(a, b.next)
    return b
def split(head):
    slow, fast = head, head.next
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    mid = slow.next
    slow.next = None
    return head, mid
def msort(head):
    if head is None or head.next is None:
        return head
    a, b = split(head)
    return merge(msort(a), msort(b))
ll = LinkedList([5, 3, 8, 1, 9, 2])
print(ll, len(ll), ll[0], ll[-1], 8 in ll, 7 in ll)
print(rec_len(ll.head), rec_sum(ll.head))
ll.reverse()
print(ll)
ll.head = msort(ll.head)
print(ll, list(ll) == sorted(ll))
print(ll.pop(), ll.pop(), ll, len(ll))
ll.push("x")
print(ll, ll == LinkedList(["x", 3, 5, 8, 9]), ll == LinkedList())
empty = LinkedList()
print(empty, len(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(500))
print(rec_sum(big.head), len(big))
big.head = msort(LinkedList([(i * 37) % 101 for i in range(101)]).head)
print(list(big)[:10], list(big)[-5:])
