//! Methods of `int` and `bool`, the conversions `int(x)` and `float(x)`,
//! and helpers shared with the float methods (`numbers_float.rs`) and the
//! `math` module (`math.rs`).
//!
//! Every method can also be called unbound (`int.__add__(3, 4)`), so each
//! one checks its `self` with CPython's descriptor messages. The binary
//! dunders return `NotImplemented` for operands of other types, exactly as
//! CPython's slot wrappers do; the interpreter itself never calls them for
//! built-in values (it goes straight to `num.rs`), only Python code does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use stitch_bytecode::{BinOp, CmpOp};

use super::{kwarg, method, pos};
use crate::num::{self, IntRef, as_float, as_int};
use crate::object::{self, ObjKind, PropertyData};
use crate::protocol::{builtin_view, cmp_holds};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = &vm.types.int;
    macro_rules! reg {
        ($($name:literal => $f:ident),* $(,)?) => { $(method(vm, t, $name, $f);)* };
    }
    reg! {
        "__add__" => int_add, "__radd__" => int_radd, "__sub__" => int_sub, "__rsub__" => int_rsub,
        "__mul__" => int_mul, "__rmul__" => int_rmul, "__truediv__" => int_truediv, "__rtruediv__" => int_rtruediv,
        "__floordiv__" => int_floordiv, "__rfloordiv__" => int_rfloordiv, "__mod__" => int_mod, "__rmod__" => int_rmod,
        "__lshift__" => int_lshift, "__rlshift__" => int_rlshift, "__rshift__" => int_rshift, "__rrshift__" => int_rrshift,
        "__and__" => int_and, "__rand__" => int_rand, "__or__" => int_or, "__ror__" => int_ror,
        "__xor__" => int_xor, "__rxor__" => int_rxor,
        "__divmod__" => int_divmod, "__rdivmod__" => int_rdivmod, "__pow__" => int_pow, "__rpow__" => int_rpow,
        "__eq__" => int_eq, "__ne__" => int_ne, "__lt__" => int_lt, "__le__" => int_le, "__gt__" => int_gt, "__ge__" => int_ge,
        "__neg__" => int_neg, "__pos__" => int_pos, "__abs__" => int_abs, "__invert__" => int_invert,
        "__bool__" => int_bool, "__int__" => int_int, "__index__" => int_index, "__float__" => int_float,
        "__hash__" => int_hash, "__repr__" => int_repr,
        "__trunc__" => int_trunc, "__floor__" => int_floor, "__ceil__" => int_ceil, "__round__" => int_round,
        "__getnewargs__" => int_getnewargs, "__format__" => int_format, "__sizeof__" => int_sizeof,
        "conjugate" => int_conjugate, "bit_length" => int_bit_length, "bit_count" => int_bit_count,
        "to_bytes" => int_to_bytes, "as_integer_ratio" => int_as_integer_ratio,
    }
    add_classmethod(vm, t, "from_bytes", int_from_bytes);
    add_property(vm, t, "real", int_get_self);
    add_property(vm, t, "numerator", int_get_self);
    add_property(vm, t, "imag", int_get_zero);
    add_property(vm, t, "denominator", int_get_one);
    let b = &vm.types.bool_;
    method(vm, b, "__repr__", bool_repr);
    method(vm, b, "__and__", bool_and);
    method(vm, b, "__rand__", bool_and);
    method(vm, b, "__or__", bool_or);
    method(vm, b, "__ror__", bool_or);
    method(vm, b, "__xor__", bool_xor);
    method(vm, b, "__rxor__", bool_xor);
    super::numbers_float::init(vm);
}

pub fn init_math(vm: &Vm) {
    super::math::init(vm);
}

/// Put a built-in classmethod into a type's namespace.
pub fn add_classmethod(vm: &Vm, ty: &Value, name: &'static str, f: crate::function::NativeFn) {
    if let Some(t) = crate::types::type_obj(ty) {
        let cm = object::alloc(
            ObjKind::ClassMethod(vm.new_builtin(name, f)),
            &vm.types.classmethod,
        );
        let _ = vm.dict_set_str(&t.dict, name, cm);
    }
}

