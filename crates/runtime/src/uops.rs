//! Uop bodies: one function per micro-op, named as the uop, all with the
//! signature `fn(&Vm, &mut Frame, oparg, operand) -> PyResult<Flow>`
//! ([`crate::interp::UopFn`]). The operand is the slice of the inline
//! cache the uop table gives the uop (0 if none). Their stack effects and
//! flags are declared in `stitch_bytecode::ops`; tier 1 (and later the
//! tier-2 interpreter) call these same functions.
//!
//! The generic uops are here; the guards and actions of specialized forms
//! are in the submodules, one per family of instructions.
#![allow(non_snake_case)]

mod spec_attr;
mod spec_call;
mod spec_ops;
mod spec_seq;
mod tier2;

pub use spec_attr::*;
pub use spec_call::*;
pub use spec_ops::*;
pub use spec_seq::*;
pub use tier2::*;

use std::cell::{Cell, RefCell};

use stitch_bytecode::{BinOp, CmpOp, CodeUnit, Opcode, Uop, code_flags, local_kind};

use crate::call::CallFrame;
use crate::frame::Frame;
use crate::function::Function;
use crate::interp::GenStep;
use crate::object::{self, ObjKind};
use crate::protocol::str_of;
use crate::specialize;
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

/// What the interpreter does after a uop.
pub enum Flow {
    /// Continue with the next instruction.
    Next,
    /// Continue at this code offset.
    Jump(u32),
    /// Run this new frame (a Python call); its result is pushed here on return.
    Call(Box<Frame>),
    /// Return this value from the frame.
    Return(Value),
    /// Suspend the (generator) frame, yielding this value.
    Yield(Value),
    /// A guard of a specialized instruction failed before anything
    /// changed: run the instruction's generic form instead.
    Deopt,
    /// Continue with the next instruction, after dropping this value: the
    /// last reference to its object ([`next_dropping`]). The tier-1
    /// handler frees it on its way out, out of line, so that its common
    /// path makes no call it returns from (such a call makes a handler
    /// save and restore registers on every execution).
    Release(Value),
    /// A backward jump to this offset that its quick path could not take
    /// (the step budget runs out, the eval breaker is set, or the loop
    /// just became hot): the tier-1 loop runs [`back_edge_slow`], out of
    /// the handler, so that the handler's common path makes no call, and
    /// then jumps.
    BackEdge(u32),
    /// A load found local slot `i` empty: the tier-1 loop raises
    /// UnboundLocalError for it ([`unbound_local`]). Built there rather
    /// than in the handler, so that the loads, the most frequent
    /// instructions, make no call and save no registers.
    Unbound(u32),
    /// A conditional jump's value is not a bool: the tier-1 loop tests its
    /// truth (`__bool__`, `__len__`: any code may run) and makes the jump
    /// ([`truth_jump_slow`]), so that the jump's handler makes no call and
    /// saves no registers for the common case, a bool.
    Truth,
    /// Run executor `index` of the frame's code (`ENTER_EXECUTOR`): the
    /// loop hands it the frame and continues in the frame it gives back
    /// (see [`crate::interfaces::Executor`]).
    Execute(u32),
}

/// Continue with the next instruction after dropping `old` (see
/// [`Flow::Release`]): for a uop that drops a value last.
#[inline(always)]
pub fn next_dropping(old: Value) -> R {
    Ok(match old.drop_unless_last() {
        None => Flow::Next,
        Some(last) => Flow::Release(last),
    })
}

type R = PyResult<Flow>;

/// Code units of the instruction a superinstruction's second half (a uop
/// flagged `NEXT`) runs and steps over; 0 for other uops. The handler
/// gives such a uop that instruction's code unit as its operand (with, in
/// the high half, the width of the first half: where that instruction
/// is) and goes on after it. Load and store superinstructions are only
/// formed before a one-unit instruction, and `PUSH_NULL_NEXT` runs a
/// `PUSH_NULL`; `POP_JUMP_IF_NEXT` runs the conditional jump after a
/// comparison or truth test (the widths are checked by a test).
pub const fn next_width(u: Uop) -> usize {
    if u.flags() & stitch_bytecode::flags::NEXT == 0 {
        0
    } else if matches!(u, Uop::POP_JUMP_IF_NEXT) {
        JUMP_WIDTH
    } else {
        1
    }
}
/// Code units of `POP_JUMP_IF_FALSE`/`_TRUE`, their cache included.
const JUMP_WIDTH: usize = 2;

/// A guard's result: go on, or deoptimize to the generic form.
#[inline(always)]
fn guard(ok: bool) -> R {
    Ok(if ok { Flow::Next } else { Flow::Deopt })
}

#[inline(always)]
fn name<'a>(f: &'a Frame, i: u32) -> &'a Value {
    &f.code().names[i as usize]
}

