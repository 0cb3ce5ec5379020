# if / elif / else chains and truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 10, 99, 100, 10 ** 20]:
    print(v, classify(v))
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {1: 2}, set(), None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizz(30)))
x = 7
if x > 5:
    if x > 6:
        print("nested both")
    else:
        print("nested outer only")
if not x:
    print("never")
elif x and x - 7:
    print("never either")
else:
    print("else branch")
if (y := x * 2) > 10:
    print("walrus in if", y)
