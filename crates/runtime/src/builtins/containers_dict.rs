//! Methods of `dict` and of its views (`dict_keys`, `dict_values`,
//! `dict_items`).
//!
//! Methods store into the dict's own table, never through a subclass's
//! `__setitem__` (as CPython's `insertdict` does); only `dict.fromkeys` on
//! a subclass and `__getitem__`'s `__missing__` hook call back into the
//! subclass. Merging follows CPython's `dict_update_arg`: an exact dict, or
//! a dict subclass that does not override `__iter__`, is read directly;
//! anything else with a `keys` attribute goes through `keys()` and `[]`;
//! the rest is an iterable of pairs.

use std::cell::RefCell;

use stitch_bytecode::{BinOp, CmpOp};

use super::containers::{descr_error, native_richcompare, plain_args, wrapper_args};
use super::{check_args, check_kwargs, method, pos};
use crate::dict::{self, DictTable};
use crate::iter::{DictIterKind, IterState};
use crate::object::{self, ObjKind};
use crate::protocol::builtin_view;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = &vm.types.dict;
    method(vm, t, "keys", dict_keys);
    method(vm, t, "values", dict_values);
    method(vm, t, "items", dict_items);
    method(vm, t, "get", dict_get);
    method(vm, t, "setdefault", dict_setdefault);
    method(vm, t, "pop", dict_pop);
    method(vm, t, "popitem", dict_popitem);
    method(vm, t, "update", dict_update);
    method(vm, t, "copy", dict_copy);
    method(vm, t, "clear", dict_clear);
    method(vm, t, "__getitem__", dict_getitem);
    method(vm, t, "__setitem__", dict_setitem);
    method(vm, t, "__delitem__", dict_delitem);
    method(vm, t, "__contains__", dict_contains);
    method(vm, t, "__len__", dict_len);
    method(vm, t, "__iter__", dict_iter);
    method(vm, t, "__reversed__", dict_reversed);
    method(vm, t, "__repr__", dict_repr);
    method(vm, t, "__eq__", dict_eq);
    method(vm, t, "__ne__", dict_ne);
    method(vm, t, "__lt__", dict_no_order);
    method(vm, t, "__le__", dict_no_order);
    method(vm, t, "__gt__", dict_no_order);
    method(vm, t, "__ge__", dict_no_order);
    method(vm, t, "__or__", dict_or);
    method(vm, t, "__ror__", dict_ror);
    method(vm, t, "__ior__", dict_ior);
    if let Some(tt) = crate::types::type_obj(t) {
        let f = vm.new_builtin("fromkeys", dict_fromkeys);
        let cm = object::alloc(ObjKind::ClassMethod(f), &vm.types.classmethod);
        let _ = vm.dict_set_str(&tt.dict, "fromkeys", cm);
        let _ = vm.dict_set_str(&tt.dict, "__hash__", Value::NONE);
    }
    for ty in [
        &vm.types.dict_keys,
        &vm.types.dict_values,
        &vm.types.dict_items,
    ] {
        method(vm, ty, "__len__", view_len);
        method(vm, ty, "__iter__", view_iter);
        method(vm, ty, "__contains__", view_contains);
        method(vm, ty, "__reversed__", view_reversed);
    }
    for ty in [&vm.types.dict_keys, &vm.types.dict_items] {
        method(vm, ty, "isdisjoint", view_isdisjoint);
        method(vm, ty, "__and__", view_and);
        method(vm, ty, "__rand__", view_rand);
        method(vm, ty, "__or__", view_or);
        method(vm, ty, "__ror__", view_ror);
        method(vm, ty, "__sub__", view_sub);
        method(vm, ty, "__rsub__", view_rsub);
        method(vm, ty, "__xor__", view_xor);
        method(vm, ty, "__rxor__", view_rxor);
        method(vm, ty, "__eq__", view_eq);
        method(vm, ty, "__ne__", view_ne);
        method(vm, ty, "__lt__", view_lt);
        method(vm, ty, "__le__", view_le);
        method(vm, ty, "__gt__", view_gt);
        method(vm, ty, "__ge__", view_ge);
    }
}

// ----- helpers -------------------------------------------------------------

fn dict_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<DictTable>> {
    // A mappingproxy wraps a dict but is no dict: `dict.__setitem__(C.__dict__, ...)`
    // must not write a class namespace behind its version tag.
    if let Some(v) = args.first().filter(|v| !vm.is_mapping_proxy(v)) {
        if let Some(ObjKind::Dict(d)) = builtin_view(v).as_obj().map(|o| &o.kind) {
            return Ok(d);
        }
    }
    Err(descr_error(vm, "dict", name, args))
}

