//! Methods of `list` and `tuple`, and the helpers the container method
//! files share (receiver checks, index arguments). `dict` lives in
//! `containers_dict.rs`, `set`/`frozenset` and the set operators in
//! `containers_set.rs`.
//!
//! Every method takes the payload of `self` through `builtin_view`, so it
//! works on instances of subclasses, and implements the built-in behaviour
//! directly: `super().__setitem__(i, v)` in a subclass must not dispatch
//! back to the subclass's own `__setitem__`. No `RefCell` borrow is held
//! across a call that may run Python code (`__eq__`, `__hash__`, keys,
//! iterators): items are copied out and the borrow is dropped first.

use std::cell::RefCell;

use stitch_bytecode::CmpOp;

use super::{check_args, check_kwargs, kwarg, method, pos};
use crate::iter::IterState;
use crate::num::{IntRef, as_int};
use crate::object::ObjKind;
use crate::protocol::builtin_view;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use super::containers_set::set_binop;

pub fn init(vm: &Vm) {
    init_list(vm);
    init_tuple(vm);
    super::containers_dict::init(vm);
    super::containers_set::init(vm);
}

// ----- shared helpers ----------------------------------------------------

/// The error for a method of `owner` called on an object of another type.
pub(crate) fn descr_error(vm: &Vm, owner: &str, name: &str, args: &[Value]) -> crate::vm::PyErr {
    match args.first() {
        None => vm.type_error(format!("unbound method {owner}.{name}() needs an argument")),
        Some(v) if name.starts_with("__") => vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(v)
        )),
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// The positional arguments after `self`; refuses keywords with
/// `"{qual}() takes no keyword arguments"`.
pub(crate) fn plain_args<'a>(
    vm: &Vm,
    qual: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<&'a [Value]> {
    check_kwargs(vm, qual, kw, &[])?;
    Ok(&args[1..])
}

/// A `Py_ssize_t` argument (`list.insert`, `list.pop`, repeat counts).
pub(crate) fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => match vm.index_value(v)? {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// A start/stop argument of `index` (big ints clamp, as slice indices do).
pub(crate) fn slice_index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// Resolve `index(x, start, stop)` bounds against a length, as CPython does.
fn index_bounds(vm: &Vm, p: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let fix = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let mut i = match v {
            Some(v) => slice_index_arg(vm, v)?,
            None => default,
        };
        if i < 0 {
            i = i.saturating_add(len as i64).max(0);
        }
        Ok(i as usize)
    };
    Ok((fix(p.get(1), 0)?, fix(p.get(2), i64::MAX)?))
}

/// A repeat count for `__mul__`: negative counts are 0; an int past 64 bits
/// (of either sign) is an `OverflowError` and a non-integer a `TypeError`
/// (as `PyNumber_AsSsize_t` reports them).
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<usize> {
    match as_int(n) {
        Some(IntRef::Small(i)) => Ok(i.max(0) as usize),
        Some(IntRef::Big(_)) => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        None => match vm.index_value(n)? {
            Some(i) => Ok(i.max(0) as usize),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(n)
            ))),
        },
    }
}

/// Rich comparison of two containers of the same built-in kind through the
/// native algorithm (never the subclass's own dunders).
pub(crate) fn native_richcompare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    vm.compare(builtin_view(a), builtin_view(b), op)
}

