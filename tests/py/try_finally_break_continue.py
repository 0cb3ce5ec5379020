# break and continue inside try/finally, and inside finally (3.8+ allowed).
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(("body", i))
    finally:
        out.append(("finally", i))
print(out)
out = []
for i in range(5):
    try:
        raise ValueError(i)
    finally:
        if i == 2:
            break
        out.append("no break " + str(i))
        continue
print(out, "i =", i)
def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError("gone")
        finally:
            break
    return "exception swallowed by break"
print(break_swallows())
def continue_swallows():
    n = 0
    for i in range(4):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_swallows())
i = 0
while True:
    try:
        i += 1
        if i < 3:
            continue
        break
    finally:
        print("while finally", i)
print("done", i)
res = []
for a in range(3):
    for b in range(3):
        try:
            if b == 1:
                break
            res.append((a, b))
        finally:
            res.append("f")
print(res)
def ret_vs_break():
    for i in range(3):
        try:
            return "returned"
        finally:
            if i == 0:
                break
    return "break in finally cancelled return"
print(ret_vs_break())
try:
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                raise ValueError("from finally")
except ValueError as e:
    print("caught", e)
