# Assignment to a function call.
print("a")
len(x) = 5
