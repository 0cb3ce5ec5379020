//! Methods of `set` and `frozenset`, and the set operators.
//!
//! Printed set order is table order, so every operation builds its result
//! exactly as CPython 3.11's `Objects/setobject.c` does: which operand is
//! iterated, which table is copied first (`set_merge`'s fast paths), when
//! a table is pre-sized, and when dummies are purged. The table primitives
//! live in `set.rs`; this file follows the algorithms:
//!
//! * `a | b`, `union`: copy `a`, then merge each other operand.
//! * `a & b`, `intersection`: when both are sets, iterate the smaller (ties
//!   iterate `b`) and add the members found in the larger to a new set;
//!   otherwise iterate `b`, stopping once the result is as large as `a`.
//! * `a - b`, `difference`: when `len(a) >> 2 > len(b)` (or `b` is neither a
//!   set nor a dict), copy `a` and discard `b`'s items, purging dummies;
//!   otherwise iterate `a`, adding what `b` lacks.
//! * `a ^ b`, `symmetric_difference`: a new set from `b`, then for each key
//!   of `a` discard it or, if absent, add it.
//!
//! Results are `set` for sets and set subclasses, `frozenset` for
//! frozensets and their subclasses (`make_new_set_basetype`).

use std::cell::RefCell;

use stitch_bytecode::{BinOp, CmpOp};

use super::containers::{descr_error, native_richcompare, plain_args, wrapper_args};
use super::containers_dict::dict_entries;
use super::{check_args, method};
use crate::object::{self, ObjKind};
use crate::protocol::builtin_view;
use crate::set::{self, SetTable};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let (s, f) = (&vm.types.set, &vm.types.frozenset);
    for t in [s, f] {
        method(vm, t, "union", set_union);
        method(vm, t, "intersection", set_intersection);
        method(vm, t, "difference", set_difference);
        method(vm, t, "symmetric_difference", set_symmetric_difference);
        method(vm, t, "issubset", set_issubset);
        method(vm, t, "issuperset", set_issuperset);
        method(vm, t, "isdisjoint", set_isdisjoint);
        method(vm, t, "__contains__", set_contains);
        method(vm, t, "__len__", set_len);
        method(vm, t, "__iter__", set_iter);
        method(vm, t, "__repr__", set_repr);
        method(vm, t, "__or__", set_or);
        method(vm, t, "__ror__", set_ror);
        method(vm, t, "__and__", set_and);
        method(vm, t, "__rand__", set_rand);
        method(vm, t, "__sub__", set_sub);
        method(vm, t, "__rsub__", set_rsub);
        method(vm, t, "__xor__", set_xor);
        method(vm, t, "__rxor__", set_rxor);
        method(vm, t, "__eq__", set_eq);
        method(vm, t, "__ne__", set_ne);
        method(vm, t, "__lt__", set_lt);
        method(vm, t, "__le__", set_le);
        method(vm, t, "__gt__", set_gt);
        method(vm, t, "__ge__", set_ge);
    }
    method(vm, s, "add", set_add);
    method(vm, s, "discard", set_discard);
    method(vm, s, "remove", set_remove);
    method(vm, s, "pop", set_pop);
    method(vm, s, "clear", set_clear);
    method(vm, s, "copy", set_copy);
    method(vm, s, "update", set_update);
    method(vm, s, "intersection_update", set_intersection_update);
    method(vm, s, "difference_update", set_difference_update);
    method(
        vm,
        s,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    method(vm, s, "__ior__", set_ior);
    method(vm, s, "__iand__", set_iand);
    method(vm, s, "__isub__", set_isub);
    method(vm, s, "__ixor__", set_ixor);
    method(vm, f, "copy", frozenset_copy);
    method(vm, f, "__hash__", frozenset_hash);
    if let Some(tt) = crate::types::type_obj(s) {
        let _ = vm.dict_set_str(&tt.dict, "__hash__", Value::NONE);
    }
}

// ----- helpers -------------------------------------------------------------