/// Put a read-only property computed by `f(self)` into a type's namespace.
pub fn add_property(vm: &Vm, ty: &Value, name: &'static str, f: crate::function::NativeFn) {
    if let Some(t) = crate::types::type_obj(ty) {
        let data = PropertyData {
            fget: vm.new_builtin(name, f),
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        };
        let p = object::alloc(ObjKind::Property(Box::new(data)), &vm.types.property);
        let _ = vm.dict_set_str(&t.dict, name, p);
    }
}

// ----- argument checking ------------------------------------------------

/// How a built-in method reports a bad `self`: slot wrappers (`__add__`)
/// and plain methods (`bit_length`) word it differently in CPython.
#[derive(Clone, Copy)]
pub(crate) enum Recv {
    Slot,
    Method,
}

/// `self` of a method of built-in type `ty`, checked with `is_ok`.
pub(crate) fn check_self<'a>(
    vm: &Vm,
    args: &'a [Value],
    ty: &str,
    name: &str,
    recv: Recv,
    is_ok: impl Fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let Some(s) = args.first() else {
        return Err(vm.type_error(match recv {
            Recv::Slot => format!("descriptor '{name}' of '{ty}' object needs an argument"),
            Recv::Method => format!("unbound method {ty}.{name}() needs an argument"),
        }));
    };
    if !is_ok(s) {
        return Err(vm.type_error(match recv {
            Recv::Slot => format!(
                "descriptor '{name}' requires a '{ty}' object but received a '{}'",
                vm.type_name(s)
            ),
            Recv::Method => format!(
                "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
                vm.type_name(s)
            ),
        }));
    }
    Ok(s)
}

/// Arguments after `self` of a slot wrapper taking exactly `n` of them.
pub(crate) fn slot_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    n: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args[1..];
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {}", rest.len())));
    }
    Ok(rest)
}

