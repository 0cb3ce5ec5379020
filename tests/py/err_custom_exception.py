# Uncaught user-defined exception with a custom message.
class InventoryError(Exception):
    pass
stock = {"apples": 3, "pears": 0}
def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError(f"cannot take {n} {item}: only {have} left")
    stock[item] = have - n
    return stock[item]
print(take("apples", 1))
print(take("apples", 2))
print(stock)
take("pears", 1)
