# partition / rpartition / splitlines.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[1])
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "\na".splitlines(), "a\n\n".splitlines(True))
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r".splitlines())
print("no newline".splitlines(), "trailing\r".splitlines(True))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
url = "https://example.com/path/to/page?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query)
print("dir/sub/file.ext".rpartition("/")[2].rpartition(".")[0])
