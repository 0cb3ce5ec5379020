# Return values of generators via StopIteration.value and yield from.
def g(n):
    for i in range(n):
        yield i
    return f"finished {n}"
it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, "args", e.args)
def returns_tuple():
    yield
    return 1, 2
it = returns_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def returns_none_explicit():
    yield 1
    return None
print(list(returns_none_explicit()))
def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        count += 1
    return total / count if count else 0.0
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20], "c": []}.items():
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
def stop_iteration_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_iteration_inside()))
except RuntimeError as e:
    print("RuntimeError:", e)
def exhausted_twice():
    return "r"
    yield
it = exhausted_twice()
for attempt in range(2):
    try:
        next(it)
    except StopIteration as e:
        print("attempt", attempt, "value", e.value)
