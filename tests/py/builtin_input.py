# input() reading lines from stdin (builtin_input.in), until EOF.
name = input()
print("name:", repr(name))
age = int(input())
print("age next year:", age + 1)
nums = list(map(int, input().split()))
print("numbers:", nums, "sum:", sum(nums))
blank = input()
print("blank line:", repr(blank))
spaced = input()
print("keeps spaces:", repr(spaced))
uni = input()
print("unicode:", uni, len(uni))
count = 0
lines = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", repr(str(e)))
        break
    lines.append(line)
    count += 1
print("remaining lines:", count, lines)
try:
    input()
except EOFError as e:
    print("again EOFError:", type(e).__name__)
