import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "wraps well-known, hyphenated words like e-mail and state-of-the-art "
        "designs -- and em-dashes--like this one--too.  Supercalifragilisticexpialidocious "
        "words get broken when they are too long.")

for w in (10, 15, 20, 33, 50, 70):
    print(w, wrap(text, w))

print(fill(text, 40))
print(fill(text, width=30, initial_indent='* ', subsequent_indent='    '))
print(wrap(text, 12, break_long_words=False))
print(wrap(text, 12, break_on_hyphens=False))
print(wrap("a-b-c-d-e-f-g-h-i-j-k", 5))
print(wrap("aaaa-bbbb-cccc-dddd", 7))
print(wrap("aaaa-bbbb-cccc-dddd", 7, break_on_hyphens=False))
print(wrap("----------", 4))
print(wrap("123-456-789 ab-cd-ef", 5))

# whitespace handling
ws = "Hello\tworld,\nthis  is\r\na\x0btest\x0c of  whitespace."
print(wrap(ws, 12))
print(wrap(ws, 12, expand_tabs=False))
print(wrap(ws, 12, replace_whitespace=False))
print(wrap(ws, 12, drop_whitespace=False))
print(wrap("   leading and trailing   ", 10))
print(wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(wrap("a\tb\tc", 20, tabsize=4))
print(wrap("", 10), wrap("    ", 10), wrap("word", 1))

# sentence endings
print(wrap("This is one. And two! Mr. Smith? Yes. \"Quoted.\" end", 80, fix_sentence_endings=True))

# max_lines / placeholder
for n in (1, 2, 3, 4, 10):
    print(n, wrap(text, 25, max_lines=n))
print(wrap(text, 25, max_lines=2, placeholder='...'))
print(fill(text, 30, max_lines=3, placeholder=' (more)'))
try:
    wrap(text, 5, max_lines=1, placeholder=' [truncated]')
except ValueError as e:
    print(type(e).__name__, e)
try:
    wrap(text, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    TextWrapper(width=-3).wrap("abc")
except ValueError as e:
    print(type(e).__name__, e)

# shorten
print(shorten("Hello  world!", width=12))
print(shorten("Hello  world!", width=11))
print(shorten("Hello world!", width=10, placeholder="..."))
print(shorten(text, 50))
print(shorten(text, 50, placeholder=' >>'))
print(repr(shorten("   ", 10)))

# TextWrapper object reuse and attribute changes
tw = TextWrapper(width=18, initial_indent='> ', subsequent_indent='. ')
print(tw.wrap(text)[:4])
tw.width = 40
tw.initial_indent = ''
print(tw.fill(text))
print(tw.width, tw.max_lines, repr(tw.placeholder), tw.tabsize, tw.break_long_words)

# dedent
print(repr(dedent("    hello\n      world\n    bye\n")))
print(repr(dedent("  a\n\tb\n")))
print(repr(dedent("\thello\n\t  there\n")))
print(repr(dedent("    x\n   \n  y\n")))
print(repr(dedent("no indent\n  here\n")))
print(repr(dedent("  \t  \n    line one\n    line two\n  ")))
print(repr(dedent("")))
print(repr(dedent("    only")))
print(dedent('''\
    def f():
        return 1

    print(f())
'''))

# indent
print(repr(indent("one\ntwo\n\nthree\n", "  ")))
print(repr(indent("one\ntwo\n\n  \nthree", "> ", lambda line: True)))
print(repr(indent("a\r\nb\rc\n", "+")))
print(repr(indent("keep\nskip\nkeep", "# ", lambda line: line.startswith('k'))))
