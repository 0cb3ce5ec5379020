//! Specializing attribute and global accesses: `LOAD_GLOBAL`, `LOAD_ATTR`,
//! `LOAD_METHOD`, `STORE_ATTR`.

use super::Reason;
use crate::frame::Frame;
use crate::vm::Vm;
use stitch_bytecode::Opcode;

pub(super) fn load_global(_vm: &Vm, _f: &Frame, _arg: u32) -> Result<Opcode, Reason> {
    Err("not specialized yet")
}
pub(super) fn load_attr(_vm: &Vm, _f: &Frame, _arg: u32) -> Result<Opcode, Reason> {
    Err("not specialized yet")
}
pub(super) fn load_method(_vm: &Vm, _f: &Frame, _arg: u32) -> Result<Opcode, Reason> {
    Err("not specialized yet")
}
pub(super) fn store_attr(_vm: &Vm, _f: &Frame, _arg: u32) -> Result<Opcode, Reason> {
    Err("not specialized yet")
}
