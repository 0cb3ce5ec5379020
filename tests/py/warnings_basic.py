import sys
import warnings


def show(log):
    print([(type(w.message).__name__, str(w.message), w.category.__name__) for w in log])


class MyWarning(UserWarning):
    pass


print(warnings.filters[:2])
print(warnings.formatwarning('careful', UserWarning, 'prog.py', 12))
print(repr(warnings.formatwarning('bad thing', DeprecationWarning, 'x.py', 3, line='  x = old()  ')))
print(repr(warnings.formatwarning(RuntimeWarning('rt'), RuntimeWarning, 'y.py', 7, line='')))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn('third', category=MyWarning, stacklevel=2)
    warnings.warn(RuntimeWarning('an instance'))
    warnings.warn(MyWarning('instance wins'), DeprecationWarning)
    warnings.warn(42)
show(log)
print(log[0].category is UserWarning, isinstance(log[0].message, UserWarning), log[0].message.args)
print(log[0].file, log[0].line, log[0].source)

# actions
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    warnings.simplefilter('always', MyWarning)
    warnings.warn('shown', MyWarning)
    warnings.warn('still hidden', UserWarning)
show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('repeat')
        warnings.warn('repeat', MyWarning)
    warnings.warn('other')
show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('same place')
show(log)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', MyWarning)
    except MyWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('deprecated!', DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True, action='ignore', category=MyWarning) as log:
    warnings.simplefilter('always', UserWarning, append=True)
    warnings.warn('x', MyWarning)
    warnings.warn('y', UserWarning)
show(log)

# filterwarnings with message patterns (matched at the start, case-insensitive)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='spam')
    warnings.filterwarnings('ignore', message='.*eggs')
    warnings.filterwarnings('ignore', message=r'ham\d+$')
    warnings.filterwarnings('error', message='boom', category=RuntimeWarning)
    for text in ['spam', 'SPAM and more', 'no spam', 'green eggs', 'ham12', 'ham12x', 'hamx', 'boom']:
        warnings.warn(text)
    try:
        warnings.warn('Boom goes', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][1], warnings.filters[0][2].__name__)
show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='nothing_here')
    warnings.warn('module filter does not apply')
show(log)

# filters restored after catch_warnings
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print('inside', warnings.filters)
    warnings.simplefilter('ignore')
    warnings.simplefilter('ignore')
    print('dedup', len(warnings.filters))
    warnings.simplefilter('error', append=True)
    print(warnings.filters)
print(warnings.filters == before)

# a replaced showwarning receives the details
seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))
old = warnings.showwarning
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn('via hook', MyWarning)
print(seen, warnings.showwarning is old)

# a replaced formatwarning is used when printing
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.formatwarning = lambda m, c, f, l, line=None: 'FORMATTED %s: %s\n' % (c.__name__, m)
    warnings.showwarning = lambda m, c, f, l, file=None, line=None: sys.stdout.write(warnings.formatwarning(m, c, f, l))
    warnings.warn('custom format')
    warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, '_formatwarning_orig') else warnings.formatwarning

# errors
for f in [lambda: warnings.warn('x', 5), lambda: warnings.warn('x', int), lambda: warnings.warn('x', 'Cat')]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('ignore', category=int),
          lambda: warnings.filterwarnings('ignore', message=5), lambda: warnings.simplefilter('ignore', lineno=-1)]:
    try:
        f()
    except AssertionError as e:
        print(type(e).__name__, e)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)

wm = warnings.WarningMessage('msg', UserWarning, 'f.py', 10)
print(str(wm))
print(issubclass(MyWarning, Warning), UserWarning.__mro__)
print(sorted(warnings.__all__))
