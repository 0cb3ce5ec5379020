//! Pathological inputs: deep nesting must give an error, never a crash.

use stitch_bytecode::Mode;

fn err_msg(src: &str) -> String {
    match crate::compile(src, "<deep>", Mode::Exec) {
        Ok(_) => "OK".into(),
        Err(e) => e.msg,
    }
}

#[test]
fn deep_brackets() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let src = format!("x = {}1{}\n", open.repeat(100_000), close.repeat(100_000));
        assert_eq!(err_msg(&src), "too many nested parentheses");
        let src = format!("x = {}1{}\n", open.repeat(10_000), close.repeat(10_000));
        assert_eq!(err_msg(&src), "too many nested parentheses");
    }
    let src = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert_eq!(err_msg(&src), "OK");
}

#[test]
fn deep_expressions() {
    let cases = [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}y\n", "not ".repeat(100_000)),
        format!("x = y{}\n", ".a".repeat(100_000)),
        format!("x = f{}\n", "()".repeat(100_000)),
        format!("x = y{}\n", "[0]".repeat(100_000)),
        format!("x = {}1\n", "1 + ".repeat(100_000)),
        format!("x = {}1\n", "2 ** ".repeat(100_000)),
        format!("x = {}c\n", "a if b else ".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(50_000)),
        format!("x = {}1\n", "~".repeat(100_000)),
    ];
    for src in &cases {
        assert_eq!(
            err_msg(src),
            "too many nested expressions",
            "{}",
            &src[..20]
        );
    }
    // CPython compiles a thousand levels; so do we.
    assert_eq!(err_msg(&format!("x = {}1\n", "1 + ".repeat(1000))), "OK");
    assert_eq!(err_msg(&format!("x = {}1\n", "-".repeat(1000))), "OK");
    assert_eq!(err_msg(&format!("x = {}1\n", "lambda: ".repeat(300))), "OK");
}

#[test]
fn deep_statements() {
    let ok: String = (0..99)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(99)
        + "pass\n";
    assert_eq!(err_msg(&ok), "OK");
    let defs: String = (0..99)
        .map(|i| format!("{}def f{i}():\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(99)
        + "return x\n";
    assert_eq!(err_msg(&defs), "OK");
    let tries: String = (0..30)
        .map(|i| format!("{}try:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(30)
        + "pass\n"
        + &(0..30)
            .rev()
            .map(|i| format!("{}finally:\n{} pass\n", " ".repeat(i), " ".repeat(i)))
            .collect::<String>();
    assert_eq!(err_msg(&tries), "too many statically nested blocks");
}

#[test]
fn runs_on_a_small_stack() {
    // The recursive passes grow their stack on demand; compile on a 256 KiB thread.
    let h = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let a = err_msg(&format!("x = {}1\n", "1 + ".repeat(1500)));
            let b = err_msg(&format!("x = {}1\n", "-".repeat(100_000)));
            (a, b)
        })
        .unwrap();
    let (a, b) = h.join().unwrap();
    assert_eq!(a, "OK");
    assert_eq!(b, "too many nested expressions");
}
