//! Bodies of the tier-2-only uops (flag `TIER2`). They give these uops a
//! place in the table of bodies ([`crate::interp::UOP_BODIES`]); their
//! meaning is the tier-2 back ends' (control between traces, frames and
//! exits, which a body given only the frame cannot express), so the
//! back ends run them themselves and these bodies only report misuse,
//! except `SET_IP`, `LOAD_IMMEDIATE` and `GUARD_GEN_FRAME`, which mean the
//! same everywhere.

use super::{Flow, R, guard};
use crate::frame::Frame;
use crate::object::ObjKind;
use crate::value::Value;
use crate::vm::{Exc, Vm};

#[inline(always)]
pub fn SET_IP(_: &Vm, f: &mut Frame, at: u32, _: u64) -> R {
    f.lasti = at;
    Ok(Flow::Next)
}

#[inline(always)]
pub fn LOAD_IMMEDIATE(_: &Vm, f: &mut Frame, tag: u32, payload: u64) -> R {
    f.push(Value::immediate(tag as u64, payload));
    Ok(Flow::Next)
}

#[inline(always)]
pub fn GUARD_GEN_FRAME(vm: &Vm, f: &mut Frame, _: u32, expected: u64) -> R {
    let ok = match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Generator(g)) => vm.gen_resumes_inline_at(g, expected >> 32, expected as u32),
        _ => false,
    };
    guard(ok)
}

/// A tier-2 control uop run outside a tier-2 back end.
#[cold]
fn outside_a_trace(vm: &Vm) -> R {
    Err(vm.err(Exc::SystemError, "tier-2 uop run outside a trace"))
}

macro_rules! trace_only {
    ($($name:ident)*) => {$(
        pub fn $name(vm: &Vm, _: &mut Frame, _: u32, _: u64) -> R {
            outside_a_trace(vm)
        }
    )*};
}

trace_only! {
    CHECK_VALIDITY EXIT_TRACE JUMP_TO_TOP GUARD_IS_TRUE_POP GUARD_IS_FALSE_POP
    GUARD_IS_NONE_POP GUARD_IS_NOT_NONE_POP PUSH_FRAME POP_FRAME COLD_EXIT LOAD_CONST_INLINE
    YIELD_TO_SINK GUARD_CALLER YIELD_TO_CALLER
}
