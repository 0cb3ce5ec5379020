//! `bytearray` (a mutable byte string) and `memoryview` (a view of the
//! bytes of a `bytes` or `bytearray`).
//!
//! The non-mutating methods of `bytearray` are those of `bytes`, run on a
//! snapshot of the contents, with byte-string results turned back into
//! bytearrays (`bytearray(b'ab').upper()` is a bytearray; `split` gives a
//! list of them). The mutating ones, indexing and slice assignment are
//! here. `bytes` methods accept bytearrays and memoryviews as arguments
//! through [`buffer_of`](super::strings::buffer_of).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use super::seq::slice_indices_wide;
use super::strings::buffer_of;
use super::{check_args, method};
use stitch_bytecode::{BinOp, CmpOp};

use crate::num::{IntRef, as_int};
use crate::object::{self, ObjKind};
use crate::protocol::{builtin_view, str_of};
use crate::types::{self, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// A memoryview: bytes `start, start+step, ...` (`len` of them) of `obj`.
pub struct MemView {
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub released: Cell<bool>,
}

impl MemView {
    fn index(&self, i: usize) -> usize {
        (self.start as isize + self.step * i as isize) as usize
    }
}

pub fn new_bytearray(vm: &Vm, b: Vec<u8>) -> Value {
    object::alloc(ObjKind::ByteArray(RefCell::new(b)), &vm.types.bytearray)
}

fn ba_cell(v: &Value) -> Option<&RefCell<Vec<u8>>> {
    match &builtin_view(v).as_obj()?.kind {
        ObjKind::ByteArray(b) => Some(b),
        _ => None,
    }
}

fn mv_of(v: &Value) -> Option<&MemView> {
    match &v.as_obj()?.kind {
        ObjKind::MemoryView(m) => Some(m),
        _ => None,
    }
}

/// The bytes a memoryview shows (a copy).
pub fn memview_bytes(m: &MemView) -> Vec<u8> {
    let all = buffer_of(&m.obj).unwrap_or(Cow::Borrowed(&[]));
    (0..m.len)
        .filter_map(|i| all.get(m.index(i)).copied())
        .collect()
}

/// An int in range(256) (`bytearray` items).
fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    match as_int(v) {
        Some(IntRef::Small(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => match vm.index_value(v)? {
            Some(i) if (0..256).contains(&i) => Ok(i as u8),
            Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// The bytes of a constructor argument (`bytes(x)` / `bytearray(x)` rules).
pub fn bytes_from_source(vm: &Vm, s: &Value) -> PyResult<Vec<u8>> {
    if let Some(IntRef::Small(n)) = as_int(s) {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = buffer_of(s) {
        return Ok(b.into_owned());
    }
    if str_of(s).is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    let mut out = Vec::new();
    for x in vm.to_vec(s)? {
        out.push(byte_value(vm, &x).map_err(|e| {
            if vm.err_matches(&e, Exc::ValueError) {
                vm.value_error("byte must be in range(0, 256)")
            } else {
                e
            }
        })?);
    }
    Ok(out)
}

// ----- construction --------------------------------------------------------

fn bytearray_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_kwargs(vm, "bytearray", kw, &["source", "encoding", "errors"])?;
    let p = &super::pos(args, kw)[1..];
    let src = p.first().or_else(|| super::kwarg(args, kw, "source"));
    let encoding = p.get(1).or_else(|| super::kwarg(args, kw, "encoding"));
    let errors = p.get(2).or_else(|| super::kwarg(args, kw, "errors"));
    let b = match src {
        None => Vec::new(),
        Some(s) => match str_of(s) {
            Some(text) => {
                if encoding.is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                let enc = super::strings::encode_str(vm, text, encoding, errors)?;
                buffer_of(&enc).map(|b| b.into_owned()).unwrap_or_default()
            }
            None => {
                if encoding.is_some() {
                    return Err(vm.type_error("encoding without a string argument"));
                }
                bytes_from_source(vm, s)?
            }
        },
    };
    Ok(new_bytearray(vm, b))
}

fn memoryview_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_kwargs(vm, "memoryview", kw, &["object"])?;
    let p = &super::pos(args, kw)[1..];
    let Some(obj) = p.first().or_else(|| super::kwarg(args, kw, "object")) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    check_args(vm, "memoryview", p, 1, 1)?;
    if let Some(m) = mv_of(obj) {
        return Ok(new_view(vm, m.obj.clone(), m.start, m.step, m.len));
    }
    let len = match &builtin_view(obj).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Bytes(b)) => b.len(),
        Some(ObjKind::ByteArray(b)) => b.borrow().len(),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(obj)
            )));
        }
    };
    Ok(new_view(vm, builtin_view(obj).clone(), 0, 1, len))
}

