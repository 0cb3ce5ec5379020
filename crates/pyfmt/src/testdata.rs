//! Reads the expected-value tables in `crates/pyfmt/testdata/` (generated
//! from python3.11 by `testdata/gen.py`; see its docstring for the format).

use num_bigint::BigInt;
use num_traits::Num;

pub const FLOAT: &str = include_str!("../testdata/float.txt");
pub const INT: &str = include_str!("../testdata/int.txt");
pub const HASH: &str = include_str!("../testdata/hash.txt");
pub const STR: &str = include_str!("../testdata/str.txt");

/// The rows of a table, each split into unescaped fields.
pub fn rows(table: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').map(unescape).collect())
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("bad \\u escape in table");
                out.push(char::from_u32(code).expect("surrogate in table"));
            }
            other => panic!("bad escape {other:?} in table"),
        }
    }
    out
}

pub fn float(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).expect("bad float bits in table"))
}

pub fn int(hex: &str) -> BigInt {
    let (neg, digits) = match hex.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, hex),
    };
    let digits = digits.strip_prefix("0x").expect("int in table must be hex");
    let v = BigInt::from_str_radix(digits, 16).expect("bad int in table");
    if neg { -v } else { v }
}

/// `"-"` for absent, else a count.
pub fn opt(s: &str) -> Option<usize> {
    (s != "-").then(|| s.parse().expect("bad count in table"))
}

/// The Python exception class name for an error kind.
pub fn kind_name(kind: crate::spec::ErrorKind) -> &'static str {
    match kind {
        crate::spec::ErrorKind::ValueError => "ValueError",
        crate::spec::ErrorKind::OverflowError => "OverflowError",
        crate::spec::ErrorKind::MemoryError => "MemoryError",
    }
}

/// Compares a formatting result with a table's (status, text) pair and
/// returns a description of the mismatch, if any.
pub fn check(
    got: &Result<String, crate::spec::FormatError>,
    status: &str,
    text: &str,
    type_name: &str,
) -> Option<String> {
    let got_pair = match got {
        Ok(s) => ("ok".to_string(), s.clone()),
        Err(e) => (kind_name(e.kind()).to_string(), e.message(type_name)),
    };
    (got_pair.0 != status || got_pair.1 != text).then(|| {
        format!(
            "got {}: {:?}, want {status}: {text:?}",
            got_pair.0,
            short(&got_pair.1)
        )
    })
}

fn short(s: &str) -> &str {
    match s.char_indices().nth(120) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Panics listing every failure (up to a screenful) if there are any.
pub fn report(failures: &[String], total: usize) {
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(40).map(String::as_str).collect();
        panic!(
            "{} of {total} cases failed:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
    assert!(total > 0, "no cases read from the table");
}
