//! A structural verifier for code objects, run by the compiler on
//! everything it produces (a failure is an internal compiler error) and
//! over the whole test corpus in tests. The interpreter relies on it: it
//! dispatches without bounds checks, so control must never leave the
//! code and every instruction start must hold a known opcode. It checks
//! that every opcode is known, every oparg is in range for what it
//! indexes, jump and handler targets land on instruction boundaries, the
//! code ends with an instruction that cannot fall through, the position
//! table covers the code, and the exception table is well formed. (Stack depths are checked by
//! the assembler, which computes them.)

use crate::code::{CodeObject, Constant, instructions};
use crate::ops::{ArgKind, BinOp, CmpOp, Opcode};

/// Check `code` and, recursively, the code objects among its constants.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    let n = code.code.len();
    let err = |off: usize, msg: String| {
        Err(format!(
            "{} (line {}): offset {off}: {msg}",
            code.qualname,
            code.line_at(off)
        ))
    };
    if code.positions.len() != n {
        return Err(format!(
            "{}: {} positions for {n} code units",
            code.qualname,
            code.positions.len()
        ));
    }
    if code.localsplus_kinds.len() != code.localsplus_names.len() {
        return Err(format!(
            "{}: local kinds and names differ in length",
            code.qualname
        ));
    }
    // The interpreter dispatches on the opcode byte of each instruction
    // start without a check: it must name an instruction.
    let mut start = vec![false; n];
    for (off, op, _) in instructions(&code.code) {
        start[off] = true;
        if off + 1 + op.cache_entries() as usize > n {
            return err(
                off,
                format!("{}'s inline cache runs past the end", op.name()),
            );
        }
        let byte = code.code[off].op_byte();
        if Opcode::from_u8(byte).is_none() {
            return err(off, format!("unknown opcode {byte}"));
        }
    }
    let is_start = |t: usize| start.get(t).copied().unwrap_or(false);
    for (off, op, arg) in instructions(&code.code) {
        let a = arg as usize;
        let ok = match op.arg_kind() {
            ArgKind::None | ArgKind::Num => true,
            ArgKind::Const => a < code.consts.len(),
            ArgKind::Name => a < code.names.len(),
            ArgKind::Local => a < code.localsplus_names.len(),
            ArgKind::Jump => a < n && is_start(a),
            ArgKind::BinOp => BinOp::from_u32(arg).is_some(),
            ArgKind::Compare => CmpOp::from_u32(arg).is_some(),
        };
        if !ok {
            return err(off, format!("{} has oparg {arg} out of range", op.name()));
        }
    }
    let Some((last, op, _)) = instructions(&code.code).last() else {
        return Err(format!("{}: no instructions", code.qualname));
    };
    if !op.is_terminal() {
        return err(
            last,
            format!(
                "code ends with {} (control could fall off the end)",
                op.name()
            ),
        );
    }
    for e in &code.exception_table {
        if e.start >= e.end
            || e.end as usize > n
            || !is_start(e.target as usize)
            || e.depth > code.stacksize
        {
            return Err(format!(
                "{}: bad exception table entry {e:?}",
                code.qualname
            ));
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::CodeUnit;

    fn code_of(units: Vec<CodeUnit>) -> CodeObject {
        let n = units.len();
        CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: "t".into(),
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: 1,
            code: units,
            consts: vec![Constant::None],
            names: vec![],
            localsplus_names: vec![],
            localsplus_kinds: vec![],
            stacksize: 1,
            positions: vec![Default::default(); n],
            exception_table: vec![],
        }
    }

    #[test]
    fn accepts_a_terminated_body() {
        let ok = code_of(vec![
            CodeUnit::new(Opcode::LOAD_CONST, 0),
            CodeUnit::new(Opcode::RETURN_VALUE, 0),
        ]);
        assert_eq!(verify(&ok), Ok(()));
    }

    #[test]
    fn rejects_what_the_dispatch_cannot_run() {
        // Falls off the end.
        let fall = code_of(vec![CodeUnit::new(Opcode::LOAD_CONST, 0)]);
        assert!(verify(&fall).unwrap_err().contains("fall off the end"));
        // No instruction at all.
        assert!(
            verify(&code_of(vec![]))
                .unwrap_err()
                .contains("no instructions")
        );
        // An opcode byte naming no instruction.
        let unknown = code_of(vec![CodeUnit(0xff), CodeUnit::new(Opcode::RETURN_VALUE, 0)]);
        assert!(verify(&unknown).unwrap_err().contains("unknown opcode 255"));
        // An inline cache cut off by the end of the code.
        let cut = code_of(vec![
            CodeUnit::new(Opcode::LOAD_CONST, 0),
            CodeUnit::new(Opcode::JUMP_BACKWARD, 0),
        ]);
        assert!(verify(&cut).unwrap_err().contains("runs past the end"));
        // A jump past the end.
        let far = code_of(vec![CodeUnit::new(Opcode::JUMP, 7)]);
        assert!(verify(&far).unwrap_err().contains("out of range"));
    }
}
