# return statements: implicit None, multiple values, early return, in loops.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
print([early(n) for n in range(0, 30, 3)])
def nested_return(x):
    while True:
        for y in range(10):
            if y == x:
                return "found " + str(y)
        return "missing"
print(nested_return(4), nested_return(40))
def returns_function():
    def inner(v):
        return v * 2
    return inner
print(returns_function()(21))
def cond(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(1), cond(-1), cond(0))
def gen_list(n):
    return [i for i in range(n)] if n else None
print(gen_list(4), gen_list(0))
def rec_sum(lst):
    if not lst:
        return 0
    return lst[0] + rec_sum(lst[1:])
print(rec_sum(list(range(100))))
def ret_in_try():
    try:
        return "try"
    except Exception:
        return "except"
print(ret_in_try())
def many_paths(v):
    if isinstance(v, int):
        if v % 2:
            return "odd"
        return "even"
    elif isinstance(v, str):
        return v[::-1]
    return type(v).__name__
for v in [1, 2, "abc", 3.5, None, [1]]:
    print(repr(v), many_paths(v))
