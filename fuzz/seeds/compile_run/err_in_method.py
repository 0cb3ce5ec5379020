# Uncaught AttributeError raised inside a method call chain.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self
    def report(self):
        return f"{self.owner}: {self.balance} ({self.currency})"
acct = Account("ann").deposit(10).deposit(5)
print(acct.balance)
print(acct.report())