/// Check the argument count of a slot wrapper (`__len__`, `__add__`, ...).
pub(crate) fn wrapper_args(vm: &Vm, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error("wrapper takes no keyword arguments"));
    }
    let got = args.len() - 1;
    if got != n {
        // Two-argument slot wrappers unpack with an empty function name.
        let lead = if n == 2 { " " } else { "" };
        return Err(vm.type_error(format!(
            "{lead}expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

// ----- list --------------------------------------------------------------

fn list_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    if let Some(v) = args.first() {
        if let Some(ObjKind::List(l)) = builtin_view(v).as_obj().map(|o| &o.kind) {
            return Ok(l);
        }
    }
    Err(descr_error(vm, "list", name, args))
}

fn is_list(v: &Value) -> bool {
    matches!(
        builtin_view(v).as_obj().map(|o| &o.kind),
        Some(ObjKind::List(_))
    )
}

fn init_list(vm: &Vm) {
    let t = &vm.types.list;
    method(vm, t, "append", list_append);
    method(vm, t, "extend", list_extend);
    method(vm, t, "insert", list_insert);
    method(vm, t, "remove", list_remove);
    method(vm, t, "pop", list_pop);
    method(vm, t, "clear", list_clear);
    method(vm, t, "index", list_index);
    method(vm, t, "count", list_count);
    method(vm, t, "sort", list_sort);
    method(vm, t, "reverse", list_reverse);
    method(vm, t, "copy", list_copy);
    method(vm, t, "__len__", list_len);
    method(vm, t, "__contains__", list_contains);
    method(vm, t, "__iter__", list_iter);
    method(vm, t, "__reversed__", list_reversed);
    method(vm, t, "__getitem__", list_getitem);
    method(vm, t, "__setitem__", list_setitem);
    method(vm, t, "__delitem__", list_delitem);
    method(vm, t, "__add__", list_add);
    method(vm, t, "__iadd__", list_iadd);
    method(vm, t, "__mul__", list_mul);
    method(vm, t, "__rmul__", list_mul);
    method(vm, t, "__imul__", list_imul);
    method(vm, t, "__repr__", list_repr);
    method(vm, t, "__eq__", list_eq);
    method(vm, t, "__ne__", list_ne);
    method(vm, t, "__lt__", list_lt);
    method(vm, t, "__le__", list_le);
    method(vm, t, "__gt__", list_gt);
    method(vm, t, "__ge__", list_ge);
    if let Some(tt) = crate::types::type_obj(t) {
        let _ = vm.dict_set_str(&tt.dict, "__hash__", Value::NONE);
    }
}

fn list_append(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "append")?;
    let p = plain_args(vm, "list.append", args, kw)?;
    check_args(vm, "list.append", p, 1, 1)?;
    l.borrow_mut().push(p[0].clone());
    Ok(Value::NONE)
}

/// `list.extend`: lists and tuples are copied first (so `l.extend(l)`
/// doubles `l`); other iterables are appended item by item as produced.
pub(crate) fn extend_list(vm: &Vm, l: &RefCell<Vec<Value>>, other: &Value) -> PyResult<()> {
    let overridden = vm.is_heap_instance(other) && vm.user_dunder(other, "__iter__").is_some();
    if !overridden {
        match builtin_view(other).as_obj().map(|o| &o.kind) {
            Some(ObjKind::List(src)) => {
                let items = src.borrow().clone();
                l.borrow_mut().extend(items);
                return Ok(());
            }
            Some(ObjKind::Tuple(src)) => {
                l.borrow_mut().extend(src.iter().cloned());
                return Ok(());
            }
            _ => {}
        }
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        l.borrow_mut().push(x);
    }
    Ok(())
}

fn list_extend(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "extend")?;
    let p = plain_args(vm, "list.extend", args, kw)?;
    check_args(vm, "list.extend", p, 1, 1)?;
    extend_list(vm, l, &p[0])?;
    Ok(Value::NONE)
}

fn list_insert(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "insert")?;
    let p = plain_args(vm, "list.insert", args, kw)?;
    check_args(vm, "insert", p, 2, 2)?;
    let i = ssize_arg(vm, &p[0])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, p[1].clone());
    Ok(Value::NONE)
}

/// The index of the first item equal to `x` in `[start, stop)`, comparing
/// `item == x` and re-reading the list after every comparison.
fn list_find(
    vm: &Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if vm.eq_bool(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "remove")?;
    let p = plain_args(vm, "list.remove", args, kw)?;
    check_args(vm, "list.remove", p, 1, 1)?;
    match list_find(vm, l, &p[0], 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut l = l.borrow_mut();
                if i < l.len() { Some(l.remove(i)) } else { None }
            };
            drop(old);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "pop")?;
    let p = plain_args(vm, "list.pop", args, kw)?;
    check_args(vm, "pop", p, 0, 1)?;
    let i = match p.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(at as usize))
}

fn list_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "clear")?;
    let p = plain_args(vm, "list.clear", args, kw)?;
    check_args(vm, "list.clear", p, 0, 0)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

fn list_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "index")?;
    let p = plain_args(vm, "list.index", args, kw)?;
    check_args(vm, "index", p, 1, 3)?;
    let len = l.borrow().len();
    let (start, stop) = index_bounds(vm, p, len)?;
    match list_find(vm, l, &p[0], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", vm.repr_string(&p[0])?))),
    }
}

fn list_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "count")?;
    let p = plain_args(vm, "list.count", args, kw)?;
    check_args(vm, "list.count", p, 1, 1)?;
    let mut n = 0i64;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq_bool(&item, &p[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::int(n))
}

