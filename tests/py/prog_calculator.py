# A small tokenizer + recursive-descent calculator with variables and errors.
class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*/%^()=,":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    tokens.append(Token("end", None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.t = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.t[self.pos]
    def take(self, value=None):
        tok = self.t[self.pos]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek().kind == "name" and self.t[self.pos + 1].value == "=":
            name = self.take().value
            self.take("=")
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            else:
                v = v % r
        return v
    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise NameError(f"undefined variable {tok.value!r}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok!r}")
FUNCS = {"max": max, "min": min, "abs": abs}
env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2 + 1", "y / 4", "y % 4",
         "max(x, y, 3) - min(1, 2)", "abs(-7.5)", "z + 1", "1 / 0", "3 $ 4", "(1 + 2", "big = 2 ^ 100", "big * big",
         "1.5 * 4", "10 - 2 - 3", "100 / 10 / 5", "x = x + 1", "x"]
for line in lines:
    try:
        toks = tokenize(line)
        value = Parser(toks, env).statement()
        print(f"{line:28} => {value!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:28} !! {type(e).__name__}: {e}")
print(tokenize("a1 = (3.25 + b_2) * 4"))
print(sorted(env.items()))
