# State machines built from generators: a traffic light, a protocol parser, and a coroutine pipeline.
def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    nxt = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        for tick in range(durations[state]):
            cmd = yield (state, tick)
            if cmd == "emergency":
                state = "red"
                break
        else:
            state = nxt[state]
light = traffic_light()
print(next(light))
for i in range(12):
    cmd = "emergency" if i == 7 else None
    print(i, light.send(cmd))
def parser():
    """Parses messages of the form: START key=value ... END."""
    messages = []
    while True:
        token = yield
        if token != "START":
            print("  ignoring", token)
            continue
        msg = {}
        while True:
            token = yield
            if token == "END":
                messages.append(msg)
                print("  message complete", msg)
                break
            if token == "ABORT":
                print("  aborted", msg)
                break
            k, _, v = token.partition("=")
            msg[k] = v
p = parser()
next(p)
for tok in ["junk", "START", "a=1", "b=2", "END", "START", "x=9", "ABORT", "START", "only=yes", "END"]:
    p.send(tok)
def source(n):
    for i in range(n):
        yield i
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def filter_even(target):
    while True:
        v = yield
        if v % 2 == 0:
            target.send(v)
@coroutine
def square(target):
    while True:
        v = yield
        target.send(v * v)
@coroutine
def collector(out):
    while True:
        out.append((yield))
results = []
pipeline = filter_even(square(collector(results)))
for v in source(15):
    pipeline.send(v)
print(results)
def vending():
    credit = 0
    while True:
        event = yield credit
        if isinstance(event, int):
            credit += event
        elif event == "buy":
            if credit >= 75:
                credit -= 75
                print("  dispensed, change due", credit)
                credit = 0
            else:
                print("  insufficient credit", credit)
        elif event == "refund":
            print("  refunded", credit)
            credit = 0
vm = vending()
next(vm)
for ev in [25, "buy", 25, 25, "buy", 100, "buy", 10, "refund", "buy"]:
    print(ev, "->", vm.send(ev))
vm.close()
print("closed")
