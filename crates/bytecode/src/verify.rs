//! A structural verifier for code objects, run between compilation and
//! execution in debug builds and over the whole test corpus in tests:
//! every oparg is in range for what it indexes, jump and handler targets
//! land on instruction boundaries, the position table covers the code,
//! and the exception table is well formed. (Stack depths are checked by
//! the assembler, which computes them.)

use crate::code::{CodeObject, Constant, instructions};
use crate::ops::{ArgKind, BinOp, CmpOp};

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
    let starts: Vec<usize> = instructions(&code.code).map(|(off, _, _)| off).collect();
    let is_start = |t: usize| starts.binary_search(&t).is_ok();
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
    if let Some(&(last, op, _)) = instructions(&code.code).collect::<Vec<_>>().last() {
        if !op.is_terminal() {
            return err(
                last,
                format!(
                    "code ends with {} (control could fall off the end)",
                    op.name()
                ),
            );
        }
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
