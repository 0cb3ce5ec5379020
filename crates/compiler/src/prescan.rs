//! A tokenizer-level pass over the raw source, run before parsing.
//!
//! It exists for the errors CPython's tokenizer reports that ruff's parser
//! either does not report or reports differently, and to keep pathological
//! inputs away from the recursive parts of the pipeline:
//!
//! * more than 200 nested brackets ("too many nested parentheses"),
//! * more than 99 indentation levels ("too many levels of indentation"),
//! * inconsistent tabs and spaces (`TabError`),
//! * the bracket facts behind "'(' was never closed", "unmatched ')'" and
//!   "closing parenthesis ']' does not match ...", which the error mapper
//!   uses when the parser fails.
//!
//! It only needs to know where strings and comments are; it does not
//! validate anything else.

use stitch_bytecode::CompileErrorKind;

/// CPython's `MAXLEVEL`: bracket nesting allowed by the tokenizer.
pub(crate) const MAX_PAREN_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: an indent that would reach this level is an error.
pub(crate) const MAX_INDENT: usize = 100;
/// CPython's tab size for the primary indentation comparison.
const TAB_SIZE: u32 = 8;

/// An error found by the prescan, already located (1-based line and column).
#[derive(Debug)]
pub(crate) struct ScanError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub offset: u32,
    /// Explicit 1-based column (CPython's odd choices for indentation errors).
    pub col: Option<u32>,
}

/// Bracket facts gathered for the parse-error mapper.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The innermost bracket still open at the end of the source.
    pub unclosed: Option<(char, u32)>,
    /// An unmatched or mismatched closing bracket: message and offset.
    pub bracket_error: Option<(String, u32)>,
    /// "unindent does not match any outer indentation level": line start offset and column.
    pub dedent_error: Option<(u32, u32)>,
    /// The first malformed number literal ("invalid decimal literal", ...): message and offset.
    pub number_error: Option<(String, u32)>,
    /// The first decimal int literal longer than CPython 3.11's 4300-digit
    /// conversion limit: digit count and start/end offsets.
    pub huge_int: Option<(usize, u32, u32)>,
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// CPython 3.11 converts decimal int literals with the same 4300-digit limit
/// as `int(str)`, so longer ones are a SyntaxError.
const MAX_INT_LITERAL_DIGITS: usize = 4300;

/// Lex a number literal starting at `start` the way CPython 3.11's tokenizer
/// does; returns the end offset and, for a malformed literal, CPython's message
/// and the offset it points at.
fn lex_number(b: &[u8], start: usize) -> (usize, Option<(String, usize)>) {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    // The digits of a decimal part with single underscores between them.
    let decimal_tail = |mut i: usize| -> Result<usize, usize> {
        loop {
            while at(i).is_ascii_digit() {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !at(i).is_ascii_digit() {
                return Err(i);
            }
        }
    };
    // A literal must not run into an identifier (except a few keywords).
    let end_check = |i: usize, kind: &str| -> Option<(String, usize)> {
        let rest = &b[i.min(b.len())..];
        let kw = ["and", "else", "for", "if", "in", "is", "or", "not"];
        if kw.iter().any(|k| rest.starts_with(k.as_bytes())) {
            return None;
        }
        if is_ident_char(at(i)) {
            return Some((format!("invalid {kind} literal"), start));
        }
        None
    };
    let bad = |msg: &str| Some((msg.to_string(), start));
    let mut i = start;
    let fraction_and_rest = |mut i: usize| -> (usize, Option<(String, usize)>) {
        // At the character after the integer part.
        if at(i) == b'.' {
            i += 1;
            if at(i).is_ascii_digit() {
                match decimal_tail(i) {
                    Ok(j) => i = j,
                    Err(j) => return (j, bad("invalid decimal literal")),
                }
            }
        }
        if at(i) == b'e' || at(i) == b'E' {
            let e = i;
            i += 1;
            if at(i) == b'+' || at(i) == b'-' {
                i += 1;
                if !at(i).is_ascii_digit() {
                    return (i, bad("invalid decimal literal"));
                }
            } else if !at(i).is_ascii_digit() {
                return (e, end_check(e, "decimal"));
            }
            match decimal_tail(i) {
                Ok(j) => i = j,
                Err(j) => return (j, bad("invalid decimal literal")),
            }
        }
        if at(i) == b'j' || at(i) == b'J' {
            i += 1;
            return (i, end_check(i, "imaginary"));
        }
        (i, end_check(i, "decimal"))
    };
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (kind, radix) = match at(i + 1) {
            b'x' | b'X' => ("hexadecimal", 16),
            b'o' | b'O' => ("octal", 8),
            _ => ("binary", 2),
        };
        i += 2;
        loop {
            if at(i) == b'_' {
                i += 1;
            }
            if !(at(i) as char).is_digit(radix) {
                if radix != 16 && at(i).is_ascii_digit() {
                    return (
                        i,
                        Some((
                            format!("invalid digit '{}' in {kind} literal", at(i) as char),
                            i,
                        )),
                    );
                }
                return (i, bad(&format!("invalid {kind} literal")));
            }
            while (at(i) as char).is_digit(radix) {
                i += 1;
            }
            if at(i) != b'_' {
                break;
            }
        }
        if radix != 16 && at(i).is_ascii_digit() {
            return (
                i,
                Some((
                    format!("invalid digit '{}' in {kind} literal", at(i) as char),
                    i,
                )),
            );
        }
        return (i, end_check(i, kind));
    }
    if at(i) == b'.' {
        return fraction_and_rest(i);
    }
    match decimal_tail(i) {
        Ok(j) => i = j,
        Err(j) => return (j, bad("invalid decimal literal")),
    }
    // Leading zeros are reported by the parser; everything else here.
    fraction_and_rest(i)
}

