# Generator methods: send, throw, close; GeneratorExit handling.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
for v in [5, 10, -3]:
    print("send", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  handled", e)
        except KeyError:
            print("  keyerror -> stop")
            return "stopped"
r = resilient()
print(next(r))
print(r.throw(ValueError("v1")))
print(r.throw(ValueError("v2")))
try:
    r.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value", e.value)
def not_handling():
    yield 1
    yield 2
nh = not_handling()
next(nh)
try:
    nh.throw(RuntimeError("propagates"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(nh))
def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  finally on close")
c = cleanup()
print(next(c))
c.close()
c.close()
print("closed twice ok")
unstarted = cleanup()
unstarted.close()
print("unstarted close runs nothing")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def throw_before_start():
    yield 1
t = throw_before_start()
try:
    t.throw(ValueError("early"))
except ValueError as e:
    print("thrown into unstarted:", e)
print(list(t))
def running_send():
    x = 0
    for _ in range(3):
        x = (yield x) or x + 1
g = running_send()
print(next(g), g.send(10), g.send(None))
