# IndexError and KeyError messages, KeyError repr quirks.
def show(label, fn):
    try:
        r = fn()
        print(label, "=>", repr(r))
    except Exception as e:
        print(label, "=>", type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
show("[][0]", lambda: [][0])
show("[1][-2]", lambda: [1][-2])
show("()[0]", lambda: ()[0])
show("''[0]", lambda: ""[0])
show("'abc'[3]", lambda: "abc"[3])
show("range(3)[3]", lambda: range(3)[3])
show("[].pop()", lambda: [].pop())
show("[1].pop(3)", lambda: [1].pop(3))
show("list.insert ok", lambda: [].insert(10, 1))
show("{}['k']", lambda: {}["k"])
show("{}[1]", lambda: {}[1])
show("{}[(1, 2)]", lambda: {}[(1, 2)])
show("{}['']", lambda: {}[""])
show("{}[None]", lambda: {}[None])
show("{}[2.5]", lambda: {}[2.5])
show("{}['a\\'b']", lambda: {}["a'b"])
show("{}.pop('x')", lambda: {}.pop("x"))
show("{}.popitem()", lambda: {}.popitem())
show("set().pop()", lambda: set().pop())
show("set().remove(3)", lambda: set().remove(3))
show("KeyError()", lambda: (_ for _ in ()).throw(KeyError()))
show("KeyError('a', 'b')", lambda: (_ for _ in ()).throw(KeyError("a", "b")))
show("IndexError('custom')", lambda: (_ for _ in ()).throw(IndexError("custom")))
show("[1,2,3].index(9)", lambda: [1, 2, 3].index(9))
show("(1,).index(9)", lambda: (1,).index(9))
show("'abc'.index('z')", lambda: "abc".index("z"))
show("[[1]][0][1]", lambda: [[1]][0][1])
show("iter([]).__next__()", lambda: iter([]).__next__())
show("dict view", lambda: list({"a": 1}.keys())[1])
d = {"present": 1}
try:
    d["absent"]
except KeyError as e:
    print("KeyError str:", e, "printed with print()")
