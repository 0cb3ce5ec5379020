//! Text algorithms behind the `str` and `bytes` methods, free of VM values.
//!
//! * Unicode character classes and case mappings exactly as CPython 3.11
//!   defines them (Unicode 14.0.0; the tables are in `strings_unicode.rs`),
//!   including the final-sigma rule of `lower`, `title` and friends.
//! * Searching, splitting, stripping and replacing. Substring operations
//!   work on bytes: a `str` is UTF-8, whose encoded characters never match
//!   inside another character, so byte offsets of matches are character
//!   boundaries. Operations that look at single characters (whitespace
//!   splitting, stripping, line splitting) work on *units* — the characters
//!   of a `str` or the bytes of a `bytes` — through a closure, and return
//!   unit index spans.

#[path = "strings_unicode.rs"]
mod tables;

fn in_ranges(t: &[(u32, u32)], c: u32) -> bool {
    let i = t.partition_point(|&(a, _)| a <= c);
    i > 0 && c <= t[i - 1].1
}

// ----- character classes ----------------------------------------------------

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(tables::ALPHA, c as u32)
    }
}
pub fn is_decimal(c: char) -> bool {
    stitch_pyfmt::unicode::decimal_value(c).is_some()
}
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(tables::DIGIT, c as u32)
    }
}
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(tables::NUMERIC, c as u32)
    }
}
/// `Py_UNICODE_ISALNUM`.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || is_numeric(c)
    }
}
pub fn is_space(c: char) -> bool {
    stitch_pyfmt::unicode::is_space(c)
}
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_ranges(tables::PRINTABLE, c as u32)
    }
}
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_ranges(tables::XID_START, c as u32)
    }
}
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_ranges(tables::XID_CONTINUE, c as u32)
    }
}
fn case_override(c: char) -> Option<bool> {
    let c = c as u32;
    tables::CASE_OVERRIDE
        .binary_search_by_key(&c, |&(x, _)| x)
        .ok()
        .map(|i| tables::CASE_OVERRIDE[i].1)
}
/// The Lowercase property (`_PyUnicode_IsLowercase`).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    case_override(c).unwrap_or_else(|| c.is_lowercase())
}
/// The Uppercase property (`_PyUnicode_IsUppercase`).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    case_override(c)
        .map(|_| false)
        .unwrap_or_else(|| c.is_uppercase())
}
/// General category Lt.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(tables::TITLECASE, c as u32)
}
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(tables::CASED, c as u32)
    }
}
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, c as u32)
}
/// `str.splitlines` boundaries.
pub fn is_linebreak(c: u32) -> bool {
    matches!(c, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

// ----- case mappings ---------------------------------------------------------

fn map_lookup(t: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let c = c as u32;
    t.binary_search_by_key(&c, |&(x, _)| x).ok().map(|i| t[i].1)
}
fn push_lower(out: &mut String, c: char) {
    if case_override(c).is_some() {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}
fn push_upper(out: &mut String, c: char) {
    if case_override(c).is_some() {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}
fn push_title(out: &mut String, c: char) {
    match map_lookup(tables::TITLE_MAP, c) {
        Some(s) => out.push_str(s),
        None => push_upper(out, c),
    }
}
fn push_fold(out: &mut String, c: char) {
    match map_lookup(tables::FOLD_MAP, c) {
        Some(s) => out.push_str(s),
        None => push_lower(out, c),
    }
}

/// Is the capital sigma at `i` at the end of a word (CPython's `final_sigma`)?
fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut before = false;
    let mut j = i;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            before = is_cased(chars[j]);
            break;
        }
    }
    if !before {
        return false;
    }
    for &c in &chars[i + 1..] {
        if !is_case_ignorable(c) {
            return !is_cased(c);
        }
    }
    true
}

/// `lower_ucs4`: the full lowercase mapping with the final-sigma rule.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(out, c);
    }
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_fold(&mut out, c));
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.istitle` over characters; the `bytes` version passes ASCII tests.
pub fn istitle(
    units: impl Iterator<Item = char>,
    upper: fn(char) -> bool,
    lower: fn(char) -> bool,
) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in units {
        if upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

// ----- substring search --------------------------------------------------

/// First occurrence of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|&b| b == first)?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last occurrence of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(hay.len());
    };
    if needle.len() > hay.len() {
        return None;
    }
    let mut end = hay.len() - needle.len() + 1;
    while end > 0 {
        let i = hay[..end].iter().rposition(|&b| b == first)?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        end = i;
    }
    None
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `max`.
pub fn count(hay: &[u8], needle: &[u8], max: usize) -> usize {
    if needle.is_empty() {
        return 0;
    }
    let mut n = 0;
    let mut pos = 0;
    while n < max {
        match find(&hay[pos..], needle) {
            Some(i) => {
                n += 1;
                pos += i + needle.len();
            }
            None => break,
        }
    }
    n
}

/// `split(sep, maxsplit)` with a non-empty separator: byte spans.
pub fn split_sep(hay: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut n = 0i64;
    while maxsplit < 0 || n < maxsplit {
        match find(&hay[pos..], sep) {
            Some(i) => {
                out.push((pos, pos + i));
                pos += i + sep.len();
                n += 1;
            }
            None => break,
        }
    }
    out.push((pos, hay.len()));
    out
}

/// `rsplit(sep, maxsplit)` with a non-empty separator: byte spans.
pub fn rsplit_sep(hay: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end = hay.len();
    let mut n = 0i64;
    while maxsplit < 0 || n < maxsplit {
        match rfind(&hay[..end], sep) {
            Some(i) => {
                out.push((i + sep.len(), end));
                end = i;
                n += 1;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

/// `replace(old, new, count)` with a non-empty `old`; `count < 0` means all.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut pos = 0;
    let mut n = 0i64;
    while count < 0 || n < count {
        match find(&hay[pos..], old) {
            Some(i) => {
                out.extend_from_slice(&hay[pos..pos + i]);
                out.extend_from_slice(new);
                pos += i + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[pos..]);
    out
}

// ----- unit algorithms ---------------------------------------------------

/// `split()` without a separator over `n` units: runs of non-space units.
pub fn split_ws(n: usize, space: impl Fn(usize) -> bool, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = maxsplit;
    while left != 0 {
        while i < n && space(i) {
            i += 1;
        }
        if i == n {
            return out;
        }
        let j = i;
        i += 1;
        while i < n && !space(i) {
            i += 1;
        }
        out.push((j, i));
        left -= 1;
    }
    while i < n && space(i) {
        i += 1;
    }
    if i < n {
        out.push((i, n));
    }
    out
}

/// `rsplit()` without a separator over `n` units.
pub fn rsplit_ws(n: usize, space: impl Fn(usize) -> bool, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // `i` is one past the unit being looked at.
    let mut i = n;
    let mut left = maxsplit;
    while left != 0 {
        while i > 0 && space(i - 1) {
            i -= 1;
        }
        if i == 0 {
            out.reverse();
            return out;
        }
        let j = i;
        i -= 1;
        while i > 0 && !space(i - 1) {
            i -= 1;
        }
        out.push((i, j));
        left -= 1;
    }
    while i > 0 && space(i - 1) {
        i -= 1;
    }
    if i > 0 {
        out.push((0, i));
    }
    out.reverse();
    out
}

/// The span left after stripping units for which `strip` holds.
pub fn strip_span(
    n: usize,
    strip: impl Fn(usize) -> bool,
    left: bool,
    right: bool,
) -> (usize, usize) {
    let mut a = 0;
    let mut b = n;
    if left {
        while a < b && strip(a) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(b - 1) {
            b -= 1;
        }
    }
    (a, b)
}

/// `splitlines(keepends)`: `unit(i)` is the code of unit `i`.
pub fn splitlines(
    n: usize,
    unit: impl Fn(usize) -> u32,
    is_break: fn(u32) -> bool,
    keepends: bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let j = i;
        while i < n && !is_break(unit(i)) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if unit(i) == 0x0d && i + 1 < n && unit(i + 1) == 0x0a {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push((j, eol));
    }
    out
}

/// `center`'s split of the padding: (left, right).
pub fn center_margins(len: usize, width: usize) -> (usize, usize) {
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

/// Adjust `start`/`end` as `str.find` does (`ADJUST_INDICES`); `None`
/// means the range is empty past the end.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11.
    #[test]
    fn case_mappings() {
        assert_eq!(lower("ΣΊΣΥΦΟΣ"), "σίσυφος");
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(title("they're bill's ǆemal"), "They'Re Bill'S ǅemal");
        assert_eq!(capitalize("ǆemal ÉCOLE"), "ǅemal école");
        assert_eq!(swapcase("ǅ Σa"), "ǅ σA");
        assert_eq!(casefold("Straße ﬁ"), "strasse fi");
        assert_eq!(lower("İ").chars().count(), 2);
    }

    #[test]
    fn classes() {
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && !is_digit('½'));
        assert!(is_alpha('é') && !is_alpha('²') && is_numeric('Ⅻ') && is_alpha('日'));
        assert!(is_identifier("_id") && !is_identifier("2x") && is_identifier("été"));
        assert!(!is_printable('\u{ad}') && is_printable('é') && !is_printable('\u{2028}'));
        assert!(istitle("The Title".chars(), is_upper, is_lower));
        assert!(!istitle("ABC".chars(), is_upper, is_lower));
    }

    #[test]
    fn splitting() {
        let s = b"  a b  c ";
        let sp = |i: usize| s[i] == b' ';
        assert_eq!(split_ws(s.len(), sp, -1), vec![(2, 3), (4, 5), (7, 8)]);
        assert_eq!(split_ws(s.len(), sp, 1), vec![(2, 3), (4, 9)]);
        assert_eq!(rsplit_ws(s.len(), sp, 1), vec![(0, 5), (7, 8)]);
        assert_eq!(split_sep(b"a,b,,c", b",", 2), vec![(0, 1), (2, 3), (4, 6)]);
        assert_eq!(rsplit_sep(b"a,b,,c", b",", 2), vec![(0, 3), (4, 4), (5, 6)]);
        assert_eq!(replace(b"aaa", b"a", b"bb", 2), b"bbbba".to_vec());
        assert_eq!(rfind(b"abcabc", b"bc"), Some(4));
        assert_eq!(count(b"aaaa", b"aa", usize::MAX), 2);
        let t = b"a\r\nb\rc\n";
        assert_eq!(
            splitlines(t.len(), |i| t[i] as u32, is_linebreak, false),
            vec![(0, 1), (3, 4), (5, 6)]
        );
        assert_eq!(center_margins(1, 4), (1, 2));
        assert_eq!(center_margins(2, 5), (2, 1));
    }
}