fn dict_cell(v: &Value) -> Option<&RefCell<DictTable>> {
    match builtin_view(v).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Dict(d)) => Some(d),
        _ => None,
    }
}

/// Live entries with their stored hashes, in insertion order.
pub(crate) fn dict_entries(d: &RefCell<DictTable>) -> Vec<(Value, i64, Value)> {
    let t = d.borrow();
    (0..t.slots())
        .filter_map(|i| t.entry(i))
        .map(|e| (e.key.clone(), e.hash, e.value.clone()))
        .collect()
}

/// A plain copy of a dict's table.
pub(crate) fn copy_table(d: &RefCell<DictTable>) -> DictTable {
    let t = d.borrow();
    let mut n = DictTable::with_capacity(t.len());
    for e in (0..t.slots()).filter_map(|i| t.entry(i)) {
        n.insert_new(e.key.clone(), e.hash, e.value.clone());
    }
    n
}

/// CPython's `dict_merge` (override mode): copy a mapping into `target`.
fn dict_merge(vm: &Vm, target: &RefCell<DictTable>, other: &Value) -> PyResult<()> {
    if let Some(src) = dict_cell(other) {
        let iter_overridden =
            vm.is_heap_instance(other) && vm.user_dunder(other, "__iter__").is_some();
        if !iter_overridden {
            if std::ptr::eq(src, target) {
                return Ok(());
            }
            for (k, h, v) in dict_entries(src) {
                dict::set(vm, target, k, h, v)?;
            }
            return Ok(());
        }
    }
    let keys = vm.call_method(other, "keys", &[])?;
    for k in vm.to_vec(&keys)? {
        let v = vm.getitem(other, &k)?;
        let h = vm.hash(&k)?;
        dict::set(vm, target, k, h, v)?;
    }
    Ok(())
}

/// CPython's `PyDict_MergeFromSeq2`: an iterable of key/value pairs.
fn dict_merge_seq2(vm: &Vm, target: &RefCell<DictTable>, other: &Value) -> PyResult<()> {
    let it = vm.iter(other)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let kv = match vm.to_vec(&item) {
            Ok(kv) => kv,
            Err(e) if vm.err_matches(&e, Exc::TypeError) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (Some(k), Some(v)) = (kv.next(), kv.next()) else {
            break;
        };
        let h = vm.hash(&k)?;
        dict::set(vm, target, k, h, v)?;
        i += 1;
    }
    Ok(())
}

/// CPython's `dict_update_arg`: a mapping or an iterable of pairs.
pub fn dict_update_arg(vm: &Vm, target: &RefCell<DictTable>, other: &Value) -> PyResult<()> {
    let exact_dict = !vm.is_heap_instance(other)
        && matches!(other.as_obj().map(|o| &o.kind), Some(ObjKind::Dict(_)));
    if exact_dict || vm.has_attr(other, "keys")? {
        return dict_merge(vm, target, other);
    }
    dict_merge_seq2(vm, target, other)
}

fn new_view(vm: &Vm, d: &Value, kind: DictIterKind) -> Value {
    let ty = match kind {
        DictIterKind::Keys => &vm.types.dict_keys,
        DictIterKind::Values => &vm.types.dict_values,
        DictIterKind::Items => &vm.types.dict_items,
    };
    object::alloc(
        ObjKind::DictView(Box::new((builtin_view(d).clone(), kind))),
        ty,
    )
}

fn noargs<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<&'a RefCell<DictTable>> {
    let d = dict_of(vm, args, name)?;
    let qual = format!("dict.{name}");
    let p = plain_args(vm, &qual, args, kw)?;
    check_args(vm, &qual, p, 0, 0)?;
    Ok(d)
}

// ----- methods ---------------------------------------------------------------

fn dict_keys(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, args, kw, "keys")?;
    Ok(new_view(vm, &args[0], DictIterKind::Keys))
}
fn dict_values(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, args, kw, "values")?;
    Ok(new_view(vm, &args[0], DictIterKind::Values))
}
fn dict_items(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, args, kw, "items")?;
    Ok(new_view(vm, &args[0], DictIterKind::Items))
}

fn dict_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "get")?;
    let p = plain_args(vm, "dict.get", args, kw)?;
    check_args(vm, "get", p, 1, 2)?;
    let h = vm.hash(&p[0])?;
    Ok(dict::get(vm, d, &p[0], h)?.unwrap_or_else(|| p.get(1).cloned().unwrap_or(Value::NONE)))
}

