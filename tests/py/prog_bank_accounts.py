# A bank-account class hierarchy with validation, interest, transfers and a ledger.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance})"
class Savings(Account):
    rate_bp = 150
    def month_end(self):
        interest = self.balance * self.rate_bp // 10000 // 12
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            fee = 15
            self.balance -= fee
            self.history.append(("fee", fee))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.ledger.append(("failed", src.id, dst.id, amount))
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        self.ledger.append(("ok", src.id, dst.id, amount))
        return True
    def month_end(self):
        for a in self.accounts.values():
            a.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Savings, "alice", 100000)
bob = bank.open(Checking, "bob", 500)
carol = bank.open(Checking, "carol", overdraft=0)
print(bank.accounts)
print(bank.transfer(alice, bob, 2500))
print(bank.transfer(bob, carol, 3050))
print(bank.transfer(bob, carol, 2950))
print(bank.transfer(carol, alice, 5000))
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    bank.month_end()
    print("month", month, bank.accounts, "total", bank.total())
for a in bank.accounts.values():
    print(a.owner, a.history)
print(bank.ledger)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print([type(a).__mro__[1].__name__ for a in bank.accounts.values()])
