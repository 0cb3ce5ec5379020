# PEP 701 f-string with reused quotes (Python 3.12) is a SyntaxError in 3.11.
items = ["a", "b"]
print(f"{", ".join(items)}")
