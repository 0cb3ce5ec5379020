# The 4300-digit limit on int<->str conversion (CPython 3.11).
import sys
ok = 10 ** 4299
print(len(str(ok)))
s = "7" * 4300
print(int(s) % 1000)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    repr(-big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{big}")
except ValueError as e:
    print("ValueError:", e)
print(hex(big)[:12], len(hex(big)))
print(len(bin(big)))
print(big.bit_length())
print(int("f" * 5000, 16) % 1000)
print(sys.get_int_max_str_digits())
try:
    print(big)
except ValueError as e:
    print("print raised ValueError:", str(e)[:40])
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
