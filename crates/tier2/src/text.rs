//! A text form of uop sequences, for `STITCH_TRACE`, the DOT dump and the
//! optimizer's text-file tests. One uop per line:
//!
//! ```text
//! NAME [oparg] [#operand] [@at] [+count] [->link]
//! ```
//!
//! `oparg` is written when the uop takes one (or it is not 0), `#operand`
//! when not 0, `@at` when not 0 (the tier-1 offset of the uop's
//! instruction), `+count` when the uop completes tier-1 instructions, and
//! `->link` for a fork (the index of its other side) or an executor's
//! exit record. [`parse`] reads back what [`write_inst`] writes; blank
//! lines and `#` comments are skipped.

use std::fmt;

use stitch_bytecode::{ArgKind, Uop};

use crate::inst::{Inst, NO_EXIT};

pub fn write_inst(f: &mut impl fmt::Write, i: &Inst) -> fmt::Result {
    write!(f, "{}", i.info().name)?;
    if i.info().arg != ArgKind::None || i.oparg != 0 {
        write!(f, " {}", i.oparg)?;
    }
    if i.operand != 0 {
        write!(f, " #{}", i.operand)?;
    }
    if i.at != 0 {
        write!(f, " @{}", i.at)?;
    }
    if i.count != 0 {
        write!(f, " +{}", i.count)?;
    }
    if i.link != 0 && i.link != NO_EXIT {
        write!(f, " ->{}", i.link)?;
    }
    Ok(())
}

/// The text of a sequence, one uop per line.
pub fn print(insts: &[Inst]) -> String {
    let mut s = String::new();
    for i in insts {
        let _ = write_inst(&mut s, i);
        s.push('\n');
    }
    s
}

/// The uop named `name`.
pub fn uop_named(name: &str) -> Option<Uop> {
    Uop::ALL.iter().copied().find(|u| u.name() == name)
}

/// Read a sequence written by [`print`]; the error names the line.
pub fn parse(text: &str) -> Result<Vec<Inst>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split(';').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let bad = |what: &str| format!("line {}: {what}: {line}", n + 1);
        let mut words = line.split_whitespace();
        let name = words.next().ok_or_else(|| bad("empty"))?;
        let uop = uop_named(name).ok_or_else(|| bad("unknown uop"))?;
        let mut i = Inst::new(uop, 0, 0, 0);
        for w in words {
            let num = |s: &str| s.parse::<u64>().map_err(|_| bad("bad number"));
            if let Some(v) = w.strip_prefix("->") {
                i.link = num(v)? as u16;
            } else if let Some(v) = w.strip_prefix('#') {
                i.operand = num(v)?;
            } else if let Some(v) = w.strip_prefix('@') {
                i.at = num(v)? as u32;
            } else if let Some(v) = w.strip_prefix('+') {
                i.count = num(v)? as u8;
            } else {
                i.oparg = num(w)? as u32;
            }
        }
        out.push(i);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_sequences_parse_back() {
        let mut a = Inst::new(Uop::LOAD_FAST, 3, 0, 12);
        a.count = 1;
        let mut b = Inst::new(Uop::GUARD_IS_TRUE_POP, 40, 0, 20);
        b.link = 7;
        let c = Inst::new(Uop::LOAD_ATTR_INSTANCE_VALUE, 2, 5, 22);
        let d = Inst::new(Uop::NOP, 0, 0, 0);
        let seq = vec![a, b, c, d];
        let text = print(&seq);
        assert_eq!(
            text,
            "LOAD_FAST 3 @12 +1\nGUARD_IS_TRUE_POP 40 @20 ->7\nLOAD_ATTR_INSTANCE_VALUE 2 #5 @22\nNOP\n"
        );
        assert_eq!(parse(&text).unwrap(), seq);
    }

    #[test]
    fn parse_errors_name_the_line() {
        let e = parse("NOP\nNOT_A_UOP 1\n").unwrap_err();
        assert!(e.starts_with("line 2: unknown uop"), "{e}");
    }
}
