# Invalid syntax: two expressions without an operator.
print("x")
x = 1 2
