# json: dumps (indent, sort_keys, separators, escapes, special floats) and loads (values, errors).
import json
data = {"name": "Stitch \"VM\"", "version": [0, 1, 2], "tiers": {"one": True, "two": None}, "ratio": 0.1 + 0.2,
        "big": 2 ** 70, "uni": "é ü 中 😀", "ctrl": "a\tb\nc\x01", "neg": -1.5e-7, 3: "int key", 2.5: "float key"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, indent=2, ensure_ascii=False))
print(json.dumps([1, [2, [3, {}], []], {"a": []}], indent="\t"))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True, separators=(",", ":")))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e300, 5e-324, 100.0, -0.0]))
print(json.dumps("simple"), json.dumps(None), json.dumps(True), json.dumps(12345678901234567890), json.dumps((1, 2)))
for bad in [{1, 2}, object(), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"k": complex_like} if False else {"k": 1}, default=str))
print(json.dumps([1, {1, 2}], default=sorted))
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "e": "", "f": 0}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][2]).__name__)
print(json.loads("[]"), json.loads("  {}  "), json.loads('"x"'), json.loads("123"), json.loads("-0.5"), json.loads("NaN") != json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1, 2]'), json.loads('[1.5]', parse_float=str), json.loads('{"x": 1}', object_pairs_hook=list))
for bad in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '"unterminated', '[1] x', 'tru', '"\\q"', '"\\u12"', '{"a": 1 "b": 2}', '\n\n  [\n  1,\n  oops]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.loads(json.dumps(data)) == {str(k) if not isinstance(k, str) else k: v for k, v in data.items()})
