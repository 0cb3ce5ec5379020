# and / or / not: short-circuit evaluation and returned operand values.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or {} or 0)
print(None and 1, None or None, "a" and "b" and "c", "a" and "" and "c")
print(not 0, not 1, not "", not "x", not [], not None, not not 5)
log = []
def t(name, val):
    log.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, log); log.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print(r, log); log.clear()
r = t("a", 0) or t("b", "") or t("c", "found") or t("d", 1)
print(r, log); log.clear()
r = t("a", 1) or 1 / 0
print(r, log); log.clear()
r = not t("a", []) and t("b", "x")
print(r, log); log.clear()
print(True and False or True, True or False and False, not True or True, not (True or True))
print(1 if 0 or [] else 2)
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 2), safe_div(1, 0))
d = {}
print(d.get("k") or "fallback", d and d["k"])
x = None
print(x is not None and x.attr)
class Falsy:
    def __bool__(self):
        log.append("bool called")
        return False
f = Falsy()
print((f or "other"), log); log.clear()
print(type(f and 1).__name__, log); log.clear()
print(not f, log); log.clear()
count = 0
for i in range(100):
    if i % 2 == 0 and i % 3 == 0 or i == 7:
        count += 1
print(count)
print([v for v in range(20) if not v % 2 and not v % 5])
print(0 or 0.0 or "" or None)
print(1 and 2.5 and "s" and [0])