#[inline(always)]
pub fn SPECIALIZE(vm: &Vm, f: &mut Frame, arg: u32, counter: u64) -> R {
    let c = counter as u32;
    if specialize::counter::value(c) == 0 {
        specialize::specialize(vm, f, arg);
    } else {
        specialize::set_cache(f, 0, c - 1);
    }
    Ok(Flow::Next)
}
#[inline(always)]
pub fn NOP(_: &Vm, _: &mut Frame, _: u32, _: u64) -> R {
    Ok(Flow::Next)
}
#[inline(always)]
pub fn POP_TOP(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    next_dropping(f.pop())
}
#[inline(always)]
pub fn PUSH_NULL(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    f.push(Value::NULL);
    Ok(Flow::Next)
}
/// The second half of `LOAD_GLOBAL_*_PUSH_NULL`.
#[inline(always)]
pub fn PUSH_NULL_NEXT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    PUSH_NULL(vm, f, 0, 0)
}
#[inline(always)]
pub fn COPY(_: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let v = f.peek(n as usize).clone();
    f.push(v);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn SWAP(_: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let top = f.pop();
    let other = std::mem::replace(f.peek_mut(n as usize - 1), top);
    f.push(other);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn LOAD_CONST(_: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.code().consts[i as usize].clone();
    f.push(v);
    Ok(Flow::Next)
}

#[cold]
#[inline(never)]
pub fn unbound_local(vm: &Vm, f: &Frame, i: u32) -> PyErr {
    let n = &f.code().co.localsplus_names[i as usize];
    vm.err(
        Exc::UnboundLocalError,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    )
}

#[inline(always)]
pub fn LOAD_FAST(_: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    push_local(f, i, false)
}
/// Push local slot `i` (for `LOAD_FAST`, or the second half of a
/// superinstruction, `in_next`).
#[inline(always)]
fn push_local(f: &mut Frame, i: u32, in_next: bool) -> R {
    let v = f.local(i as usize);
    if v.is_null() {
        if in_next {
            fail_in_next(f);
        }
        return Ok(Flow::Unbound(i));
    }
    let v = v.clone();
    f.push(v);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn STORE_FAST(_: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    let old = std::mem::replace(f.local_mut(i as usize), v);
    next_dropping(old)
}
/// The oparg of the instruction a superinstruction's second half runs,
/// from its code unit (the uop's operand, see [`next_width`]).
#[inline(always)]
fn next_arg(unit: u64) -> u32 {
    CodeUnit(unit as u32).arg()
}
/// The second half of a superinstruction failed: its instruction (the one
/// after the first half, one unit on) is the current one for the error.
#[inline(always)]
fn fail_in_next(f: &mut Frame) {
    f.lasti += 1;
}
#[inline(always)]
pub fn LOAD_FAST_NEXT(_: &Vm, f: &mut Frame, _: u32, unit: u64) -> R {
    push_local(f, next_arg(unit), true)
}
#[inline(always)]
pub fn LOAD_CONST_NEXT(vm: &Vm, f: &mut Frame, _: u32, unit: u64) -> R {
    LOAD_CONST(vm, f, next_arg(unit), 0)
}
/// The two halves of STORE_FAST__LOAD_FAST in one body, so that the
/// value the store replaced is dropped after the load: a release call in
/// between would make the handler save every register it uses. The
/// loaded value takes the stored one's stack slot, so the stack pointer
/// does not move.
#[inline(always)]
pub fn STORE_FAST_LOAD_FAST_NEXT(vm: &Vm, f: &mut Frame, i: u32, unit: u64) -> R {
    let v = std::mem::take(f.peek_mut(1));
    let old = std::mem::replace(f.local_mut(i as usize), v);
    let j = next_arg(unit);
    let w = f.local(j as usize);
    if w.is_null() {
        f.pop_moved(1);
        return Err(unbound_after_store(vm, f, j, old));
    }
    let w = w.clone();
    // The slot holds NULL since the take: nothing to drop.
    std::mem::forget(std::mem::replace(f.peek_mut(1), w));
    next_dropping(old)
}
/// The load half of STORE_FAST__LOAD_FAST found its local unbound: drop
/// the value the store replaced (now, as CPython does) and make the error.
#[cold]
#[inline(never)]
fn unbound_after_store(vm: &Vm, f: &mut Frame, j: u32, old: Value) -> PyErr {
    drop(old);
    fail_in_next(f);
    unbound_local(vm, f, j)
}
/// STORE_FAST__STORE_FAST in one body, dropping both replaced values last.
#[inline(always)]
pub fn STORE_FAST_STORE_FAST_NEXT(_: &Vm, f: &mut Frame, i: u32, unit: u64) -> R {
    let v = f.pop();
    let old1 = std::mem::replace(f.local_mut(i as usize), v);
    let j = next_arg(unit);
    let w = f.pop();
    let old2 = std::mem::replace(f.local_mut(j as usize), w);
    drop(old1);
    drop(old2);
    Ok(Flow::Next)
}
pub fn DELETE_FAST(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let old = f.local_mut(i as usize).take();
    if old.is_null() {
        return Err(unbound_local(vm, f, i));
    }
    Ok(Flow::Next)
}
pub fn MAKE_CELL(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.local_mut(i as usize).take();
    *f.local_mut(i as usize) = vm.new_cell(v);
    Ok(Flow::Next)
}
pub fn COPY_FREE_VARS(_: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let closure = match f.func.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Function(func)) => func.closure.clone(),
        _ => Value::NULL,
    };
    if let Some(ObjKind::Tuple(cells)) = closure.as_obj().map(|o| &o.kind) {
        let nl = f.code().nlocalsplus;
        let n = n as usize;
        for (k, c) in cells.iter().enumerate().take(n) {
            *f.local_mut(nl - n + k) = c.clone();
        }
    }
    Ok(Flow::Next)
}

fn cell_of<'a>(f: &'a Frame, i: u32) -> Option<&'a RefCell<Value>> {
    match f.local(i as usize).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Cell(c)) => Some(c),
        _ => None,
    }
}

