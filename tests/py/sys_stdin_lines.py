# sys.stdin: readline, iteration over lines, read at end of input.
import sys
first = sys.stdin.readline()
print(repr(first))
for line in sys.stdin:
    print(line.rstrip().upper())
print(repr(sys.stdin.read()))