/// Check a method that takes no arguments besides `self`.
pub(crate) fn no_args(vm: &Vm, qual: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// Argument Clinic style binding of `args` (without `self`) to `names`:
/// the first `npos` may be positional, the rest are keyword-only; the
/// first `required` must be given.
pub(crate) fn bind_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = pos(args, kw);
    if p.len() > npos {
        let plural = if npos == 1 { "" } else { "s" };
        let how = if required == npos {
            "exactly"
        } else {
            "at most"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {npos} positional argument{plural} ({} given)",
            p.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| p.get(i).cloned())
        .collect();
    for k in kw {
        let ks = crate::protocol::str_of(k).unwrap_or("?");
        match names.iter().position(|n| *n == ks) {
            Some(i) if i < p.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{ks}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = kwarg(args, kw, ks).cloned(),
            None => {
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

// ----- shared conversions -------------------------------------------------

/// A plain `int` value equal to `i`.
pub fn int_value(vm: &Vm, i: &IntRef) -> Value {
    match i {
        IntRef::Small(n) => Value::int(*n),
        IntRef::Big(b) => vm.new_bigint((*b).clone()),
    }
}

/// `operator.index(v)`: a plain int, via `__index__` for other objects.
pub fn index(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(v) {
        return Ok(int_value(vm, &i));
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[]) {
        let r = r?;
        return match as_int(&r) {
            Some(i) => Ok(int_value(vm, &i)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// An int as a float, or CPython's OverflowError.
pub fn int_to_f64(vm: &Vm, i: &IntRef) -> PyResult<f64> {
    i.to_f64()
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// `PyFloat_AsDouble`: the float value of a number argument.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[]) {
        let r = r?;
        return as_float(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    if let Some(i) = as_int(v) {
        return int_to_f64(vm, &i);
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[]) {
        let r = r?;
        return match as_int(&r) {
            Some(i) => int_to_f64(vm, &i),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// An exactly-integral float as an int value.
pub fn float_to_int(vm: &Vm, f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::int(f as i64)
    } else {
        vm.new_bigint(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
    }
}

/// `int(f)` for a float already rounded to an integer: errors for NaN and infinities.
pub fn float_to_int_checked(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float_to_int(vm, f.trunc()))
}

/// `round(i, ndigits)` for an int and a negative-or-not `ndigits`: halves to even.
pub fn round_int(vm: &Vm, i: &IntRef, ndigits: &Value) -> PyResult<Value> {
    let nd = index(vm, ndigits)?;
    let n = match as_int(&nd) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => 0,
    };
    if n >= 0 {
        return Ok(int_value(vm, i));
    }
    let v = i.to_big();
    // 10**k exceeds twice |v| once k passes its digit count: the result is 0.
    let digits = (v.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = n.unsigned_abs().min(digits);
    let p = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let (q, r) = v.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(vm.new_bigint(q * p))
}

/// `pow(b, e, m)` for ints.
pub fn int_modpow(vm: &Vm, b: &IntRef, e: &IntRef, m: &IntRef) -> PyResult<Value> {
    let (b, e, md) = (b.to_big(), e.to_big(), m.to_big());
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = md.abs();
    let base = if e.is_negative() {
        let g = b.mod_floor(&mabs).extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        g.x.mod_floor(&mabs)
    } else {
        b.mod_floor(&mabs)
    };
    let mut r = base.modpow(&e.abs(), &mabs);
    // The result has the sign of the modulus.
    if !r.is_zero() && md.is_negative() {
        r += &md;
    }
    Ok(vm.new_bigint(r))
}

// ----- int: self and binary operators -------------------------------------

fn is_int(v: &Value) -> bool {
    as_int(v).is_some()
}
fn slot_int<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<IntRef<'a>> {
    let s = check_self(vm, args, "int", name, Recv::Slot, is_int)?;
    Ok(as_int(s).unwrap_or(IntRef::Small(0)))
}
fn meth_int<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<IntRef<'a>> {
    let s = check_self(vm, args, "int", name, Recv::Method, is_int)?;
    Ok(as_int(s).unwrap_or(IntRef::Small(0)))
}

/// `int.__op__(self, other)` / `int.__rop__(self, other)`.
fn int_binary(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let a = slot_int(vm, args, name)?;
    let rest = slot_args(vm, name, args, kw, 1)?;
    let Some(b) = as_int(&rest[0]) else {
        return Ok(vm.not_implemented.clone());
    };
    if reflected {
        num::int_binop(vm, op, &b, &a)
    } else {
        num::int_binop(vm, op, &a, &b)
    }
}

macro_rules! int_binops {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident;)*) => {$(
        fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            int_binary(vm, args, kw, $name, BinOp::$op, false)
        }
        fn $rf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            int_binary(vm, args, kw, $rname, BinOp::$op, true)
        }
    )*};
}

int_binops! {
    int_add, int_radd, "__add__", "__radd__", Add;
    int_sub, int_rsub, "__sub__", "__rsub__", Subtract;
    int_mul, int_rmul, "__mul__", "__rmul__", Multiply;
    int_truediv, int_rtruediv, "__truediv__", "__rtruediv__", TrueDivide;
    int_floordiv, int_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDivide;
    int_mod, int_rmod, "__mod__", "__rmod__", Remainder;
    int_lshift, int_rlshift, "__lshift__", "__rlshift__", LShift;
    int_rshift, int_rrshift, "__rshift__", "__rrshift__", RShift;
    int_and, int_rand, "__and__", "__rand__", And;
    int_or, int_ror, "__or__", "__ror__", Or;
    int_xor, int_rxor, "__xor__", "__rxor__", Xor;
}

fn divmod_ints(vm: &Vm, a: &IntRef, b: &IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division("integer division or modulo by zero"));
    }
    let q = num::int_binop(vm, BinOp::FloorDivide, a, b)?;
    let r = num::int_binop(vm, BinOp::Remainder, a, b)?;
    Ok(vm.new_tuple(vec![q, r]))
}
fn int_divmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = slot_int(vm, args, "__divmod__")?;
    let rest = slot_args(vm, "__divmod__", args, kw, 1)?;
    match as_int(&rest[0]) {
        Some(b) => divmod_ints(vm, &a, &b),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn int_rdivmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = slot_int(vm, args, "__rdivmod__")?;
    let rest = slot_args(vm, "__rdivmod__", args, kw, 1)?;
    match as_int(&rest[0]) {
        Some(b) => divmod_ints(vm, &b, &a),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// Arguments of `__pow__`/`__rpow__`: the other operand and the optional modulus.
pub(crate) fn pow_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<(&'a Value, Option<&'a Value>)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match &args[1..] {
        [o] => Ok((o, None)),
        [o, m] => Ok((o, if m.is_none() { None } else { Some(m) })),
        [] => Err(vm.type_error(" expected at least 1 argument, got 0")),
        rest => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", rest.len()))),
    }
}
fn int_pow_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let a = slot_int(vm, args, name)?;
    let (o, m) = pow_args(vm, name, args, kw)?;
    let Some(b) = as_int(o) else {
        return Ok(vm.not_implemented.clone());
    };
    let (base, exp) = if reflected { (&b, &a) } else { (&a, &b) };
    match m {
        None => num::int_binop(vm, BinOp::Power, base, exp),
        Some(m) => match as_int(m) {
            Some(mi) => int_modpow(vm, base, exp, &mi),
            None => Ok(vm.not_implemented.clone()),
        },
    }
}
fn int_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_pow_impl(vm, args, kw, "__pow__", false)
}
fn int_rpow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_pow_impl(vm, args, kw, "__rpow__", true)
}

fn int_compare(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let a = slot_int(vm, args, name)?;
    let rest = slot_args(vm, name, args, kw, 1)?;
    let Some(b) = as_int(&rest[0]) else {
        return Ok(vm.not_implemented.clone());
    };
    let ord = match (&a, &b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    };
    Ok(Value::bool(cmp_holds(op, ord)))
}
fn int_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_compare(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn int_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_compare(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn int_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_compare(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn int_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_compare(vm, args, kw, "__le__", CmpOp::Le)
}
fn int_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_compare(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn int_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_compare(vm, args, kw, "__ge__", CmpOp::Ge)
}

// ----- int: unary slots ---------------------------------------------------

/// A unary slot wrapper: check `self`, no arguments, apply `f`.
fn int_unary(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(&IntRef) -> PyResult<Value>,
) -> PyResult<Value> {
    let a = slot_int(vm, args, name)?;
    slot_args(vm, name, args, kw, 0)?;
    f(&a)
}
fn int_neg(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__neg__", |a| {
        Ok(match a {
            IntRef::Small(n) => match n.checked_neg() {
                Some(r) => Value::int(r),
                None => vm.new_bigint(-BigInt::from(*n)),
            },
            IntRef::Big(b) => vm.new_bigint(-(*b).clone()),
        })
    })
}
fn int_pos(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__pos__", |a| Ok(int_value(vm, a)))
}
fn int_abs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__abs__", |a| {
        Ok(match a {
            IntRef::Small(n) => match n.checked_abs() {
                Some(r) => Value::int(r),
                None => vm.new_bigint(BigInt::from(*n).abs()),
            },
            IntRef::Big(b) => vm.new_bigint(b.abs()),
        })
    })
}
fn int_invert(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__invert__", |a| {
        Ok(match a {
            IntRef::Small(n) => Value::int(!n),
            IntRef::Big(b) => vm.new_bigint(!(*b).clone()),
        })
    })
}
fn int_bool(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__bool__", |a| Ok(Value::bool(!a.is_zero())))
}
fn int_int(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__int__", |a| Ok(int_value(vm, a)))
}
fn int_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__index__", |a| Ok(int_value(vm, a)))
}
fn int_float(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__float__", |a| {
        int_to_f64(vm, a).map(Value::float)
    })
}
fn int_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__hash__", |a| {
        Ok(Value::int(num::hash_int(a)))
    })
}
fn int_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_unary(vm, args, kw, "__repr__", |a| {
        Ok(vm.new_str(num::int_to_str(vm, a)?))
    })
}

