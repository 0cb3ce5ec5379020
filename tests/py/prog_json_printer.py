# A hand-written JSON-like serializer, pretty printer and parser (round trip).
def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else ch)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
def dumps(v, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    nl = "\n" if indent else ""
    sep = "," + nl if indent else ", "
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + nl + sep.join(pad + dumps(x, indent, level + 1) for x in v) + nl + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items()]
        return "{" + nl + sep.join(items) + nl + end + "}"
    raise TypeError(f"not serializable: {type(v).__name__}")
class Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.string()
                self.ws()
                assert self.s[self.i] == ":", f"expected ':' at {self.i}"
                self.i += 1
                d[k] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                assert self.s[self.i] == "}"
                self.i += 1
                return d
        if c == "[":
            self.i += 1
            lst = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return lst
            while True:
                lst.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return lst
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        text = self.s[self.i:j]
        self.i = j
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    def string(self):
        assert self.s[self.i] == '"'
        self.i += 1
        out = []
        while self.s[self.i] != '"':
            ch = self.s[self.i]
            if ch == "\\":
                nxt = self.s[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)
doc = {
    "name": "Stitch \"VM\"",
    "version": [0, 1, 2],
    "tiers": {"one": True, "two": None, "native": False},
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "nested": [[], {}, [1, [2, [3]]], {"k": {"deep": "é\n\tend"}}],
    "empty string": "",
    "neg": -1.5e-7,
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = Parser(pretty).value()
print(back == doc, back["nested"][3]["k"]["deep"] == doc["nested"][3]["k"]["deep"])
print(Parser(compact).value() == doc)
print(dumps([1, "two", (3,), {"x": [None]}], indent=4))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
