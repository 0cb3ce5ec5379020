//! Subscripts and slices of the built-in sequences and mappings, and the
//! built-in iterators' `__next__`.

use std::cell::RefCell;

use crate::iter::{DictIterKind, IterState};
use crate::num::{IntRef, as_int};
use crate::object::ObjKind;
use crate::protocol::builtin_view;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// A resolved slice: start, stop, step and the number of items.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// Resolve slice bounds (None: omitted) against a length, as CPython's
/// `PySlice_AdjustIndices`; `step` is not zero.
#[inline]
pub(crate) fn adjust_slice(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: usize,
) -> SliceIdx {
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        // `start - stop` cannot overflow: both are in [-1, len].
        (start - stop - 1) / step.saturating_neg() + 1
    } else {
        0
    };
    SliceIdx {
        start,
        stop,
        step,
        len: n as usize,
    }
}

impl Vm {
    /// An index-like value as i64 (ints, bools, `__index__`).
    pub fn index_value(&self, v: &Value) -> PyResult<Option<i64>> {
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            })),
            None => {
                if let Some(r) = self.call_dunder(v, "__index__", &[]) {
                    let r = r?;
                    return match as_int(&r) {
                        Some(IntRef::Small(i)) => Ok(Some(i)),
                        _ => Err(self.type_error("__index__ returned non-int")),
                    };
                }
                Ok(None)
            }
        }
    }

    /// Resolve `slice(start, stop, step)` against a length, as `slice.indices` does.
    pub fn slice_indices(&self, s: &[Value; 3], len: usize) -> PyResult<SliceIdx> {
        self.slice_indices_with(s, || len)
    }

    /// Like [`Vm::slice_indices`], reading the length only after the
    /// slice's bounds are evaluated (as CPython's `PySlice_Unpack` then
    /// `PySlice_AdjustIndices`): an `__index__` method may resize the
    /// very sequence being sliced.
    pub fn slice_indices_with(
        &self,
        s: &[Value; 3],
        len: impl FnOnce() -> usize,
    ) -> PyResult<SliceIdx> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match self.index_value(v)? {
                Some(i) => Ok(Some(i)),
                None => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&s[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = get(&s[0])?;
        let stop = get(&s[1])?;
        Ok(adjust_slice(start, stop, step, len()))
    }

    pub(crate) fn seq_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        self.seq_index_with(key, || len, what)
    }

    /// Like [`Vm::seq_index`], reading the length only after `key` is
    /// converted (its `__index__` may resize the sequence).
    pub(crate) fn seq_index_with(
        &self,
        key: &Value,
        len: impl FnOnce() -> usize,
        what: &str,
    ) -> PyResult<usize> {
        let i = match self.index_value(key)? {
            Some(i) => i,
            None => {
                if what == "string" {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )));
                }
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(key)
                )));
            }
        };
        let len = len();
        let idx = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if idx < 0 || idx >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(idx as usize)
    }
}

