# Invalid decimal literal.
x = 1abc