// ----- int: methods -------------------------------------------------------

/// A method of `int` taking no arguments: check `self`, apply `f`.
fn int_method0(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(&IntRef) -> PyResult<Value>,
) -> PyResult<Value> {
    let a = meth_int(vm, args, name)?;
    no_args(vm, &format!("int.{name}"), args, kw)?;
    f(&a)
}
fn int_trunc(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "__trunc__", |a| Ok(int_value(vm, a)))
}
fn int_floor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "__floor__", |a| Ok(int_value(vm, a)))
}
fn int_ceil(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "__ceil__", |a| Ok(int_value(vm, a)))
}
fn int_conjugate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "conjugate", |a| Ok(int_value(vm, a)))
}
fn int_getnewargs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "__getnewargs__", |a| {
        Ok(vm.new_tuple(vec![int_value(vm, a)]))
    })
}
fn int_as_integer_ratio(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "as_integer_ratio", |a| {
        Ok(vm.new_tuple(vec![int_value(vm, a), Value::int(1)]))
    })
}
fn int_sizeof(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // CPython: 24-byte header plus 4 bytes per 30-bit digit (at least one).
    int_method0(vm, args, kw, "__sizeof__", |a| {
        let bits = bit_length(a);
        Ok(Value::int(24 + 4 * bits.div_ceil(30).max(1) as i64))
    })
}
fn bit_length(a: &IntRef) -> u64 {
    match a {
        IntRef::Small(n) => 64 - n.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    }
}
fn int_bit_length(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "bit_length", |a| {
        Ok(Value::int(bit_length(a) as i64))
    })
}
fn int_bit_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_method0(vm, args, kw, "bit_count", |a| {
        Ok(Value::int(match a {
            IntRef::Small(n) => n.unsigned_abs().count_ones() as i64,
            IntRef::Big(b) => b.magnitude().count_ones() as i64,
        }))
    })
}

