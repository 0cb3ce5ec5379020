# Unclosed parenthesis.
print("start")
values = [1, 2,
          3, 4
result = sum(values)
print(result)