/// `list.sort(*, key=None, reverse=False)`: stable; the list looks empty
/// while it is being sorted, and changing it meanwhile is an error.
fn list_sort(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, pos(args, kw), "sort")?;
    if pos(args, kw).len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    for k in kw {
        let ks = crate::protocol::str_of(k).unwrap_or("?");
        if ks != "key" && ks != "reverse" {
            return Err(vm.type_error(format!("'{ks}' is an invalid keyword argument for sort()")));
        }
    }
    let key = kwarg(args, kw, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(args, kw, "reverse") {
        Some(r) => match as_int(r) {
            Some(IntRef::Small(i)) => i != 0,
            Some(IntRef::Big(_)) => {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            None => ssize_arg(vm, r)? != 0,
        },
        None => false,
    };
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = super::funcs::sort_values(vm, &mut items, key.as_ref(), reverse);
    let intruders = std::mem::replace(&mut *l.borrow_mut(), items);
    let modified = !intruders.is_empty();
    drop(intruders);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn list_reverse(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "reverse")?;
    let p = plain_args(vm, "list.reverse", args, kw)?;
    check_args(vm, "list.reverse", p, 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn list_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "copy")?;
    let p = plain_args(vm, "list.copy", args, kw)?;
    check_args(vm, "list.copy", p, 0, 0)?;
    let items = l.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, 0)?;
    let n = l.borrow().len();
    Ok(Value::int(n as i64))
}

fn list_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__contains__")?;
    wrapper_args(vm, args, kw, 1)?;
    Ok(Value::bool(
        list_find(vm, l, &args[1], 0, usize::MAX)?.is_some(),
    ))
}

fn list_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_of(vm, args, "__iter__")?;
    wrapper_args(vm, args, kw, 0)?;
    vm.iter(builtin_view(&args[0]))
}

fn list_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__reversed__")?;
    check_kwargs(vm, "list.__reversed__", kw, &[])?;
    check_args(vm, "list.__reversed__", &args[1..], 0, 0)?;
    let n = l.borrow().len() as isize;
    let seq = builtin_view(&args[0]).clone();
    Ok(vm.new_iter(
        IterState::Reversed { seq, next: n - 1 },
        &vm.types.list_reverseiterator,
    ))
}

fn list_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_of(vm, args, "__getitem__")?;
    let p = plain_args(vm, "list.__getitem__", args, kw)?;
    check_args(vm, "list.__getitem__", p, 1, 1)?;
    super::getitem_native(vm, builtin_view(&args[0]), &p[0], &args[0])
}

fn list_setitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_of(vm, args, "__setitem__")?;
    wrapper_args(vm, args, kw, 2)?;
    super::setitem_native(
        vm,
        builtin_view(&args[0]),
        args[1].clone(),
        args[2].clone(),
        &args[0],
    )?;
    Ok(Value::NONE)
}

fn list_delitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_of(vm, args, "__delitem__")?;
    wrapper_args(vm, args, kw, 1)?;
    super::delitem_native(vm, builtin_view(&args[0]), &args[1], &args[0])?;
    Ok(Value::NONE)
}

fn list_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__add__")?;
    wrapper_args(vm, args, kw, 1)?;
    match builtin_view(&args[1]).as_obj().map(|o| &o.kind) {
        Some(ObjKind::List(r)) => {
            let mut v = l.borrow().clone();
            v.extend(r.borrow().iter().cloned());
            Ok(vm.new_list(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args[1])
        ))),
    }
}

fn list_iadd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__iadd__")?;
    wrapper_args(vm, args, kw, 1)?;
    extend_list(vm, l, &args[1])?;
    Ok(args[0].clone())
}

fn list_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__mul__")?;
    wrapper_args(vm, args, kw, 1)?;
    let n = repeat_count(vm, &args[1])?;
    let items = l.borrow().clone();
    Ok(vm.new_list(vm.repeated(&items, n, "")?))
}

fn list_imul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = list_of(vm, args, "__imul__")?;
    wrapper_args(vm, args, kw, 1)?;
    let n = repeat_count(vm, &args[1])?;
    let items = l.borrow().clone();
    let new = vm.repeated(&items, n, "")?;
    let old = std::mem::replace(&mut *l.borrow_mut(), new);
    drop(old);
    Ok(args[0].clone())
}

fn list_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_of(vm, args, "__repr__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(vm.new_str(vm.repr_string(builtin_view(&args[0]))?))
}

