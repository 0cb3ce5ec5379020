//! Guards and actions of the specialized operator, comparison, membership,
//! subscript, unpacking and iteration instructions. Guards only look at
//! the stack and return `Flow::Deopt` when their fact does not hold;
//! actions may assume what their guards checked.

use stitch_bytecode::{BinOp, CmpOp};

use super::{Flow, R, guard};
use crate::frame::{Frame, Link};
use crate::interp::GenStep;
use crate::iter::{IterState, RangeNext};
use crate::object::ObjKind;
use crate::protocol::cmp_holds;
use crate::value::{Value, tag};
use crate::vm::{PyErr, Vm};

/// Is `v` an object whose type is exactly `ty` (not a subclass)?
#[inline(always)]
pub(crate) fn exact(v: &Value, ty: &Value) -> bool {
    // `ty` is a type, so an object: its payload is the type's address,
    // compared as it is (no test of its tag).
    v.as_obj()
        .is_some_and(|o| o.ty_ptr() as u64 == ty.raw_payload())
}

#[inline(always)]
pub fn GUARD_TOS_INT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(f.peek(1).tag() == tag::INT)
}
#[inline(always)]
pub fn GUARD_NOS_INT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(f.peek(2).tag() == tag::INT)
}
#[inline(always)]
pub fn GUARD_TOS_FLOAT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(f.peek(1).tag() == tag::FLOAT)
}
#[inline(always)]
pub fn GUARD_NOS_FLOAT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(f.peek(2).tag() == tag::FLOAT)
}
/// Is `v` an int or a float (`tag::INT` and `tag::FLOAT` are adjacent)?
#[inline(always)]
pub(crate) fn is_number(v: &Value) -> bool {
    v.tag().wrapping_sub(tag::INT) <= tag::FLOAT - tag::INT
}
#[inline(always)]
pub fn GUARD_BOTH_NUMBER(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(is_number(f.peek(1)) && is_number(f.peek(2)))
}
#[inline(always)]
pub fn GUARD_NOS_TYPE_VERSION(vm: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(super::spec_attr::class_version(vm, f.peek(2)) == version as u32)
}
#[inline(always)]
pub fn GUARD_TOS_SAME_TYPE_OR_NUMBER(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = f.peek(1);
    guard(
        matches!(b.tag(), tag::INT | tag::FLOAT)
            || std::ptr::eq(vm.type_obj_of(b), vm.type_obj_of(f.peek(2))),
    )
}

/// `a op b` by the Python method of version `version` of a's class (the
/// guards checked the class and that b's reflected method is not due
/// first): its frame runs with copies of a and b, which stay here until
/// it returns (see `Link::BinaryOp`).
pub fn BINARY_OP_PY_DUNDER(vm: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    if !super::spec_call::call_prologue_versioned(vm)? {
        return Ok(Flow::Deopt);
    }
    let Some(method) = vm.function_for_version(version as u32) else {
        return Ok(Flow::Deopt);
    };
    let mut args = [f.peek(2).clone(), f.peek(1).clone()];
    let mut frame = vm.frame_for_simple_call(method, &mut args)?;
    frame.link = Link::BinaryOp;
    frame.plain = false;
    Ok(Flow::Call(frame))
}
#[inline(always)]
pub fn GUARD_TOS_STR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(1), &vm.types.str_))
}
#[inline(always)]
pub fn GUARD_NOS_STR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(2), &vm.types.str_))
}
#[inline(always)]
pub fn GUARD_TOS_BOOL(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(f.peek(1).tag() == tag::BOOL)
}
#[inline(always)]
pub fn GUARD_TOS_NONE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(f.peek(1).is_none())
}
#[inline(always)]
pub fn GUARD_TOS_LIST(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(1), &vm.types.list))
}
#[inline(always)]
pub fn GUARD_TOS_TUPLE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(1), &vm.types.tuple))
}
#[inline(always)]
pub fn GUARD_NOS_LIST(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(2), &vm.types.list))
}
#[inline(always)]
pub fn GUARD_NOS_TUPLE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(2), &vm.types.tuple))
}
#[inline(always)]
pub fn GUARD_NOS_DICT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(2), &vm.types.dict))
}
#[inline(always)]
pub fn GUARD_TOS_DICT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(1), &vm.types.dict))
}
#[inline(always)]
pub fn GUARD_TOS_SET(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.peek(1);
    guard(exact(v, &vm.types.set) || exact(v, &vm.types.frozenset))
}
#[inline(always)]
pub fn GUARD_TUPLE_LEN(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let v = f.peek(1);
    guard(
        exact(v, &vm.types.tuple)
            && matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::Tuple(t)) if t.len() == n as usize),
    )
}
#[inline(always)]
pub fn GUARD_LIST_LEN(vm: &Vm, f: &mut Frame, n: u32, _: u64) -> R {
    let v = f.peek(1);
    guard(
        exact(v, &vm.types.list)
            && matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::List(l)) if l.borrow().len() == n as usize),
    )
}

