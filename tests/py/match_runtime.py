# match statements inside functions, closures, generators and try blocks;
# exceptions raised while matching unwind the stack cleanly.

class Boom:
    def __eq__(self, other):
        raise ValueError("eq exploded")

class Attr:
    __match_args__ = ("a",)
    @property
    def a(self):
        raise KeyError("no a")

def classify(items):
    out = []
    for it in items:
        try:
            match it:
                case [Boom() as b, 1]:
                    out.append("boom-first")
                case 5:
                    out.append("five")
                case Attr(x):
                    out.append(("attr", x))
                case {"k": 1}:
                    out.append("k1")
                case _:
                    out.append("other")
        except (ValueError, KeyError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    return out

print(classify([5, Boom(), Attr(), {"k": 1}, {"k": 2}, [Boom(), 1]]))

def make_matchers():
    fs = []
    for shape in ("circle", "square"):
        def f(v, shape=shape):
            match v:
                case {"shape": s, "size": n} if s == shape:
                    return lambda: f"{s}:{n}"
                case _:
                    return lambda: "nope"
        fs.append(f)
    return fs

for f in make_matchers():
    print(f({"shape": "circle", "size": 3})(), f({"shape": "square", "size": 4})())

def tokens(text):
    for word in text.split():
        match word.split("="):
            case [key, value]:
                yield ("pair", key, value)
            case [single] if single.isdigit():
                yield ("num", int(single))
            case [single]:
                yield ("word", single)
            case [_, _, *more]:
                yield ("too-many", len(more))

print(list(tokens("a=1 42 hello x=y=z b=2")))

def interpreter(program):
    stack = []
    for instr in program:
        match instr.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup"]:
                stack.append(stack[-1])
            case [cmd, *args]:
                raise ValueError(f"bad instruction {cmd!r} with {args}")
    return stack

print(interpreter(["push 2", "push 3", "add", "dup", "mul", "push 7"]))
try:
    interpreter(["push 1", "jump 4 5"])
except ValueError as e:
    print("error:", e)

# unbound capture names stay unbound when a case fails
def partial():
    match (1, 2):
        case (x, 3):
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(partial())

# a guard that raises
def guarded(v):
    match v:
        case int(n) if 10 // n > 1:
            return "small"
        case _:
            return "big"
print(guarded(2), guarded(9))
try:
    guarded(0)
except ZeroDivisionError as e:
    print("guard raised", e)

# mapping patterns use get(), never __getitem__ (no __missing__ side effects)
class Tracking(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match Tracking(a=1, b=2):
    case {"a": 1, "b": bb, **rest}:
        print("bb", bb, rest)

# duplicate keys found at run time
K = "a"
class NS:
    k = "a"
try:
    match {"a": 1}:
        case {NS.k: 1, "a": 1}:
            pass
except ValueError as e:
    print("ValueError:", e)

# an uncaught error inside a pattern shows the pattern's line
match Attr():
    case Attr(1):
        pass
