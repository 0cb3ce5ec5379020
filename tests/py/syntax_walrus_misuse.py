# Walrus operator used as a statement target without parentheses.
values = [1, 2, 3]
y := 10
print(y)