#[cold]
#[inline(never)]
fn unbound_deref(vm: &Vm, f: &Frame, i: u32) -> PyErr {
    let co = &f.code().co;
    let n = &co.localsplus_names[i as usize];
    if co.localsplus_kinds[i as usize] & local_kind::FREE != 0 {
        vm.err(Exc::NameError, format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"))
    } else {
        vm.err(
            Exc::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }
}

#[inline(always)]
pub fn LOAD_DEREF(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = match cell_of(f, i) {
        Some(c) => object::cell_get(c),
        None => Value::NULL,
    };
    if v.is_null() {
        return Err(unbound_deref(vm, f, i));
    }
    f.push(v);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn STORE_DEREF(_: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    if let Some(c) = cell_of(f, i) {
        let old = std::mem::replace(&mut *c.borrow_mut(), v);
        drop(old);
    }
    Ok(Flow::Next)
}
pub fn DELETE_DEREF(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let old = cell_of(f, i)
        .map(|c| c.borrow_mut().take())
        .unwrap_or_default();
    if old.is_null() {
        return Err(unbound_deref(vm, f, i));
    }
    Ok(Flow::Next)
}
#[inline(always)]
pub fn LOAD_CLOSURE(_: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.local(i as usize).clone();
    f.push(v);
    Ok(Flow::Next)
}
pub fn LOAD_CLASSDEREF(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let n = f.code().localnames[i as usize].clone();
    if !f.locals.is_null() {
        if let Some(v) = vm.getitem_opt(&f.locals, &n)? {
            f.push(v);
            return Ok(Flow::Next);
        }
    }
    LOAD_DEREF(vm, f, i, 0)
}

fn name_error(vm: &Vm, n: &Value) -> PyErr {
    let s = str_of(n).unwrap_or("?");
    let e = vm.err(Exc::NameError, format!("name '{s}' is not defined"));
    let _ = vm.set_instance_attr_raw(&e.exc, "name", n.clone());
    e
}

fn global_lookup(vm: &Vm, f: &Frame, n: &Value) -> PyResult<Value> {
    if let Some(ObjKind::Dict(d)) = f.globals.as_obj().map(|o| &o.kind) {
        let h = vm.hash(n)?;
        if let Some(v) = d.borrow().get_fast(n, h) {
            return Ok(v.clone());
        }
        if let Some(ObjKind::Dict(b)) = f.builtins.as_obj().map(|o| &o.kind) {
            if let Some(v) = b.borrow().get_fast(n, h) {
                return Ok(v.clone());
            }
        }
    }
    Err(name_error(vm, n))
}

pub fn LOAD_NAME(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let n = name(f, i).clone();
    if !f.locals.is_null() {
        if let Some(v) = vm.getitem_opt(&f.locals, &n)? {
            f.push(v);
            return Ok(Flow::Next);
        }
    }
    let v = global_lookup(vm, f, &n)?;
    f.push(v);
    Ok(Flow::Next)
}
pub fn STORE_NAME(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    let n = name(f, i).clone();
    let target = if f.locals.is_null() {
        f.globals.clone()
    } else {
        f.locals.clone()
    };
    vm.setitem(&target, n, v)?;
    Ok(Flow::Next)
}
pub fn DELETE_NAME(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let n = name(f, i).clone();
    let target = if f.locals.is_null() {
        f.globals.clone()
    } else {
        f.locals.clone()
    };
    match vm.delitem(&target, &n) {
        Ok(()) => Ok(Flow::Next),
        Err(e) if vm.err_matches(&e, Exc::KeyError) => Err(name_error(vm, &n)),
        Err(e) => Err(e),
    }
}
pub fn LOAD_GLOBAL(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let n = name(f, i);
    let v = global_lookup(vm, f, n)?;
    f.push(v);
    Ok(Flow::Next)
}
pub fn STORE_GLOBAL(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    let n = name(f, i).clone();
    if let Some(ObjKind::Dict(d)) = f.globals.as_obj().map(|o| &o.kind) {
        // Straight into the dict, as CPython stores globals (a dict
        // subclass's `__setitem__` is not called).
        let h = vm.hash(&n)?;
        crate::dict::set(vm, d, n, h, v)?;
        return Ok(Flow::Next);
    }
    let g = f.globals.clone();
    vm.setitem(&g, n, v)?;
    Ok(Flow::Next)
}
pub fn DELETE_GLOBAL(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let n = name(f, i).clone();
    let g = f.globals.clone();
    match vm.delitem(&g, &n) {
        Ok(()) => Ok(Flow::Next),
        Err(e) if vm.err_matches(&e, Exc::KeyError) => Err(name_error(vm, &n)),
        Err(e) => Err(e),
    }
}
pub fn LOAD_ATTR(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let obj = f.pop();
    let v = vm.getattr(&obj, name(f, i))?;
    f.push(v);
    Ok(Flow::Next)
}
pub fn LOAD_METHOD(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let obj = f.pop();
    let (m, with_self) = vm.load_method(&obj, name(f, i))?;
    f.push(m);
    f.push(if with_self { obj } else { Value::NULL });
    Ok(Flow::Next)
}
pub fn STORE_ATTR(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let obj = f.pop();
    let v = f.pop();
    vm.setattr(&obj, name(f, i), v)?;
    Ok(Flow::Next)
}
pub fn DELETE_ATTR(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let obj = f.pop();
    vm.delattr(&obj, name(f, i))?;
    Ok(Flow::Next)
}

pub fn BINARY_SUBSCR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let key = f.pop();
    let container = f.pop();
    let v = vm.getitem(&container, &key)?;
    f.push(v);
    Ok(Flow::Next)
}
pub fn STORE_SUBSCR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let key = f.pop();
    let container = f.pop();
    let v = f.pop();
    vm.setitem(&container, key, v)?;
    Ok(Flow::Next)
}
pub fn DELETE_SUBSCR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let key = f.pop();
    let container = f.pop();
    vm.delitem(&container, &key)?;
    Ok(Flow::Next)
}
pub fn BUILD_SLICE(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let step = if n == 3 { f.pop() } else { Value::NONE };
    let stop = f.pop();
    let start = f.pop();
    f.push(vm.build_slice(start, stop, step));
    Ok(Flow::Next)
}