fn closing_for(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Scan `src`. Fatal errors (those CPython's tokenizer stops at and the
/// parser would not report) are returned as `Err`.
pub(crate) fn prescan(src: &str) -> Result<Scan, ScanError> {
    let b = src.as_bytes();
    let n = b.len();
    let mut scan = Scan::default();
    let mut stack: Vec<(char, u32, u32)> = Vec::new(); // (bracket, offset, line)
    let mut indstack: Vec<u32> = vec![0];
    let mut altstack: Vec<u32> = vec![0];
    let mut line: u32 = 1;
    let mut i = 0usize;
    let mut at_bol = true;

    let newline_len = |i: usize| -> usize {
        match b.get(i) {
            Some(b'\n') => 1,
            Some(b'\r') => {
                if b.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            _ => 0,
        }
    };

    while i <= n {
        if at_bol {
            at_bol = false;
            let line_start = i;
            let (mut col, mut altcol) = (0u32, 0u32);
            let mut cont_col = 0u32;
            loop {
                match b.get(i) {
                    Some(b' ') => {
                        col += 1;
                        altcol += 1;
                        i += 1;
                    }
                    Some(b'\t') => {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        altcol += 1;
                        i += 1;
                    }
                    Some(b'\x0c') => {
                        col = 0;
                        altcol = 0;
                        i += 1;
                    }
                    Some(b'\\') if newline_len(i + 1) > 0 => {
                        if cont_col == 0 {
                            cont_col = col;
                        }
                        i += 1 + newline_len(i + 1);
                        line += 1;
                    }
                    _ => break,
                }
            }
            let blank = matches!(b.get(i), Some(b'#') | Some(b'\n') | Some(b'\r'));
            if !blank && stack.is_empty() {
                if cont_col != 0 {
                    col = cont_col;
                    altcol = cont_col;
                }
                let top = indstack.len() - 1;
                let tab_error = || ScanError {
                    kind: CompileErrorKind::TabError,
                    msg: "inconsistent use of tabs and spaces in indentation".into(),
                    offset: line_start as u32,
                    col: Some(1),
                };
                if col == indstack[top] {
                    if altcol != altstack[top] {
                        return Err(tab_error());
                    }
                } else if col > indstack[top] {
                    if indstack.len() >= MAX_INDENT {
                        return Err(ScanError {
                            kind: CompileErrorKind::IndentationError,
                            msg: "too many levels of indentation".into(),
                            offset: line_start as u32,
                            col: Some(1),
                        });
                    }
                    if altcol <= altstack[top] {
                        return Err(tab_error());
                    }
                    indstack.push(col);
                    altstack.push(altcol);
                } else {
                    while indstack.len() > 1 && col < indstack[indstack.len() - 1] {
                        indstack.pop();
                        altstack.pop();
                    }
                    let top = indstack.len() - 1;
                    if col != indstack[top] {
                        // CPython points just past the end of the offending line.
                        let mut e = i;
                        while e < n && b[e] != b'\n' && b[e] != b'\r' {
                            e += 1;
                        }
                        let chars = src.get(line_start..e).map_or(0, |s| s.chars().count());
                        scan.dedent_error
                            .get_or_insert((line_start as u32, chars as u32 + 1));
                        // Keep going with the nearest level so later facts stay sensible.
                        indstack[top] = col;
                        altstack[top] = altcol;
                    } else if altcol != altstack[top] {
                        return Err(tab_error());
                    }
                }
            }
            if i >= n {
                break;
            }
        }
        let Some(&c) = b.get(i) else { break };
        match c {
            b'#' => {
                while i < n && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'\n' | b'\r' => {
                i += newline_len(i);
                line += 1;
                at_bol = true;
            }
            b'\\' => {
                let nl = newline_len(i + 1);
                if nl > 0 {
                    line += 1;
                }
                i += 1 + nl;
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                i += if triple { 3 } else { 1 };
                loop {
                    match b.get(i) {
                        None => break,
                        Some(b'\\') => {
                            let nl = newline_len(i + 1);
                            if nl > 0 {
                                line += 1;
                                i += 1 + nl;
                            } else {
                                i += 2;
                            }
                        }
                        Some(&q) if q == c => {
                            if !triple {
                                i += 1;
                                break;
                            }
                            if b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c) {
                                i += 3;
                                break;
                            }
                            i += 1;
                        }
                        Some(b'\n') | Some(b'\r') => {
                            if !triple {
                                break; // unterminated: the parser reports it
                            }
                            i += newline_len(i);
                            line += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
            }
            c if c.is_ascii_digit()
                || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) =>
            {
                let (end, err) = lex_number(b, i);
                if let Some((msg, off)) = err {
                    scan.number_error.get_or_insert((msg, off as u32));
                }
                let text = &b[i..end.min(n)];
                let decimal_int = text.first().is_some_and(|c| {
                    *c != b'0' || text.len() == 1 || !text[1].is_ascii_alphabetic()
                }) && text.iter().all(|c| c.is_ascii_digit() || *c == b'_');
                let digits = text.iter().filter(|c| c.is_ascii_digit()).count();
                if decimal_int && digits > MAX_INT_LITERAL_DIGITS {
                    scan.huge_int.get_or_insert((digits, i as u32, end as u32));
                }
                i = end.max(i + 1);
            }
            c if is_ident_char(c) => {
                while i < n && is_ident_char(b[i]) {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                if stack.len() >= MAX_PAREN_LEVEL {
                    return Err(ScanError {
                        kind: CompileErrorKind::SyntaxError,
                        msg: "too many nested parentheses".into(),
                        offset: i as u32,
                        col: None,
                    });
                }
                stack.push((c as char, i as u32, line));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let close = c as char;
                match stack.pop() {
                    None => {
                        scan.bracket_error = Some((format!("unmatched '{close}'"), i as u32));
                        return Ok(scan);
                    }
                    Some((open, _, open_line)) if closing_for(open) != close => {
                        let msg = if open_line != line {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                            )
                        } else {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                            )
                        };
                        scan.bracket_error = Some((msg, i as u32));
                        return Ok(scan);
                    }
                    Some(_) => {}
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    scan.unclosed = stack.last().map(|(c, off, _)| (*c, *off));
    Ok(scan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets() {
        assert!(prescan(&format!("{}{}", "(".repeat(200), ")".repeat(200))).is_ok());
        let e = prescan(&format!("{}{}", "(".repeat(201), ")".repeat(201))).unwrap_err();
        assert_eq!(e.msg, "too many nested parentheses");
        assert_eq!(e.offset, 200);
        let s = prescan("x = [1, 2\ny = 3\n").unwrap();
        assert_eq!(s.unclosed, Some(('[', 4)));
        let s = prescan("x = (1]\n").unwrap();
        assert_eq!(
            s.bracket_error.unwrap().0,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        let s = prescan("x = ')' # (\n\"\"\"(\n\"\"\"\n").unwrap();
        assert!(s.unclosed.is_none() && s.bracket_error.is_none());
    }

    #[test]
    fn numbers() {
        let err = |src: &str| prescan(src).unwrap().number_error.map(|e| e.0);
        assert_eq!(
            err("x = 1abc\n").as_deref(),
            Some("invalid decimal literal")
        );
        assert_eq!(
            err("x = 0x\n").as_deref(),
            Some("invalid hexadecimal literal")
        );
        assert_eq!(
            err("x = 0b12\n").as_deref(),
            Some("invalid digit '2' in binary literal")
        );
        assert_eq!(
            err("x = 0o8\n").as_deref(),
            Some("invalid digit '8' in octal literal")
        );
        assert_eq!(
            err("x = 1__2\n").as_deref(),
            Some("invalid decimal literal")
        );
        assert_eq!(err("x = 1e\n").as_deref(), Some("invalid decimal literal"));
        assert_eq!(err("x = 1_\n").as_deref(), Some("invalid decimal literal"));
        for ok in [
            "x = 1 if y else 2\n",
            "x = 1if y else 2\n",
            "x = 1.5e-3j + .5 + 1_000 + 0xff_ff\n",
            "a1 = b2\n",
            "x = 1.\n",
            "x = 1.e5\n",
            "x = [1for y in z]\n",
        ] {
            assert_eq!(err(ok), None, "{ok}");
        }
    }

    #[test]
    fn indentation() {
        let e = prescan("if x:\n\tif y:\n        a\n").unwrap_err();
        assert_eq!(e.kind, CompileErrorKind::TabError);
        let deep: String = (0..100)
            .map(|i| format!("{}if x:\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(100)
            + "pass\n";
        assert_eq!(
            prescan(&deep).unwrap_err().msg,
            "too many levels of indentation"
        );
        let ok: String = (0..99)
            .map(|i| format!("{}if x:\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(99)
            + "pass\n";
        assert!(prescan(&ok).is_ok());
        let s = prescan("if x:\n    a\n  b\n").unwrap();
        assert_eq!(s.dedent_error, Some((12, 4)));
        assert!(prescan("x = (1,\n\t2)\nif y:\n  z\n").is_ok());
    }
}
