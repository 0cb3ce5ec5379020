# input(prompt) writes the prompt to stdout without a newline.
a = input("first? ")
print("[" + a + "]")
b = input("second> ")
print("[" + b + "]")
total = 0
while True:
    try:
        line = input("num: ")
    except EOFError:
        print()
        break
    total += int(line)
print("total", total)
