# RecursionError from runaway recursion, caught; the interpreter keeps working.
import sys
def runaway(n):
    return runaway(n + 1) + 1
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError:", str(e)[:33])
class Deep:
    def method(self, n):
        return self.method(n + 1)
try:
    Deep().method(0)
except RecursionError:
    print("method recursion caught")
def count_depth():
    depth = 0
    def rec():
        nonlocal depth
        depth += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return depth
d = count_depth()
print("depth was large:", d > 500, "and below limit:", d <= sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) % 1000007)
print(len(str(fact(400))))
for attempt in range(3):
    try:
        runaway(0)
    except RecursionError:
        print("attempt", attempt, "caught")
def recursion_in_handler():
    try:
        runaway(0)
    except RecursionError:
        return "recovered, fact(10) = %d" % fact(10)
print(recursion_in_handler())
def ok_depth(n):
    return 0 if n == 0 else 1 + ok_depth(n - 1)
print(ok_depth(800))
