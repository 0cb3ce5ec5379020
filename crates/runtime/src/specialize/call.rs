//! Specializing calls: `CALL`.

use super::Reason;
use crate::frame::Frame;
use crate::vm::Vm;
use stitch_bytecode::Opcode;

pub(super) fn call(_vm: &Vm, _f: &Frame, _arg: u32) -> Result<Opcode, Reason> {
    Err("not specialized yet")
}
