//! Table-driven checks against python3.11 (`testdata/float.txt`).

use super::*;
use crate::printf::PrintfSpec;
use crate::spec::FormatSpec;
use crate::testdata::{self, check, float, opt, report};

fn printf_spec(flags: &str, width: &str, prec: &str) -> PrintfSpec {
    PrintfSpec {
        left: flags.contains('-'),
        plus: flags.contains('+'),
        blank: flags.contains(' '),
        alternate: flags.contains('#'),
        zero: flags.contains('0'),
        width: opt(width),
        precision: opt(prec),
    }
}

fn bits_result(
    r: Result<f64, crate::spec::FormatError>,
) -> Result<String, crate::spec::FormatError> {
    r.map(|x| format!("{:016x}", x.to_bits()))
}

#[test]
fn table() {
    let counts = check_table(testdata::FLOAT);
    assert!(counts.get("repr").copied().unwrap_or(0) >= 40, "{counts:?}");
}

/// Checks a large table made by `gen.py --bulk N FILE` (run with
/// `PYFMT_BULK=FILE cargo test -p stitch-pyfmt -- --ignored`).
#[test]
#[ignore]
fn bulk_table() {
    if let Ok(path) = std::env::var("PYFMT_BULK") {
        let text = std::fs::read_to_string(path).expect("read PYFMT_BULK");
        check_table(&text);
    }
}

fn check_table(table: &str) -> std::collections::BTreeMap<String, usize> {
    let mut failures = Vec::new();
    let mut counts = std::collections::BTreeMap::new();
    for row in testdata::rows(table) {
        *counts.entry(row[0].clone()).or_insert(0) += 1;
        match &row[..] {
            [k, bits, want] if k == "repr" => {
                let got = repr(float(bits));
                if &got != want {
                    failures.push(format!("repr({want}): got {got}"));
                }
            }
            [k, bits, spec, status, want] if k == "fmt" => {
                let x = float(bits);
                let got = FormatSpec::parse_for_float(spec).and_then(|s| format_float(x, &s));
                if let Some(msg) = check(&got, status, want, "float") {
                    failures.push(format!("format({}, {spec:?}): {msg}", repr(x)));
                }
            }
            [k, bits, flags, width, prec, conv, status, want] if k == "printf" => {
                let x = float(bits);
                let conv = conv.chars().next().unwrap_or('?');
                let got = format_float_printf(x, &printf_spec(flags, width, prec), conv);
                if let Some(msg) = check(&got, status, want, "float") {
                    failures.push(format!("%{flags}{width}.{prec}{conv} % {}: {msg}", repr(x)));
                }
            }
            [k, bits, ndigits, status, want] if k == "round" => {
                let x = float(bits);
                let n: i64 = ndigits.parse().expect("ndigits");
                let got = bits_result(round_float(x, n));
                if let Some(msg) = check(&got, status, want, "float") {
                    failures.push(format!("round({}, {n}): {msg}", repr(x)));
                }
            }
            [k, text, status, want] if k == "parse" => {
                let got = parse_float(text).map(|x| format!("{:016x}", x.to_bits()));
                let ok = match &got {
                    Some(bits) => status == "ok" && bits == want,
                    None => status == "ValueError",
                };
                if !ok {
                    failures.push(format!(
                        "float({text:?}): got {got:?}, want {status} {want}"
                    ));
                }
            }
            _ => panic!("bad row {row:?}"),
        }
    }
    report(&failures, counts.values().sum());
    counts
}

#[test]
fn repr_basics() {
    // From python3.11.
    let cases: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (1e22, "1e+22"),
        (1e23, "1e+23"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (123.0, "123.0"),
        (2e16 + 8.0, "2.000000000000001e+16"),
    ];
    for &(x, want) in cases {
        assert_eq!(repr(x), want);
    }
}

#[test]
fn huge_precision_and_width() {
    let spec = FormatSpec::parse_for_float(".2147483647f").unwrap();
    assert!(spec.precision.is_some());
    let e = FormatSpec::parse_for_float(".2147483648f").and_then(|s| format_float(1.0, &s));
    assert_eq!(e.unwrap_err().message("float"), "precision too big");
    let e = FormatSpec::parse_for_float("99999999999999999999").unwrap_err();
    assert_eq!(
        e.message("float"),
        "Too many decimal digits in format string"
    );
    let s = FormatSpec::parse_for_float("9223372036854775807").unwrap();
    assert_eq!(format_float(1.5, &s), Err(crate::spec::FormatError::Memory));
    let p = PrintfSpec {
        precision: Some(usize::MAX),
        ..PrintfSpec::default()
    };
    assert_eq!(
        format_float_printf(1.5, &p, 'f')
            .unwrap_err()
            .message("float"),
        "precision too big"
    );
    let p = PrintfSpec {
        width: Some(usize::MAX),
        ..PrintfSpec::default()
    };
    assert_eq!(
        format_float_printf(1.5, &p, 'e'),
        Err(crate::spec::FormatError::Memory)
    );
}

#[test]
fn double_to_string_flags() {
    // PyOS_double_to_string(x, code, prec, flags) results, checked against
    // python3.11 through format(): '+' sign, '#' alt, no type (add_dot_0).
    let sign = DtoaFlags {
        sign: true,
        ..DtoaFlags::default()
    };
    assert_eq!(double_to_string(1.5, 'f', 2, sign).unwrap(), "+1.50");
    assert_eq!(double_to_string(f64::NAN, 'G', 2, sign).unwrap(), "+NAN");
    assert_eq!(
        double_to_string(-f64::INFINITY, 'e', 2, sign).unwrap(),
        "-inf"
    );
    let alt = DtoaFlags {
        alt: true,
        ..DtoaFlags::default()
    };
    assert_eq!(double_to_string(1.0, 'g', 3, alt).unwrap(), "1.00");
    assert_eq!(double_to_string(1e16, 'r', 0, alt).unwrap(), "1.e+16");
    assert_eq!(
        double_to_string(5e-324, 'e', 3, DtoaFlags::default()).unwrap(),
        "4.941e-324"
    );
}