/// The table of a set, frozenset or instance of a subclass of either.
fn set_cell(v: &Value) -> Option<&RefCell<SetTable>> {
    match builtin_view(v).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Set(s)) => Some(s),
        _ => None,
    }
}

/// The table, or an error naming the method (any set accepted).
fn any_set_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<SetTable>> {
    if let Some(c) = args.first().and_then(set_cell) {
        return Ok(c);
    }
    Err(descr_error(vm, "set", name, args))
}

/// The table of a mutable set (methods only `set` has).
fn set_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<SetTable>> {
    if let Some(v) = args.first() {
        if vm.isinstance_type(v, &vm.types.set) {
            if let Some(c) = set_cell(v) {
                return Ok(c);
            }
        }
    }
    Err(descr_error(vm, "set", name, args))
}

fn owner_name(vm: &Vm, v: &Value) -> &'static str {
    if vm.isinstance_type(v, &vm.types.set) {
        "set"
    } else {
        "frozenset"
    }
}

/// A new empty set of the built-in base type of `so`.
fn new_like(vm: &Vm, so: &Value) -> Value {
    let ty = if vm.isinstance_type(so, &vm.types.set) {
        &vm.types.set
    } else {
        &vm.types.frozenset
    };
    object::alloc(ObjKind::Set(RefCell::new(SetTable::new())), ty)
}

/// The table of a value the caller knows to be a set.
fn cell_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<SetTable>> {
    set_cell(v).ok_or_else(|| vm.type_error(format!("'{}' object is not a set", vm.type_name(v))))
}

/// Active keys with their hashes, in table order.
fn entries(c: &RefCell<SetTable>) -> Vec<(Value, i64)> {
    c.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect()
}

fn len_of(c: &RefCell<SetTable>) -> usize {
    c.borrow().len()
}

fn is_exact_dict(vm: &Vm, v: &Value) -> bool {
    !vm.is_heap_instance(v) && matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::Dict(_)))
}

fn same(a: &Value, b: &Value) -> bool {
    builtin_view(a).is(builtin_view(b))
}

/// The hash of `key`, treating a `set` as the equal `frozenset` (for
/// `in`, `remove` and `discard`).
fn hash_or_frozen(vm: &Vm, key: &Value) -> PyResult<i64> {
    match vm.hash(key) {
        Ok(h) => Ok(h),
        Err(e) => {
            if vm.err_matches(&e, Exc::TypeError) && vm.isinstance_type(key, &vm.types.set) {
                if let Some(c) = set_cell(key) {
                    let hs: Vec<i64> = c.borrow().iter().map(|e| e.hash).collect();
                    return Ok(stitch_pyfmt::hash::hash_frozenset(&hs));
                }
            }
            Err(e)
        }
    }
}

// ----- the algorithms of setobject.c -------------------------------------

/// `set_update_internal`: add every item of `other` to `target`.
fn update_internal(vm: &Vm, target: &Value, other: &Value) -> PyResult<()> {
    let cell = cell_of(vm, target)?;
    if let Some(oc) = set_cell(other) {
        return set::merge(vm, cell, oc);
    }
    if is_exact_dict(vm, other) {
        if let Some(ObjKind::Dict(d)) = other.as_obj().map(|o| &o.kind) {
            let items = dict_entries(d);
            cell.borrow_mut().reserve_for_dict(items.len());
            for (k, h, _) in items {
                set::add(vm, cell, k, h)?;
            }
            return Ok(());
        }
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        set::add(vm, cell, k, h)?;
    }
    Ok(())
}

/// `set_copy`: a new set of the base type holding `so`'s keys.
fn copy_set(vm: &Vm, so: &Value) -> PyResult<Value> {
    let r = new_like(vm, so);
    update_internal(vm, &r, so)?;
    Ok(r)
}

/// A new plain `set` from any iterable.
fn plain_set(vm: &Vm, it: &Value) -> PyResult<Value> {
    let r = vm.new_set(SetTable::new());
    update_internal(vm, &r, it)?;
    Ok(r)
}

