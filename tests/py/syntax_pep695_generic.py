# PEP 695 generic function syntax (Python 3.12) is a SyntaxError in 3.11.
def first[T](items: list[T]) -> T:
    return items[0]
print(first([1, 2]))
