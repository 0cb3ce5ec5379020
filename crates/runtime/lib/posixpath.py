"""Path operations on POSIX paths (`os.path`)."""
import _posix

sep = '/'
curdir = '.'
pardir = '..'


def _check(p, fname):
    if not isinstance(p, str):
        if fname == 'join':
            raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, not '{type(p).__name__}'")
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return p


def join(a, *p):
    _check(a, 'join')
    path = a
    for b in p:
        _check(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _check(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    _check(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def isabs(p):
    return _check(p, 'isabs').startswith('/')


def exists(p):
    return _posix.stat_kind(p) != 0


def isfile(p):
    return _posix.stat_kind(p) == 1


def isdir(p):
    return _posix.stat_kind(p) == 2


def normpath(path):
    _check(path, 'normpath')
    if not path:
        return '.'
    initial = 2 if path.startswith('//') and not path.startswith('///') else (1 if path.startswith('/') else 0)
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = '/'.join(comps)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(p):
    _check(p, 'abspath')
    if not isabs(p):
        p = join(_posix.getcwd(), p)
    return normpath(p)