/// The state of the built-in iterator on top of the stack, if it is one.
#[inline(always)]
fn iter_state(f: &Frame) -> Option<&std::cell::RefCell<IterState>> {
    match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Iter(s)) => Some(s),
        _ => None,
    }
}

/// Is the iterator a sequence iterator over a `kind` object, or an exhausted one?
#[inline(always)]
fn seq_iter_over(f: &Frame, is_kind: fn(&ObjKind) -> bool) -> bool {
    iter_state(f).is_some_and(|s| crate::iter::seq_iter_over(s, is_kind))
}

#[inline(always)]
pub fn GUARD_ITER_RANGE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(iter_state(f).is_some_and(crate::iter::is_range))
}
#[inline(always)]
pub fn GUARD_ITER_LIST(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(seq_iter_over(f, |k| matches!(k, ObjKind::List(_))))
}
#[inline(always)]
pub fn GUARD_ITER_TUPLE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(seq_iter_over(f, |k| matches!(k, ObjKind::Tuple(_))))
}
#[inline(always)]
pub fn GUARD_ITER_GEN(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(matches!(
        f.peek(1).as_obj().map(|o| &o.kind),
        Some(ObjKind::Generator(g)) if g.kind == crate::generator::GenKind::Generator
    ))
}
#[inline(always)]
pub fn GUARD_SEND_GEN(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(matches!(
        f.peek(2).as_obj().map(|o| &o.kind),
        Some(ObjKind::Generator(g)) if g.kind != crate::generator::GenKind::AsyncGenerator
    ))
}

// ----- arithmetic -------------------------------------------------------

/// Pop two small ints (guarded).
#[inline(always)]
fn pop_ints(f: &mut Frame) -> (i64, i64) {
    let b = pop_number(f);
    let a = pop_number(f);
    (a.as_int().unwrap_or(0), b.as_int().unwrap_or(0))
}
/// Pop a value its guard proved to be a small int, a float, a bool or
/// None: it owns nothing, so it is not dropped. (Tier 1 inlines the guard
/// and sees that; the tier-2 interpreter runs a body without its guard,
/// which the optimizer may have removed: without this, every such uop
/// would carry the drop's call and save registers for it.)
#[inline(always)]
fn pop_number(f: &mut Frame) -> std::mem::ManuallyDrop<Value> {
    let v = std::mem::ManuallyDrop::new(f.pop());
    debug_assert!(v.as_obj().is_none());
    v
}

