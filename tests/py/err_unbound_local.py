# Uncaught UnboundLocalError.
count = 10
def increment():
    print("incrementing")
    count = count + 1
    return count
increment()
