# repr() escapes exactly the characters str.isprintable() rejects
# (unassigned code points, format characters, separators...), as \xNN,
# \uNNNN or \UNNNNNNNN; ascii() escapes every non-ASCII character.
chars = ['\u0381', '\u0601', '\u00ad', '\u2028', 'é', '\U0001f600', '\U000e0001',
         '\ufeff', '\u200b', '\x85', '\u3000', '\u0378', 'Ω', '\u061c', '\U00010fff']
for c in chars:
    print(repr(c), ascii(c), c.isprintable())
print(repr('a\u0381b\u0601c'), repr(['\u0378', '\u200e']))
count = sum(1 for i in range(0x300, 0x800) if repr(chr(i))[1] == '\\')
print(count)