fn int_round(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = meth_int(vm, args, "__round__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("int.__round__() takes no keyword arguments"));
    }
    match &args[1..] {
        [] => Ok(int_value(vm, &a)),
        [nd] if nd.is_none() => Ok(int_value(vm, &a)),
        [nd] => round_int(vm, &a, nd),
        rest => Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            rest.len()
        ))),
    }
}

fn int_format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = meth_int(vm, args, "__format__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("int.__format__() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "int.__format__() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let spec = &args[1];
    let Some(s) = crate::protocol::str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if s.is_empty() {
        return vm.str(&args[0]);
    }
    vm.format(&int_value(vm, &a), spec)
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match crate::protocol::str_of(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn int_to_bytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = meth_int(vm, args, "to_bytes")?;
    let a = a.to_big();
    let got = bind_args(
        vm,
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        2,
        0,
    )?;
    let length = match &got[0] {
        None => 1usize,
        Some(v) => {
            let n = index(vm, v)?;
            match as_int(&n) {
                Some(IntRef::Small(n)) if n >= 0 => n as usize,
                Some(i) if i.is_negative() => {
                    return Err(vm.value_error("length argument must be non-negative"));
                }
                _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let little = byteorder(vm, "to_bytes", got[1].as_ref())?;
    let signed = match &got[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && a.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Minimal little-endian representation, then padded to `length`.
    let mut bytes = if signed {
        if a.is_zero() {
            Vec::new()
        } else {
            a.to_signed_bytes_le()
        }
    } else if a.is_zero() {
        Vec::new()
    } else {
        a.magnitude().to_bytes_le()
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(vm.err(crate::vm::Exc::MemoryError, ""));
    }
    let fill = if a.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// The bytes of a `bytes`-like argument (bytes, or an iterable of small ints).
pub(crate) fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::strings::buffer_of(v) {
        return Ok(b.into_owned());
    }
    let cannot = || {
        vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        ))
    };
    if crate::protocol::str_of(v).is_some()
        || as_int(v).is_some()
        || as_float(v).is_some()
        || v.is_none()
    {
        return Err(cannot());
    }
    let items = match vm.iter(v) {
        Ok(_) => vm.to_vec(v)?,
        Err(_) => return Err(cannot()),
    };
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let i = index(vm, &x)?;
        match as_int(&i) {
            Some(IntRef::Small(n)) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_from_bytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let got = bind_args(
        vm,
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        2,
        1,
    )?;
    let data = bytes_arg(vm, got[0].as_ref().unwrap_or(&Value::NONE))?;
    let little = byteorder(vm, "from_bytes", got[1].as_ref())?;
    let signed = match &got[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let v = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    let r = vm.new_bigint(v);
    if cls.is(&vm.types.int) {
        return Ok(r);
    }
    vm.call(cls, &[r], &[])
}

fn int_get_self(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let a = meth_int(vm, args, "real")?;
    Ok(int_value(vm, &a))
}
fn int_get_zero(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    meth_int(vm, args, "imag")?;
    Ok(Value::int(0))
}
fn int_get_one(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    meth_int(vm, args, "denominator")?;
    Ok(Value::int(1))
}

// ----- bool -----------------------------------------------------------------

fn slot_bool(vm: &Vm, args: &[Value], name: &str) -> PyResult<bool> {
    let s = check_self(vm, args, "bool", name, Recv::Slot, |v| {
        v.as_bool().is_some()
    })?;
    Ok(s.as_bool().unwrap_or(false))
}
fn bool_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = slot_bool(vm, args, "__repr__")?;
    slot_args(vm, "__repr__", args, kw, 0)?;
    Ok(vm.intern(if b { "True" } else { "False" }))
}
/// `bool.__and__` and friends: bool with bool stays bool, else int's operator.
fn bool_logic(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let a = slot_bool(vm, args, name)?;
    let rest = slot_args(vm, name, args, kw, 1)?;
    if let Some(b) = rest[0].as_bool() {
        return Ok(Value::bool(match op {
            BinOp::And => a & b,
            BinOp::Or => a | b,
            _ => a ^ b,
        }));
    }
    match as_int(&rest[0]) {
        Some(b) => num::int_binop(vm, op, &IntRef::Small(a as i64), &b),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn bool_and(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bool_logic(vm, args, kw, "__and__", BinOp::And)
}
fn bool_or(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bool_logic(vm, args, kw, "__or__", BinOp::Or)
}
fn bool_xor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bool_logic(vm, args, kw, "__xor__", BinOp::Xor)
}

// ----- int(x) and float(x) ----------------------------------------------------

/// `int(x)` / `int(x, base)`.
pub fn int_from(vm: &Vm, x: &Value, base: Option<&Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let b = match as_int(&index(vm, b)?) {
            Some(IntRef::Small(b)) => b,
            _ => i64::MAX,
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match builtin_view(x).as_obj().map(|o| &o.kind) {
            Some(ObjKind::Str(s)) => s.as_str().to_string(),
            Some(ObjKind::Bytes(bs)) => String::from_utf8_lossy(bs).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse(vm, x, &text, b as u32);
    }
    if x.as_bool().is_some() {
        return Ok(Value::int(x.raw_payload() as i64));
    }
    if vm.is_heap_instance(x) {
        for name in ["__int__", "__index__", "__trunc__"] {
            if let Some(r) = vm.call_dunder(x, name, &[]) {
                let r = r?;
                return match as_int(&r) {
                    Some(i) => Ok(vm.new_bigint(i.to_big())),
                    None => Err(vm.type_error(format!(
                        "{name} returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
    }
    if let Some(i) = as_int(x) {
        return Ok(int_value(vm, &i));
    }
    if let Some(f) = as_float(x) {
        return float_to_int_checked(vm, f);
    }
    match builtin_view(x).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => parse(vm, x, s.as_str(), 10),
        Some(ObjKind::Bytes(b)) => parse(vm, x, &String::from_utf8_lossy(b), 10),
        _ => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

fn parse(vm: &Vm, orig: &Value, text: &str, base: u32) -> PyResult<Value> {
    match stitch_pyfmt::int::parse_int(text, base, Some(4300)) {
        Ok(b) => Ok(vm.new_bigint(b)),
        Err(e) => {
            let r = vm.repr_string(orig)?;
            Err(vm.value_error(e.message(&r)))
        }
    }
}

/// `float(x)`.
pub fn float_from(vm: &Vm, x: &Value) -> PyResult<Value> {
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f));
    }
    if vm.is_heap_instance(x) {
        if let Some(r) = vm.call_dunder(x, "__float__", &[]) {
            let r = r?;
            return match as_float(&r) {
                Some(f) => Ok(Value::float(f)),
                None => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&r)
                ))),
            };
        }
        if let Some(r) = vm.call_dunder(x, "__index__", &[]) {
            let r = r?;
            return float_from(vm, &r);
        }
    }
    if let Some(f) = as_float(x) {
        return Ok(Value::float(f));
    }
    if let Some(i) = as_int(x) {
        return int_to_f64(vm, &i).map(Value::float);
    }
    let text = match builtin_view(x).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        Some(ObjKind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )));
        }
    };
    match stitch_pyfmt::float::parse_float(&text) {
        Some(f) => Ok(Value::float(f)),
        None => Err(vm.value_error(format!(
            "could not convert string to float: {}",
            vm.repr_string(x)?
        ))),
    }
}
