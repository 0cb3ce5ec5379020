# input() with empty stdin raises EOFError immediately.
print("before input")
try:
    v = input()
    print("got", repr(v))
except EOFError as e:
    print("EOFError:", repr(str(e)), e.args)
print("after input")