/// The generic operator (the common type pairs have specialized forms).
pub fn BINARY_OP(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    let b = f.pop();
    let a = f.pop();
    let op = BinOp::from_u32(op).unwrap_or(BinOp::Add);
    let r = vm.binary_op(&a, &b, op)?;
    f.push(r);
    Ok(Flow::Next)
}
pub fn UNARY_NEGATIVE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let r = vm.unary_negative(&v)?;
    f.push(r);
    Ok(Flow::Next)
}
pub fn UNARY_POSITIVE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let r = vm.unary_positive(&v)?;
    f.push(r);
    Ok(Flow::Next)
}
pub fn UNARY_INVERT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let r = vm.unary_invert(&v)?;
    f.push(r);
    Ok(Flow::Next)
}
pub fn UNARY_NOT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let r = vm.truthy(&v)?;
    f.push(Value::bool(!r));
    Ok(Flow::Next)
}
/// The generic comparison (the common type pairs have specialized forms).
pub fn COMPARE_OP(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    let b = f.pop();
    let a = f.pop();
    let op = CmpOp::from_u32(op).unwrap_or(CmpOp::Eq);
    let r = vm.compare(&a, &b, op)?;
    f.push(r);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn IS_OP(_: &Vm, f: &mut Frame, invert: u32, _: u64) -> R {
    let b = f.pop();
    let a = f.pop();
    f.push(Value::bool(a.is(&b) != (invert != 0)));
    Ok(Flow::Next)
}
pub fn CONTAINS_OP(vm: &Vm, f: &mut Frame, invert: u32, _: u64) -> R {
    let b = f.pop();
    let a = f.pop();
    let r = vm.contains(&b, &a)?;
    f.push(Value::bool(r != (invert != 0)));
    Ok(Flow::Next)
}
#[inline(always)]
pub fn JUMP(_: &Vm, _: &mut Frame, t: u32, _: u64) -> R {
    Ok(Flow::Jump(t))
}
#[inline(always)]
pub fn JUMP_BACKWARD(vm: &Vm, f: &mut Frame, t: u32, counter: u64) -> R {
    // The common case: budget left, nothing pending, the loop not hot yet.
    let c = counter as u32;
    // (The step is counted last: the slow path counts its own.)
    if !crate::breaker::pending() && specialize::counter::value(c) != 0 && vm.tick_unless_last() {
        // SAFETY: JUMP_BACKWARD has one cache unit (the verifier proved
        // it inside the code), and `f.lasti` is this instruction.
        unsafe { f.cache_unit_unchecked(0, 0) }.set(CodeUnit(c - 1));
        return Ok(Flow::Jump(t));
    }
    Ok(Flow::BackEdge(t))
}
/// `JUMP_BACKWARD` (the instruction at `f.lasti`) to `t` when the step
/// budget runs out, the eval breaker is set, or the loop just became hot
/// ([`Flow::BackEdge`]).
#[inline(never)]
pub(crate) fn back_edge_slow(vm: &Vm, f: &mut Frame, t: u32) -> PyResult<()> {
    vm.tick()?;
    if crate::breaker::pending() {
        vm.handle_breaker()?;
    }
    let c = f.code().cache(f.lasti, 0).get().0;
    if specialize::counter::value(c) == 0 {
        vm.loop_is_hot(f, t);
    } else {
        specialize::set_cache(f, 0, c - 1);
    }
    Ok(())
}
pub fn ENTER_EXECUTOR(vm: &Vm, _: &mut Frame, index: u32, _: u64) -> R {
    vm.tick()?;
    if crate::breaker::pending() {
        vm.handle_breaker()?;
    }
    Ok(Flow::Execute(index))
}

#[inline(always)]
fn truth(vm: &Vm, v: &Value) -> PyResult<bool> {
    match v.as_bool() {
        Some(b) => Ok(b),
        None => vm.truthy(v),
    }
}

/// Record a conditional jump's direction in its branch history and go there.
#[inline(always)]
fn branch(f: &Frame, history: u64, taken: bool, t: u32) -> R {
    // SAFETY: the conditional jumps have one cache unit (the verifier
    // proved it inside the code), and `f.lasti` is the jump.
    branch_in(
        unsafe { f.cache_unit_unchecked(0, 0) },
        history as u32,
        taken,
        t,
    )
}
/// [`branch`] for the jump whose history is `slot` (holding `history`).
#[inline(always)]
fn branch_in(slot: &Cell<CodeUnit>, history: u32, taken: bool, t: u32) -> R {
    slot.set(CodeUnit(specialize::history::record(history, taken)));
    Ok(if taken { Flow::Jump(t) } else { Flow::Next })
}

#[inline(always)]
pub fn POP_JUMP_IF_FALSE(_: &Vm, f: &mut Frame, t: u32, history: u64) -> R {
    pop_bool_jump(f, history, t, false)
}
#[inline(always)]
pub fn POP_JUMP_IF_TRUE(_: &Vm, f: &mut Frame, t: u32, history: u64) -> R {
    pop_bool_jump(f, history, t, true)
}
/// Pop a bool and jump to `t` when it is `jump_if`; any other value
/// leaves the handler ([`Flow::Truth`]).
#[inline(always)]
fn pop_bool_jump(f: &mut Frame, history: u64, t: u32, jump_if: bool) -> R {
    let Some(b) = f.peek(1).as_bool() else {
        return Ok(Flow::Truth);
    };
    // A bool owns nothing: popping it needs no drop.
    std::mem::forget(f.pop());
    branch(f, history, b == jump_if, t)
}
/// `POP_JUMP_IF_FALSE`/`_TRUE` (the instruction at `f.lasti`) on a value
/// that is not a bool ([`Flow::Truth`]): pop it, test its truth and jump.
#[inline(never)]
pub(crate) fn truth_jump_slow(vm: &Vm, f: &mut Frame) -> R {
    let cu = f.code().code[f.lasti as usize].get();
    let history = f.code().cache(f.lasti, 0).get().0;
    let v = f.pop();
    let b = vm.truthy(&v)?;
    drop(v);
    let jump_if = cu.op() == Opcode::POP_JUMP_IF_TRUE;
    branch(f, history as u64, b == jump_if, cu.arg())
}
/// The jump after a specialized comparison or truth test
/// (`COMPARE_OP_INT_JUMP`, `TO_BOOL_INT_JUMP`...), whose bool is on the
/// stack: what `POP_JUMP_IF_FALSE`/`_TRUE` would do,
/// with no truth test to call out for.
#[inline(always)]
pub fn POP_JUMP_IF_NEXT(_: &Vm, f: &mut Frame, _: u32, unit: u64) -> R {
    // The comparison or truth-test uops before it always push a bool.
    debug_assert!(f.peek(1).as_bool().is_some());
    let b = f.peek(1).as_bool().unwrap_or(false);
    // A bool owns nothing: popping it needs no drop.
    std::mem::forget(f.pop());
    let cu = CodeUnit(unit as u32);
    // The jump follows the comparison or truth test (`f.lasti`), whose
    // width the handler gives in the operand's high half.
    // SAFETY: the jump is an instruction of the code (the specializer
    // formed this instruction only before one) with one cache unit.
    let slot = unsafe { f.cache_unit_unchecked((unit >> 32) as u32, 0) };
    let taken = b == (cu.op() == Opcode::POP_JUMP_IF_TRUE);
    branch_in(slot, slot.get().0, taken, cu.arg())
}
#[inline(always)]
pub fn POP_JUMP_IF_NONE(_: &Vm, f: &mut Frame, t: u32, history: u64) -> R {
    let v = f.pop();
    branch(f, history, v.is_none(), t)
}
#[inline(always)]
pub fn POP_JUMP_IF_NOT_NONE(_: &Vm, f: &mut Frame, t: u32, history: u64) -> R {
    let v = f.pop();
    branch(f, history, !v.is_none(), t)
}
pub fn JUMP_IF_FALSE_OR_POP(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    if truth(vm, f.peek(1))? {
        drop(f.pop());
        Ok(Flow::Next)
    } else {
        Ok(Flow::Jump(t))
    }
}
pub fn JUMP_IF_TRUE_OR_POP(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    if truth(vm, f.peek(1))? {
        Ok(Flow::Jump(t))
    } else {
        drop(f.pop());
        Ok(Flow::Next)
    }
}
#[inline(always)]
pub fn GET_ITER(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let it = vm.iter(&v)?;
    f.push(it);
    Ok(Flow::Next)
}
/// The generic `for` step (ranges, lists, tuples and generators have
/// specialized forms).
pub fn FOR_ITER(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let it = f.peek(1).clone();
    let next = vm.next(&it)?;
    spec_ops::for_iter_result(f, next, t)
}
#[inline(always)]
pub fn RETURN_VALUE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    Ok(Flow::Return(f.pop()))
}

pub fn MAKE_FUNCTION(vm: &Vm, f: &mut Frame, flags: u32, _: u64) -> R {
    let code = f.pop();
    let closure = if flags & 8 != 0 { f.pop() } else { Value::NULL };
    let annotations = if flags & 4 != 0 { f.pop() } else { Value::NULL };
    let kwdefaults = if flags & 2 != 0 { f.pop() } else { Value::NULL };
    let defaults = if flags & 1 != 0 { f.pop() } else { Value::NULL };
    let Some(ObjKind::Code(c)) = code.as_obj().map(|o| &o.kind) else {
        return Err(vm.err(Exc::SystemError, "MAKE_FUNCTION without a code object"));
    };
    let doc = if c.co.flags & code_flags::OPTIMIZED != 0 {
        c.consts
            .first()
            .filter(|v| str_of(v).is_some())
            .cloned()
            .unwrap_or(Value::NONE)
    } else {
        Value::NONE
    };
    let name = c.name.clone();
    let qualname = c.qualname.clone();
    let module = module_name(&f.globals);
    let func = Function {
        code: RefCell::new(code.clone()),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        doc: RefCell::new(doc),
        annotations: RefCell::new(annotations),
        dict: RefCell::new(Value::NULL),
        module: RefCell::new(module),
        version: std::cell::Cell::new(crate::types::next_version()),
        retired_code: RefCell::new(Vec::new()),
    };
    f.push(object::alloc(
        ObjKind::Function(Box::new(func)),
        &vm.types.function,
    ));
    Ok(Flow::Next)
}

/// `globals["__name__"]` (a new function's `__module__`), or None.
#[inline]
fn module_name(globals: &Value) -> Value {
    static HASH: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    let hash = *HASH.get_or_init(|| stitch_pyfmt::hash::hash_str("__name__"));
    match globals.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Dict(t)) => t
            .borrow()
            .get_str_hashed("__name__", hash)
            .cloned()
            .unwrap_or(Value::NONE),
        _ => Value::NONE,
    }
}

