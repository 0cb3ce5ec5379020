# PEP 695 generic class syntax (Python 3.12) is a SyntaxError in 3.11.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
print(Box(1).item)