/// `slice.indices(len)` in 128-bit arithmetic (for big ranges).
pub(crate) fn slice_indices_wide(
    vm: &Vm,
    s: &[Value; 3],
    len: i128,
) -> PyResult<(i128, i128, i128)> {
    let get = |v: &Value| -> PyResult<Option<i128>> {
        if v.is_none() {
            return Ok(None);
        }
        match crate::num::as_int(v) {
            Some(i) => Ok(num_traits::ToPrimitive::to_i128(&i.to_big())),
            None => match vm.index_value(v)? {
                Some(i) => Ok(Some(i as i128)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let step = get(&s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i128>, default: i128| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(lower),
        Some(i) => i.min(upper),
    };
    let start = clamp(get(&s[0])?, if step < 0 { upper } else { lower });
    let stop = clamp(get(&s[1])?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

fn slice_of(v: &Value) -> Option<&[Value; 3]> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Slice(s)) => Some(s),
        _ => None,
    }
}

/// `t[slice]` for the tuple `t` inside `orig`: a tuple (`orig` itself for
/// a full slice of an exact tuple, as CPython returns it).
#[inline]
pub(crate) fn tuple_slice(vm: &Vm, orig: &Value, t: &[Value], si: &SliceIdx) -> Value {
    if si.step == 1 {
        if si.len == t.len() && crate::uops::exact(orig, &vm.types.tuple) {
            return orig.clone();
        }
        let start = si.start as usize;
        return vm.new_tuple(t[start..start + si.len].to_vec());
    }
    vm.new_tuple(si.indices().map(|i| t[i].clone()).collect())
}

/// `s[slice]` for the str `s` inside `orig` (`orig` itself for a full
/// slice of an exact str, as CPython returns it).
#[inline]
pub(crate) fn str_slice(vm: &Vm, orig: &Value, s: &crate::str::PyStr, si: &SliceIdx) -> Value {
    if si.step == 1 {
        if si.len == s.len() && crate::uops::exact(orig, &vm.types.str_) {
            return orig.clone();
        }
        return vm.new_str(s.slice(si.start as usize, si.start as usize + si.len));
    }
    let out: String = si.indices().map(|i| s.char_at(i)).collect();
    vm.new_str(out)
}

/// `l[slice]` for the items of a list: a new list.
#[inline]
pub(crate) fn list_slice(vm: &Vm, l: &[Value], si: &SliceIdx) -> Value {
    if si.step == 1 {
        let start = si.start as usize;
        return vm.new_list(l[start..start + si.len].to_vec());
    }
    vm.new_list(si.indices().map(|i| l[i].clone()).collect())
}

pub fn getitem_native(vm: &Vm, c: &Value, key: &Value, orig: &Value) -> PyResult<Value> {
    let Some(o) = c.as_obj() else {
        return Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(orig)
        )));
    };
    match &o.kind {
        ObjKind::List(l) => {
            if let Some(s) = slice_of(key) {
                let si = vm.slice_indices_with(s, || l.borrow().len())?;
                return Ok(list_slice(vm, &l.borrow(), &si));
            }
            let i = vm.seq_index_with(key, || l.borrow().len(), "list")?;
            l.borrow()
                .get(i)
                .cloned()
                .ok_or_else(|| vm.index_error("list index out of range"))
        }
        ObjKind::Tuple(t) => {
            if let Some(s) = slice_of(key) {
                let si = vm.slice_indices(s, t.len())?;
                return Ok(tuple_slice(vm, orig, t, &si));
            }
            let i = vm.seq_index(key, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        ObjKind::Str(s) => {
            if let Some(sl) = slice_of(key) {
                let si = vm.slice_indices(sl, s.len())?;
                return Ok(str_slice(vm, orig, s, &si));
            }
            let i = vm.seq_index(key, s.len(), "string")?;
            Ok(vm.new_str(s.char_at(i).to_string()))
        }
        ObjKind::Bytes(b) => {
            if let Some(sl) = slice_of(key) {
                let si = vm.slice_indices(sl, b.len())?;
                return Ok(vm.new_bytes(si.indices().map(|i| b[i]).collect()));
            }
            let i = vm.seq_index(key, b.len(), "index")?;
            Ok(Value::int(b[i] as i64))
        }
        ObjKind::ByteArray(b) => super::bytearray::ba_get(vm, b, key),
        ObjKind::MemoryView(m) => super::bytearray::mv_get(vm, m, key),
        ObjKind::Range(r) => {
            let len = r.len();
            if let Some(sl) = slice_of(key) {
                let (start, stop, step) = slice_indices_wide(vm, sl, len)?;
                return Ok(vm.new_range(r.get(start), r.get(stop), r.step * step));
            }
            let i = match crate::num::as_int(key) {
                Some(i) => num_traits::ToPrimitive::to_i128(&i.to_big()),
                None => match vm.index_value(key)? {
                    Some(i) => Some(i as i128),
                    None => {
                        return Err(vm.type_error(format!(
                            "range indices must be integers or slices, not {}",
                            vm.type_name(key)
                        )));
                    }
                },
            };
            let idx = i
                .map(|i| if i < 0 { i + len } else { i })
                .filter(|i| (0..len).contains(i));
            match idx {
                Some(i) => Ok(vm.new_int128(r.get(i))),
                None => Err(vm.index_error("range object index out of range")),
            }
        }
        ObjKind::Dict(d) => {
            let h = vm.hash(key)?;
            match crate::dict::get(vm, d, key, h)? {
                Some(v) => Ok(v),
                None => {
                    if vm.is_heap_instance(orig) {
                        if let Some(r) = vm.call_dunder(orig, "__missing__", &[key.clone()]) {
                            return r;
                        }
                    }
                    Err(vm.err_args(Exc::KeyError, vec![key.clone()]))
                }
            }
        }
        _ => Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(orig)
        ))),
    }
}

