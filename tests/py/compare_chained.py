# Comparison operators, chained comparisons, mixed types, evaluation order.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 < 2 > 0, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3) < v(4))
print(calls); calls.clear()
print(v(5) < v(2) < v(3))
print(calls); calls.clear()
print(v(1) == v(1) != v(2) is not None)
print(calls); calls.clear()
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], (1, "a") < (1, "b"), (2,) > (1, 99))
print("abc" < "abd", "Z" < "a", "" < "a", "é" > "z", "abc" <= "abc", "ab" >= "abc")
print(1 < 1.5 < 2, -0.0 == 0, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 100 > 1e99)
print(float("nan") == float("nan"), float("nan") != float("nan"), float("nan") < 1, float("inf") > 10 ** 300)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 3} < {1, 2, 3})
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print(None == None, None == 0, None is None, [] == [], [] is [])
print(True == 1, False == 0, True > False)
for a, b in [(1, "1"), ([1], (1,)), (None, 0)]:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) == True)
print(1 < 2 == 2 > 1 != 0)
res = []
for i in range(10):
    if 2 < i <= 6:
        res.append(i)
print(res)
print(sorted([3, 1.5, True, -2, 10 ** 20, -0.5]))
print(max("apple", "Apple", "banana"), min([3, 2], [3, 1, 9]))
print((1, 2, [3]) == (1, 2, [3]), [1, [2, [3]]] < [1, [2, [4]]])
