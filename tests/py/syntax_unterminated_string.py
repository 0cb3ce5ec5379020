# Unterminated string literal.
print("ok")
s = "never closed
print(s)
