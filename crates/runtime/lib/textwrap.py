"""Text wrapping and filling (Stitch's implementation).

Behaves like CPython 3.11's textwrap: the text is split into chunks (runs of
whitespace, words, pieces of hyphenated words, em-dashes), then the chunks
are packed greedily into lines.  Stitch has no `re` module, so the chunking
is done by hand.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The only characters textwrap treats as whitespace (ASCII, as in CPython).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_PUNCT = frozenset('!"\'&.,?')


def _is_word(ch):
    # `\w` of the re module for str patterns.
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # `[^\d\W]`: a word character that is not a decimal digit.
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return ch in _PUNCT or ch.isalnum() or ch == '_'


def _dash_run(text, j):
    """Number of consecutive '-' starting at text[j]."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j


def _emdash_ahead(text, j):
    """True if text[j:] starts with two or more dashes followed by a word char."""
    d = _dash_run(text, j)
    return d >= 2 and j + d < len(text) and _is_word(text[j + d])


def _hyphen_break_after(text, j):
    """text[j] == '-': may a chunk end just after this hyphen?"""
    n = len(text)
    # The hyphen must follow two letters, or "letter-letter".
    before = False
    if j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2]):
        before = True
    elif (j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-'
          and _is_letter(text[j - 3])):
        before = True
    if not before:
        return False
    # ... and be followed by letter, optional hyphen, letter.
    if j + 2 >= n or not _is_letter(text[j + 1]):
        return False
    if _is_letter(text[j + 2]):
        return True
    return text[j + 2] == '-' and j + 3 < n and _is_letter(text[j + 3])


def _chunk_end(text, i):
    """End index of the chunk starting at text[i] (hyphen-aware splitting)."""
    n = len(text)
    ch = text[i]
    if ch in _WS:
        j = i + 1
        while j < n and text[j] in _WS:
            j += 1
        return j
    if ch == '-' and i > 0 and _is_word_punct(text[i - 1]):
        d = _dash_run(text, i)
        if d >= 2 and i + d < n and _is_word(text[i + d]):
            return i + d
    # A word: the shortest run of non-whitespace that ends at a hyphenation
    # point, at whitespace / end of text, or just before an em-dash.
    j = i + 1
    while True:
        if j < n and text[j] == '-' and _hyphen_break_after(text, j):
            return j + 1
        if j >= n or text[j] in _WS:
            return j
        if _is_word_punct(text[j - 1]) and _emdash_ahead(text, j):
            return j
        j += 1


class TextWrapper:
    """Object for wrapping/filling text.  See the module documentation."""

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private methods -------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = []
        n = len(text)
        i = 0
        if self.break_on_hyphens is True:
            while i < n:
                j = _chunk_end(text, i)
                chunks.append(text[i:j])
                i = j
        else:
            while i < n:
                is_ws = text[i] in _WS
                j = i + 1
                while j < n and (text[j] in _WS) == is_ws:
                    j += 1
                chunks.append(text[i:j])
                i = j
        return chunks

    @staticmethod
    def _sentence_end(chunk):
        # A lowercase ASCII letter, then '.', '!' or '?', then an optional quote.
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        if len(chunk) < 2 or chunk[-1] not in '.!?':
            return False
        c = chunk[-2]
        return 'a' <= c <= 'z'

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0:
                    for c in chunk[:hyphen]:
                        if c != '-':
                            end = hyphen + 1
                            break
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Work from the end of a reversed list: pop() takes the next chunk.
        chunks.reverse()
        drop = self.drop_whitespace
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            length = 0

            # Whitespace at the start of every line but the first goes.
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if length + size > width:
                    break
                line.append(chunks.pop())
                length += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = 0
                for c in line:
                    length += len(c)

            if drop and line and line[-1].strip() == '':
                length -= len(line[-1])
                del line[-1]

            if not line:
                continue

            last_allowed = (self.max_lines is None
                            or len(lines) + 1 < self.max_lines)
            rest_empty = (not chunks
                          or (drop and len(chunks) == 1 and not chunks[0].strip()))
            if last_allowed or (rest_empty and length <= width):
                lines.append(indent + ''.join(line))
                continue

            # Out of lines: end with the placeholder.
            placed = False
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    placed = True
                    break
                length -= len(line[-1])
                del line[-1]
            if not placed:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ------------------------------------------------

    def wrap(self, text):
        """Wrap `text` into a list of lines of at most `self.width` chars."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap `text` and return a single string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph of text into a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a paragraph of text into a single string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate `text` to fit in `width` columns."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    n = len(line)
    while i < n and line[i] in ' \t':
        i += 1
    return i


def dedent(text):
    """Remove any common leading whitespace (spaces/tabs) from every line.

    Lines consisting only of spaces and tabs are normalised to empty lines
    and do not count when computing the margin.
    """
    lines = text.split('\n')
    margin = None
    for idx in range(len(lines)):
        line = lines[idx]
        k = _leading_blanks(line)
        if k == len(line):
            if k:
                lines[idx] = ''
            continue
        cur = line[:k]
        if margin is None:
            margin = cur
        elif cur.startswith(margin):
            pass
        elif margin.startswith(cur):
            margin = cur
        else:
            m = 0
            limit = min(len(margin), len(cur))
            while m < limit and margin[m] == cur[m]:
                m += 1
            margin = margin[:m]
    if margin:
        cut = len(margin)
        for idx in range(len(lines)):
            if lines[idx].startswith(margin):
                lines[idx] = lines[idx][cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` selected by `predicate`
    (by default, the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            keep = line.strip()
        else:
            keep = predicate(line)
        out.append(prefix + line if keep else line)
    return ''.join(out)