#[inline(always)]
pub fn BINARY_OP_ADD_INT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let (a, b) = peek_ints(f);
    small_int_result(f, a.checked_add(b))
}
#[inline(always)]
pub fn BINARY_OP_SUBTRACT_INT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let (a, b) = peek_ints(f);
    small_int_result(f, a.checked_sub(b))
}
#[inline(always)]
pub fn BINARY_OP_MULTIPLY_INT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let (a, b) = peek_ints(f);
    small_int_result(f, a.checked_mul(b))
}
/// The two small ints a `+ - *` works on, left on the stack.
#[inline(always)]
fn peek_ints(f: &Frame) -> (i64, i64) {
    (
        f.peek(2).as_int().unwrap_or(0),
        f.peek(1).as_int().unwrap_or(0),
    )
}
/// Replace the two small-int operands with the result `r`, or, when it
/// left the small-int range, deoptimize before changing anything: the
/// generic form makes the big int. Making it here would be a call the
/// common path comes back from, which makes a chaining handler save
/// registers on every execution.
#[inline(always)]
fn small_int_result(f: &mut Frame, r: Option<i64>) -> R {
    let Some(r) = r else {
        return Ok(Flow::Deopt);
    };
    // Both operands are small ints, which own nothing: no drops.
    std::mem::forget(f.pop());
    std::mem::forget(std::mem::replace(f.peek_mut(1), Value::int(r)));
    Ok(Flow::Next)
}
/// Operators other than `+ - *` on ints, and anything on floats: the
/// number tower's own code, without the generic dispatch in front of it.
#[inline(always)]
pub fn BINARY_OP_INT(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    binary_op_int::<true>(vm, f, op)
}
#[inline(always)]
fn binary_op_int<const CALLS: bool>(vm: &Vm, f: &mut Frame, op: u32) -> R {
    let (x, y) = (
        f.peek(2).as_int().unwrap_or(0),
        f.peek(1).as_int().unwrap_or(0),
    );
    let r = match BinOp::from_u32(op).map(BinOp::base) {
        Some(BinOp::And) => Some(x & y),
        Some(BinOp::Or) => Some(x | y),
        Some(BinOp::Xor) => Some(x ^ y),
        Some(BinOp::FloorDivide) if y != 0 => crate::num::floor_divmod(x, y).map(|r| r.0),
        Some(BinOp::Remainder) if y != 0 => crate::num::floor_divmod(x, y).map(|r| r.1),
        Some(BinOp::RShift) if (0..64).contains(&y) => Some(x >> y),
        Some(BinOp::LShift) if (0..63).contains(&y) => {
            x.checked_shl(y as u32).filter(|r| r >> y == x)
        }
        _ => None,
    };
    match r {
        Some(r) => {
            // Both operands are small ints (guarded), which own nothing:
            // no drops.
            std::mem::forget(f.pop());
            std::mem::forget(std::mem::replace(f.peek_mut(1), Value::int(r)));
            Ok(Flow::Next)
        }
        None => slow_numeric_op::<CALLS>(vm, f, op),
    }
}
/// Where an inline number form cannot compute the result itself: the
/// number tower, or (`CALLS` false, see [`no_calls`]) a deoptimization.
#[inline(always)]
fn slow_numeric_op<const CALLS: bool>(vm: &Vm, f: &mut Frame, op: u32) -> R {
    if CALLS {
        numeric_op_out_of_line(vm, f, op)
    } else {
        Ok(Flow::Deopt)
    }
}
/// [`numeric_op`] for the cases the inline forms leave to the number
/// tower (division by zero, wide shifts, `//` and `%` and `**` on
/// floats), kept out of the handlers.
#[cold]
#[inline(never)]
fn numeric_op_out_of_line(vm: &Vm, f: &mut Frame, op: u32) -> R {
    numeric_op(vm, f, op)
}
#[inline(always)]
pub fn BINARY_OP_FLOAT(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    binary_op_float::<true>(vm, f, op)
}
#[inline(always)]
fn binary_op_float<const CALLS: bool>(vm: &Vm, f: &mut Frame, op: u32) -> R {
    let b = f.peek(1);
    let a = f.peek(2);
    let (x, y) = (as_f64(a), as_f64(b));
    let r = match BinOp::from_u32(op).map(BinOp::base) {
        Some(BinOp::Add) => Some(x + y),
        Some(BinOp::Subtract) => Some(x - y),
        Some(BinOp::Multiply) => Some(x * y),
        Some(BinOp::TrueDivide) if y != 0.0 => Some(x / y),
        _ => None,
    };
    match r {
        Some(r) => {
            pop_number(f);
            pop_number(f);
            f.push(Value::float(r));
            Ok(Flow::Next)
        }
        None => slow_numeric_op::<CALLS>(vm, f, op),
    }
}
/// Two ints by the int forms (`+ - *` inline, the other operators by the
/// number tower: int `/` must round the exact quotient), anything else as
/// floats.
#[inline(always)]
pub fn BINARY_OP_NUMBER(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    binary_op_number::<true>(vm, f, op)
}
#[inline(always)]
fn binary_op_number<const CALLS: bool>(vm: &Vm, f: &mut Frame, op: u32) -> R {
    if f.peek(1).tag() != tag::INT || f.peek(2).tag() != tag::INT {
        return binary_op_float::<CALLS>(vm, f, op);
    }
    match BinOp::from_u32(op).map(BinOp::base) {
        Some(BinOp::Add) => BINARY_OP_ADD_INT(vm, f, 0, 0),
        Some(BinOp::Subtract) => BINARY_OP_SUBTRACT_INT(vm, f, 0, 0),
        Some(BinOp::Multiply) => BINARY_OP_MULTIPLY_INT(vm, f, 0, 0),
        _ => slow_numeric_op::<CALLS>(vm, f, op),
    }
}