fn dict_setdefault(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "setdefault")?;
    let p = plain_args(vm, "dict.setdefault", args, kw)?;
    check_args(vm, "setdefault", p, 1, 2)?;
    let h = vm.hash(&p[0])?;
    if let Some(v) = dict::get(vm, d, &p[0], h)? {
        return Ok(v);
    }
    let default = p.get(1).cloned().unwrap_or(Value::NONE);
    dict::set(vm, d, p[0].clone(), h, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "pop")?;
    let p = plain_args(vm, "dict.pop", args, kw)?;
    check_args(vm, "pop", p, 1, 2)?;
    // An empty dict answers without hashing the key (as CPython's _PyDict_Pop).
    let found = if d.borrow().is_empty() {
        None
    } else {
        let h = vm.hash(&p[0])?;
        dict::remove(vm, d, &p[0], h)?
    };
    match (found, p.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.err_args(Exc::KeyError, vec![p[0].clone()])),
    }
}

fn dict_popitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = noargs(vm, args, kw, "popitem")?;
    let last = d.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.err(Exc::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    let d = dict_of(vm, p, "update")?;
    let p = &p[1..];
    check_args(vm, "update", p, 0, 1)?;
    if let Some(other) = p.first() {
        dict_update_arg(vm, d, other)?;
    }
    for (k, v) in kw.iter().zip(&args[args.len() - kw.len()..]) {
        let h = vm.hash(k)?;
        dict::set(vm, d, k.clone(), h, v.clone())?;
    }
    Ok(Value::NONE)
}

fn dict_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = noargs(vm, args, kw, "copy")?;
    Ok(vm.new_dict_from(copy_table(d)))
}

