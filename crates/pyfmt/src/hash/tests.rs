//! Table-driven checks against python3.11 with PYTHONHASHSEED=0
//! (`testdata/hash.txt`).

use super::*;
use crate::testdata::{self, float, int};
use num_traits::ToPrimitive;

fn hashes(list: &str) -> Vec<i64> {
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("hash"))
        .collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn table() {
    let mut failures = Vec::new();
    let mut total = 0;
    for row in testdata::rows(testdata::HASH) {
        total += 1;
        let [kind, input, want] = &row[..] else {
            panic!("bad row {row:?}")
        };
        let want: i64 = want.parse().expect("hash");
        let got = match kind.as_str() {
            "str" => hash_str(input),
            "bytes" => hash_bytes(&unhex(input)),
            "int" => {
                let v = int(input);
                if let Some(small) = v.to_i64()
                    && hash_int_i64(small) != want
                {
                    failures.push(format!("hash_int_i64({v})"));
                }
                hash_bigint(&v)
            }
            "float" => hash_float(float(input)).unwrap_or(i64::MIN),
            "tuple" => hash_tuple(&hashes(input)),
            "frozenset" => hash_frozenset(&hashes(input)),
            _ => panic!("bad kind {kind}"),
        };
        if got != want {
            failures.push(format!("{kind} {input:.60}: got {got}, want {want}"));
        }
    }
    testdata::report(&failures, total);
}

#[test]
fn pep393_forms_agree() {
    let s = "h\u{e9}llo";
    let latin1: Vec<u8> = s.chars().map(|c| c as u8).collect();
    assert_eq!(hash_latin1(&latin1), hash_str(s));
    let s = "\u{6f22}a";
    let ucs2: Vec<u16> = s.chars().map(|c| c as u16).collect();
    assert_eq!(hash_ucs2(&ucs2), hash_str(s));
    let s = "\u{1f600}a";
    let ucs4: Vec<u32> = s.chars().map(u32::from).collect();
    assert_eq!(hash_ucs4(&ucs4), hash_str(s));
}

#[test]
fn specials() {
    assert_eq!(hash_float(f64::NAN), None);
    assert_eq!(hash_float(f64::INFINITY), Some(314159));
    assert_eq!(hash_int_i64(-1), -2);
    assert_eq!(hash_float(-1.0), Some(-2));
    assert_eq!(hash_str(""), 0);
    assert_eq!(
        hash_int_i64(i64::MIN),
        hash_bigint(&num_bigint::BigInt::from(i64::MIN))
    );
    // Numbers of equal value hash equal across types.
    assert_eq!(
        hash_float(2f64.powi(70)),
        Some(hash_bigint(&(num_bigint::BigInt::from(1u8) << 70usize)))
    );
}