/// Call `callable` with the arguments at the top of the stack and replace
/// the call's stack entries (`pop` of them) with the result.
fn do_call(
    vm: &Vm,
    f: &mut Frame,
    callable: &Value,
    nargs: usize,
    kwnames: &[Value],
    pop: usize,
) -> R {
    vm.tick()?;
    if crate::breaker::pending() {
        vm.handle_breaker()?;
    }
    if let Some(ObjKind::Function(_)) = callable.as_obj().map(|o| &o.kind) {
        let made = vm.frame_for_call(callable, f.top_slice(nargs), kwnames)?;
        f.drop_n(pop);
        return match made {
            CallFrame::Frame(fr) => Ok(Flow::Call(fr)),
            CallFrame::Done(v) => {
                f.push(v);
                Ok(Flow::Next)
            }
        };
    }
    if callable.is(&vm.types.super_) && nargs == 0 {
        let r = zero_arg_super(vm, f)?;
        f.drop_n(pop);
        f.push(r);
        return Ok(Flow::Next);
    }
    let r = vm.call(callable, f.top_slice(nargs), kwnames);
    f.drop_n(pop);
    f.push(r?);
    Ok(Flow::Next)
}

pub fn CALL(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    let argc = argc as usize;
    let callable = f.peek(argc + 2).clone();
    let has_self = !f.peek(argc + 1).is_null();
    let nargs = argc + has_self as usize;
    do_call(vm, f, &callable, nargs, &[], argc + 2)
}
pub fn CALL_KW(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    let argc = argc as usize;
    let kwnames_v = f.pop();
    let kwnames: Vec<Value> = match kwnames_v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let callable = f.peek(argc + 2).clone();
    let has_self = !f.peek(argc + 1).is_null();
    let nargs = argc + has_self as usize;
    do_call(vm, f, &callable, nargs, &kwnames, argc + 2)
}
pub fn CALL_FUNCTION_EX(vm: &Vm, f: &mut Frame, flags: u32, _: u64) -> R {
    let kwargs = if flags & 1 != 0 { f.pop() } else { Value::NULL };
    let args_v = f.pop();
    let self_v = f.pop();
    let callable = f.pop();
    let mut args: Vec<Value> = Vec::new();
    if !self_v.is_null() {
        args.push(self_v);
    }
    match args_v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => args.extend(t.iter().cloned()),
        _ => match vm.to_vec(&args_v) {
            Ok(v) => args.extend(v),
            Err(_) => {
                return Err(vm.type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    func_desc(vm, &callable),
                    vm.type_name(&args_v)
                )));
            }
        },
    }
    let mut kwnames = Vec::new();
    if let Some(ObjKind::Dict(d)) = kwargs.as_obj().map(|o| &o.kind) {
        for (k, v) in d.borrow().items() {
            kwnames.push(k);
            args.push(v);
        }
    }
    if crate::breaker::pending() {
        vm.handle_breaker()?;
    }
    // Python functions run in this interpreter loop, as with CALL.
    if let Some(ObjKind::Function(_)) = callable.as_obj().map(|o| &o.kind) {
        return match vm.frame_for_call(&callable, &args, &kwnames)? {
            CallFrame::Frame(fr) => Ok(Flow::Call(fr)),
            CallFrame::Done(v) => {
                f.push(v);
                Ok(Flow::Next)
            }
        };
    }
    let r = if callable.is(&vm.types.super_) && args.is_empty() {
        zero_arg_super(vm, f)
    } else {
        vm.call(&callable, &args, &kwnames)
    };
    f.push(r?);
    Ok(Flow::Next)
}

/// A description of a callable for error messages (`f()`, `C.m()`).
pub fn func_desc(vm: &Vm, c: &Value) -> String {
    match c.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Function(func)) => {
            let q = str_of(&func.qualname.borrow()).unwrap_or("?").to_string();
            match str_of(&func.module.borrow()) {
                Some(m) if m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            }
        }
        Some(ObjKind::Builtin(b)) => format!("{}()", b.name),
        Some(ObjKind::Method(m)) => func_desc(vm, &m.0),
        Some(ObjKind::Type(t)) => format!("{}()", t.name.borrow()),
        _ => format!("{} object", vm.type_name(c)),
    }
}

/// `super()` with no arguments: the `__class__` cell and first argument of the caller.
fn zero_arg_super(vm: &Vm, f: &Frame) -> PyResult<Value> {
    let co = &f.code().co;
    if co.argcount == 0 && co.flags & code_flags::VARARGS == 0 {
        return Err(vm.err(Exc::RuntimeError, "super(): no arguments"));
    }
    let mut first = f.local(0).clone();
    if let Some(ObjKind::Cell(c)) = first.as_obj().map(|o| &o.kind) {
        let inner = c.borrow().clone();
        first = inner;
    }
    if first.is_null() {
        return Err(vm.err(Exc::RuntimeError, "super(): arg[0] deleted"));
    }
    let idx = co.localsplus_names.iter().position(|n| &**n == "__class__");
    let cls = match idx
        .map(|i| f.local(i))
        .and_then(|v| match v.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Cell(c)) => Some(c.borrow().clone()),
            _ => None,
        }) {
        Some(c) if !c.is_null() => c,
        _ => return Err(vm.err(Exc::RuntimeError, "super(): __class__ cell not found")),
    };
    crate::builtins::make_super(vm, &cls, &first)
}