/// `BINARY_OP_INT`, `BINARY_OP_FLOAT` and `BINARY_OP_NUMBER` for the
/// operators [`no_calls::takes`] accepts, with no call on any path: where
/// the uop's own body would call the number tower, these deoptimize
/// (tier 1 then runs the generic operation). For those operators that is
/// only an error (division by zero) or an int result out of the small
/// range, as for `BINARY_OP_ADD_INT`; so a uop handler can run them
/// inline and go on by a tail call (see tier 2's `run.rs`).
#[allow(non_snake_case)]
pub mod no_calls {
    use super::*;

    /// Does uop `u` with operator `op` have a form here?
    pub fn takes(u: stitch_bytecode::Uop, op: u32) -> bool {
        use stitch_bytecode::Uop;
        let Some(op) = BinOp::from_u32(op) else {
            return false;
        };
        match (u, op.base()) {
            (Uop::BINARY_OP_INT, BinOp::And | BinOp::Or | BinOp::Xor) => true,
            (Uop::BINARY_OP_INT, BinOp::FloorDivide | BinOp::Remainder) => true,
            (
                Uop::BINARY_OP_FLOAT,
                BinOp::Add | BinOp::Subtract | BinOp::Multiply | BinOp::TrueDivide,
            ) => true,
            (Uop::BINARY_OP_NUMBER, BinOp::Add | BinOp::Subtract | BinOp::Multiply) => true,
            _ => false,
        }
    }
    #[inline(always)]
    pub fn BINARY_OP_INT(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
        binary_op_int::<false>(vm, f, op)
    }
    #[inline(always)]
    pub fn BINARY_OP_FLOAT(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
        binary_op_float::<false>(vm, f, op)
    }
    #[inline(always)]
    pub fn BINARY_OP_NUMBER(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
        binary_op_number::<false>(vm, f, op)
    }
}

/// A small int or a float as f64 (guarded; ints convert with correct rounding).
#[inline(always)]
fn as_f64(v: &Value) -> f64 {
    match v.as_float() {
        Some(x) => x,
        None => v.as_int().unwrap_or(0) as f64,
    }
}

fn numeric_op(vm: &Vm, f: &mut Frame, op: u32) -> R {
    let b = f.pop();
    let a = f.pop();
    let op = BinOp::from_u32(op).unwrap_or(BinOp::Add);
    let r = match crate::num::num_binop(vm, op, &a, &b) {
        Some(r) => r?,
        None => vm.binary_op(&a, &b, op)?,
    };
    f.push(r);
    Ok(Flow::Next)
}

#[inline(always)]
fn float_op(f: &mut Frame, op: fn(f64, f64) -> f64) -> R {
    let b = pop_number(f);
    let a = pop_number(f);
    f.push(Value::float(op(
        a.as_float().unwrap_or(0.0),
        b.as_float().unwrap_or(0.0),
    )));
    Ok(Flow::Next)
}
#[inline(always)]
pub fn BINARY_OP_ADD_FLOAT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    float_op(f, |a, b| a + b)
}
#[inline(always)]
pub fn BINARY_OP_SUBTRACT_FLOAT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    float_op(f, |a, b| a - b)
}
#[inline(always)]
pub fn BINARY_OP_MULTIPLY_FLOAT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    float_op(f, |a, b| a * b)
}
pub fn BINARY_OP_ADD_STR(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = f.pop();
    let a = f.pop();
    let (Some(x), Some(y)) = (crate::protocol::str_of(&a), crate::protocol::str_of(&b)) else {
        let r = vm.binary_op(&a, &b, BinOp::Add)?;
        f.push(r);
        return Ok(Flow::Next);
    };
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    f.push(vm.new_str(s));
    Ok(Flow::Next)
}

// ----- comparisons ------------------------------------------------------

