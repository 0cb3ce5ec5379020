//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! [`FormatSpec::parse`] reads a spec exactly as CPython 3.11's
//! `parse_internal_render_format_spec` does, including its quirks (a `0`
//! before the width only sets `=` alignment for types that right-align by
//! default; `_` groups by four for `b o x X`; widths may be written with any
//! Unicode decimal digits), and reports CPython's errors as [`FormatError`].
//! [`format_str`] applies a spec to a string (`str.__format__`).
//!
//! The number formatters in [`crate::int`] and [`crate::float`] share the
//! layout code here (`layout_number`), a port of CPython's
//! `calc_number_widths` + `fill_number`: sign, prefix, padding, grouped
//! digits (zero padding happens *inside* the grouping, so `'{:08,}'` gives
//! `0,001,234`), decimal point and the rest.

use crate::unicode::decimal_value;

/// Which Python exception a [`FormatError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    MemoryError,
}

/// A formatting failure, as CPython reports it.
///
/// Two messages name the type of the formatted object, which only the caller
/// knows; [`FormatError::message`] takes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError` with the given complete text.
    Value(String),
    /// `OverflowError` with the given complete text.
    Overflow(String),
    /// `MemoryError` (no text): the result could not be allocated.
    Memory,
    /// `ValueError: Invalid format specifier '{spec}' for object of type '{type}'`.
    InvalidSpecifier(String),
    /// `ValueError: Unknown format code '{code}' for object of type '{type}'`.
    UnknownCode(char),
    /// The result would be this lone surrogate code point (`format(0xd800,
    /// 'c')`), which CPython returns but a Rust string cannot hold.
    Surrogate(u32),
}

impl FormatError {
    pub(crate) fn value(msg: &str) -> Self {
        FormatError::Value(msg.to_string())
    }

    /// The Python exception class.
    pub fn kind(&self) -> ErrorKind {
        match self {
            FormatError::Overflow(_) => ErrorKind::OverflowError,
            FormatError::Memory => ErrorKind::MemoryError,
            _ => ErrorKind::ValueError,
        }
    }

    /// The exception text; `type_name` is the formatted object's type name
    /// (`type(obj).__name__`), used by the two messages that mention it.
    pub fn message(&self, type_name: &str) -> String {
        let type_name = truncate_chars(type_name, 200);
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m.clone(),
            FormatError::Memory => String::new(),
            FormatError::InvalidSpecifier(spec) => {
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
            }
            FormatError::UnknownCode(c) => {
                format!(
                    "Unknown format code '{}' for object of type '{type_name}'",
                    show_code(*c)
                )
            }
            FormatError::Surrogate(c) => format!("lone surrogate U+{c:04X} cannot be represented"),
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message("object"))
    }
}

impl std::error::Error for FormatError {}

