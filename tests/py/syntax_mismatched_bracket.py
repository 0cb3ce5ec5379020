# Mismatched closing bracket.
values = [1, 2, 3)
