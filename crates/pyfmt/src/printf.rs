//! printf-style (`'%5.2f' % x`) field handling shared by every conversion.
//!
//! Parsing the `%` template is the caller's job (it also fetches `*` widths
//! from the argument tuple; a negative `*` width means `-` flag plus its
//! absolute value). What lives here is what CPython does once a conversion
//! has produced its text: [`pad`] is `unicode_format_arg_output`, which
//! truncates `%s %r %a` to the precision and places sign, `0x`/`0o` prefix,
//! zero or space padding. The number conversions themselves are
//! [`crate::int::format_int_printf`] and [`crate::float::format_float_printf`].

use crate::spec::{FormatError, Output};

/// Flags, width and precision of one `%` conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrintfSpec {
    /// `-`: left-justify (pads with spaces on the right).
    pub left: bool,
    /// `+`: always write a sign for numbers.
    pub plus: bool,
    /// ` `: write a space in place of a plus sign.
    pub blank: bool,
    /// `#`: alternate form (`0x` prefix, kept decimal point, ...).
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
}

/// Whether a conversion is numeric (gets a sign and may zero-pad).
fn is_numeric(conv: char) -> bool {
    matches!(
        conv,
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    )
}

/// Places the text produced by conversion `conv` in its field, as CPython
/// does for every `%` conversion (`%s %r %a %c` included).
pub fn pad(text: &str, spec: &PrintfSpec, conv: char) -> Result<String, FormatError> {
    let numeric = is_numeric(conv);
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut len = text.chars().count();
    let width = spec
        .width
        .map_or(-1, |w| w.min(isize::MAX as usize) as isize);
    if width <= len as isize
        && spec.precision.is_none_or(|p| p >= len)
        && !(spec.plus || spec.blank)
    {
        return Ok(text.to_string());
    }
    if matches!(conv, 's' | 'r' | 'a')
        && let Some(p) = spec.precision
    {
        len = len.min(p);
    }

    let mut chars = text.chars();
    let mut sign = None;
    if numeric {
        let first = text.chars().next();
        if let Some(c @ ('-' | '+')) = first {
            sign = Some(c);
            len -= 1;
            chars.next();
        } else if spec.plus {
            sign = Some('+');
        } else if spec.blank {
            sign = Some(' ');
        }
    }
    let mut width = width.max(len as isize);
    let prefix = spec.alternate && matches!(conv, 'x' | 'X' | 'o');
    let mut out = Output::new(text.len() + 2, width as usize + 1, fill)?;
    if let Some(c) = sign {
        if fill != ' ' {
            out.s.push(c);
        }
        if width > len as isize {
            width -= 1;
        }
    }
    if prefix {
        if fill != ' ' {
            out.s.push('0');
            out.s.push(conv);
            chars.next();
            chars.next();
        }
        width = (width - 2).max(0);
        len = len.saturating_sub(2);
    }
    if width > len as isize && !spec.left {
        out.fill(fill, (width - len as isize) as usize);
        width = len as isize;
    }
    if fill == ' ' {
        if let Some(c) = sign {
            out.s.push(c);
        }
        if prefix {
            out.s.push('0');
            out.s.push(conv);
            chars.next();
            chars.next();
        }
    }
    out.s.extend(chars.take(len));
    if width > len as isize {
        out.fill(' ', (width - len as isize) as usize);
    }
    Ok(out.s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(flags: &str, width: Option<usize>, precision: Option<usize>) -> PrintfSpec {
        PrintfSpec {
            left: flags.contains('-'),
            plus: flags.contains('+'),
            blank: flags.contains(' '),
            alternate: flags.contains('#'),
            zero: flags.contains('0'),
            width,
            precision,
        }
    }

    #[test]
    fn strings() {
        // Expected values from python3.11.
        assert_eq!(pad("abc", &spec("", Some(5), None), 's').unwrap(), "  abc");
        assert_eq!(pad("abc", &spec("-", Some(5), None), 's').unwrap(), "abc  ");
        assert_eq!(pad("abc", &spec("0", Some(5), None), 's').unwrap(), "  abc"); // '%05s'
        assert_eq!(pad("abcdef", &spec("", None, Some(2)), 's').unwrap(), "ab");
        assert_eq!(
            pad("abcdef", &spec("", Some(4), Some(2)), 's').unwrap(),
            "  ab"
        );
        assert_eq!(pad("'ab'", &spec("", None, Some(2)), 'r').unwrap(), "'a");
        assert_eq!(pad("é漢", &spec("", Some(4), None), 's').unwrap(), "  é漢");
        assert_eq!(pad("A", &spec("0", Some(3), Some(0)), 'c').unwrap(), "  A"); // '%03.0c' % 65
        assert_eq!(
            pad("-abc", &spec("+", Some(6), None), 's').unwrap(),
            "  -abc"
        ); // '%+6s'
    }

    #[test]
    fn numbers() {
        // Expected values from python3.11; text is what the conversion made.
        let cases: &[(&str, &str, Option<usize>, char, &str)] = &[
            ("-3", "-0", Some(5), 'd', "-3   "), // '%-05d' % -3
            ("-3", "0", Some(5), 'd', "-0003"),  // '%05d' % -3
            ("3", "+", None, 'd', "+3"),         // '%+d' % 3
            ("3", " ", None, 'd', " 3"),         // '% d' % 3
            ("3", " +", Some(4), 'd', "  +3"),   // '% +4d' % 3
            ("0xff", "#0", Some(10), 'x', "0x000000ff"),
            ("0xff", "#", Some(10), 'x', "      0xff"),
            ("-0xff", "#0", Some(10), 'x', "-0x00000ff"),
            ("-0XFF", "#-", Some(10), 'X', "-0XFF     "),
            ("0o17", "#0+", Some(8), 'o', "+0o00017"),
            ("1.500000", "0+", Some(12), 'f', "+0001.500000"),
            ("inf", "0", Some(6), 'f', "000inf"),
            ("0xff", "#0", Some(2), 'x', "0xff"),
        ];
        for &(text, flags, width, conv, want) in cases {
            let got = pad(text, &spec(flags, width, None), conv).unwrap();
            assert_eq!(got, want, "{text:?} {flags:?} {width:?} {conv}");
        }
    }

    #[test]
    fn huge_width_is_memory_error() {
        let s = spec("", Some(usize::MAX), None);
        assert_eq!(pad("1", &s, 'd'), Err(FormatError::Memory));
    }
}