fn new_view(vm: &Vm, obj: Value, start: usize, step: isize, len: usize) -> Value {
    object::alloc(
        ObjKind::MemoryView(Box::new(MemView {
            obj,
            start,
            step,
            len,
            released: Cell::new(false),
        })),
        &vm.types.memoryview,
    )
}

// ----- bytearray: the bytes methods on a snapshot --------------------------

/// Turn the byte strings in a `bytes` method's result into bytearrays.
fn to_bytearrays(vm: &Vm, v: Value) -> Value {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Bytes(b)) => new_bytearray(vm, b.to_vec()),
        Some(ObjKind::List(l)) => {
            let items = l
                .borrow()
                .iter()
                .map(|x| to_bytearrays(vm, x.clone()))
                .collect();
            vm.new_list(items)
        }
        Some(ObjKind::Tuple(t)) => {
            let items = t.iter().map(|x| to_bytearrays(vm, x.clone())).collect();
            vm.new_tuple(items)
        }
        _ => v,
    }
}

/// Run `bytes.<name>` with a bytearray receiver's contents.
fn via_bytes(vm: &Vm, name: &str, args: &[Value], kw: &[Value], convert: bool) -> PyResult<Value> {
    let this = args.first().and_then(ba_cell).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            args.first().map(|a| vm.type_name(a)).unwrap_or_default()
        ))
    })?;
    let snapshot = vm.new_bytes(this.borrow().clone());
    let f = type_obj(&vm.types.bytes)
        .and_then(|t| types::lookup(t, name))
        .ok_or_else(|| vm.err(Exc::AttributeError, name.to_string()))?;
    let mut all = args.to_vec();
    all[0] = snapshot;
    let r = vm.call(&f, &all, kw)?;
    Ok(if convert { to_bytearrays(vm, r) } else { r })
}

macro_rules! via_bytes {
    ($($f:ident => $name:literal, $convert:expr;)*) => {
        $(fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            via_bytes(vm, $name, args, kw, $convert)
        })*
        const VIA_BYTES: &[(&str, crate::function::NativeFn)] = &[$(($name, $f)),*];
    };
}

via_bytes! {
    ba_decode => "decode", false;
    ba_hex => "hex", false;
    ba_upper => "upper", true;
    ba_lower => "lower", true;
    ba_swapcase => "swapcase", true;
    ba_capitalize => "capitalize", true;
    ba_title => "title", true;
    ba_isascii => "isascii", false;
    ba_isalpha => "isalpha", false;
    ba_isalnum => "isalnum", false;
    ba_isdigit => "isdigit", false;
    ba_isspace => "isspace", false;
    ba_islower => "islower", false;
    ba_isupper => "isupper", false;
    ba_istitle => "istitle", false;
    ba_find => "find", false;
    ba_rfind => "rfind", false;
    ba_index => "index", false;
    ba_rindex => "rindex", false;
    ba_count => "count", false;
    ba_startswith => "startswith", false;
    ba_endswith => "endswith", false;
    ba_split => "split", true;
    ba_rsplit => "rsplit", true;
    ba_splitlines => "splitlines", true;
    ba_join => "join", true;
    ba_strip => "strip", true;
    ba_lstrip => "lstrip", true;
    ba_rstrip => "rstrip", true;
    ba_replace => "replace", true;
    ba_partition => "partition", true;
    ba_rpartition => "rpartition", true;
    ba_center => "center", true;
    ba_ljust => "ljust", true;
    ba_rjust => "rjust", true;
    ba_zfill => "zfill", true;
    ba_expandtabs => "expandtabs", true;
    ba_removeprefix => "removeprefix", true;
    ba_removesuffix => "removesuffix", true;
    ba_translate => "translate", true;
    ba_mod => "__mod__", true;
}

// ----- bytearray: its own methods ------------------------------------------

fn this_ba<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    args.first()
        .and_then(ba_cell)
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object")))
}

