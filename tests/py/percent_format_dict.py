# %-formatting with mapping keys in a table-like report.
records = [
    {"name": "widget", "qty": 3, "price": 2.5, "code": 0x1F},
    {"name": "gadget", "qty": 12, "price": 10.0, "code": 255},
    {"name": "doohickey", "qty": 0, "price": 0.333333, "code": 4096},
]
header = "%(name)-10s %(qty)5s %(price)8s %(code)6s" % {"name": "NAME", "qty": "QTY", "price": "PRICE", "code": "CODE"}
print(header)
print("-" * len(header))
total = 0
for r in records:
    print("%(name)-10s %(qty)5d %(price)8.2f %(code)6x" % r)
    total += r["qty"] * r["price"]
print("%(t)s: %(v).3f" % {"t": "total", "v": total})
class Lazy(dict):
    def __missing__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % Lazy())
print("%(a)s %(a)r %(a)d" % {"a": 7})
print("%(x)s" % {"x": "%(y)s"})
print("%s" % {"not": "mapping used positionally"})
for i in range(5):
    print("row %(i)02d: %(sq)4d %(name)s" % {"i": i, "sq": i * i, "name": "item" + str(i)})
