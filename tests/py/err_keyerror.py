# Uncaught KeyError: the message is the repr of the key.
prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "kiwi's"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print(total)