fn ba_append(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "append")?;
    check_args(vm, "append", &args[1..], 1, 1)?;
    let x = byte_value(vm, &args[1])?;
    b.borrow_mut().push(x);
    Ok(Value::NONE)
}
fn ba_extend(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "extend")?;
    check_args(vm, "extend", &args[1..], 1, 1)?;
    if str_of(&args[1]).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let more = match buffer_of(&args[1]) {
        Some(m) => m.into_owned(),
        None => {
            if vm.iter(&args[1]).is_err() {
                return Err(vm.type_error(format!(
                    "can't extend bytearray with {}",
                    vm.type_name(&args[1])
                )));
            }
            bytes_from_source(vm, &args[1])?
        }
    };
    b.borrow_mut().extend(more);
    Ok(Value::NONE)
}
fn ba_insert(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "insert")?;
    check_args(vm, "insert", &args[1..], 2, 2)?;
    let i = super::strings::int_arg(vm, &args[1])?;
    let x = byte_value(vm, &args[2])?;
    let mut b = b.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, x);
    Ok(Value::NONE)
}
fn ba_pop(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "pop")?;
    check_args(vm, "pop", &args[1..], 0, 1)?;
    let mut b = b.borrow_mut();
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let i = match args.get(1) {
        Some(v) => super::strings::int_arg(vm, v)?,
        None => -1,
    };
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::int(b.remove(at as usize) as i64))
}
fn ba_remove(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "remove")?;
    check_args(vm, "remove", &args[1..], 1, 1)?;
    let x = byte_value(vm, &args[1])?;
    let mut b = b.borrow_mut();
    match b.iter().position(|c| *c == x) {
        Some(i) => {
            b.remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn ba_clear(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "clear")?.borrow_mut().clear();
    Ok(Value::NONE)
}
fn ba_copy(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "copy")?.borrow().clone();
    Ok(new_bytearray(vm, b))
}
fn ba_reverse(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::NONE)
}
fn ba_add(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "__add__")?;
    check_args(vm, "__add__", &args[1..], 1, 1)?;
    let Some(other) = buffer_of(&args[1]) else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(&args[1])
        )));
    };
    let mut out = b.borrow().clone();
    out.extend_from_slice(&other);
    Ok(new_bytearray(vm, out))
}
fn ba_iadd(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "__iadd__")?;
    check_args(vm, "__iadd__", &args[1..], 1, 1)?;
    let Some(other) = buffer_of(&args[1]) else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(&args[1])
        )));
    };
    let other = other.into_owned();
    b.borrow_mut().extend_from_slice(&other);
    Ok(args[0].clone())
}
fn repeat_count(vm: &Vm, v: &Value) -> PyResult<usize> {
    match as_int(v) {
        Some(IntRef::Small(n)) => Ok(n.max(0) as usize),
        Some(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v)
        ))),
    }
}
fn ba_mul(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "__mul__")?;
    check_args(vm, "__mul__", &args[1..], 1, 1)?;
    let n = repeat_count(vm, &args[1])?;
    let out = vm.repeated(&b.borrow(), n, "")?;
    Ok(new_bytearray(vm, out))
}
fn ba_imul(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = this_ba(vm, args, "__imul__")?;
    check_args(vm, "__imul__", &args[1..], 1, 1)?;
    let n = repeat_count(vm, &args[1])?;
    let out = vm.repeated(&b.borrow(), n, "")?;
    *b.borrow_mut() = out;
    Ok(args[0].clone())
}
fn ba_len(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::int(
        this_ba(vm, args, "__len__")?.borrow().len() as i64
    ))
}
fn ba_getitem(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "__getitem__")?;
    check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    vm.getitem(&args[0], &args[1])
}
fn ba_setitem(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "__setitem__")?;
    check_args(vm, "__setitem__", &args[1..], 2, 2)?;
    vm.setitem(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::NONE)
}
fn ba_delitem(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "__delitem__")?;
    check_args(vm, "__delitem__", &args[1..], 1, 1)?;
    vm.delitem(&args[0], &args[1])?;
    Ok(Value::NONE)
}
fn ba_iter(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "__iter__")?;
    vm.iter(&args[0])
}
fn ba_contains(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "__contains__")?;
    check_args(vm, "__contains__", &args[1..], 1, 1)?;
    Ok(Value::bool(vm.contains(&args[0], &args[1])?))
}
fn ba_repr(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_ba(vm, args, "__repr__")?;
    Ok(vm.new_str(vm.repr_string(&args[0])?))
}
/// `bytearray.fromhex(s)`: bytes.fromhex's body, which builds `cls(result)`.
fn ba_fromhex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let inner = type_obj(&vm.types.bytes)
        .and_then(|t| types::lookup(t, "fromhex"))
        .and_then(|f| match f.as_obj().map(|o| &o.kind) {
            Some(ObjKind::ClassMethod(inner)) => Some(inner.clone()),
            _ => None,
        })
        .ok_or_else(|| vm.err(Exc::AttributeError, "fromhex"))?;
    vm.call(&inner, args, kw)
}

