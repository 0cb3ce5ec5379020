# sys.setrecursionlimit / getrecursionlimit and their effect.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2500))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("RecursionError at limit 200:", e)
print(depth(100))
sys.setrecursionlimit(1000)
print(depth(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
def count():
    n = 0
    def rec():
        nonlocal n
        n += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return n
sys.setrecursionlimit(400)
c1 = count()
sys.setrecursionlimit(800)
c2 = count()
print("deeper with higher limit:", c2 > c1, c1 < 400, c2 < 800, c2 - c1 > 300)