#[inline(always)]
pub fn BUILD_TUPLE(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let items = f.top_slice(n as usize).to_vec();
    f.drop_n(n as usize);
    f.push(vm.new_tuple(items));
    Ok(Flow::Next)
}
pub fn BUILD_LIST(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let items = f.top_slice(n as usize).to_vec();
    f.drop_n(n as usize);
    f.push(vm.new_list(items));
    Ok(Flow::Next)
}
pub fn BUILD_SET(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let items = f.top_slice(n as usize).to_vec();
    f.drop_n(n as usize);
    let s = vm.new_set(crate::set::SetTable::new());
    if let Some(ObjKind::Set(cell)) = s.as_obj().map(|o| &o.kind) {
        for it in items {
            let h = vm.hash(&it)?;
            crate::set::add(vm, cell, it, h)?;
        }
    }
    f.push(s);
    Ok(Flow::Next)
}
pub fn BUILD_MAP(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let items = f.top_slice(2 * n as usize).to_vec();
    f.drop_n(2 * n as usize);
    let d = vm.new_dict();
    for kv in items.chunks(2) {
        vm.setitem(&d, kv[0].clone(), kv[1].clone())?;
    }
    f.push(d);
    Ok(Flow::Next)
}
pub fn BUILD_CONST_KEY_MAP(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let keys = f.pop();
    let vals = f.top_slice(n as usize).to_vec();
    f.drop_n(n as usize);
    let d = vm.new_dict();
    if let Some(ObjKind::Tuple(ks)) = keys.as_obj().map(|o| &o.kind) {
        for (k, v) in ks.iter().zip(vals) {
            vm.setitem(&d, k.clone(), v)?;
        }
    }
    f.push(d);
    Ok(Flow::Next)
}
pub fn BUILD_STRING(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let mut s = String::new();
    for v in f.top_slice(n as usize) {
        s.push_str(str_of(v).unwrap_or(""));
    }
    f.drop_n(n as usize);
    f.push(vm.new_str(s));
    Ok(Flow::Next)
}
#[inline(always)]
pub fn LIST_APPEND(_: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    if let Some(ObjKind::List(l)) = f.peek(i as usize).as_obj().map(|o| &o.kind) {
        l.borrow_mut().push(v);
    }
    Ok(Flow::Next)
}
pub fn SET_ADD(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    let s = f.peek(i as usize).clone();
    if let Some(ObjKind::Set(cell)) = s.as_obj().map(|o| &o.kind) {
        let h = vm.hash(&v)?;
        crate::set::add(vm, cell, v, h)?;
    }
    Ok(Flow::Next)
}
pub fn MAP_ADD(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let v = f.pop();
    let k = f.pop();
    let d = f.peek(i as usize).clone();
    vm.setitem(&d, k, v)?;
    Ok(Flow::Next)
}
pub fn LIST_EXTEND(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let it = f.pop();
    let l = f.peek(i as usize).clone();
    let items = match vm.to_vec(&it) {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, Exc::TypeError) && vm.iter(&it).is_err() => {
            return Err(vm.type_error(format!(
                "Value after * must be an iterable, not {}",
                vm.type_name(&it)
            )));
        }
        Err(e) => return Err(e),
    };
    if let Some(ObjKind::List(l)) = l.as_obj().map(|o| &o.kind) {
        l.borrow_mut().extend(items);
    }
    Ok(Flow::Next)
}
pub fn SET_UPDATE(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let it = f.pop();
    let s = f.peek(i as usize).clone();
    vm.set_update(&s, &it)?;
    Ok(Flow::Next)
}
pub fn DICT_UPDATE(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let m = f.pop();
    let d = f.peek(i as usize).clone();
    if !vm.has_attr(&m, "keys")? {
        return Err(vm.type_error(format!("'{}' object is not a mapping", vm.type_name(&m))));
    }
    vm.dict_update(&d, &m)?;
    Ok(Flow::Next)
}
pub fn DICT_MERGE(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let m = f.pop();
    let d = f.peek(i as usize).clone();
    let callable = f.peek(i as usize + 3).clone();
    if !vm.has_attr(&m, "keys")? {
        return Err(vm.type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            func_desc(vm, &callable),
            vm.type_name(&m)
        )));
    }
    let keys = vm.call_method(&m, "keys", &[])?;
    for k in vm.to_vec(&keys)? {
        if vm.contains(&d, &k)? {
            let ks = str_of(&k).unwrap_or("?").to_string();
            return Err(vm.type_error(format!(
                "{} got multiple values for keyword argument '{ks}'",
                func_desc(vm, &callable)
            )));
        }
        let v = vm.getitem(&m, &k)?;
        vm.setitem(&d, k, v)?;
    }
    Ok(Flow::Next)
}
pub fn LIST_TO_TUPLE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let l = f.pop();
    let items = match l.as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    f.push(vm.new_tuple(items));
    Ok(Flow::Next)
}

fn unpack_items(vm: &Vm, seq: &Value) -> PyResult<Vec<Value>> {
    match seq.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => Ok(t.to_vec()),
        Some(ObjKind::List(l)) => Ok(l.borrow().clone()),
        _ => {
            // `__iter__` runs once.
            let it = match vm.iter(seq) {
                Ok(it) => it,
                // Not iterable at all (an `__iter__` that fails says why itself).
                Err(e)
                    if vm.err_matches(&e, Exc::TypeError)
                        && vm.user_dunder(seq, "__iter__").is_none() =>
                {
                    return Err(vm.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        vm.type_name(seq)
                    )));
                }
                Err(e) => return Err(e),
            };
            let mut items = Vec::new();
            while let Some(v) = vm.next(&it)? {
                items.push(v);
            }
            Ok(items)
        }
    }
}

pub fn UNPACK_SEQUENCE(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let seq = f.pop();
    let n = n as usize;
    let items = if let Some(ObjKind::Tuple(t)) = seq.as_obj().map(|o| &o.kind) {
        if t.len() == n {
            for v in t.iter().rev() {
                f.push(v.clone());
            }
            return Ok(Flow::Next);
        }
        t.to_vec()
    } else if let (Some(ObjKind::List(l)), false) =
        (seq.as_obj().map(|o| &o.kind), vm.is_heap_instance(&seq))
    {
        let items = l.borrow();
        if items.len() == n {
            let vals: Vec<Value> = items.iter().rev().cloned().collect();
            drop(items);
            for v in vals {
                f.push(v);
            }
            return Ok(Flow::Next);
        }
        items.clone()
    } else if vm.is_heap_instance(&seq) || seq.as_obj().is_some() {
        // Stop early for long or infinite iterators, as CPython does.
        let it = vm.iter(&seq).map_err(|_| {
            vm.type_error(format!(
                "cannot unpack non-iterable {} object",
                vm.type_name(&seq)
            ))
        })?;
        let mut items = Vec::with_capacity(n);
        while let Some(v) = vm.next(&it)? {
            items.push(v);
            if items.len() > n {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
        }
        items
    } else {
        return Err(vm.type_error(format!(
            "cannot unpack non-iterable {} object",
            vm.type_name(&seq)
        )));
    };
    if items.len() != n {
        return Err(if items.len() < n {
            vm.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ))
        } else {
            vm.value_error(format!("too many values to unpack (expected {n})"))
        });
    }
    for v in items.into_iter().rev() {
        f.push(v);
    }
    Ok(Flow::Next)
}
pub fn UNPACK_EX(vm: &Vm, f: &mut Frame, arg: u32, _: u64) -> R {
    let seq = f.pop();
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    // An exact tuple or list is read in place; anything else is iterated.
    match seq.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) if exact(&seq, &vm.types.tuple) => {
            unpack_ex_from(vm, f, t, before, after)?
        }
        Some(ObjKind::List(l)) if exact(&seq, &vm.types.list) => {
            unpack_ex_from(vm, f, &l.borrow(), before, after)?
        }
        _ => {
            let items = unpack_items(vm, &seq)?;
            unpack_ex_from(vm, f, &items, before, after)?
        }
    }
    Ok(Flow::Next)
}