fn rich(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    match (
        args.first().and_then(buffer_of),
        args.get(1).and_then(buffer_of),
    ) {
        (Some(x), Some(y)) => Ok(Value::bool(crate::protocol::cmp_holds(op, x.cmp(&y)))),
        _ => Ok(vm.not_implemented.clone()),
    }
}
macro_rules! rich_fns {
    ($($f:ident => $op:ident),*) => {
        $(fn $f(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
            rich(vm, args, CmpOp::$op)
        })*
    };
}
rich_fns!(ba_eq => Eq, ba_ne => Ne, ba_lt => Lt, ba_le => Le, ba_gt => Gt, ba_ge => Ge);

// ----- operators (called from protocol.rs) ----------------------------------

/// `a op b` where one operand is a bytearray or memoryview: concatenation
/// and repetition (the left operand's type decides the result's), `%`.
pub fn binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let (ka, kb) = (a.as_obj().map(|o| &o.kind), b.as_obj().map(|o| &o.kind));
    match (ka, op.base()) {
        (Some(ObjKind::ByteArray(x)), BinOp::Add) => {
            let other = buffer_of(b)?.into_owned();
            if op.is_inplace() {
                x.borrow_mut().extend_from_slice(&other);
                return Some(Ok(a.clone()));
            }
            let mut out = x.borrow().clone();
            out.extend_from_slice(&other);
            Some(Ok(new_bytearray(vm, out)))
        }
        (Some(ObjKind::Bytes(x)), BinOp::Add) => {
            let other = buffer_of(b)?;
            Some(Ok(vm.new_bytes([&x[..], &other[..]].concat())))
        }
        (Some(ObjKind::ByteArray(x)), BinOp::Multiply) if as_int(b).is_some() => {
            let n = match repeat_count(vm, b) {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            let out = match vm.repeated(&x.borrow(), n, "") {
                Ok(out) => out,
                Err(e) => return Some(Err(e)),
            };
            if op.is_inplace() {
                *x.borrow_mut() = out;
                return Some(Ok(a.clone()));
            }
            Some(Ok(new_bytearray(vm, out)))
        }
        (_, BinOp::Multiply) if as_int(a).is_some() => match kb {
            Some(ObjKind::ByteArray(_)) => binop(vm, b, a, BinOp::Multiply),
            _ => None,
        },
        (Some(ObjKind::ByteArray(_)), BinOp::Remainder) => {
            Some(via_bytes(vm, "__mod__", &[a.clone(), b.clone()], &[], true))
        }
        _ => None,
    }
}

/// Comparison of two bytes-like objects; memoryviews only compare for equality.
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<bool>> {
    let is_view = |v: &Value| mv_of(v).is_some();
    if (is_view(a) || is_view(b)) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    let (x, y) = (buffer_of(a)?, buffer_of(b)?);
    Some(Ok(crate::protocol::cmp_holds(op, x.cmp(&y))))
}

// ----- indexing (called from seq.rs) ---------------------------------------

