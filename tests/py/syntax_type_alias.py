# PEP 695 type alias statement (Python 3.12) is a SyntaxError in 3.11.
print("never runs")
type Number = int | float
x: Number = 5
print(x)
