# f-string basics: expressions, quotes, braces escaping, method calls.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}", f"{n * 2}", f"{'nested quotes'}", f'{"other quotes"}')
print(f"{{literal braces}} {{{n}}}")
print(f"{name.upper()} {name[::-1]} {len(name)} {name!r}")
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}} {dict(a=1)} {None} {True}")
print(f"{pi:.2f} {pi:10.3f}| {n:5d}| {n:<5}| {n:^7}| {n:>6}|")
items = ["x", "y"]
print(f"items: {', '.join(items)}", f"{items[0]}{items[-1]}")
print(f"{3 if n > 10 else 4}", f"{(lambda v: v * 2)(5)}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b}")
print(f"{1e10} {1.0} {0.1 + 0.2} {-0.0} {float('inf')}")
print(f"multi" f"ple {n}" "plain" f"{n}")
x = 5
print(f"{x}{x}{x}", f"{x}" * 3, f"{'a' 'b'}")
print(f"""triple
{name} quoted""")
d = {"key": "value"}
print(f"{d['key']}", f"{d}")
class P:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
print(f"{P()} {P()!r} {P()!s} {[P()]}")
print(f"{'é'} {'日本'} {'😀'}")
print(f"{n!r:>6}|", f"{'s'!r:^7}|")
width = 10
print(f"{'pad':{width}}|", f"{'pad':>{width}}|")
print(f"{1}{2:3}{3!r}", f"{ {'a': 1}['a'] }")
print(f"{n=}", f"{n = }", f"{n + 1=}", f"{name=!s}", f"{pi=:.1f}")
print(f"")
print(type(f"{n}").__name__)
print(f"{n:,}", f"{10 ** 7:,}", f"{10 ** 7:_}", f"{1234567.891:,.2f}")
