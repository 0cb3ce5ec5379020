# dict | and |= merge operators (3.9+), with precedence of right operand.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    a | None
except TypeError as e:
    print("TypeError:", e)
print({} | {}, {1: 1} | {}, {} | {1: 1}, {1: "a"} | {1.0: "b"}, {True: "t"} | {1: "one"})
chain = {}
for i in range(5):
    chain = chain | {i: i * i}
print(chain)
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L"}
print(defaults | overrides, {**defaults, **overrides} == defaults | overrides)
