# Exception raised inside a generator propagates out of the consuming loop.
def readings():
    for raw in ["12", "15", "n/a", "20"]:
        print("parsing", raw)
        yield float(raw)
total = 0.0
for r in readings():
    total += r
    print("total", total)