/// CPython prints a presentation type with `%c` when it is printable ASCII
/// and as `\x{hex}` otherwise.
fn show_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// The first `n` characters of `s` (CPython's `%.200s` on a type name).
fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Where the value goes inside the padded field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-` (written explicitly; the default behaves the same for numbers).
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

/// A parsed format spec. Fields that were omitted hold the defaults the
/// parse was given (`fill` is `' '`, `align` the type's default).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Align,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// At most `isize::MAX`.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub thousands: Option<char>,
    /// At most `isize::MAX`.
    pub precision: Option<usize>,
    /// The presentation type; `None` when omitted and the default is none
    /// (floats).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses `spec` for `str.__format__` (default type `s`, left aligned).
    pub fn parse_for_str(spec: &str) -> Result<Self, FormatError> {
        Self::parse(spec, Some('s'), Align::Left)
    }

    /// Parses `spec` for `int.__format__` (default type `d`, right aligned).
    pub fn parse_for_int(spec: &str) -> Result<Self, FormatError> {
        Self::parse(spec, Some('d'), Align::Right)
    }

    /// Parses `spec` for `float.__format__` (no default type, right aligned).
    pub fn parse_for_float(spec: &str) -> Result<Self, FormatError> {
        Self::parse(spec, None, Align::Right)
    }

    /// Parses `spec` with the given defaults (CPython's
    /// `parse_internal_render_format_spec`).
    pub fn parse(
        spec: &str,
        default_type: Option<char>,
        default_align: Align,
    ) -> Result<Self, FormatError> {
        let mut out = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            thousands: None,
            precision: None,
            ty: default_type,
        };
        let mut rest = spec;
        let mut fill_given = false;
        let mut align_given = false;

        let mut chars = rest.chars();
        let first = chars.next();
        let second = chars.next();
        if let (Some(fill), Some(a)) = (first, second.and_then(align_of)) {
            out.fill = fill;
            out.align = a;
            fill_given = true;
            align_given = true;
            rest = chars.as_str();
        } else if let Some(a) = first.and_then(align_of) {
            out.align = a;
            align_given = true;
            rest = &rest[1..];
        }

        let sign = match rest.as_bytes().first() {
            Some(b'+') => Some(Sign::Plus),
            Some(b'-') => Some(Sign::Minus),
            Some(b' ') => Some(Sign::Space),
            _ => None,
        };
        if sign.is_some() {
            out.sign = sign;
            rest = &rest[1..];
        }
        if let Some(r) = rest.strip_prefix('z') {
            out.no_neg_zero = true;
            rest = r;
        }
        if let Some(r) = rest.strip_prefix('#') {
            out.alternate = true;
            rest = r;
        }
        if !fill_given && let Some(r) = rest.strip_prefix('0') {
            out.fill = '0';
            if !align_given && default_align == Align::Right {
                out.align = Align::AfterSign;
            }
            rest = r;
        }

        let (width, r) = parse_count(rest)?;
        out.width = width;
        rest = r;

        if let Some(r) = rest.strip_prefix(',') {
            out.thousands = Some(',');
            rest = r;
        }
        if let Some(r) = rest.strip_prefix('_') {
            if out.thousands.is_some() {
                return Err(both_separators());
            }
            out.thousands = Some('_');
            rest = r;
        }
        if rest.starts_with(',') && out.thousands == Some('_') {
            return Err(both_separators());
        }

        if let Some(r) = rest.strip_prefix('.') {
            let (precision, r) = parse_count(r)?;
            if precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
            out.precision = precision;
            rest = r;
        }

        let mut tail = rest.chars();
        if let Some(ty) = tail.next() {
            if !tail.as_str().is_empty() {
                return Err(FormatError::InvalidSpecifier(spec.to_string()));
            }
            out.ty = Some(ty);
        }

        if let Some(sep) = out.thousands {
            match out.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
                Some(ty) => {
                    return Err(FormatError::Value(format!(
                        "Cannot specify '{sep}' with '{}'.",
                        show_code(ty)
                    )));
                }
            }
        }
        Ok(out)
    }

    /// The digit-group size for the thousands separator: `_` with `b o x X`
    /// groups by four, everything else by three.
    pub fn group_size(&self) -> usize {
        match (self.thousands, self.ty) {
            (Some('_'), Some('b' | 'o' | 'x' | 'X')) => 4,
            _ => 3,
        }
    }
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of (Unicode) decimal digits as a count no larger than
/// `isize::MAX`; `None` when there are no digits.
fn parse_count(s: &str) -> Result<(Option<usize>, &str), FormatError> {
    let mut value: usize = 0;
    let mut any = false;
    for (i, c) in s.char_indices() {
        let Some(d) = decimal_value(c) else {
            return Ok((any.then_some(value), &s[i..]));
        };
        any = true;
        if value > (isize::MAX as usize - d as usize) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        value = value * 10 + d as usize;
    }
    Ok((any.then_some(value), ""))
}

/// Formats a string with a spec parsed by [`FormatSpec::parse_for_str`]
/// (`str.__format__`): precision truncates, width pads, both count
/// characters.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(FormatError::UnknownCode(c)),
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut body = s;
    let mut len = s.chars().count();
    if let Some(p) = spec.precision
        && len > p
    {
        body = truncate_chars(s, p);
        len = p;
    }
    let total = spec.width.map_or(len, |w| w.max(len));
    let pad = total - len;
    let left = match spec.align {
        Align::Right => pad,
        Align::Center => pad / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = Output::new(body.len(), pad, spec.fill)?;
    out.fill(spec.fill, left);
    out.s.push_str(body);
    out.fill(spec.fill, pad - left);
    Ok(out.s)
}

/// A result string whose size was checked up front, so that enormous widths
/// give `MemoryError` rather than aborting the process.
pub(crate) struct Output {
    pub(crate) s: String,
}

impl Output {
    /// Reserves `bytes` plus `pad_chars` copies of `fill`.
    pub(crate) fn new(bytes: usize, pad_chars: usize, fill: char) -> Result<Self, FormatError> {
        let total = pad_chars
            .checked_mul(fill.len_utf8())
            .and_then(|p| p.checked_add(bytes))
            .filter(|&t| t <= isize::MAX as usize)
            .ok_or(FormatError::Memory)?;
        let mut s = String::new();
        s.try_reserve_exact(total)
            .map_err(|_| FormatError::Memory)?;
        Ok(Output { s })
    }

    pub(crate) fn fill(&mut self, c: char, n: usize) {
        for _ in 0..n {
            self.s.push(c);
        }
    }
}

/// The pieces of a formatted number before padding:
/// `<sign><prefix><digits>[.]<remainder>`. `digits` are the only part that
/// gets grouped (and zero padded); `remainder` is what follows the decimal
/// point (fraction, exponent, `%`), or for `inf`/`nan`/`c` the whole text.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    pub prefix: &'a str,
    pub digits: &'a [u8],
    pub decimal: bool,
    pub remainder: &'a str,
}

/// Lays out a number in its field (CPython's `calc_number_widths` and
/// `fill_number`). `group` is the separator and group size, if grouping.
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    group: Option<(u8, usize)>,
) -> Result<String, FormatError> {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let remainder_chars = parts.remainder.chars().count();
    let non_digit = usize::from(sign.is_some())
        + parts.prefix.len()
        + usize::from(parts.decimal)
        + remainder_chars;
    let width = spec.width.unwrap_or(0).min(isize::MAX as usize) as isize;
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - non_digit as isize
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        0
    } else {
        group_digits(parts.digits, min_width, group, None)
    };
    let used = non_digit.checked_add(grouped).ok_or(FormatError::Memory)?;
    let padding = (width as usize).saturating_sub(used);
    let (lpad, spad, rpad) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = Output::new(
        used - remainder_chars + parts.remainder.len(),
        padding,
        spec.fill,
    )?;
    out.fill(spec.fill, lpad);
    if let Some(c) = sign {
        out.s.push(c);
    }
    out.s.push_str(parts.prefix);
    out.fill(spec.fill, spad);
    if !parts.digits.is_empty() {
        let mut buf = Vec::new();
        buf.try_reserve_exact(grouped)
            .map_err(|_| FormatError::Memory)?;
        group_digits(parts.digits, min_width, group, Some(&mut buf));
        buf.reverse();
        // The digits, zeros and separators are all ASCII.
        out.s.extend(buf.iter().map(|&b| b as char));
    }
    if parts.decimal {
        out.s.push('.');
    }
    out.s.push_str(parts.remainder);
    out.fill(spec.fill, rpad);
    Ok(out.s)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` for a uniform group size:
/// returns the length of `digits` grouped and left-padded with zeros to at
/// least `min_width` (separators count toward the width), and when `out` is
/// given appends that text to it *reversed*. Runs of whole zero groups are
/// counted arithmetically, so a huge width costs nothing until it is
/// written.
fn group_digits(
    digits: &[u8],
    min_width: isize,
    group: Option<(u8, usize)>,
    mut out: Option<&mut Vec<u8>>,
) -> usize {
    let mut min_width = min_width.max(0) as usize;
    let mut remaining = digits.len();
    let emit = |out: &mut Option<&mut Vec<u8>>, remaining: usize, chars: usize, zeros| {
        if let Some(out) = out.as_deref_mut() {
            out.extend(digits[remaining - chars..remaining].iter().rev());
            out.extend(std::iter::repeat_n(b'0', zeros));
        }
    };
    let Some((sep, size)) = group else {
        let len = remaining.max(min_width).max(1);
        emit(&mut out, remaining, remaining, len - remaining);
        return len;
    };
    let mut count = 0usize;
    let mut first = true;
    loop {
        if remaining == 0 && !first && min_width > size && out.is_none() {
            // Every further group is `size` zeros plus a separator until
            // the width left is at most one group.
            let groups = (min_width - size).div_ceil(size + 1);
            count = count.saturating_add(groups.saturating_mul(size + 1));
            min_width -= groups * (size + 1);
            continue;
        }
        let len = size.min(remaining.max(min_width).max(1));
        let chars = remaining.min(len);
        let zeros = len - chars;
        if !first {
            count = count.saturating_add(1);
            if let Some(out) = out.as_deref_mut() {
                out.push(sep);
            }
        }
        count = count.saturating_add(len);
        emit(&mut out, remaining, chars, zeros);
        first = false;
        remaining -= chars;
        min_width = min_width.saturating_sub(len);
        if remaining == 0 && min_width == 0 {
            return count;
        }
        min_width = min_width.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests;
