import itertools
from itertools import *


def show(label, fn):
    try:
        r = fn()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


# count
c = count()
print([next(c) for _ in range(3)], repr(c))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(0.5, 0.25), 4)))
print(type(count()).__name__)
show('count str', lambda: count('a'))
c = count(3)
next(c)
print(repr(c))

# cycle
print(list(islice(cycle('abc'), 8)))
print(list(cycle([])))
print(type(cycle('a')).__name__)

# repeat
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)))
print(repr(repeat(1, 3)), repr(repeat('a')), repr(repeat(1, -5)))
r = repeat(7, 3)
next(r)
print(repr(r), r.__length_hint__())
print(list(islice(repeat(None), 3)))
print(list(map(pow, range(5), repeat(2))))

# chain
print(list(chain('ab', [1, 2], (), range(3))))
print(list(chain()))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(type(chain()).__name__, type(chain.from_iterable([])).__name__)
ch = chain([1], 5)
print(next(ch))
show('chain bad', lambda: next(ch))

# islice
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)))
print(list(islice('ABCDEFG', None, None, None)))
print(list(islice(range(100), 10, 30, 7)))
print(list(islice(range(5), 10, 20)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 7, 3)), next(it))
show('islice -1', lambda: islice('abc', -1))
show('islice -5', lambda: islice('abc', -5))
show('islice str', lambda: islice('abc', 'x'))
show('islice float', lambda: islice('abc', 1.5))
show('islice start', lambda: islice('abc', -2, 3))
show('islice start str', lambda: islice('abc', 'a', 3))
show('islice stop3', lambda: islice('abc', 1, -1))
show('islice step0', lambda: islice('abc', 0, 3, 0))
show('islice step neg', lambda: islice('abc', 0, 3, -1))
show('islice step str', lambda: islice('abc', 0, 3, 'z'))
show('islice 1 arg', lambda: islice('abc'))
show('islice 5 args', lambda: islice('abc', 1, 2, 3, 4))
show('islice noniter', lambda: islice(5, 2))
print(type(islice('a', 1)).__name__)

# permutations / combinations
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations('AB', 0)), list(permutations([])))
print(len(list(permutations(range(5), 3))))
show('perm neg', lambda: permutations('abc', -1))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)))
show('comb neg', lambda: combinations('abc', -1))
show('comb missing', lambda: combinations('abc'))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement(range(2), 3)))
show('cwr neg', lambda: combinations_with_replacement('abc', -2))
print(type(permutations('a')).__name__, type(combinations('a', 1)).__name__,
      type(combinations_with_replacement('a', 1)).__name__)

# product
print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(product('ab', 'c', repeat=2)))
show('product neg', lambda: product('ab', repeat=-1))
print(type(product()).__name__)

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], initial=100)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([])), list(accumulate([], initial=7)))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], None)))
show('accumulate bad', lambda: list(accumulate([1, 'a'])))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])))
print(list(zip_longest()), list(zip_longest('', '')))
print(list(zip_longest('abc')))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
show('starmap bad', lambda: list(starmap(pow, [1])))

# groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 8], key=lambda x: x % 2)])
groups = list(groupby('AABBC'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(groupby([])))
print(type(gb).__name__, type(g1).__name__)
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])

# takewhile / dropwhile
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(tw), list(tw))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))

# pairwise
print(list(pairwise('ABCDEFG')))
print(list(pairwise('A')), list(pairwise('')))
print(list(pairwise(range(4))))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1])), list(compress('A', [0, 1, 1])))
print(list(compress(range(10), cycle([True, False]))))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))

# tee
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t = tee('abc', 3)
print(len(t), [list(x) for x in t])
print(tee('abc', 0))
show('tee neg', lambda: tee('abc', -1))
a, b = tee(range(5))
c, d = tee(a)
print(list(c), list(d), list(b), list(a))
x, y = tee(count())
print([next(x) for _ in range(3)], next(y))
print(type(a).__name__)

# laziness / composition
def gen():
    for i in range(5):
        print('gen', i)
        yield i

print(list(islice(gen(), 2)))
print(next(chain(gen(), gen())))
print(sum(1 for _ in product(range(3), range(4))))
print(sorted(map(''.join, permutations('abc'))))
print(list(map(sum, combinations(range(6), 2))))
print(dict(zip_longest('abc', range(2))))
print(itertools.chain is chain)


# more edge cases
print(isinstance(count(), type(iter(count()))), iter(c := count()) is c)
print(type(count).__name__, count.__module__, repr(count)[:30])
print(list(zip(count(), 'abc')))
show('islice big', lambda: list(islice(range(5), 2**70)))
show('islice kw', lambda: islice('abc', stop=2))
show('repeat kw', lambda: list(repeat(object='a', times=2)))
show('repeat none', lambda: repeat(1, None))
show('repeat float', lambda: repeat(1, 2.0))
show('cycle noniter', lambda: cycle(5))
show('chain kw', lambda: chain(a=1))
show('product kw', lambda: product('a', foo=1))
show('perm float', lambda: permutations('abc', 1.0))
show('zip_longest kw', lambda: zip_longest('a', foo=1))
show('accumulate initial', lambda: list(accumulate([1,2], operator.mul, initial=3)))
show('groupby key', lambda: [(k, list(g)) for k, g in groupby(['a','A','b'], str.lower)])
show('tee copy', lambda: [list(t) for t in tee(tee('abc')[0], 2)])
show('pairwise noniter', lambda: pairwise(3))
show('compress noargs', lambda: compress('abc'))
show('starmap gen', lambda: list(starmap(operator.add, iter([[1, 2], 'ab']))))
show('takewhile noniter', lambda: takewhile(bool, 5))
show('count step', lambda: list(islice(count(step=3), 3)))
show('count kw', lambda: repr(count(start=2, step=2)))
show('count bool', lambda: repr(count(True)))
show('product list', lambda: list(product([1, 2], iter('ab'))))
show('len perm', lambda: len(list(permutations(range(6)))))
show('comb kw', lambda: list(combinations(iterable='abc', r=2)))
g = groupby('aab')
_, first = next(g)
list(g)
show('grouper after', lambda: list(first))