/// Push `after` items, a list of the middle ones, then `before` items (the
/// first on top), or raise if there are fewer than `before + after` items.
#[inline(always)]
fn unpack_ex_from(
    vm: &Vm,
    f: &mut Frame,
    items: &[Value],
    before: usize,
    after: usize,
) -> PyResult<()> {
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid_end = items.len() - after;
    for v in items[mid_end..].iter().rev() {
        f.push(v.clone());
    }
    f.push(vm.new_list(items[before..mid_end].to_vec()));
    for v in items[..before].iter().rev() {
        f.push(v.clone());
    }
    Ok(())
}
pub fn FORMAT_VALUE(vm: &Vm, f: &mut Frame, flags: u32, _: u64) -> R {
    let spec = if flags & 4 != 0 { f.pop() } else { Value::NULL };
    let v = f.pop();
    let v = match flags & 3 {
        1 => vm.str(&v)?,
        2 => vm.repr(&v)?,
        3 => vm.ascii(&v)?,
        _ => v,
    };
    let r = if spec.is_null() && str_of(&v).is_some() && !vm.is_heap_instance(&v) {
        v
    } else {
        let spec = if spec.is_null() { vm.intern("") } else { spec };
        vm.format(&v, &spec)?
    };
    f.push(r);
    Ok(Flow::Next)
}

/// Turn the operand of `raise` into an exception instance.
pub fn make_exception(vm: &Vm, v: Value) -> PyResult<Value> {
    let base = vm.exc_type(Exc::BaseException).clone();
    if let Some(ObjKind::Type(_)) = v.as_obj().map(|o| &o.kind) {
        if crate::types::is_subtype(&v, &base) {
            let e = vm.call(&v, &[], &[])?;
            if !vm.isinstance_type(&e, &base) {
                return Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    vm.repr_string(&v)?,
                    vm.type_name(&e)
                )));
            }
            return Ok(e);
        }
    }
    if vm.isinstance_type(&v, &base) {
        return Ok(v);
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

pub fn RAISE_VARARGS(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    match n {
        0 => {
            let cur = vm.topmost_exc();
            if cur.is_none() || cur.is_null() {
                return Err(vm.err(Exc::RuntimeError, "No active exception to reraise"));
            }
            vm.reraise.set(true);
            Err(PyErr { exc: cur })
        }
        1 => {
            let v = f.pop();
            Err(PyErr {
                exc: make_exception(vm, v)?,
            })
        }
        _ => {
            let cause = f.pop();
            let v = f.pop();
            let exc = make_exception(vm, v)?;
            let cause = if cause.is_none() {
                cause
            } else {
                match make_exception(vm, cause) {
                    Ok(c) => c,
                    Err(_) => {
                        return Err(
                            vm.type_error("exception causes must derive from BaseException")
                        );
                    }
                }
            };
            if let Some(ObjKind::Instance(inst)) = exc.as_obj().map(|o| &o.kind) {
                if let Some(d) = inst.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
            }
            Err(PyErr { exc })
        }
    }
}
pub fn PUSH_EXC_INFO(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let exc = f.pop();
    let prev = std::mem::replace(&mut *vm.cur_exc.borrow_mut(), exc.clone());
    f.push(prev);
    f.push(exc);
    Ok(Flow::Next)
}
pub fn POP_EXCEPT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let prev = f.pop();
    let old = std::mem::replace(&mut *vm.cur_exc.borrow_mut(), prev);
    drop(old);
    Ok(Flow::Next)
}
pub fn RERAISE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let exc = f.pop();
    vm.reraise.set(true);
    Err(PyErr { exc })
}
pub fn CHECK_EXC_MATCH(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let typ = f.pop();
    let exc = f.peek(1).clone();
    let base = vm.exc_type(Exc::BaseException).clone();
    let check = |t: &Value| -> PyResult<bool> {
        if !crate::types::type_obj(t).is_some() || !crate::types::is_subtype(t, &base) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(vm.isinstance_type(&exc, t))
    };
    let r = match typ.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(ts)) => {
            let mut any = false;
            for t in ts.iter() {
                if check(t)? {
                    any = true;
                }
            }
            any
        }
        _ => check(&typ)?,
    };
    f.push(Value::bool(r));
    Ok(Flow::Next)
}
pub fn LOAD_ASSERTION_ERROR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    f.push(vm.exc_type(Exc::AssertionError).clone());
    Ok(Flow::Next)
}
pub fn BEFORE_WITH(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let mgr = f.pop();
    let t = crate::types::as_type(vm.type_obj_of(&mgr));
    let enter = crate::types::lookup(t, "__enter__");
    let exit = crate::types::lookup(t, "__exit__");
    let (Some(enter), Some(exit)) = (enter, exit) else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol",
            vm.type_name(&mgr)
        )));
    };
    let r = vm.call_bound(&enter, &mgr, &[mgr.clone()])?;
    f.push(exit);
    f.push(mgr);
    f.push(r);
    Ok(Flow::Next)
}
pub fn WITH_EXCEPT_START(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let exc = f.peek(1).clone();
    let mgr = f.peek(3).clone();
    let exit = f.peek(4).clone();
    let ty = vm.type_of(&exc);
    let tb = crate::builtins::exc::exc_attr(vm, &exc, "__traceback__").unwrap_or(Value::NONE);
    let r = vm.call_bound(&exit, &mgr, &[mgr.clone(), ty, exc, tb])?;
    f.push(r);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn YIELD_VALUE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    Ok(Flow::Yield(f.pop()))
}
pub fn GET_YIELD_FROM_ITER(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let it = match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Generator(g)) if g.kind == crate::generator::GenKind::Coroutine => {
            let flags = f.code().co.flags;
            if flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 {
                return Err(vm.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            v
        }
        Some(ObjKind::Generator(g)) if g.kind == crate::generator::GenKind::Generator => v,
        _ => vm.iter(&v)?,
    };
    f.push(it);
    Ok(Flow::Next)
}
pub fn SEND(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let v = f.pop();
    let recv = f.peek(1).clone();
    let step = match recv.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Generator(_)) => vm.gen_send(&recv, v)?,
        Some(ObjKind::Iter(st)) if crate::coro::await_state(&recv).is_some() => {
            vm.await_step(st, crate::coro::AwaitInput::Send(v))?
        }
        _ => {
            let r = if v.is_none() {
                vm.next(&recv)
                    .map(|o| o.map_or(GenStep::Return(Value::NONE), GenStep::Yield))
            } else {
                vm.call_method(&recv, "send", &[v]).map(GenStep::Yield)
            };
            match r {
                Ok(s) => s,
                Err(e) if vm.err_matches(&e, Exc::StopIteration) => {
                    GenStep::Return(vm.stop_iteration_value(&e))
                }
                Err(e) => return Err(e),
            }
        }
    };
    send_result(f, step, t)
}
/// SEND's result: `(receiver -- receiver yielded)`, or `(receiver -- retval)` and jump to `t`.
#[inline(always)]
pub(crate) fn send_result(f: &mut Frame, step: GenStep, t: u32) -> R {
    match step {
        GenStep::Yield(y) => {
            f.push(y);
            Ok(Flow::Next)
        }
        GenStep::Return(r) => {
            drop(f.pop());
            f.push(r);
            Ok(Flow::Jump(t))
        }
    }
}
pub fn IMPORT_NAME(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let fromlist = f.pop();
    let level = f.pop();
    let n = name(f, i).clone();
    let m = vm.import(&n, &fromlist, &level, &f.globals)?;
    f.push(m);
    Ok(Flow::Next)
}
pub fn IMPORT_FROM(vm: &Vm, f: &mut Frame, i: u32, _: u64) -> R {
    let m = f.peek(1).clone();
    let n = name(f, i).clone();
    let v = match vm.getattr_opt(&m, &n)? {
        Some(v) => v,
        None => {
            let mname = vm
                .getattr_str(&m, "__name__")
                .ok()
                .and_then(|v| str_of(&v).map(String::from))
                .unwrap_or_else(|| "?".into());
            return Err(vm.err(
                Exc::ImportError,
                format!(
                    "cannot import name '{}' from '{mname}' (unknown location)",
                    str_of(&n).unwrap_or("?")
                ),
            ));
        }
    };
    f.push(v);
    Ok(Flow::Next)
}
pub fn IMPORT_STAR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let m = f.pop();
    let target = if f.locals.is_null() {
        f.globals.clone()
    } else {
        f.locals.clone()
    };
    if let Some(d) = vm.obj_dict(&m) {
        let all = vm.dict_get_str(&d, "__all__");
        let names: Vec<Value> = match all {
            Some(a) => vm.to_vec(&a)?,
            None => match d.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Dict(t)) => t
                    .borrow()
                    .keys()
                    .into_iter()
                    .filter(|k| !str_of(k).unwrap_or("_").starts_with('_'))
                    .collect(),
                _ => Vec::new(),
            },
        };
        for k in names {
            let v = vm.getattr(&m, &k)?;
            vm.setitem(&target, k, v)?;
        }
    }
    Ok(Flow::Next)
}
pub fn LOAD_BUILD_CLASS(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = vm
        .dict_get_str(&vm.builtins, "__build_class__")
        .ok_or_else(|| vm.err(Exc::NameError, "__build_class__ not found"))?;
    f.push(v);
    Ok(Flow::Next)
}
pub fn SETUP_ANNOTATIONS(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let target = if f.locals.is_null() {
        f.globals.clone()
    } else {
        f.locals.clone()
    };
    let k = vm.intern("__annotations__");
    if vm.getitem_opt(&target, &k)?.is_none() {
        vm.setitem(&target, k, vm.new_dict())?;
    }
    Ok(Flow::Next)
}
pub fn PRINT_EXPR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    if !v.is_none() {
        let r = vm.repr_string(&v)?;
        vm.write_stdout(&r);
        vm.write_stdout("\n");
        let _ = vm.dict_set_str(&vm.builtins, "_", v);
    }
    Ok(Flow::Next)
}