fn list_cmp(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    list_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    if !is_list(&args[1]) {
        return Ok(vm.not_implemented.clone());
    }
    native_richcompare(vm, &args[0], &args[1], op)
}
fn list_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_cmp(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn list_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_cmp(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn list_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_cmp(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn list_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_cmp(vm, args, kw, "__le__", CmpOp::Le)
}
fn list_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_cmp(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn list_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_cmp(vm, args, kw, "__ge__", CmpOp::Ge)
}

// ----- tuple -------------------------------------------------------------

fn tuple_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    if let Some(v) = args.first() {
        if let Some(ObjKind::Tuple(t)) = builtin_view(v).as_obj().map(|o| &o.kind) {
            return Ok(t);
        }
    }
    Err(descr_error(vm, "tuple", name, args))
}

fn is_tuple(v: &Value) -> bool {
    matches!(
        builtin_view(v).as_obj().map(|o| &o.kind),
        Some(ObjKind::Tuple(_))
    )
}

fn init_tuple(vm: &Vm) {
    let t = &vm.types.tuple;
    method(vm, t, "index", tuple_index);
    method(vm, t, "count", tuple_count);
    method(vm, t, "__len__", tuple_len);
    method(vm, t, "__contains__", tuple_contains);
    method(vm, t, "__iter__", tuple_iter);
    method(vm, t, "__getitem__", tuple_getitem);
    method(vm, t, "__add__", tuple_add);
    method(vm, t, "__mul__", tuple_mul);
    method(vm, t, "__rmul__", tuple_mul);
    method(vm, t, "__hash__", tuple_hash);
    method(vm, t, "__repr__", tuple_repr);
    method(vm, t, "__getnewargs__", tuple_getnewargs);
    method(vm, t, "__eq__", tuple_eq);
    method(vm, t, "__ne__", tuple_ne);
    method(vm, t, "__lt__", tuple_lt);
    method(vm, t, "__le__", tuple_le);
    method(vm, t, "__gt__", tuple_gt);
    method(vm, t, "__ge__", tuple_ge);
}

fn tuple_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "index")?;
    let p = plain_args(vm, "tuple.index", args, kw)?;
    check_args(vm, "index", p, 1, 3)?;
    let (start, stop) = index_bounds(vm, p, t.len())?;
    for i in start..stop.min(t.len()) {
        if vm.eq_bool(&t[i], &p[0])? {
            return Ok(Value::int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "count")?;
    let p = plain_args(vm, "tuple.count", args, kw)?;
    check_args(vm, "tuple.count", p, 1, 1)?;
    let mut n = 0i64;
    for x in t {
        if vm.eq_bool(x, &p[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn tuple_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(Value::int(t.len() as i64))
}

fn tuple_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__contains__")?;
    wrapper_args(vm, args, kw, 1)?;
    for x in t {
        if vm.eq_bool(x, &args[1])? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn tuple_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_of(vm, args, "__iter__")?;
    wrapper_args(vm, args, kw, 0)?;
    vm.iter(builtin_view(&args[0]))
}

fn tuple_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_of(vm, args, "__getitem__")?;
    wrapper_args(vm, args, kw, 1)?;
    super::getitem_native(vm, builtin_view(&args[0]), &args[1], &args[0])
}

fn tuple_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__add__")?;
    wrapper_args(vm, args, kw, 1)?;
    match builtin_view(&args[1]).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(r)) => {
            let mut v = t.to_vec();
            v.extend(r.iter().cloned());
            Ok(vm.new_tuple(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args[1])
        ))),
    }
}

fn tuple_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__mul__")?;
    wrapper_args(vm, args, kw, 1)?;
    let n = repeat_count(vm, &args[1])?;
    if n == 1 && !vm.is_heap_instance(&args[0]) {
        return Ok(args[0].clone());
    }
    Ok(vm.new_tuple(vm.repeated(t, n, "")?))
}

fn tuple_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_of(vm, args, "__hash__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(Value::int(vm.hash(builtin_view(&args[0]))?))
}

fn tuple_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_of(vm, args, "__repr__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(vm.new_str(vm.repr_string(builtin_view(&args[0]))?))
}

fn tuple_getnewargs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__getnewargs__")?;
    wrapper_args(vm, args, kw, 0)?;
    Ok(vm.new_tuple(vec![vm.new_tuple(t.to_vec())]))
}

fn tuple_cmp(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    tuple_of(vm, args, name)?;
    wrapper_args(vm, args, kw, 1)?;
    if !is_tuple(&args[1]) {
        return Ok(vm.not_implemented.clone());
    }
    native_richcompare(vm, &args[0], &args[1], op)
}
fn tuple_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_cmp(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_cmp(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn tuple_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_cmp(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_cmp(vm, args, kw, "__le__", CmpOp::Le)
}
fn tuple_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_cmp(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    tuple_cmp(vm, args, kw, "__ge__", CmpOp::Ge)
}
