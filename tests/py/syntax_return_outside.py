# return outside of a function.
x = 1
if x:
    return x
