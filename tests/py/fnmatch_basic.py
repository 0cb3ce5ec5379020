import fnmatch
from fnmatch import fnmatch as fm, fnmatchcase, translate

names = ['main.py', 'test_main.py', 'README.md', 'readme.txt', 'setup.cfg', '.hidden', 'a.b.c',
         'data1.csv', 'data2.csv', 'data10.csv', 'x', '', 'dir/file.py', 'notes[1].txt', 'a-b', 'a!b']
patterns = ['*.py', 'test_*', '*', '?', '??*', 'data?.csv', 'data[0-9].csv', 'data[!1].csv', '[!.]*',
            '*.[ch]', '[a-c]*', '[]]*', '*[!a-z]*', 'notes[[]1].txt', 'notes[1].txt', '[', '[!]',
            'a[-!]b', 'a[!-]b', '*.*.*', '*/*', 'READ*', 'read*', '[z-a]*', '*mai*n*', '']
for p in patterns:
    print(repr(p), fnmatch.filter(names, p))
for p in patterns:
    print(repr(p), translate(p))

print(fm('Main.PY', '*.py'), fnmatchcase('Main.PY', '*.PY'), fm('a\nb', 'a?b'), fm('a\nb', 'a*'))
print(fnmatchcase('abc', 'a*c'), fnmatchcase('abcbc', '*bc'), fnmatchcase('ab', '*a*b*'), fnmatchcase('aXbXc', 'a*b*c*d'))
print(fnmatchcase('[x]', '[[]x]'), fnmatchcase('-', '[a-]'), fnmatchcase('\\', '[\\]'), fnmatchcase('^', '[^]'))
print(fnmatchcase('&', '[&&]'), fnmatchcase('~', '[a~]'), fnmatchcase('b', '[a-c-e]'), fnmatchcase('-', '[a-c-e]'))
print(fnmatchcase(b'file.txt', b'*.txt'), fnmatchcase(b'file.TXT', b'*.txt'), fnmatch.filter([b'a1', b'b2', b'a3'], b'a?'))
print(translate('*'), translate('**a**'), translate('a*b*c'), translate('[!a-c]?*x'), translate('(x)+{y}.$'))
for args in [(5, '*'), ('a', 5), ('a', b'a'), (b'a', 'a')]:
    try:
        print(fnmatchcase(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(fnmatch.__all__))
