# Two starred expressions in an assignment target.
*a, *b = [1, 2, 3]