/// `bytearray[key]`.
pub fn ba_get(vm: &Vm, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<Value> {
    if let Some(ObjKind::Slice(s)) = key.as_obj().map(|o| &o.kind) {
        let si = vm.slice_indices_with(s, || b.borrow().len())?;
        let b = b.borrow();
        return Ok(new_bytearray(
            vm,
            si.indices().filter_map(|i| b.get(i).copied()).collect(),
        ));
    }
    let i = vm.seq_index_with(key, || b.borrow().len(), "bytearray")?;
    let byte = b.borrow().get(i).copied();
    byte.map(|x| Value::int(x as i64))
        .ok_or_else(|| vm.index_error("bytearray index out of range"))
}

/// `bytearray[key] = value`.
pub fn ba_set(vm: &Vm, b: &RefCell<Vec<u8>>, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(ObjKind::Slice(s)) = key.as_obj().map(|o| &o.kind) {
        let items = match buffer_of(value) {
            Some(v) => v.into_owned(),
            None if as_int(value).is_some() => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            None => bytes_from_source(vm, value)?,
        };
        let si = vm.slice_indices_with(s, || b.borrow().len())?;
        if si.step == 1 {
            let start = si.start as usize;
            b.borrow_mut().splice(start..start + si.len, items);
            return Ok(());
        }
        if items.len() != si.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                si.len
            )));
        }
        let mut bm = b.borrow_mut();
        for (i, x) in si.indices().zip(items) {
            bm[i] = x;
        }
        return Ok(());
    }
    let i = vm.seq_index_with(key, || b.borrow().len(), "bytearray")?;
    let x = byte_value(vm, value)?;
    match b.borrow_mut().get_mut(i) {
        Some(slot) => *slot = x,
        None => return Err(vm.index_error("bytearray index out of range")),
    }
    Ok(())
}

/// `del bytearray[key]`.
pub fn ba_del(vm: &Vm, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
    if let Some(ObjKind::Slice(s)) = key.as_obj().map(|o| &o.kind) {
        let si = vm.slice_indices_with(s, || b.borrow().len())?;
        let len = b.borrow().len();
        let mut gone = vec![false; len];
        si.indices().for_each(|i| gone[i] = true);
        let old = std::mem::take(&mut *b.borrow_mut());
        *b.borrow_mut() = old
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !gone[*i])
            .map(|(_, x)| x)
            .collect();
        return Ok(());
    }
    let i = vm.seq_index_with(key, || b.borrow().len(), "bytearray")?;
    b.borrow_mut().remove(i);
    Ok(())
}

/// `memoryview[key]`.
pub fn mv_get(vm: &Vm, m: &MemView, key: &Value) -> PyResult<Value> {
    check_released(vm, m)?;
    if let Some(ObjKind::Slice(s)) = key.as_obj().map(|o| &o.kind) {
        let (start, stop, step) = slice_indices_wide(vm, s, m.len as i128)?;
        let n = if step > 0 {
            ((stop - start).max(0) + step - 1) / step
        } else {
            ((start - stop).max(0) + (-step) - 1) / (-step)
        };
        let first = if n > 0 {
            m.index(start as usize)
        } else {
            m.start
        };
        return Ok(new_view(
            vm,
            m.obj.clone(),
            first,
            m.step * step as isize,
            n as usize,
        ));
    }
    let i = vm.seq_index(key, m.len, "memoryview")?;
    let all = buffer_of(&m.obj).unwrap_or(Cow::Borrowed(&[]));
    Ok(Value::int(all.get(m.index(i)).copied().unwrap_or(0) as i64))
}

/// `memoryview[key] = value` (only over a bytearray).
pub fn mv_set(vm: &Vm, m: &MemView, key: &Value, value: &Value) -> PyResult<()> {
    check_released(vm, m)?;
    let Some(cell) = ba_cell(&m.obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if let Some(ObjKind::Slice(s)) = key.as_obj().map(|o| &o.kind) {
        let view = mv_get(vm, m, key)?;
        let Some(target) = mv_of(&view) else {
            return Ok(());
        };
        let src = buffer_of(value).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            ))
        })?;
        if src.len() != target.len {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let _ = s;
        let mut b = cell.borrow_mut();
        for (i, x) in src.iter().enumerate() {
            b[target.index(i)] = *x;
        }
        return Ok(());
    }
    let i = vm.seq_index(key, m.len, "memoryview")?;
    let x = match as_int(value) {
        Some(IntRef::Small(v)) if (0..256).contains(&v) => v as u8,
        Some(_) => {
            return Err(vm.value_error("memoryview: invalid value for format 'B'"));
        }
        None => {
            return Err(vm.type_error("memoryview: invalid type for format 'B'"));
        }
    };
    cell.borrow_mut()[m.index(i)] = x;
    Ok(())
}

