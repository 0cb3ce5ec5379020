# global declared after use in the same function.
x = 1
def f():
    print(x)
    global x
