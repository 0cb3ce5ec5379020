//! Table-driven checks against python3.11 (`testdata/int.txt`).

use super::*;
use crate::printf::PrintfSpec;
use crate::spec::{FormatError, FormatSpec};
use crate::testdata::{self, check, int, opt, report};
use num_traits::ToPrimitive;

const LIMIT: Option<usize> = Some(DEFAULT_MAX_STR_DIGITS);

fn hex(v: &num_bigint::BigInt) -> String {
    let s = v.magnitude().to_str_radix(16);
    if v.sign() == num_bigint::Sign::Minus {
        format!("-0x{s}")
    } else {
        format!("0x{s}")
    }
}

#[test]
fn table() {
    check_table(testdata::INT);
}

/// Checks a large table made by `gen.py --bulk N FILE` (the `FILE.int`
/// part; run with `PYFMT_BULK=FILE cargo test -p stitch-pyfmt -- --ignored`).
#[test]
#[ignore]
fn bulk_table() {
    if let Ok(path) = std::env::var("PYFMT_BULK") {
        let text = std::fs::read_to_string(path + ".int").expect("read PYFMT_BULK.int");
        check_table(&text);
    }
}

fn check_table(table: &str) {
    let mut failures = Vec::new();
    let mut total = 0;
    for row in testdata::rows(table) {
        total += 1;
        match &row[..] {
            [k, v, spec, status, want] if k == "fmt" => {
                let v = int(v);
                let parsed = FormatSpec::parse_for_int(spec);
                let got = parsed.clone().and_then(|s| format_int(&v, &s, LIMIT));
                if let Some(msg) = check(&got, status, want, "int") {
                    failures.push(format!("format({v}, {spec:?}): {msg}"));
                }
                if let Some(small) = v.to_i64() {
                    let got = parsed.and_then(|s| format_i64(small, &s));
                    if let Some(msg) = check(&got, status, want, "int") {
                        failures.push(format!("format_i64({v}, {spec:?}): {msg}"));
                    }
                }
            }
            [k, v, flags, width, prec, conv, status, want] if k == "printf" => {
                let v = int(v);
                let spec = PrintfSpec {
                    left: flags.contains('-'),
                    plus: flags.contains('+'),
                    blank: flags.contains(' '),
                    alternate: flags.contains('#'),
                    zero: flags.contains('0'),
                    width: opt(width),
                    precision: opt(prec),
                };
                let conv = conv.chars().next().unwrap_or('?');
                let got = format_int_printf(&v, &spec, conv, LIMIT);
                if let Some(msg) = check(&got, status, want, "int") {
                    failures.push(format!("%{flags}{width}.{prec}{conv} % {v}: {msg}"));
                }
                if let Some(small) = v.to_i64() {
                    let got = format_i64_printf(small, &spec, conv);
                    if let Some(msg) = check(&got, status, want, "int") {
                        failures.push(format!("i64 %{flags}{width}.{prec}{conv} % {v}: {msg}"));
                    }
                }
            }
            [k, v, status, want] if k == "str" => {
                let got = to_decimal_string(&int(v), LIMIT);
                if let Some(msg) = check(&got, status, want, "int") {
                    failures.push(format!("str({v}): {msg}"));
                }
            }
            [k, v, status, want] if k == "tofloat" => {
                let got = int_to_f64(&int(v))
                    .map(|x| format!("{:016x}", x.to_bits()))
                    .ok_or_else(|| {
                        FormatError::Overflow("int too large to convert to float".into())
                    });
                if let Some(msg) = check(&got, status, want, "int") {
                    failures.push(format!("float({v}): {msg}"));
                }
            }
            [k, text, base, repr, status, want] if k == "parse" => {
                let base: i64 = base.parse().expect("base");
                let got = match u32::try_from(base) {
                    Ok(b) => parse_int(text, b, LIMIT),
                    Err(_) => Err(ParseIntError::InvalidBase),
                };
                let got = got.map(|v| hex(&v)).map_err(|e| e.message(repr));
                let ok = match &got {
                    Ok(v) => status == "ok" && v == want,
                    Err(m) => status == "ValueError" && m == want,
                };
                if !ok {
                    let short: String = text.chars().take(30).collect();
                    failures.push(format!(
                        "int({short:?}, {base}): got {got:?}, want {status} {want:.100}"
                    ));
                }
            }
            _ => panic!("bad row {row:?}"),
        }
    }
    report(&failures, total);
}

#[test]
fn limits() {
    // No limit: anything converts.
    let big = num_bigint::BigInt::from(10u8).pow(5000);
    assert_eq!(to_decimal_string(&big, None).unwrap().len(), 5001);
    assert_eq!(to_decimal_string(&big, Some(0)).unwrap().len(), 5001);
    assert!(parse_int(&"1".repeat(5000), 10, None).is_ok());
    // Huge ints are rejected without converting (this would take long).
    let huge = num_bigint::BigInt::from(1u8) << 50_000_000usize;
    let e = to_decimal_string(&huge, LIMIT).unwrap_err();
    assert!(
        e.message("int")
            .starts_with("Exceeds the limit (4300 digits)")
    );
}

#[test]
fn char_code_points() {
    let spec = FormatSpec::parse_for_int("c").unwrap();
    assert_eq!(
        format_i64(0xd800, &spec),
        Err(FormatError::Surrogate(0xd800))
    );
    assert_eq!(format_i64(0x1f600, &spec).unwrap(), "\u{1f600}");
}
