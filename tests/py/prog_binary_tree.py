# A binary search tree: insert, search, delete, traversals (recursive and generator), height, balance.
class BST:
    class Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, key, val=None):
        def ins(node):
            if node is None:
                self.n += 1
                return BST.Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)
    def get(self, key, default=None):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        return default
    def delete(self, key):
        def dl(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = dl(node.left, key)
            elif key > node.key:
                node.right = dl(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = dl(node.right, succ.key)
            return node
        self.root = dl(self.root, key)
        self.n -= 1
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def preorder(self):
        out = []
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            out.append(node.key)
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return out
    def levels(self):
        out = []
        level = [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def __len__(self):
        return self.n
    def __contains__(self, key):
        sentinel = object()
        return self.get(key, sentinel) is not sentinel
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t.inorder()), len(t), t.height())
print(t.preorder())
print(t.levels())
print(t.get(35), t.get(36), 65 in t, 66 in t)
t.delete(30)
print(list(t.inorder()), t.levels())
t.delete(50)
print(list(t.inorder()), t.levels(), len(t))
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
skew = BST()
for k in range(200):
    skew.insert(k)
print("skewed height", skew.height())
bal = BST()
def build(lo, hi):
    if lo > hi:
        return
    mid = (lo + hi) // 2
    bal.insert(mid)
    build(lo, mid - 1)
    build(mid + 1, hi)
build(0, 254)
print("balanced height", bal.height(), len(bal), sum(bal.inorder()))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, words.get(w, 0) + 1)
print([(k, words.get(k)) for k in words.inorder()])
