"""Operating-system interfaces (a small subset of CPython's `os`)."""
import _posix
import posixpath as path
import sys

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'


class _Environ(dict):
    """`os.environ`: a dict of the environment at start-up."""

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _posix.getcwd()


def getpid():
    return _posix.getpid()


def listdir(p='.'):
    return _posix.listdir(p)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return f(p)
