//! Unit tests of the whole pipeline: disassembly shapes, scoping,
//! exception tables, stack sizes and errors.

use stitch_bytecode::{disassemble, CodeObject, Mode};
use std::rc::Rc;

pub(crate) fn exec(src: &str) -> Rc<CodeObject> {
    match crate::compile(src, "<test>", Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("compile failed for {src:?}: {e:?}"),
    }
}

#[test]
fn smoke() {
    let c = exec("x = 1\nprint(x)\n");
    println!("{}", disassemble(&c));
}

/// Developer aid: `STITCH_DIS=file.py cargo test -p stitch-compiler dis_file -- --ignored --nocapture`.
#[test]
#[ignore]
fn dis_file() {
    let Ok(path) = std::env::var("STITCH_DIS") else { return };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    match crate::compile(&src, "<dis>", Mode::Exec) {
        Ok(c) => println!("{}", disassemble(&c)),
        Err(e) => println!("ERROR {e:?}"),
    }
}

/// Developer aid: `STITCH_ERRS=cases.txt` (cases separated by `\n=====\n`).
#[test]
#[ignore]
fn errs_file() {
    let Ok(path) = std::env::var("STITCH_ERRS") else { return };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    for case in src.split("\n=====\n") {
        let short: String = case.chars().take(40).collect();
        match crate::compile(case, "<s>", Mode::Exec) {
            Ok(_) => println!("{short:?} -> OK"),
            Err(e) => println!(
                "{short:?} -> {} {:?} {} {} {} {} {:?}",
                e.kind.name(),
                e.msg,
                e.line,
                e.col,
                e.end_line,
                e.end_col,
                e.text.map(|t| t.chars().take(30).collect::<String>())
            ),
        }
    }
}
