"""Python part of the warnings subsystem (Stitch's implementation).

Behaves like CPython 3.11's warnings module, with two limitations:

* Stitch has no `re` module: the `message` and `module` arguments of
  filterwarnings() are matched by a small regular-expression subset
  (literal characters, escapes, '.', character sets, and the '*', '+', '?'
  quantifiers, '^' and '$'/'\\Z' anchors).
* Without sys._getframe the warning's location is unknown: it is reported
  the way CPython reports a warning whose stack level is out of range
  (filename 'sys', line 1, module 'sys').
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# -- a minimal regular-expression matcher ----------------------------------

class _Pattern:
    """A compiled filter pattern, shown like a re.Pattern."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._atoms = _compile_re(pattern)

    def match(self, text):
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(text).__name__)
        if self.flags:
            text = text.lower()
        return _match_atoms(self._atoms, 0, text, 0, self.flags != 0)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


_CLASS_ESCAPES = {
    'd': lambda c: c.isdecimal(),
    'w': lambda c: c.isalnum() or c == '_',
    's': lambda c: c.isspace(),
}


def _compile_re(p):
    # Atoms: (kind, data, min, max) with kind 'lit' / 'any' / 'set' / 'end'.
    atoms = []
    i = 0
    n = len(p)
    if p.startswith('^'):
        i = 1
    while i < n:
        c = p[i]
        i += 1
        if c == '\\' and i < n:
            e = p[i]
            i += 1
            if e in _CLASS_ESCAPES:
                atom = ['set', ((), (), (_CLASS_ESCAPES[e],), False)]
            elif e == 'Z':
                atoms.append(['end', None, 1, 1])
                continue
            else:
                atom = ['lit', e]
        elif c == '.':
            atom = ['any', None]
        elif c == '$' and i == n:
            atoms.append(['end', None, 1, 1])
            continue
        elif c == '[':
            negate = False
            if i < n and p[i] == '^':
                negate = True
                i += 1
            singles = []
            ranges = []
            preds = []
            first = True
            while i < n and (p[i] != ']' or first):
                first = False
                ch = p[i]
                i += 1
                if ch == '\\' and i < n:
                    ch = p[i]
                    i += 1
                    if ch in _CLASS_ESCAPES:
                        preds.append(_CLASS_ESCAPES[ch])
                        continue
                if i + 1 < n and p[i] == '-' and p[i + 1] != ']':
                    ranges.append((ch, p[i + 1]))
                    i += 2
                else:
                    singles.append(ch)
            i += 1
            atom = ['set', (tuple(singles), tuple(ranges), tuple(preds), negate)]
        else:
            atom = ['lit', c]
        lo, hi = 1, 1
        if i < n and p[i] in '*+?':
            q = p[i]
            i += 1
            lo = 1 if q == '+' else 0
            hi = 1 if q == '?' else -1
            if i < n and p[i] == '?':
                i += 1
        atom.append(lo)
        atom.append(hi)
        atoms.append(atom)
    return atoms


def _atom_ok(atom, ch, icase):
    kind, data = atom[0], atom[1]
    if kind == 'any':
        return True
    if kind == 'lit':
        return ch == (data.lower() if icase else data)
    singles, ranges, preds, negate = data
    hit = ch in singles or (icase and ch in [s.lower() for s in singles])
    if not hit:
        for lo, hi in ranges:
            if lo <= ch <= hi or (icase and (lo.lower() <= ch <= hi.lower())):
                hit = True
                break
    if not hit:
        for f in preds:
            if f(ch):
                hit = True
                break
    return hit != negate


def _match_atoms(atoms, ai, text, ti, icase):
    if ai == len(atoms):
        return True
    atom = atoms[ai]
    if atom[0] == 'end':
        return ti == len(text) and _match_atoms(atoms, ai + 1, text, ti, icase)
    lo, hi = atom[2], atom[3]
    count = 0
    j = ti
    limit = len(text) if hi < 0 else min(len(text), ti + hi)
    while j < limit and _atom_ok(atom, text[j], icase):
        j += 1
        count += 1
    while count >= lo:
        if _match_atoms(atoms, ai + 1, text, ti + count, icase):
            return True
        count -= 1
    return False


# -- the filter list ---------------------------------------------------------

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry (any message, any module) into the filters."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


# -- showing warnings ---------------------------------------------------------

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _getline(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return ''


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        line = _getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category,
                             msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno,
           msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# -- issuing warnings -----------------------------------------------------------

_unknown_registry = {}


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    getframe = getattr(sys, '_getframe', None)
    frame = None
    if getframe is not None:
        try:
            frame = getframe(stacklevel)
        except ValueError:
            frame = None
    if frame is None:
        globals_ = None
        filename = "sys"
        lineno = 1
        module = "sys"
        registry = _unknown_registry
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = globals_.get('__name__', "<string>")
        registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filters (and
    showwarning) on exit; with record=True it collects the warnings shown
    in a list (returned by __enter__) instead of printing them.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl
