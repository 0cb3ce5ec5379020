# break outside a loop.
x = 3
if x > 2:
    break
