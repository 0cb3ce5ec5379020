//! Guards and actions of the specialized `enumerate`/`zip` loops and of
//! slicing lists, tuples and strs with int bounds.

use super::spec_ops::{exact, for_iter_result};
use super::{Flow, R, guard};
use crate::builtins::seq::{
    SliceIdx, adjust_slice, list_assign_slice, list_slice, str_slice, tuple_slice,
};
use crate::builtins::seq_iter::{enumerate_next, zip_next};
use crate::frame::Frame;
use crate::object::ObjKind;
use crate::value::{Value, tag};
use crate::vm::Vm;

#[inline(always)]
pub fn GUARD_ITER_ENUMERATE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(1), &vm.types.enumerate))
}
#[inline(always)]
pub fn GUARD_ITER_ZIP(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(exact(f.peek(1), &vm.types.zip))
}

#[inline(always)]
pub fn FOR_ITER_ENUMERATE(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let next = match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Iter(state)) => enumerate_next(vm, state)?,
        _ => None,
    };
    for_iter_result(f, next, t)
}
#[inline(always)]
pub fn FOR_ITER_ZIP(vm: &Vm, f: &mut Frame, t: u32, _: u64) -> R {
    let next = match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Iter(state)) => zip_next(vm, state)?,
        _ => None,
    };
    for_iter_result(f, next, t)
}

/// A slice bound the guard allows: a 64-bit int or a bool, or None.
#[inline(always)]
fn small_bound(v: &Value) -> bool {
    matches!(v.tag(), tag::INT | tag::BOOL | tag::NONE)
}

#[inline(always)]
pub fn GUARD_TOS_SLICE_INTS(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let v = f.peek(1);
    guard(
        exact(v, &vm.types.slice)
            && matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::Slice(s)) if s.iter().all(small_bound)),
    )
}

/// The bounds of the (guarded) slice on top of the stack, resolved against
/// `len`; None for a zero step.
#[inline(always)]
fn resolve(f: &Frame, len: usize) -> Option<SliceIdx> {
    let Some(ObjKind::Slice(s)) = f.peek(1).as_obj().map(|o| &o.kind) else {
        return Some(adjust_slice(None, None, 1, len));
    };
    let step = s[2].as_small_int().unwrap_or(1);
    if step == 0 {
        return None;
    }
    Some(adjust_slice(
        s[0].as_small_int(),
        s[1].as_small_int(),
        step,
        len,
    ))
}

#[cold]
fn zero_step(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("slice step cannot be zero")
}

/// Replace the container and the slice by the result.
#[inline(always)]
fn slice_result(f: &mut Frame, r: Value) -> R {
    f.drop_n(2);
    f.push(r);
    Ok(Flow::Next)
}

#[inline(always)]
pub fn BINARY_SUBSCR_LIST_SLICE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let r = match f.peek(2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(l)) => {
            let l = l.borrow();
            let si = resolve(f, l.len()).ok_or_else(|| zero_step(vm))?;
            list_slice(vm, &l, &si)
        }
        _ => vm.new_list(Vec::new()),
    };
    slice_result(f, r)
}
#[inline(always)]
pub fn BINARY_SUBSCR_TUPLE_SLICE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let c = f.peek(2);
    let r = match c.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => {
            let si = resolve(f, t.len()).ok_or_else(|| zero_step(vm))?;
            tuple_slice(vm, c, t, &si)
        }
        _ => vm.new_tuple(Vec::new()),
    };
    slice_result(f, r)
}
#[inline(always)]
pub fn BINARY_SUBSCR_STR_SLICE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let c = f.peek(2);
    let r = match c.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => {
            let si = resolve(f, s.len()).ok_or_else(|| zero_step(vm))?;
            str_slice(vm, c, s, &si)
        }
        _ => vm.new_str(""),
    };
    slice_result(f, r)
}

pub fn STORE_SUBSCR_LIST_SLICE(vm: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    let slice = f.pop();
    let list = f.pop();
    let v = f.pop();
    let (Some(ObjKind::List(l)), Some(ObjKind::Slice(s))) = (
        list.as_obj().map(|o| &o.kind),
        slice.as_obj().map(|o| &o.kind),
    ) else {
        vm.setitem(&list, slice, v)?;
        return Ok(Flow::Next);
    };
    // The new items, copied first (v may be the list itself).
    let items = match v.as_obj() {
        // A list nothing else holds (`l[a:b] = l[c:d]`) gives its items up.
        Some(o) if exact(&v, &vm.types.list) => match &o.kind {
            ObjKind::List(src) if o.refcount() == 1 => std::mem::take(&mut *src.borrow_mut()),
            ObjKind::List(src) => src.borrow().clone(),
            _ => Vec::new(),
        },
        Some(o) if exact(&v, &vm.types.tuple) => match &o.kind {
            ObjKind::Tuple(src) => src.to_vec(),
            _ => Vec::new(),
        },
        _ => {
            vm.setitem(&list, slice, v)?;
            return Ok(Flow::Next);
        }
    };
    let step = s[2].as_small_int().unwrap_or(1);
    if step == 0 {
        return Err(zero_step(vm));
    }
    let len = l.borrow().len();
    let si = adjust_slice(s[0].as_small_int(), s[1].as_small_int(), step, len);
    list_assign_slice(vm, l, &si, items)?;
    Ok(Flow::Next)
}
