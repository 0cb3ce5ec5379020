# str.format: positional, keyword, index/attribute access, conversions, specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 5))
print("{0[0]}{0[2]}".format("xyz"), "{l[1]}".format(l=[9, 8]))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3f} {:e} {:,} {:x} {:#b} {:%}".format(3.14159, 1234.5, 1234567, 255, 5, 0.25))
print("{{}} {{{}}}".format("in braces"))
print("{0:{1}}|".format("w", 6), "{:{}.{}f}".format(2.71828, 8, 2))
class Pt:
    def __init__(self):
        self.x, self.y = 1, 2
print("({0.x}, {0.y})".format(Pt()), "{p.x}".format(p=Pt()))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"a": 1}))
for bad, args in [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{5}", (1,)), ("{x}", ()), ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{!z}", (1,)), ("{:q}", (1,))]:
    try:
        print(bad.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Default(a="A")))
print("{0}{1}{0}".format("ab", "cd") * 2)
print("{:10.3}|{:.1}|".format("abcdef", 1.25))
print("{:+} {:+} {: } {:-}".format(1, -1, 5, 5))
print("{:06.2f} {:>+8.1e} {:<6d}|".format(-1.5, 12345.0, 42))
print("{0!r:>10}".format("q"))
print("a{}b{}c".format(*range(2)), "".format(), "{}".format(""))
