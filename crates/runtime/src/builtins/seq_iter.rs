//! `enumerate` and `zip` steps, shared by `next()` (`iter_next`) and the
//! specialized `FOR_ITER_ENUMERATE` / `FOR_ITER_ZIP` forms.
//!
//! Like CPython, each iterator keeps its last result tuple and, when
//! nothing else holds it any more (the loop unpacked it and let it go),
//! refills it in place instead of allocating a new one
//! (`object::refill_tuple`). A result the loop body kept is never touched:
//! a fresh tuple is made, and kept for the next step instead.

use std::cell::RefCell;

use super::seq::list_or_tuple_item;
use crate::iter::IterState;
use crate::object::{self, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `next()` of an iterator, with the common built-in iterators (over a
/// list, a tuple or a range) stepped here, without the generic dispatch.
#[inline(always)]
pub(crate) fn next_fast(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Some(ObjKind::Iter(state)) = it.as_obj().map(|o| &o.kind) {
        let mut s = state.borrow_mut();
        match &mut *s {
            IterState::Seq { seq, idx } => match list_or_tuple_item(seq, *idx) {
                Some(Some(v)) => {
                    *idx += 1;
                    return Ok(Some(v));
                }
                Some(None) => {
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                None => {}
            },
            IterState::Range { .. } => return Ok(s.range_step().map(|v| vm.new_int128(v))),
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    vm.next(it)
}

/// Put `items` in the result tuple `slot` holds, refilling it in place
/// when nothing else references it; else make a new one and keep it there.
/// Returns the result (a new reference).
#[inline(always)]
fn pack(vm: &Vm, slot: &mut Value, items: &mut [Value]) -> Value {
    if object::refill_tuple(slot, items) {
        return slot.clone();
    }
    let t = vm.new_tuple(items.iter_mut().map(Value::take).collect());
    *slot = t.clone();
    t
}

/// The next `(count, item)` of an `enumerate` iterator, or None when its
/// iterator is exhausted.
#[inline(always)]
pub(crate) fn enumerate_next(vm: &Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let it = match &*state.borrow() {
        IterState::Enumerate { it, .. } => it.clone(),
        _ => return Ok(None),
    };
    // The count is read after the step, which may run Python code that
    // advances this very iterator (as CPython does).
    let Some(item) = next_fast(vm, &it)? else {
        return Ok(None);
    };
    drop(it);
    let mut s = state.borrow_mut();
    let IterState::Enumerate { count, result, .. } = &mut *s else {
        return Ok(None);
    };
    let c = match count.as_int().and_then(|i| i.checked_add(1)) {
        Some(n) => std::mem::replace(count, Value::int(n)),
        None => {
            let c = count.clone();
            drop(s);
            return enumerate_wide(vm, state, c, item);
        }
    };
    let mut items = [c, item];
    let r = pack(vm, result, &mut items);
    drop(s);
    drop(items);
    Ok(Some(r))
}

/// `enumerate_next` past the 64-bit counts.
#[cold]
fn enumerate_wide(
    vm: &Vm,
    state: &RefCell<IterState>,
    c: Value,
    item: Value,
) -> PyResult<Option<Value>> {
    let next = vm.binary_op(&c, &Value::int(1), stitch_bytecode::BinOp::Add)?;
    let mut s = state.borrow_mut();
    let IterState::Enumerate { count, result, .. } = &mut *s else {
        return Ok(None);
    };
    *count = next;
    let mut items = [c, item];
    let r = pack(vm, result, &mut items);
    drop(s);
    Ok(Some(r))
}

/// Items of a zip step on the Rust stack: most zips have few iterators.
const ZIP_INLINE: usize = 4;

/// The next tuple of a `zip` iterator, or None when one of its iterators
/// is exhausted (with `strict=True`, a ValueError if they differ in length).
#[inline(always)]
pub(crate) fn zip_next(vm: &Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let n = match &*state.borrow() {
        IterState::Zip { its, .. } => its.len(),
        _ => return Ok(None),
    };
    if n == 0 {
        return Ok(None);
    }
    if n > ZIP_INLINE {
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            match zip_item(vm, state, i)? {
                Some(v) => items.push(v),
                None => return Ok(None),
            }
        }
        return Ok(zip_pack(vm, state, &mut items));
    }
    let mut buf = [const { Value::NULL }; ZIP_INLINE];
    for (i, slot) in buf[..n].iter_mut().enumerate() {
        match zip_item(vm, state, i)? {
            Some(v) => *slot = v,
            None => return Ok(None),
        }
    }
    Ok(zip_pack(vm, state, &mut buf[..n]))
}

fn zip_pack(vm: &Vm, state: &RefCell<IterState>, items: &mut [Value]) -> Option<Value> {
    let mut s = state.borrow_mut();
    let IterState::Zip { result, .. } = &mut *s else {
        return None;
    };
    Some(pack(vm, result, items))
}

/// The next item of the zip's iterator `i`; at the end, the zip is
/// exhausted (and strict checks the lengths).
#[inline(always)]
fn zip_item(vm: &Vm, state: &RefCell<IterState>, i: usize) -> PyResult<Option<Value>> {
    let it = match &*state.borrow() {
        IterState::Zip { its, .. } => its.get(i).cloned(),
        _ => None,
    };
    let Some(it) = it else {
        return Ok(None);
    };
    match next_fast(vm, &it)? {
        Some(v) => Ok(Some(v)),
        None => zip_end(vm, state, i),
    }
}

#[cold]
fn zip_end(vm: &Vm, state: &RefCell<IterState>, i: usize) -> PyResult<Option<Value>> {
    let old = std::mem::replace(&mut *state.borrow_mut(), IterState::Exhausted);
    let IterState::Zip { its, strict, .. } = old else {
        return Ok(None);
    };
    if strict {
        if i > 0 {
            let plural = if i == 1 { " " } else { "s 1-" };
            return Err(vm.value_error(format!(
                "zip() argument {} is shorter than argument{plural}{}",
                i + 1,
                i
            )));
        }
        for (j, other) in its.iter().enumerate().skip(1) {
            if vm.next(other)?.is_some() {
                let plural = if j == 1 { " " } else { "s 1-" };
                return Err(vm.value_error(format!(
                    "zip() argument {} is longer than argument{plural}{}",
                    j + 1,
                    j
                )));
            }
        }
    }
    Ok(None)
}
