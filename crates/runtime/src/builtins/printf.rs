//! `%`-formatting of `str` and `bytes` (printf-style).

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `fmt % args`.
pub fn percent_format(vm: &Vm, _fmt: &Value, _args: &Value) -> PyResult<Value> {
    Err(vm.type_error("%-formatting is being implemented"))
}