#[inline(always)]
pub fn COMPARE_OP_INT(_: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    let (a, b) = pop_ints(f);
    let op = CmpOp::from_u32(op).unwrap_or(CmpOp::Eq);
    f.push(Value::bool(cmp_holds(op, a.cmp(&b))));
    Ok(Flow::Next)
}
#[inline(always)]
pub fn COMPARE_OP_FLOAT(_: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    let b = pop_number(f);
    let a = pop_number(f);
    let (x, y) = (a.as_float().unwrap_or(0.0), b.as_float().unwrap_or(0.0));
    let op = CmpOp::from_u32(op).unwrap_or(CmpOp::Eq);
    let r = match x.partial_cmp(&y) {
        Some(o) => cmp_holds(op, o),
        None => op == CmpOp::Ne,
    };
    f.push(Value::bool(r));
    Ok(Flow::Next)
}
/// Ints beyond 2**53 do not all convert to floats exactly; Python compares
/// them exactly, so those take the generic path.
pub fn COMPARE_OP_MIXED(vm: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    const EXACT: i64 = 1 << 53;
    let exact = [f.peek(1), f.peek(2)]
        .iter()
        .all(|v| v.as_int().is_none_or(|i| (-EXACT..=EXACT).contains(&i)));
    let cmp = CmpOp::from_u32(op).unwrap_or(CmpOp::Eq);
    if !exact {
        let b = f.pop();
        let a = f.pop();
        let r = vm.compare(&a, &b, cmp)?;
        f.push(r);
        return Ok(Flow::Next);
    }
    let b = pop_number(f);
    let a = pop_number(f);
    let r = match as_f64(&a).partial_cmp(&as_f64(&b)) {
        Some(o) => cmp_holds(cmp, o),
        None => cmp == CmpOp::Ne,
    };
    f.push(Value::bool(r));
    Ok(Flow::Next)
}
pub fn COMPARE_OP_STR(_: &Vm, f: &mut Frame, op: u32, _: u64) -> R {
    let b = f.pop();
    let a = f.pop();
    let x = crate::protocol::str_of(&a).unwrap_or("");
    let y = crate::protocol::str_of(&b).unwrap_or("");
    let op = CmpOp::from_u32(op).unwrap_or(CmpOp::Eq);
    // UTF-8 byte order is code point order.
    let r = match op {
        CmpOp::Eq => a.is(&b) || x == y,
        CmpOp::Ne => !(a.is(&b) || x == y),
        _ => cmp_holds(op, x.cmp(y)),
    };
    f.push(Value::bool(r));
    Ok(Flow::Next)
}

// ----- membership and subscripts -----------------------------------------

pub fn CONTAINS_OP_DICT(vm: &Vm, f: &mut Frame, invert: u32, _: u64) -> R {
    let d = f.pop();
    let k = f.pop();
    let found = match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Dict(cell)) => {
            let h = vm.hash(&k)?;
            crate::dict::find(vm, cell, &k, h)?.is_some()
        }
        _ => vm.contains(&d, &k)?,
    };
    f.push(Value::bool(found != (invert != 0)));
    Ok(Flow::Next)
}
pub fn CONTAINS_OP_SET(vm: &Vm, f: &mut Frame, invert: u32, _: u64) -> R {
    let s = f.pop();
    let k = f.pop();
    let found = match s.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Set(cell)) => match vm.hash(&k) {
            Ok(h) => crate::set::contains(vm, cell, &k, h)?,
            // An unhashable set is looked up as a frozenset (`{1} in {frozenset({1})}`).
            Err(_) => vm.contains(&s, &k)?,
        },
        _ => vm.contains(&s, &k)?,
    };
    f.push(Value::bool(found != (invert != 0)));
    Ok(Flow::Next)
}

/// `x in items` for an int x when every item before a match is an int
/// too (no `__eq__` can run); None when another kind of item comes first.
#[inline(always)]
fn int_in(items: &[Value], x: &Value) -> Option<bool> {
    for item in items {
        // Ints are immediates: identity is equality.
        if item.is(x) {
            return Some(true);
        }
        if item.tag() != tag::INT {
            return None;
        }
    }
    Some(false)
}

