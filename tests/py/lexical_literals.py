# Lexical forms: literals of every kind, line continuation, comments, semicolons, unicode identifiers.
print(0, 00, 1_000, 0x_FF, 0o_17, 0b_1010, 0XAB, 0O7, 0B1, 10_000.000_1, 1e3, 1E-3, .5, 5., 1_0e1_0)
print(0.0, 00.5, 1e0, 9999999999999999999999, 0xffffffffffffffffffff, 1.0e+308, 2.5e-324)
print('single', "double", '''triple single''', """triple double""", 'it\'s', "say \"x\"", 'mix "q"')
print(r"raw \n \t \\", R"RAW\d", b"bytes", B"BYTES", rb"raw\bytes", Rb"\x00", br"\n")
print(u"unicode prefix", "\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE}", "\u00e9\U0001F600", "\x7f", "\0", "\12")
print("line one \
continued", 'adjacent' "strings" '''concat''')
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,  # comment inside a list
    2,
    3,   # trailing comma next
]
print(items, (
    "paren"
    "joined"
))
x = 1; y = 2; z = x + y
print(x, y, z)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def one_liner(): return "one-line def"
print(one_liner())
class OneLine: attr = "one-line class"
print(OneLine.attr)
café = "unicode identifier"
π = 3.14159
变量 = "chinese identifier"
print(café, π, 变量)
_ = "underscore"
__ = "dunder-ish"
print(_, __)
print("""multi
line
string""")
print('''it's "fine"''')
s = """
  leading newline kept"""
print(repr(s))
print(type(...), type(None), type(True), type(0))
print(len("""\
no leading newline"""))
# a comment at the end
