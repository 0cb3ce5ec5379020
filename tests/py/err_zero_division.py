# Uncaught ZeroDivisionError inside a loop after partial output.
values = [10, 5, 2, 1, 0, 3]
for v in values:
    print(v, 100 // v)
