# Uncaught ValueError after some output; exit status 1.
def parse(s):
    return int(s)
total = 0
for s in ["1", "2", "3"]:
    total += parse(s)
    print("running total", total)
print("about to fail")
parse("not a number")
print("never printed")
