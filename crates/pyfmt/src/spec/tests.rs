use super::*;
use crate::testdata;

#[test]
fn str_table() {
    check_table(testdata::STR);
}

/// Checks a large table made by `gen.py --bulk N FILE` (the `FILE.str`
/// part; run with `PYFMT_BULK=FILE cargo test -p stitch-pyfmt -- --ignored`).
#[test]
#[ignore]
fn bulk_table() {
    if let Ok(path) = std::env::var("PYFMT_BULK") {
        let text = std::fs::read_to_string(path + ".str").expect("read PYFMT_BULK.str");
        check_table(&text);
    }
}

fn check_table(table: &str) {
    let mut failures = Vec::new();
    let mut total = 0;
    for row in testdata::rows(table) {
        let [kind, text, spec, status, want] = &row[..] else {
            panic!("bad row {row:?}")
        };
        assert_eq!(kind, "str");
        total += 1;
        let got = FormatSpec::parse_for_str(spec).and_then(|s| format_str(text, &s));
        if let Some(msg) = testdata::check(&got, status, want, "str") {
            failures.push(format!("format({text:?}, {spec:?}): {msg}"));
        }
    }
    testdata::report(&failures, total);
}

#[test]
fn parse_fields() {
    let s = FormatSpec::parse_for_float("*^+z#012,.3e").unwrap();
    assert_eq!(s.fill, '*');
    assert_eq!(s.align, Align::Center);
    assert_eq!(s.sign, Some(Sign::Plus));
    assert!(s.no_neg_zero && s.alternate);
    assert_eq!((s.width, s.precision), (Some(12), Some(3)));
    assert_eq!((s.thousands, s.ty), (Some(','), Some('e')));
    // A '0' after an explicit fill is part of the width.
    let s = FormatSpec::parse_for_int("x<05").unwrap();
    assert_eq!((s.fill, s.width), ('x', Some(5)));
    // '0' sets '=' only when the type right-aligns by default.
    assert_eq!(
        FormatSpec::parse_for_int("05").unwrap().align,
        Align::AfterSign
    );
    assert_eq!(FormatSpec::parse_for_str("05").unwrap().align, Align::Left);
    assert_eq!(FormatSpec::parse_for_int("<05").unwrap().align, Align::Left);
    assert_eq!(FormatSpec::parse_for_int("_x").unwrap().group_size(), 4);
    assert_eq!(FormatSpec::parse_for_int("_d").unwrap().group_size(), 3);
}

#[test]
fn errors_name_the_type() {
    let e = FormatSpec::parse_for_float("abc").unwrap_err();
    assert_eq!(
        e.message("float"),
        "Invalid format specifier 'abc' for object of type 'float'"
    );
    assert_eq!(e.kind(), ErrorKind::ValueError);
    let e = FormatError::UnknownCode('\u{1}');
    assert_eq!(
        e.message("MyInt"),
        "Unknown format code '\\x1' for object of type 'MyInt'"
    );
    let long = "T".repeat(300);
    assert_eq!(
        e.message(&long).len(),
        "Unknown format code '\\x1' for object of type ''".len() + 200
    );
}

#[test]
fn grouping_counts_without_looping() {
    // A width near isize::MAX with zero padding and grouping must be
    // rejected quickly (CPython itself loops here before failing).
    let spec = FormatSpec::parse_for_int("09223372036854775807,").unwrap();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: b"1",
        decimal: false,
        remainder: "",
    };
    assert_eq!(
        layout_number(&parts, &spec, Some((b',', 3))),
        Err(FormatError::Memory)
    );
    for width in 0..40isize {
        for n in 1..8usize {
            let digits = vec![b'7'; n];
            let mut buf = Vec::new();
            let counted = group_digits(&digits, width, Some((b',', 3)), None);
            let written = group_digits(&digits, width, Some((b',', 3)), Some(&mut buf));
            assert_eq!(
                (counted, written),
                (buf.len(), buf.len()),
                "width {width} digits {n}"
            );
        }
    }
}