pub fn setitem_native(vm: &Vm, c: &Value, key: Value, value: Value, orig: &Value) -> PyResult<()> {
    let Some(o) = c.as_obj() else {
        return Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(orig)
        )));
    };
    match &o.kind {
        ObjKind::List(l) => {
            if let Some(s) = slice_of(&key) {
                let items = match vm.to_vec(&value) {
                    Ok(items) => items,
                    Err(e) if vm.err_matches(&e, Exc::TypeError) && vm.iter(&value).is_err() => {
                        let si = vm.slice_indices_with(s, || l.borrow().len())?;
                        return Err(vm.type_error(if si.step == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        }));
                    }
                    Err(e) => return Err(e),
                };
                return list_set_slice(vm, l, s, items);
            }
            let i = vm.seq_index_with(&key, || l.borrow().len(), "list assignment")?;
            let Some(slot) = l
                .borrow_mut()
                .get_mut(i)
                .map(|s| std::mem::replace(s, value))
            else {
                return Err(vm.index_error("list assignment index out of range"));
            };
            let old = slot;
            drop(old);
            Ok(())
        }
        ObjKind::Dict(d) => {
            let h = vm.hash(&key)?;
            crate::dict::set(vm, d, key, h, value)
        }
        ObjKind::ByteArray(b) => super::bytearray::ba_set(vm, b, &key, &value),
        ObjKind::MemoryView(m) => super::bytearray::mv_set(vm, m, &key, &value),
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(orig)
        ))),
    }
}

fn list_set_slice(
    vm: &Vm,
    l: &RefCell<Vec<Value>>,
    s: &[Value; 3],
    items: Vec<Value>,
) -> PyResult<()> {
    let si = vm.slice_indices_with(s, || l.borrow().len())?;
    list_assign_slice(vm, l, &si, items)
}

/// `l[si] = items` for resolved bounds that fit the list's current length.
pub(crate) fn list_assign_slice(
    vm: &Vm,
    l: &RefCell<Vec<Value>>,
    si: &SliceIdx,
    mut items: Vec<Value>,
) -> PyResult<()> {
    if si.step == 1 && items.len() != si.len {
        let start = si.start as usize;
        let old: Vec<Value> = l
            .borrow_mut()
            .splice(start..start + si.len, items)
            .collect();
        drop(old);
        return Ok(());
    }
    if items.len() != si.len {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            si.len
        )));
    }
    // As many items as the slice has: swap them in place; the old ones,
    // now in `items`, are dropped once the list is no longer borrowed.
    {
        let mut l = l.borrow_mut();
        for (i, v) in si.indices().zip(items.iter_mut()) {
            std::mem::swap(&mut l[i], v);
        }
    }
    drop(items);
    Ok(())
}

pub fn delitem_native(vm: &Vm, c: &Value, key: &Value, orig: &Value) -> PyResult<()> {
    let Some(o) = c.as_obj() else {
        return Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(orig)
        )));
    };
    match &o.kind {
        ObjKind::List(l) => {
            if let Some(s) = slice_of(key) {
                let si = vm.slice_indices_with(s, || l.borrow().len())?;
                let len = l.borrow().len();
                let removed: Vec<Value> = if si.step == 1 {
                    let start = si.start as usize;
                    l.borrow_mut().drain(start..start + si.len).collect()
                } else {
                    // Keep the items whose index is not in the slice, in one pass.
                    let mut gone = vec![false; len];
                    si.indices().for_each(|i| gone[i] = true);
                    let old = std::mem::take(&mut *l.borrow_mut());
                    let (dead, kept): (Vec<_>, Vec<_>) =
                        old.into_iter().enumerate().partition(|(i, _)| gone[*i]);
                    *l.borrow_mut() = kept.into_iter().map(|(_, v)| v).collect();
                    dead.into_iter().map(|(_, v)| v).collect()
                };
                drop(removed);
                return Ok(());
            }
            let i = vm.seq_index_with(key, || l.borrow().len(), "list assignment")?;
            let mut l = l.borrow_mut();
            if i >= l.len() {
                return Err(vm.index_error("list assignment index out of range"));
            }
            let old = l.remove(i);
            drop(l);
            drop(old);
            Ok(())
        }
        ObjKind::Dict(d) => {
            let h = vm.hash(key)?;
            match crate::dict::remove(vm, d, key, h)? {
                Some(_) => Ok(()),
                None => Err(vm.err_args(Exc::KeyError, vec![key.clone()])),
            }
        }
        ObjKind::ByteArray(b) => super::bytearray::ba_del(vm, b, key),
        _ => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(orig)
        ))),
    }
}

/// Item `i` of `seq` if it is a list or tuple (`Some(None)` past its end);
/// None if it is neither.
#[inline(always)]
pub(crate) fn list_or_tuple_item(seq: &Value, i: usize) -> Option<Option<Value>> {
    match seq.as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(l)) => Some(l.borrow().get(i).cloned()),
        Some(ObjKind::Tuple(t)) => Some(t.get(i).cloned()),
        _ => None,
    }
}

