# time: perf_counter, time, monotonic, sleep (values are never printed).
import time
t0 = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
s = 0
for i in range(100000):
    s += i
time.sleep(0.01)
t1 = time.perf_counter()
m1 = time.monotonic()
w1 = time.time()
print("sum", s)
print("perf_counter advanced:", t1 > t0, "at least 10ms:", t1 - t0 >= 0.009)
print("monotonic non-decreasing:", m1 >= m0)
print("time is plausible:", w0 > 1.6e9, w1 >= w0 - 1)
print(type(t0).__name__, type(m0).__name__, type(w0).__name__)
time.sleep(0)
print("sleep(0) ok", time.sleep(0) is None)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
from time import perf_counter as pc
print(pc() >= t1)
