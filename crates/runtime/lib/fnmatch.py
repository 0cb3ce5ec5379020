"""Filename matching with shell patterns (Stitch's implementation).

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

Stitch has no `re` module, so patterns are matched by a small wildcard
matcher; translate() still returns the regular expression CPython 3.11
would build.
"""



def _normcase(s):
    # os.path.normcase on POSIX: no change, but the type is checked.
    if isinstance(s, (str, bytes)):
        return s
    fspath = getattr(type(s), '__fspath__', None)
    if fspath is not None:
        return fspath(s)
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(s).__name__)
__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()
_ANY = object()
_NEVER = object()

_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    return '\\' + c if c in _RE_SPECIAL else c


def _set_body(pat, i, j):
    """The regex set body CPython builds for pat[i:j] (inside [...])."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', '\\\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # Drop reversed (empty) ranges.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-')
                         for s in chunks)
    out = []
    for c in stuff:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def _class_matcher(body):
    """(negate, singles, ranges) for a regex set body (without brackets)."""
    negate = False
    pos = 0
    n = len(body)
    if body.startswith('^'):
        negate = True
        pos = 1
    singles = set()
    ranges = []
    while pos < n:
        c = body[pos]
        pos += 1
        if c == '\\' and pos < n:
            c = body[pos]
            pos += 1
        if pos < n and body[pos] == '-' and pos + 1 < n:
            hi = body[pos + 1]
            pos += 2
            if hi == '\\' and pos < n:
                hi = body[pos]
                pos += 1
            ranges.append((c, hi))
        else:
            singles.add(c)
    return (negate, frozenset(singles), tuple(ranges))


def _parse(pat):
    """Tokens of a pattern (single-character tests and _STAR) and the
    pieces of the equivalent regular expression."""
    tokens = []
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
                pieces.append(_STAR)
        elif c == '?':
            tokens.append(_ANY)
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('[')
                pieces.append('\\[')
                continue
            body = _set_body(pat, i, j)
            i = j + 1
            if not body:
                tokens.append(_NEVER)
                pieces.append('(?!)')
            elif body == '!':
                tokens.append(_ANY)
                pieces.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                tokens.append(_class_matcher(body))
                pieces.append('[' + body + ']')
        else:
            tokens.append(c)
            pieces.append(_escape(c))
    return tokens, pieces


def translate(pat):
    """Translate a shell PATTERN to a regular expression (as a string)."""
    _, pieces = _parse(pat)
    res = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        res.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(res) + ')\\Z'


def _test(tok, ch):
    if tok is _ANY:
        return True
    if type(tok) is str:
        return tok == ch
    if tok is _NEVER:
        return False
    negate, singles, ranges = tok
    hit = ch in singles
    if not hit:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                hit = True
                break
    return hit != negate


def _matches(tokens, name):
    nt = len(tokens)
    nn = len(name)
    ti = j = 0
    star = -1
    star_j = 0
    while j < nn:
        if ti < nt:
            tok = tokens[ti]
            if tok is _STAR:
                star = ti
                star_j = j
                ti += 1
                continue
            if _test(tok, name[j]):
                ti += 1
                j += 1
                continue
        if star < 0:
            return False
        ti = star + 1
        star_j += 1
        j = star_j
    while ti < nt and tokens[ti] is _STAR:
        ti += 1
    return ti == nt


_cache = {}


def _compile_pattern(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is None:
        if isinstance(pat, bytes):
            tokens = (bytes, _parse(str(pat, 'ISO-8859-1'))[0])
        elif isinstance(pat, str):
            tokens = (str, _parse(pat)[0])
        else:
            raise TypeError("object of type '%s' has no len()" % type(pat).__name__)
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = tokens
    return tokens


def _match(compiled, name):
    kind, tokens = compiled
    if isinstance(name, str):
        if kind is bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return _matches(tokens, name)
    if isinstance(name, (bytes, bytearray)):
        if kind is str:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return _matches(tokens, str(bytes(name), 'ISO-8859-1'))
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(name).__name__)


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after case normalisation,
    a no-op on POSIX)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = _normcase(pat)
    compiled = _compile_pattern(pat)
    return [name for name in names if _match(compiled, name)]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(_compile_pattern(pat), name)