fn dict_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = noargs(vm, args, kw, "clear")?;
    let old = d.borrow_mut().clear();
    drop(old);
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)`: a classmethod; a subclass's
/// instance is filled through its own `__setitem__`.
fn dict_fromkeys(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "dict.fromkeys", kw, &[])?;
    let Some(cls) = args.first() else {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
    };
    let p = &args[1..];
    check_args(vm, "fromkeys", p, 1, 2)?;
    let value = p.get(1).cloned().unwrap_or(Value::NONE);
    let d = vm.call(cls, &[], &[])?;
    let exact =
        !vm.is_heap_instance(&d) && matches!(d.as_obj().map(|o| &o.kind), Some(ObjKind::Dict(_)));
    let it = vm.iter(&p[0])?;
    while let Some(k) = vm.next(&it)? {
        if exact {
            if let Some(cell) = dict_cell(&d) {
                let h = vm.hash(&k)?;
                dict::set(vm, cell, k, h, value.clone())?;
            }
        } else {
            vm.setitem(&d, k, value.clone())?;
        }
    }
    Ok(d)
}

fn dict_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_of(vm, args, "__getitem__")?;
    let p = plain_args(vm, "dict.__getitem__", args, kw)?;
    check_args(vm, "dict.__getitem__", p, 1, 1)?;
    super::getitem_native(vm, builtin_view(&args[0]), &p[0], &args[0])
}

fn dict_setitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "__setitem__")?;
    wrapper_args(vm, args, kw, 2)?;
    let h = vm.hash(&args[1])?;
    dict::set(vm, d, args[1].clone(), h, args[2].clone())?;
    Ok(Value::NONE)
}

fn dict_delitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "__delitem__")?;
    wrapper_args(vm, args, kw, 1)?;
    let h = vm.hash(&args[1])?;
    match dict::remove(vm, d, &args[1], h)? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.err_args(Exc::KeyError, vec![args[1].clone()])),
    }
}

fn dict_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "__contains__")?;
    let p = plain_args(vm, "dict.__contains__", args, kw)?;
    check_args(vm, "dict.__contains__", p, 1, 1)?;
    let h = vm.hash(&p[0])?;
    Ok(Value::bool(dict::find(vm, d, &p[0], h)?.is_some()))
}

fn dict_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, 0)?;
    let n = d.borrow().len();
    Ok(Value::int(n as i64))
}

fn dict_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_of(vm, args, "__iter__")?;
    wrapper_args(vm, args, kw, 0)?;
    vm.iter(builtin_view(&args[0]))
}

fn reversed_of(vm: &Vm, items: Vec<Value>) -> Value {
    let n = items.len() as isize;
    let l = vm.new_list(items);
    vm.new_iter(
        IterState::Reversed {
            seq: l,
            next: n - 1,
        },
        &vm.types.reversed,
    )
}

fn dict_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = noargs(vm, args, kw, "__reversed__")?;
    let keys = d.borrow().keys();
    Ok(reversed_of(vm, keys))
}

fn dict_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_of(vm, args, "__repr__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(vm.new_str(vm.repr_string(builtin_view(&args[0]))?))
}

fn dict_cmp(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    dict_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    if dict_cell(&args[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    native_richcompare(vm, &args[0], &args[1], op)
}
fn dict_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_cmp(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn dict_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_cmp(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn dict_no_order(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_of(vm, args, "__lt__")?;
    wrapper_args(vm, args, kw, 1)?;
    Ok(vm.not_implemented.clone())
}

/// `a | b` for two dicts: a plain copy of `a` updated with `b`.
fn dict_or_values(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(_)) = (dict_cell(a), dict_cell(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let new = vm.new_dict_from(copy_table(x));
    if let Some(cell) = dict_cell(&new) {
        dict_update_arg(vm, cell, b)?;
    }
    Ok(new)
}
fn dict_or(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_of(vm, args, "__or__")?;
    wrapper_args(vm, args, kw, 1)?;
    dict_or_values(vm, &args[0], &args[1])
}
fn dict_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_of(vm, args, "__ror__")?;
    wrapper_args(vm, args, kw, 1)?;
    dict_or_values(vm, &args[1], &args[0])
}
fn dict_ior(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict_of(vm, args, "__ior__")?;
    wrapper_args(vm, args, kw, 1)?;
    dict_update_arg(vm, d, &args[1])?;
    Ok(args[0].clone())
}

// ----- views -------------------------------------------------------------------

fn view_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a (Value, DictIterKind)> {
    if let Some(ObjKind::DictView(v)) = args.first().and_then(|a| a.as_obj()).map(|o| &o.kind) {
        return Ok(v);
    }
    Err(descr_error(vm, "dict_keys", name, args))
}

fn view_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view_of(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(Value::int(vm.len(&v.0)? as i64))
}

fn view_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_of(vm, args, "__iter__")?;
    wrapper_args(vm, args, kw, 0)?;
    vm.iter(&args[0])
}

fn view_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_of(vm, args, "__contains__")?;
    wrapper_args(vm, args, kw, 1)?;
    Ok(Value::bool(vm.contains(&args[0], &args[1])?))
}

fn view_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_of(vm, args, "__reversed__")?;
    check_kwargs(vm, "__reversed__", kw, &[])?;
    check_args(vm, "__reversed__", &args[1..], 0, 0)?;
    let items = vm.to_vec(&args[0])?;
    Ok(reversed_of(vm, items))
}

/// `keys.isdisjoint(other)`: iterates `other`, or the smaller side when
/// both are set-like.
fn view_isdisjoint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view_of(vm, args, "isdisjoint")?;
    let qual = if v.1 == DictIterKind::Items {
        "dict_items.isdisjoint"
    } else {
        "dict_keys.isdisjoint"
    };
    let p = plain_args(vm, qual, args, kw)?;
    check_args(vm, qual, p, 1, 1)?;
    let (me, other) = (&args[0], &p[0]);
    if me.is(other) {
        return Ok(Value::bool(vm.len(me)? == 0));
    }
    let setlike = match other.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Set(_)) => true,
        Some(ObjKind::DictView(ov)) => ov.1 != DictIterKind::Values,
        _ => matches!(
            builtin_view(other).as_obj().map(|o| &o.kind),
            Some(ObjKind::Set(_))
        ),
    };
    let (container, iterated) = if setlike && vm.len(other)? > vm.len(me)? {
        (other, me)
    } else {
        (me, other)
    };
    let it = vm.iter(iterated)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(container, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn view_binop(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    view_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    super::containers_set::dictview_binop(vm, a, b, op)
}
fn view_and(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__and__", BinOp::And, false)
}
fn view_rand(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__rand__", BinOp::And, true)
}
fn view_or(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__or__", BinOp::Or, false)
}
fn view_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__ror__", BinOp::Or, true)
}
fn view_sub(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__sub__", BinOp::Subtract, false)
}
fn view_rsub(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__rsub__", BinOp::Subtract, true)
}
fn view_xor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__xor__", BinOp::Xor, false)
}
fn view_rxor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_binop(vm, args, kw, "__rxor__", BinOp::Xor, true)
}

fn view_cmp(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    view_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    match super::containers_set::dictview_richcompare(vm, &args[0], &args[1], op) {
        Some(r) => Ok(Value::bool(r?)),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn view_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_cmp(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn view_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_cmp(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn view_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_cmp(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn view_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_cmp(vm, args, kw, "__le__", CmpOp::Le)
}
fn view_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_cmp(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn view_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_cmp(vm, args, kw, "__ge__", CmpOp::Ge)
}