// ----- pattern matching (see matching.rs) -----

pub fn GET_LEN(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let n = vm.len(f.peek(1))?;
    f.push(Value::int(n as i64));
    Ok(Flow::Next)
}
pub fn MATCH_MAPPING(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let r = vm.match_is_mapping(f.peek(1));
    f.push(Value::bool(r));
    Ok(Flow::Next)
}
pub fn MATCH_SEQUENCE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let r = vm.match_is_sequence(f.peek(1));
    f.push(Value::bool(r));
    Ok(Flow::Next)
}
pub fn MATCH_KEYS(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let values = vm.match_keys(f.peek(2), f.peek(1))?;
    f.push(values);
    Ok(Flow::Next)
}
pub fn MATCH_CLASS(vm: &Vm, f: &mut Frame, nargs: u32, _: u64) -> R {
    let names = f.pop();
    let cls = f.pop();
    let subject = f.pop();
    let attrs = vm.match_class(&subject, &cls, nargs as usize, &names)?;
    f.push(attrs);
    Ok(Flow::Next)
}

// ----- coroutines (see coro.rs) -----

#[inline(always)]
pub fn GET_AWAITABLE(vm: &Vm, f: &mut Frame, place: u32, _: u64) -> R {
    if let Some(ObjKind::Generator(g)) = f.peek(1).as_obj().map(|o| &o.kind) {
        if g.kind == crate::generator::GenKind::Coroutine && !g.started.get() {
            // The common case (`await f()`): a fresh coroutine is its own
            // awaitable, and cannot be awaited already.
            return Ok(Flow::Next);
        }
    }
    get_awaitable_slow(vm, f, place)
}
#[inline(never)]
fn get_awaitable_slow(vm: &Vm, f: &mut Frame, place: u32) -> R {
    let v = f.pop();
    let it = vm.get_awaitable(&v, place)?;
    f.push(it);
    Ok(Flow::Next)
}
pub fn GET_AITER(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    let it = vm.get_aiter(&v)?;
    f.push(it);
    Ok(Flow::Next)
}
pub fn GET_ANEXT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let awaitable = vm.get_anext(f.peek(1))?;
    f.push(awaitable);
    Ok(Flow::Next)
}
pub fn END_ASYNC_FOR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let exc = f.pop();
    if vm.isinstance_type(&exc, vm.exc_type(Exc::StopAsyncIteration)) {
        drop(f.pop());
        return Ok(Flow::Next);
    }
    vm.reraise.set(true);
    Err(PyErr { exc })
}
pub fn BEFORE_ASYNC_WITH(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let mgr = f.pop();
    let missing = |what: &str| {
        vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{what}",
            vm.type_name(&mgr)
        ))
    };
    let t = vm.type_of(&mgr);
    let lookup =
        |name: &str| crate::types::type_obj(&t).and_then(|t| crate::types::lookup(t, name));
    let enter = lookup("__aenter__").ok_or_else(|| missing(""))?;
    let exit = lookup("__aexit__").ok_or_else(|| missing(" (missed __aexit__ method)"))?;
    let res = vm.call_bound(&enter, &mgr, &[mgr.clone()])?;
    f.push(exit);
    f.push(mgr);
    f.push(res);
    Ok(Flow::Next)
}
pub fn ASYNC_GEN_WRAP(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.pop();
    f.push(vm.wrap_async_value(v));
    Ok(Flow::Next)
}

#[cfg(test)]
mod tests {
    use stitch_bytecode::Opcode;

    /// The widths `next_width` assumes.
    #[test]
    fn next_widths_match_the_instruction_table() {
        for op in [Opcode::POP_JUMP_IF_FALSE, Opcode::POP_JUMP_IF_TRUE] {
            assert_eq!(1 + op.cache_entries() as usize, super::JUMP_WIDTH);
        }
        for op in [
            Opcode::LOAD_FAST,
            Opcode::LOAD_CONST,
            Opcode::STORE_FAST,
            Opcode::PUSH_NULL,
        ] {
            assert_eq!(op.cache_entries(), 0);
        }
    }
}