/// An int in a list of ints is tested in the handler; anything else out
/// of line.
#[inline(always)]
pub fn CONTAINS_OP_LIST(vm: &Vm, f: &mut Frame, invert: u32, _: u64) -> R {
    if f.peek(2).tag() == tag::INT {
        let quick = match f.peek(1).as_obj().map(|o| &o.kind) {
            Some(ObjKind::List(items)) => {
                items.try_borrow().ok().and_then(|l| int_in(&l, f.peek(2)))
            }
            _ => None,
        };
        if let Some(found) = quick {
            let l = f.pop();
            *f.peek_mut(1) = Value::bool(found != (invert != 0));
            return super::next_dropping(l);
        }
    }
    contains_op_list_general(vm, f, invert)
}
#[inline(never)]
fn contains_op_list_general(vm: &Vm, f: &mut Frame, invert: u32) -> R {
    let l = f.pop();
    let x = f.pop();
    let found = match l.as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(items)) => vm.list_contains(items, &x)?,
        _ => vm.contains(&l, &x)?,
    };
    f.push(Value::bool(found != (invert != 0)));
    Ok(Flow::Next)
}
pub fn CONTAINS_OP_TUPLE(vm: &Vm, f: &mut Frame, invert: u32, _: u64) -> R {
    if f.peek(2).tag() == tag::INT {
        let quick = match f.peek(1).as_obj().map(|o| &o.kind) {
            Some(ObjKind::Tuple(items)) => int_in(items, f.peek(2)),
            _ => None,
        };
        if let Some(found) = quick {
            let l = f.pop();
            *f.peek_mut(1) = Value::bool(found != (invert != 0));
            return super::next_dropping(l);
        }
    }
    let t = f.pop();
    let x = f.pop();
    let found = match t.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(items)) => vm.tuple_contains(items, &x)?,
        _ => vm.contains(&t, &x)?,
    };
    f.push(Value::bool(found != (invert != 0)));
    Ok(Flow::Next)
}

/// A guarded int index into a sequence of `len` items.
#[inline(always)]
fn index(i: &Value, len: usize) -> Option<usize> {
    let i = i.as_int()?;
    let idx = if i < 0 { i + len as i64 } else { i };
    (idx >= 0 && (idx as usize) < len).then_some(idx as usize)
}

#[inline(always)]
pub fn BINARY_SUBSCR_LIST_INT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let item = match f.peek(2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(l)) => index(f.peek(1), crate::object::list_len(l))
            .and_then(|i| crate::object::list_item(l, i)),
        _ => None,
    };
    let Some(item) = item else {
        return Err(list_index_error(vm));
    };
    replace_container_and_int(f, item)
}
/// `(container int -- item)`: pop the index, a small int (guarded, so it
/// owns nothing and is not dropped), put `item` in the container's place,
/// and go on, dropping the container last (see [`Flow::Release`]).
#[inline(always)]
fn replace_container_and_int(f: &mut Frame, item: Value) -> R {
    debug_assert_eq!(f.peek(1).tag(), tag::INT);
    std::mem::forget(f.pop());
    let container = std::mem::replace(f.peek_mut(1), item);
    super::next_dropping(container)
}
#[inline(always)]
pub fn BINARY_SUBSCR_TUPLE_INT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let item = match f.peek(2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => match index(f.peek(1), t.len()) {
            Some(i) => t.get(i).cloned(),
            None => None,
        },
        _ => None,
    };
    let Some(item) = item else {
        return Err(vm.index_error("tuple index out of range"));
    };
    replace_container_and_int(f, item)
}
pub fn BINARY_SUBSCR_STR_INT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let ch = match f.peek(2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => index(f.peek(1), s.len()).map(|i| s.char_at(i)),
        _ => None,
    };
    let Some(ch) = ch else {
        return Err(vm.index_error("string index out of range"));
    };
    f.drop_n(2);
    f.push(vm.new_str(ch.to_string()));
    Ok(Flow::Next)
}
pub fn BINARY_SUBSCR_DICT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let key = f.pop();
    let d = f.pop();
    let v = vm.getitem(&d, &key)?;
    f.push(v);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn STORE_SUBSCR_LIST_INT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    // `(v list int --)`: the index is a small int (guarded): it owns
    // nothing and is popped without a drop.
    debug_assert_eq!(f.peek(1).tag(), tag::INT);
    let v = f.peek_mut(3).take();
    let old = match f.peek(2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(l)) => {
            let mut l = l.borrow_mut();
            let len = l.len();
            match index(f.peek(1), len) {
                Some(i) => Some(std::mem::replace(&mut l[i], v)),
                None => None,
            }
        }
        _ => None,
    };
    let Some(old) = old else {
        return Err(list_assignment_index_error(vm));
    };
    std::mem::forget(f.pop());
    let list = f.pop();
    f.pop_moved(1);
    // Dropped last, so that little is live across the calls that free them.
    drop(old);
    drop(list);
    Ok(Flow::Next)
}
#[cold]
#[inline(never)]
fn list_index_error(vm: &Vm) -> PyErr {
    vm.index_error("list index out of range")
}
#[cold]
#[inline(never)]
fn list_assignment_index_error(vm: &Vm) -> PyErr {
    vm.index_error("list assignment index out of range")
}
pub fn STORE_SUBSCR_DICT(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let key = f.pop();
    let d = f.pop();
    let v = f.pop();
    vm.setitem(&d, key, v)?;
    Ok(Flow::Next)
}