/// `next()` of a built-in iterator.
pub fn iter_next(vm: &Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    if matches!(&*state.borrow(), IterState::Await { .. }) {
        // Stepping runs Python code that may touch this iterator again.
        return match vm.await_step(state, crate::coro::AwaitInput::Send(Value::NONE))? {
            crate::interp::GenStep::Yield(v) => Ok(Some(v)),
            crate::interp::GenStep::Return(_) => Ok(None),
        };
    }
    let mut s = state.borrow_mut();
    match &mut *s {
        IterState::Exhausted | IterState::Await { .. } => Ok(None),
        IterState::Range { .. } => Ok(s.range_step().map(|v| vm.new_int128(v))),
        IterState::Seq { seq, idx } => {
            let item = match seq.as_obj().map(|o| &o.kind) {
                Some(ObjKind::List(_) | ObjKind::Tuple(_)) => {
                    list_or_tuple_item(seq, *idx).flatten()
                }
                Some(ObjKind::Str(st)) => {
                    (*idx < st.len()).then(|| vm.new_str(st.char_at(*idx).to_string()))
                }
                Some(ObjKind::Bytes(b)) => b.get(*idx).map(|x| Value::int(*x as i64)),
                Some(ObjKind::ByteArray(b)) => b.borrow().get(*idx).map(|x| Value::int(*x as i64)),
                _ => None,
            };
            match item {
                Some(v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                None => {
                    *s = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Reversed { seq, next } => {
            if *next < 0 {
                *s = IterState::Exhausted;
                return Ok(None);
            }
            let i = *next;
            let seq = seq.clone();
            *next -= 1;
            drop(s);
            let v = match builtin_view(&seq).as_obj().map(|o| &o.kind) {
                Some(ObjKind::List(l)) => l.borrow().get(i as usize).cloned(),
                _ => Some(vm.getitem(&seq, &Value::int(i as i64))?),
            };
            if v.is_none() {
                *state.borrow_mut() = IterState::Exhausted;
            }
            Ok(v)
        }
        IterState::Dict {
            dict,
            pos,
            used,
            kind,
        } => {
            let Some(ObjKind::Dict(d)) = dict.as_obj().map(|o| &o.kind) else {
                return Ok(None);
            };
            let d = d.borrow();
            if d.len() != *used {
                *used = usize::MAX;
                return Err(vm.err(
                    Exc::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            while *pos < d.slots() {
                let p = *pos;
                *pos += 1;
                if let Some(e) = d.entry(p) {
                    let v = match kind {
                        DictIterKind::Keys => e.key.clone(),
                        DictIterKind::Values => e.value.clone(),
                        DictIterKind::Items => vm.new_tuple(vec![e.key.clone(), e.value.clone()]),
                    };
                    return Ok(Some(v));
                }
            }
            drop(d);
            *s = IterState::Exhausted;
            Ok(None)
        }
        IterState::Set { set, pos, used } => {
            let Some(ObjKind::Set(t)) = set.as_obj().map(|o| &o.kind) else {
                return Ok(None);
            };
            let t = t.borrow();
            if t.len() != *used {
                *used = usize::MAX;
                return Err(vm.err(Exc::RuntimeError, "Set changed size during iteration"));
            }
            while *pos < t.slots() {
                let p = *pos;
                *pos += 1;
                if let Some(e) = t.entry(p) {
                    return Ok(Some(e.key.clone()));
                }
            }
            drop(t);
            *s = IterState::Exhausted;
            Ok(None)
        }
        IterState::Enumerate { .. } => {
            drop(s);
            super::seq_iter::enumerate_next(vm, state)
        }
        IterState::Zip { .. } => {
            drop(s);
            super::seq_iter::zip_next(vm, state)
        }
        IterState::Map { f, its } => {
            let (f, its) = (f.clone(), its.clone());
            drop(s);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(&f, &args, &[])?))
        }
        IterState::Filter { f, it } => {
            let (f, it) = (f.clone(), it.clone());
            drop(s);
            while let Some(v) = vm.next(&it)? {
                let keep = if f.is_none() {
                    vm.truthy(&v)?
                } else {
                    vm.truthy(&vm.call(&f, &[v.clone()], &[])?)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Callable { f, sentinel } => {
            let (f, sentinel) = (f.clone(), sentinel.clone());
            drop(s);
            let v = vm.call(&f, &[], &[])?;
            if vm.eq_bool(&v, &sentinel)? {
                *state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::GetItem { obj, idx } => {
            let (obj, i) = (obj.clone(), *idx);
            *idx += 1;
            drop(s);
            match vm.getitem(&obj, &Value::int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if vm.err_matches(&e, Exc::IndexError)
                        || vm.err_matches(&e, Exc::StopIteration) =>
                {
                    *state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}
