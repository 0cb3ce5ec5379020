# A starred target in a del statement.
a, b = 1, 2
del *a, b
