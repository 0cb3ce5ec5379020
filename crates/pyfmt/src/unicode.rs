//! The two Unicode facts that number parsing needs: which characters are
//! decimal digits (and their value) and which are whitespace.
//!
//! CPython's `int(str)`, `float(str)` and the width/precision fields of a
//! format spec accept any Unicode decimal digit (category Nd, e.g. Arabic-Indic
//! `'١٢'`), and `int`/`float` accept any Unicode whitespace around the number.
//! Both `int()` and `float()` first rewrite the text to ASCII the way
//! `_PyUnicode_TransformDecimalAndSpaceToASCII` does; [`to_ascii_number`]
//! is that step.
//!
//! The tables are for Unicode 14.0.0, the version CPython 3.11 ships
//! (`unicodedata.unidata_version`). Every Nd block is a run of ten
//! consecutive code points starting at its zero, so a table of zeros is enough.

/// The code point of the digit zero of every non-ASCII decimal (Nd) run.
/// Generated with python3.11:
/// `[c for c in range(128, 0x110000) if unicodedata.decimal(chr(c), None) == 0]`.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Non-ASCII characters for which `str.isspace()` is true.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/// The value of a Unicode decimal digit (`unicodedata.decimal`), or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    if c < 0x80 {
        return (0x30..=0x39).contains(&c).then(|| c - 0x30);
    }
    // The zeros are sorted: find the last run starting at or before `c`.
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then(|| c - zero)
}

/// `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        // ASCII whitespace per str.isspace: \t \n \v \f \r, the four
        // information separators \x1c-\x1f, and space.
        return (0x09..=0x0d).contains(&c) || (0x1c..=0x20).contains(&c);
    }
    NON_ASCII_SPACES.binary_search(&c).is_ok()
}

/// C-level `Py_ISSPACE`: ASCII whitespace only (not `\x1c`-`\x1f`).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Rewrites number text to ASCII as `int()` and `float()` do before parsing:
/// ASCII stays, non-ASCII whitespace becomes a space, non-ASCII decimal
/// digits become their ASCII digit, and the first other character ends the
/// text with a `?` (which no number grammar accepts).
pub fn to_ascii_number(s: &str) -> std::borrow::Cow<'_, [u8]> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{660}'), Some(0));
        assert_eq!(decimal_value('\u{669}'), Some(9));
        assert_eq!(decimal_value('\u{66a}'), None);
        assert_eq!(decimal_value('\u{ff15}'), Some(5)); // fullwidth 5
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is not Nd
        assert_eq!(decimal_value('\u{5f}'), None);
    }

    #[test]
    fn spaces() {
        for c in [
            ' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1f', '\u{85}', '\u{3000}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['a', '\u{200b}', '\u{feff}', '\x08'] {
            assert!(!is_space(c), "{c:?}");
        }
        assert!(!is_ascii_space(0x1c));
    }

    #[test]
    fn transform() {
        assert_eq!(&*to_ascii_number("12"), b"12");
        assert_eq!(&*to_ascii_number("\u{a0}\u{661}\u{662}"), b" 12");
        assert_eq!(&*to_ascii_number("1\u{b2}3"), b"1?");
    }
}
