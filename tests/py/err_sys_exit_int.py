# sys.exit(3): exit status 3, no traceback.
import sys
print("doing work")
for i in range(3):
    print("step", i)
try:
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