// ----- unpacking ----------------------------------------------------------

#[inline(always)]
pub fn UNPACK_SEQUENCE_TUPLE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let mut seq = f.pop();
    // A tuple nothing else holds (`a, b = f()`) gives its items up; it is
    // freed just below with NULLs in their place.
    if let Some(items) = crate::object::unique_tuple_items(&mut seq) {
        for v in items.iter_mut().rev() {
            f.push(v.take());
        }
    } else if let Some(ObjKind::Tuple(t)) = seq.as_obj().map(|o| &o.kind) {
        for v in t.iter().rev() {
            f.push(v.clone());
        }
    }
    super::next_dropping(seq)
}
#[inline(always)]
pub fn UNPACK_SEQUENCE_LIST(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let seq = f.pop();
    if let Some(ObjKind::List(l)) = seq.as_obj().map(|o| &o.kind) {
        for v in l.borrow().iter().rev() {
            f.push(v.clone());
        }
    }
    super::next_dropping(seq)
}

// ----- iteration ----------------------------------------------------------

/// Push the next item, or pop the exhausted iterator and jump to `t`.
#[inline(always)]
pub(super) fn for_iter_result(f: &mut Frame, next: Option<Value>, t: u32) -> R {
    for_iter_step(f, next, t, for_iter_done)
}
/// Push the next item, or finish the loop with `done` (out of line,
/// returning nothing) and jump to `t`.
#[inline(always)]
fn for_iter_step(f: &mut Frame, next: Option<Value>, t: u32, done: fn(&mut Frame)) -> R {
    match next {
        Some(v) => {
            f.push(v);
            Ok(Flow::Next)
        }
        None => {
            done(f);
            Ok(Flow::Jump(t))
        }
    }
}
/// The loop is over: pop the iterator. Out of line, so that a loop step
/// makes no call for the one time its iterator is dropped; and returning
/// nothing, so that the handler keeps nothing live across it (it saves no
/// registers on every step for it).
#[cold]
#[inline(never)]
fn for_iter_done(f: &mut Frame) {
    drop(f.pop());
}

#[inline(always)]
pub fn FOR_ITER_RANGE(_: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let Some(state) = iter_state(f) else {
        return Ok(Flow::Deopt);
    };
    match crate::iter::range_next_small(state) {
        RangeNext::Item(i) => {
            f.push(Value::int(i));
            Ok(Flow::Next)
        }
        RangeNext::Done => for_iter_result(f, None, t),
        // A value past the small-int range: the generic form makes the
        // big int (making it here would be a call the common path comes
        // back from, which makes the handler save registers).
        RangeNext::Other => Ok(Flow::Deopt),
    }
}

/// Next item of a sequence iterator whose sequence's items `I` reads.
#[inline(always)]
fn seq_next<I: crate::iter::SeqItems>(f: &Frame) -> Option<Value> {
    crate::iter::seq_next::<I>(iter_state(f)?)
}
/// A list's items, for [`seq_next`].
struct ListItems;
impl crate::iter::SeqItems for ListItems {
    #[inline(always)]
    fn item(kind: &ObjKind, i: usize) -> Option<Value> {
        match kind {
            ObjKind::List(l) => crate::object::list_item(l, i),
            _ => None,
        }
    }
}
/// A tuple's items, for [`seq_next`].
struct TupleItems;
impl crate::iter::SeqItems for TupleItems {
    #[inline(always)]
    fn item(kind: &ObjKind, i: usize) -> Option<Value> {
        match kind {
            ObjKind::Tuple(items) => items.get(i).cloned(),
            _ => None,
        }
    }
}
/// A sequence iterator's loop is over: mark the iterator finished
/// (dropping its sequence, so that items added later are not seen) and
/// pop it. Out of line, as [`for_iter_done`].
#[cold]
#[inline(never)]
fn seq_done(f: &mut Frame) {
    let mut old = None;
    if let Some(Ok(mut s)) = iter_state(f).map(|s| s.try_borrow_mut()) {
        if matches!(*s, IterState::Seq { .. }) {
            // Dropped after the borrow ends: the sequence's last
            // reference may go, and its items' `__del__` see the state.
            old = Some(std::mem::replace(&mut *s, IterState::Exhausted));
        }
    }
    drop(old);
    drop(f.pop());
}

