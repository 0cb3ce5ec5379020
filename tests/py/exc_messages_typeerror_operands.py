# TypeError messages for unsupported operand types and other type misuse.
class Thing:
    pass
five = 5
none = None
abc = "abc"
pair = (1, 2)
tests = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[1] + (1,)", lambda: [1] + (1,)),
    ("None + 1", lambda: None + 1),
    ("1 - 'a'", lambda: 1 - "a"),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("'a' * 1.5", lambda: "a" * 1.5),
    ("[] * []", lambda: [] * []),
    ("{} + {}", lambda: {} + {}),
    ("{1} + {2}", lambda: {1} + {2}),
    ("1 / 'x'", lambda: 1 / "x"),
    ("2 ** 'x'", lambda: 2 ** "x"),
    ("1 < 'a'", lambda: 1 < "a"),
    ("'a' >= 1", lambda: "a" >= 1),
    ("None < None", lambda: None < None),
    ("[] < ()", lambda: [] < ()),
    ("Thing() < Thing()", lambda: Thing() < Thing()),
    ("Thing() + 1", lambda: Thing() + 1),
    ("1 + Thing()", lambda: 1 + Thing()),
    ("-'a'", lambda: -"a"),
    ("+[]", lambda: +[]),
    ("~1.5", lambda: ~1.5),
    ("abs('a')", lambda: abs("a")),
    ("1 & 1.0", lambda: 1 & 1.0),
    ("1 << 'a'", lambda: 1 << "a"),
    ("1.5 | 2", lambda: 1.5 | 2),
    ("len(5)", lambda: len(5)),
    ("5[0]", lambda: five[0]),
    ("None[0]", lambda: none[0]),
    ("Thing()[0]", lambda: Thing()[0]),
    ("'abc'['x']", lambda: abc["x"]),
    ("(1,2)[1.0]", lambda: pair[1.0]),
    ("{}[[]]", lambda: {}[[]]),
    ("{[]: 1}", lambda: {[]: 1}),
    ("set([[]])", lambda: set([[]])),
    ("hash([])", lambda: hash([])),
    ("hash({})", lambda: hash({})),
    ("iter(5)", lambda: iter(5)),
    ("next([])", lambda: next([])),
    ("5()", lambda: five()),
    ("'s'()", lambda: abc()),
    ("Thing()()", lambda: Thing()()),
    ("int([])", lambda: int([])),
    ("float([])", lambda: float([])),
    ("sum(['a'])", lambda: sum(["a", "b"])),
    ("sum([[1]])", lambda: sum([[1]])),
    ("'abc'.join([1])", lambda: "".join([1])),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("max(1, 'a')", lambda: max(1, "a")),
    ("min([])", lambda: min([])),
    ("'x' in 5", lambda: "x" in 5),
    ("1 in 'abc'", lambda: 1 in "abc"),
    ("del (1,)[0]", lambda: exec("t = (1,)\ndel t[0]")),
    ("isinstance(1, 1)", lambda: isinstance(1, 1)),
    ("issubclass(1, int)", lambda: issubclass(1, int)),
    ("ord('ab')", lambda: ord("ab")),
    ("chr('a')", lambda: chr("a")),
    ("range('a')", lambda: range("a")),
    ("[].sort(key=1)", lambda: [2, 1].sort(key=1)),
    ("dict(1)", lambda: dict(1)),
    ("'{}'.format", lambda: "{:d}".format("a")),
]
for label, fn in tests:
    try:
        fn()
        print(label, "=> no error")
    except (TypeError, ValueError) as e:
        print(label, "=>", type(e).__name__ + ":", e)
