# Superinstructions: quickening fuses LOAD_FAST/LOAD_CONST/STORE_FAST pairs
# into one dispatch while the second instruction stays in place. Jumps into
# the second half, errors raised by it, and loops over changing values must
# behave as if the two ran separately.


def pairs(n):
    total = 0
    for i in range(n):
        a = i
        b = a          # STORE_FAST a; LOAD_FAST a
        c = d = b      # STORE_FAST c; STORE_FAST d (after COPY)
        total = total + a * b - c + d + 3
    return total


print(pairs(300))


def loop_head_is_second_half(n):
    i = 0              # STORE_FAST i; then the loop test LOAD_FAST i is a jump target
    s = 0
    while i < n:
        s += i
        i += 1
    return s, i


print(loop_head_is_second_half(250))


def unbound_in_second_half(flag):
    if flag:
        x = 1
    y = 2
    return y + x       # LOAD_FAST y; LOAD_FAST x (unbound when flag is false)


for flag in [True] * 120 + [False]:
    try:
        r = unbound_in_second_half(flag)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e, r)


def types_change(n):
    out = []
    for k in range(n):
        v = k if k % 3 else str(k)
        w = v
        out.append(w * 2)
    return out[-4:]


print(types_change(200))


def second_half_on_next_line():
    a = 1
    b = 2
    del b
    return (a +
            b)


second_half_on_next_line()