fn union_into(vm: &Vm, result: &Value, so: &Value, others: &[Value]) -> PyResult<()> {
    for o in others {
        if !same(o, so) {
            update_internal(vm, result, o)?;
        }
    }
    Ok(())
}

/// `set_intersection`.
fn intersection(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if same(so, other) {
        return copy_set(vm, so);
    }
    let result = new_like(vm, so);
    let rc = cell_of(vm, &result)?;
    let sc = cell_of(vm, so)?;
    if let Some(oc) = set_cell(other) {
        let (checked, iterated) = if len_of(oc) > len_of(sc) {
            (oc, sc)
        } else {
            (sc, oc)
        };
        for (k, h) in entries(iterated) {
            if set::contains(vm, checked, &k, h)? {
                set::add(vm, rc, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if set::contains(vm, sc, &k, h)? {
            set::add(vm, rc, k, h)?;
            if len_of(rc) >= len_of(sc) {
                break;
            }
        }
    }
    Ok(result)
}

fn intersection_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy_set(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// Replace `so`'s contents by `tmp`'s (`set_swap_bodies`).
fn swap_into(vm: &Vm, so: &Value, tmp: &Value) -> PyResult<()> {
    let (a, b) = (cell_of(vm, so)?, cell_of(vm, tmp)?);
    if !std::ptr::eq(a, b) {
        a.borrow_mut().swap_bodies(&mut b.borrow_mut());
    }
    Ok(())
}

/// `set_difference_update_internal`.
fn difference_update_internal(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    let cell = cell_of(vm, so)?;
    if same(so, other) {
        let old = cell.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    if let Some(oc) = set_cell(other) {
        // When `other` is much larger, discard only the common keys.
        let keys = if (len_of(oc) >> 3) > len_of(cell) {
            let common = intersection(vm, so, other)?;
            entries(cell_of(vm, &common)?)
        } else {
            entries(oc)
        };
        for (k, h) in keys {
            set::discard(vm, cell, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            set::discard(vm, cell, &k, h)?;
        }
    }
    cell.borrow_mut().purge_dummies();
    Ok(())
}

fn copy_and_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let r = copy_set(vm, so)?;
    difference_update_internal(vm, &r, other)?;
    Ok(r)
}

/// `set_difference`.
fn difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let sc = cell_of(vm, so)?;
    let other_size = if let Some(oc) = set_cell(other) {
        len_of(oc)
    } else if is_exact_dict(vm, other) {
        vm.len(other)?
    } else {
        return copy_and_difference(vm, so, other);
    };
    if (len_of(sc) >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = new_like(vm, so);
    let rc = cell_of(vm, &result)?;
    for (k, h) in entries(sc) {
        let present = match other.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Dict(d)) if set_cell(other).is_none() => {
                crate::dict::find(vm, d, &k, h)?.is_some()
            }
            _ => match set_cell(other) {
                Some(oc) => set::contains(vm, oc, &k, h)?,
                None => false,
            },
        };
        if !present {
            set::add(vm, rc, k, h)?;
        }
    }
    Ok(result)
}

fn difference_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return copy_set(vm, so);
    };
    let result = difference(vm, so, first)?;
    for o in rest {
        difference_update_internal(vm, &result, o)?;
    }
    Ok(result)
}

/// For each key: discard it from `cell` or, if absent, add it.
fn toggle_keys(vm: &Vm, cell: &RefCell<SetTable>, keys: Vec<(Value, i64)>) -> PyResult<()> {
    for (k, h) in keys {
        if !set::discard(vm, cell, &k, h)? {
            set::add(vm, cell, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    let cell = cell_of(vm, so)?;
    if same(so, other) {
        let old = cell.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    if is_exact_dict(vm, other) {
        if let Some(ObjKind::Dict(d)) = other.as_obj().map(|o| &o.kind) {
            let keys = dict_entries(d)
                .into_iter()
                .map(|(k, h, _)| (k, h))
                .collect();
            return toggle_keys(vm, cell, keys);
        }
    }
    let keys = match set_cell(other) {
        Some(oc) => entries(oc),
        None => {
            let tmp = new_like(vm, so);
            update_internal(vm, &tmp, other)?;
            entries(cell_of(vm, &tmp)?)
        }
    };
    toggle_keys(vm, cell, keys)
}

/// `set_symmetric_difference`: a new set from `other`, toggled by `so`.
fn symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let r = new_like(vm, so);
    update_internal(vm, &r, other)?;
    symmetric_difference_update(vm, &r, so)?;
    Ok(r)
}

/// `set_issubset` (3.11: a non-set operand is made into a set first).
fn issubset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let Some(oc) = set_cell(other) else {
        let tmp = plain_set(vm, other)?;
        return issubset(vm, so, &tmp);
    };
    let sc = cell_of(vm, so)?;
    if len_of(sc) > len_of(oc) {
        return Ok(false);
    }
    for (k, h) in entries(sc) {
        if !set::contains(vm, oc, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if set_cell(other).is_some() {
        return issubset(vm, other, so);
    }
    let tmp = plain_set(vm, other)?;
    issubset(vm, &tmp, so)
}

fn isdisjoint(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let sc = cell_of(vm, so)?;
    if same(so, other) {
        return Ok(len_of(sc) == 0);
    }
    if !vm.is_heap_instance(other) {
        if let Some(oc) = set_cell(other) {
            let (checked, iterated) = if len_of(oc) > len_of(sc) {
                (oc, sc)
            } else {
                (sc, oc)
            };
            for (k, h) in entries(iterated) {
                if set::contains(vm, checked, &k, h)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if set::contains(vm, sc, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` (and their in-place forms, which
/// update a mutable `a`) for sets and frozensets.
pub fn set_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if set_cell(a).is_none() || set_cell(b).is_none() {
        return Err(vm.binop_type_error(a, b, op));
    }
    if op.is_inplace() && vm.isinstance_type(a, &vm.types.set) {
        match op.base() {
            BinOp::Or => update_internal(vm, a, b)?,
            BinOp::And => {
                let tmp = intersection(vm, a, b)?;
                swap_into(vm, a, &tmp)?;
            }
            BinOp::Subtract => difference_update_internal(vm, a, b)?,
            BinOp::Xor => symmetric_difference_update(vm, a, b)?,
            _ => return Err(vm.binop_type_error(a, b, op)),
        }
        return Ok(a.clone());
    }
    match op.base() {
        BinOp::Or => {
            let r = copy_set(vm, a)?;
            if !same(a, b) {
                update_internal(vm, &r, b)?;
            }
            Ok(r)
        }
        BinOp::And => intersection(vm, a, b),
        BinOp::Subtract => difference(vm, a, b),
        BinOp::Xor => symmetric_difference(vm, a, b),
        _ => Err(vm.binop_type_error(a, b, op)),
    }
}

// ----- methods -------------------------------------------------------------

/// The one argument of a set method (`args[0]` is the set); the method's
/// qualified name is only made for an error message.
fn one_arg<'a>(vm: &Vm, args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a Value> {
    if let ([_, arg], []) = (args, kw) {
        return Ok(arg);
    }
    let qual = format!("{}.{name}", owner_name(vm, &args[0]));
    let p = plain_args(vm, &qual, args, kw)?;
    check_args(vm, &qual, p, 1, 1)?;
    Ok(&p[0])
}

fn no_args(vm: &Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if let ([_], []) = (args, kw) {
        return Ok(());
    }
    let qual = format!("{}.{name}", owner_name(vm, &args[0]));
    let p = plain_args(vm, &qual, args, kw)?;
    check_args(vm, &qual, p, 0, 0)
}

fn var_args<'a>(vm: &Vm, args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a [Value]> {
    if kw.is_empty() {
        return Ok(&args[1..]);
    }
    let qual = format!("{}.{name}", owner_name(vm, &args[0]));
    plain_args(vm, &qual, args, kw)
}

fn set_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = set_of(vm, args, "add")?;
    let k = one_arg(vm, args, kw, "add")?;
    let h = vm.hash(k)?;
    set::add(vm, c, k.clone(), h)?;
    Ok(Value::NONE)
}

fn set_discard(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = set_of(vm, args, "discard")?;
    let k = one_arg(vm, args, kw, "discard")?;
    let h = hash_or_frozen(vm, k)?;
    set::discard(vm, c, k, h)?;
    Ok(Value::NONE)
}

fn set_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = set_of(vm, args, "remove")?;
    let k = one_arg(vm, args, kw, "remove")?;
    let h = hash_or_frozen(vm, k)?;
    if !set::discard(vm, c, k, h)? {
        return Err(vm.err_args(Exc::KeyError, vec![k.clone()]));
    }
    Ok(Value::NONE)
}

fn set_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = set_of(vm, args, "pop")?;
    no_args(vm, args, kw, "pop")?;
    let popped = c.borrow_mut().pop();
    popped.ok_or_else(|| vm.err(Exc::KeyError, "pop from an empty set"))
}

fn set_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = set_of(vm, args, "clear")?;
    no_args(vm, args, kw, "clear")?;
    let old = c.borrow_mut().clear();
    drop(old);
    Ok(Value::NONE)
}

fn set_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_of(vm, args, "copy")?;
    no_args(vm, args, kw, "copy")?;
    copy_set(vm, &args[0])
}

fn frozenset_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "copy")?;
    no_args(vm, args, kw, "copy")?;
    if vm.type_of(&args[0]).is(&vm.types.frozenset) {
        return Ok(args[0].clone());
    }
    copy_set(vm, &args[0])
}

fn frozenset_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "__hash__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(Value::int(vm.hash(builtin_view(&args[0]))?))
}

fn set_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_of(vm, args, "update")?;
    for o in var_args(vm, args, kw, "update")? {
        update_internal(vm, &args[0], o)?;
    }
    Ok(Value::NONE)
}

fn set_intersection_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_of(vm, args, "intersection_update")?;
    let others = var_args(vm, args, kw, "intersection_update")?;
    let tmp = intersection_multi(vm, &args[0], others)?;
    swap_into(vm, &args[0], &tmp)?;
    Ok(Value::NONE)
}

fn set_difference_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_of(vm, args, "difference_update")?;
    for o in var_args(vm, args, kw, "difference_update")? {
        difference_update_internal(vm, &args[0], o)?;
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_of(vm, args, "symmetric_difference_update")?;
    let o = one_arg(vm, args, kw, "symmetric_difference_update")?;
    symmetric_difference_update(vm, &args[0], o)?;
    Ok(Value::NONE)
}

fn set_union(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "union")?;
    let others = var_args(vm, args, kw, "union")?;
    let r = copy_set(vm, &args[0])?;
    union_into(vm, &r, &args[0], others)?;
    Ok(r)
}

fn set_intersection(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "intersection")?;
    let others = var_args(vm, args, kw, "intersection")?;
    intersection_multi(vm, &args[0], others)
}

fn set_difference(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "difference")?;
    let others = var_args(vm, args, kw, "difference")?;
    difference_multi(vm, &args[0], others)
}

fn set_symmetric_difference(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "symmetric_difference")?;
    let o = one_arg(vm, args, kw, "symmetric_difference")?;
    symmetric_difference(vm, &args[0], o)
}

fn set_issubset(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "issubset")?;
    let o = one_arg(vm, args, kw, "issubset")?;
    Ok(Value::bool(issubset(vm, &args[0], o)?))
}

fn set_issuperset(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "issuperset")?;
    let o = one_arg(vm, args, kw, "issuperset")?;
    Ok(Value::bool(issuperset(vm, &args[0], o)?))
}

fn set_isdisjoint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "isdisjoint")?;
    let o = one_arg(vm, args, kw, "isdisjoint")?;
    Ok(Value::bool(isdisjoint(vm, &args[0], o)?))
}

fn set_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = any_set_of(vm, args, "__contains__")?;
    let k = one_arg(vm, args, kw, "__contains__")?;
    let h = hash_or_frozen(vm, k)?;
    Ok(Value::bool(set::contains(vm, c, k, h)?))
}

fn set_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = any_set_of(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(Value::int(len_of(c) as i64))
}

fn set_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    any_set_of(vm, args, "__iter__")?;
    wrapper_args(vm, args, kw, 0)?;
    vm.iter(builtin_view(&args[0]))
}

/// `set.__repr__`: `{1, 2}`, or `Name({1, 2})` for frozensets and
/// subclasses, `Name()` when empty.
fn set_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = any_set_of(vm, args, "__repr__")?;
    wrapper_args(vm, args, kw, 0)?;
    if !vm.is_heap_instance(&args[0]) {
        return Ok(vm.new_str(vm.repr_string(&args[0])?));
    }
    let tn = vm.type_name(&args[0]);
    let keys = c.borrow().keys();
    if keys.is_empty() {
        return Ok(vm.new_str(format!("{tn}()")));
    }
    let _g = vm.enter_recursive(" while getting the repr of an object")?;
    let mut parts = Vec::with_capacity(keys.len());
    for k in &keys {
        parts.push(vm.repr_string(k)?);
    }
    Ok(vm.new_str(format!("{tn}({{{}}})", parts.join(", "))))
}

fn binop_method(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    any_set_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    if set_cell(&args[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    if reflected {
        set_binop(vm, &args[1], &args[0], op)
    } else {
        set_binop(vm, &args[0], &args[1], op)
    }
}
fn set_or(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__or__", BinOp::Or, false)
}
fn set_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__ror__", BinOp::Or, true)
}
fn set_and(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__and__", BinOp::And, false)
}
fn set_rand(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__rand__", BinOp::And, true)
}
fn set_sub(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__sub__", BinOp::Subtract, false)
}
fn set_rsub(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__rsub__", BinOp::Subtract, true)
}
fn set_xor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__xor__", BinOp::Xor, false)
}
fn set_rxor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    binop_method(vm, args, kw, "__rxor__", BinOp::Xor, true)
}

fn inplace_method(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    set_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    if set_cell(&args[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    set_binop(vm, builtin_view(&args[0]), &args[1], op)?;
    Ok(args[0].clone())
}
fn set_ior(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    inplace_method(vm, args, kw, "__ior__", BinOp::InplaceOr)
}
fn set_iand(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    inplace_method(vm, args, kw, "__iand__", BinOp::InplaceAnd)
}
fn set_isub(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    inplace_method(vm, args, kw, "__isub__", BinOp::InplaceSubtract)
}
fn set_ixor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    inplace_method(vm, args, kw, "__ixor__", BinOp::InplaceXor)
}

fn cmp_method(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    any_set_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    if set_cell(&args[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    native_richcompare(vm, &args[0], &args[1], op)
}
fn set_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cmp_method(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn set_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cmp_method(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn set_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cmp_method(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn set_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cmp_method(vm, args, kw, "__le__", CmpOp::Le)
}
fn set_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cmp_method(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn set_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cmp_method(vm, args, kw, "__ge__", CmpOp::Ge)
}

// ----- dict views as sets ------------------------------------------------------

fn view_parts(v: &Value) -> Option<&(Value, crate::iter::DictIterKind)> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::DictView(d)) if d.1 != crate::iter::DictIterKind::Values => Some(d),
        _ => None,
    }
}

/// CPython's `dictviews_to_set`: a new set from a view (a keys view reads
/// its dict directly, pre-sizing the table) or from the other operand.
fn view_to_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some((d, crate::iter::DictIterKind::Keys)) = view_parts(v) {
        return plain_set(vm, d);
    }
    plain_set(vm, v)
}

/// CPython's `dictitems_xor` for `items ^ items`.
fn items_xor(vm: &Vm, d1: &Value, d2: &Value) -> PyResult<Value> {
    let (Some(ObjKind::Dict(c1)), Some(ObjKind::Dict(c2))) =
        (d1.as_obj().map(|o| &o.kind), d2.as_obj().map(|o| &o.kind))
    else {
        return Err(vm.type_error("dict_items expected"));
    };
    let temp = RefCell::new(super::containers_dict::copy_table(c1));
    let result = vm.new_set(SetTable::new());
    let rc = cell_of(vm, &result)?;
    for (k, h, v2) in dict_entries(c2) {
        let to_delete = match crate::dict::get(vm, &temp, &k, h)? {
            Some(v1) => vm.eq_bool(&v1, &v2)?,
            None => false,
        };
        if to_delete {
            crate::dict::remove(vm, &temp, &k, h)?;
        } else {
            let pair = vm.new_tuple(vec![k, v2]);
            let ph = vm.hash(&pair)?;
            set::add(vm, rc, pair, ph)?;
        }
    }
    let remaining: Vec<(Value, i64, Value)> = dict_entries(&temp);
    for (k, _, v) in remaining {
        let pair = vm.new_tuple(vec![k, v]);
        let ph = vm.hash(&pair)?;
        set::add(vm, rc, pair, ph)?;
    }
    Ok(result)
}

/// `_PyDictView_Intersect`.
fn view_intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut me, mut other) = if view_parts(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let len_me = vm.len(me)?;
    let exact_set = !vm.is_heap_instance(other) && vm.type_of(other).is(&vm.types.set);
    if exact_set && len_me <= vm.len(other)? {
        return intersection(vm, other, me);
    }
    if view_parts(other).is_some() && vm.len(other)? > len_me {
        std::mem::swap(&mut me, &mut other);
    }
    let result = vm.new_set(SetTable::new());
    let rc = cell_of(vm, &result)?;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if vm.contains(me, &k)? {
            let h = vm.hash(&k)?;
            set::add(vm, rc, k, h)?;
        }
    }
    Ok(result)
}

/// `a op b` where `a` or `b` is a `dict_keys`/`dict_items` view, in
/// CPython's result order (`dictviews_and/or/sub/xor`). Returns
/// `NotImplemented` when neither operand is such a view.
pub fn dictview_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if view_parts(a).is_none() && view_parts(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    match op.base() {
        BinOp::And => view_intersect(vm, a, b),
        BinOp::Or => {
            let r = view_to_set(vm, a)?;
            update_internal(vm, &r, b)?;
            Ok(r)
        }
        BinOp::Subtract => {
            let r = view_to_set(vm, a)?;
            difference_update_internal(vm, &r, b)?;
            Ok(r)
        }
        BinOp::Xor => {
            if let (
                Some((d1, crate::iter::DictIterKind::Items)),
                Some((d2, crate::iter::DictIterKind::Items)),
            ) = (view_parts(a), view_parts(b))
            {
                return items_xor(vm, d1, d2);
            }
            let r = view_to_set(vm, a)?;
            symmetric_difference_update(vm, &r, b)?;
            Ok(r)
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// `view op other` for a `dict_keys`/`dict_items` view against a set or
/// another such view (`dictview_richcompare`); `None` when they don't compare.
pub fn dictview_richcompare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<bool>> {
    let setlike = |v: &Value| view_parts(v).is_some() || set_cell(v).is_some();
    if !setlike(a) || !setlike(b) {
        return None;
    }
    let all_in = |x: &Value, y: &Value| -> PyResult<bool> {
        let it = vm.iter(x)?;
        while let Some(k) = vm.next(&it)? {
            if !vm.contains(y, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Some((|| {
        let (la, lb) = (vm.len(a)?, vm.len(b)?);
        Ok(match op {
            CmpOp::Eq => la == lb && all_in(a, b)?,
            CmpOp::Ne => !(la == lb && all_in(a, b)?),
            CmpOp::Lt => la < lb && all_in(a, b)?,
            CmpOp::Le => la <= lb && all_in(a, b)?,
            CmpOp::Gt => la > lb && all_in(b, a)?,
            CmpOp::Ge => la >= lb && all_in(b, a)?,
        })
    })())
}