fn check_released(vm: &Vm, m: &MemView) -> PyResult<()> {
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

// ----- memoryview methods ----------------------------------------------------

fn this_mv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a MemView> {
    let m = args.first().and_then(mv_of).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'memoryview' object"
        ))
    })?;
    if name != "release" && name != "__exit__" {
        check_released(vm, m)?;
    }
    Ok(m)
}
fn mv_tobytes(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "tobytes")?;
    Ok(vm.new_bytes(memview_bytes(m)))
}
fn mv_tolist(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "tolist")?;
    Ok(vm.new_list(
        memview_bytes(m)
            .into_iter()
            .map(|b| Value::int(b as i64))
            .collect(),
    ))
}
fn mv_hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "hex")?;
    let mut all = args.to_vec();
    all[0] = vm.new_bytes(memview_bytes(m));
    let f = type_obj(&vm.types.bytes)
        .and_then(|t| types::lookup(t, "hex"))
        .ok_or_else(|| vm.err(Exc::AttributeError, "hex"))?;
    vm.call(&f, &all, kw)
}
fn mv_release(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_mv(vm, args, "release")?.released.set(true);
    Ok(Value::NONE)
}
fn mv_enter(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_mv(vm, args, "__enter__")?;
    Ok(args[0].clone())
}
fn mv_exit(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    this_mv(vm, args, "__exit__")?.released.set(true);
    Ok(Value::NONE)
}
fn mv_len(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::int(this_mv(vm, args, "__len__")?.len as i64))
}
fn mv_getitem(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "__getitem__")?;
    check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    mv_get(vm, m, &args[1])
}
fn mv_setitem(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "__setitem__")?;
    check_args(vm, "__setitem__", &args[1..], 2, 2)?;
    mv_set(vm, m, &args[1], &args[2])?;
    Ok(Value::NONE)
}
fn mv_iter(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "__iter__")?;
    let items = vm.new_list(
        memview_bytes(m)
            .into_iter()
            .map(|b| Value::int(b as i64))
            .collect(),
    );
    vm.iter(&items)
}
fn mv_eq(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = this_mv(vm, args, "__eq__")?;
    match args.get(1).and_then(buffer_of) {
        Some(o) => Ok(Value::bool(memview_bytes(m) == *o)),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn mv_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = mv_eq(vm, args, kw)?;
    Ok(match r.as_bool() {
        Some(b) => Value::bool(!b),
        None => r,
    })
}

/// Read-only attributes of a memoryview.
pub fn mv_attr(vm: &Vm, m: &MemView, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::int(m.len as i64),
        "readonly" => Value::bool(ba_cell(&m.obj).is_none()),
        "itemsize" => Value::int(1),
        "format" => vm.new_str("B"),
        "ndim" => Value::int(1),
        "shape" => vm.new_tuple(vec![Value::int(m.len as i64)]),
        "strides" => vm.new_tuple(vec![Value::int(m.step as i64)]),
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::bool(m.step == 1),
        "released" => Value::bool(m.released.get()),
        _ => return Ok(None),
    }))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.bytearray;
    method(vm, t, "__new__", bytearray_new);
    for &(name, f) in VIA_BYTES {
        method(vm, t, name, f);
    }
    let own: &[(&'static str, crate::function::NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("__add__", ba_add),
        ("__iadd__", ba_iadd),
        ("__mul__", ba_mul),
        ("__rmul__", ba_mul),
        ("__imul__", ba_imul),
        ("__len__", ba_len),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iter__", ba_iter),
        ("__contains__", ba_contains),
        ("__repr__", ba_repr),
        ("__str__", ba_repr),
        ("__eq__", ba_eq),
        ("__ne__", ba_ne),
        ("__lt__", ba_lt),
        ("__le__", ba_le),
        ("__gt__", ba_gt),
        ("__ge__", ba_ge),
    ];
    for &(name, f) in own {
        method(vm, t, name, f);
    }
    super::strings::add_wrapped_method(vm, t, "fromhex", ba_fromhex, true);
    if let Some(tt) = type_obj(t) {
        let _ = vm.dict_set_str(&tt.dict, "__hash__", Value::NONE);
    }
    let m = &vm.types.memoryview;
    method(vm, m, "__new__", memoryview_new);
    let mv: &[(&'static str, crate::function::NativeFn)] = &[
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
    ];
    for &(name, f) in mv {
        method(vm, m, name, f);
    }
    if let Some(tt) = type_obj(m) {
        let _ = vm.dict_set_str(&tt.dict, "__hash__", Value::NONE);
    }
}
