//! Methods of `list`, `tuple`, `dict`, `set` and `frozenset`, and the set
//! operators in CPython's result order.

use stitch_bytecode::BinOp;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &Vm) {}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets and frozensets.
pub fn set_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    Err(vm.type_error(format!("unsupported operand type(s) for {}: set operations are being implemented", op.symbol())))
}