#[inline(always)]
pub fn FOR_ITER_LIST(_: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let next = seq_next::<ListItems>(f);
    for_iter_step(f, next, t, seq_done)
}
#[inline(always)]
pub fn FOR_ITER_TUPLE(_: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let next = seq_next::<TupleItems>(f);
    for_iter_step(f, next, t, seq_done)
}
#[inline(always)]
pub fn FOR_ITER_GEN(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    if let Some(ObjKind::Generator(g)) = f.peek(1).as_obj().map(|o| &o.kind) {
        // The common case: run the generator's frame in this loop.
        if let Ok(frame) = vm.gen_enter_inline(g, Value::NONE, Link::ForIter(t)) {
            return Ok(Flow::Call(frame));
        }
    }
    for_iter_gen_native(vm, f, t)
}
/// FOR_ITER_GEN when the generator cannot run inline: `gen_send` resumes
/// it (or raises what it raises).
#[inline(never)]
fn for_iter_gen_native(vm: &Vm, f: &mut Frame, t: u32) -> R {
    let g = f.peek(1).clone();
    let next = match vm.gen_send(&g, Value::NONE)? {
        GenStep::Yield(v) => Some(v),
        GenStep::Return(_) => None,
    };
    for_iter_result(f, next, t)
}
#[inline(always)]
pub fn SEND_GEN(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let v = f.pop();
    let v = match f.peek(1).as_obj().map(|o| &o.kind) {
        // The common case: run the generator's (coroutine's) frame in this loop.
        Some(ObjKind::Generator(g)) => match vm.gen_enter_inline(g, v, Link::Send(t)) {
            Ok(frame) => return Ok(Flow::Call(frame)),
            Err(v) => v,
        },
        _ => v,
    };
    send_gen_native(vm, f, v, t)
}
/// SEND_GEN when the generator cannot run inline: `gen_send` resumes it
/// (or raises what it raises).
#[inline(never)]
fn send_gen_native(vm: &Vm, f: &mut Frame, v: Value, t: u32) -> R {
    let recv = f.peek(1).clone();
    let step = vm.gen_send(&recv, v)?;
    super::send_result(f, step, t)
}

// ----- truth values ---------------------------------------------------------

/// Replace TOS by a bool.
#[inline(always)]
fn set_truth(f: &mut Frame, b: bool) -> R {
    *f.peek_mut(1) = Value::bool(b);
    Ok(Flow::Next)
}
/// [`set_truth`] for a value its guard proved owns nothing (an int, a
/// float, None): no drop (see [`pop_number`]).
#[inline(always)]
fn set_truth_of_number(f: &mut Frame, b: bool) -> R {
    std::mem::forget(std::mem::replace(f.peek_mut(1), Value::bool(b)));
    Ok(Flow::Next)
}

pub fn TO_BOOL(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    if f.peek(1).tag() == tag::BOOL {
        return Ok(Flow::Next);
    }
    let v = f.peek(1).clone();
    let b = vm.truthy(&v)?;
    set_truth(f, b)
}
#[inline(always)]
pub fn TO_BOOL_INT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = f.peek(1).as_int() != Some(0);
    set_truth_of_number(f, b)
}
#[inline(always)]
pub fn TO_BOOL_NONE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    set_truth_of_number(f, false)
}
#[inline(always)]
pub fn TO_BOOL_STR(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = crate::protocol::str_of(f.peek(1)).is_some_and(|s| !s.is_empty());
    set_truth(f, b)
}
#[inline(always)]
pub fn TO_BOOL_LIST(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = matches!(f.peek(1).as_obj().map(|o| &o.kind), Some(ObjKind::List(l)) if !l.borrow().is_empty());
    set_truth(f, b)
}
#[inline(always)]
pub fn TO_BOOL_FLOAT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = f.peek(1).as_float().is_some_and(|x| x != 0.0);
    set_truth_of_number(f, b)
}
#[inline(always)]
pub fn TO_BOOL_ALWAYS_TRUE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    set_truth(f, true)
}
#[inline(always)]
pub fn GUARD_TOS_NONE_OR_TYPE_VERSION(vm: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    let v = f.peek(1);
    guard(v.is_none() || crate::types::as_type(vm.type_obj_of(v)).version() == version as u32)
}
#[inline(always)]
pub fn TO_BOOL_NONE_OR_TRUE(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let b = !f.peek(1).is_none();
    set_truth(f, b)
}
