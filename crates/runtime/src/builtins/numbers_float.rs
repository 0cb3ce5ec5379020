//! Methods of `float` (`hex`/`fromhex`, `as_integer_ratio`, rounding, the
//! arithmetic and comparison dunders) and exact bit-level helpers
//! (`frexp`, `ldexp`, `nextafter`) shared with the `math` module.

use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};
use stitch_bytecode::{BinOp, CmpOp};

use super::method;
use super::numbers::{
    Recv, add_classmethod, add_property, check_self, float_to_int_checked, int_to_f64, no_args,
    pow_args, slot_args,
};
use crate::num::{self, as_float, as_int};
use crate::protocol::{builtin_view, cmp_holds, str_of};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = &vm.types.float;
    macro_rules! reg {
        ($($name:literal => $f:ident),* $(,)?) => { $(method(vm, t, $name, $f);)* };
    }
    reg! {
        "__add__" => float_add, "__radd__" => float_radd, "__sub__" => float_sub, "__rsub__" => float_rsub,
        "__mul__" => float_mul, "__rmul__" => float_rmul, "__truediv__" => float_truediv, "__rtruediv__" => float_rtruediv,
        "__floordiv__" => float_floordiv, "__rfloordiv__" => float_rfloordiv, "__mod__" => float_mod, "__rmod__" => float_rmod,
        "__divmod__" => float_divmod, "__rdivmod__" => float_rdivmod, "__pow__" => float_pow, "__rpow__" => float_rpow,
        "__eq__" => float_eq, "__ne__" => float_ne, "__lt__" => float_lt, "__le__" => float_le, "__gt__" => float_gt, "__ge__" => float_ge,
        "__neg__" => float_neg, "__pos__" => float_pos, "__abs__" => float_abs, "__bool__" => float_bool,
        "__int__" => float_int, "__float__" => float_float, "__hash__" => float_hash, "__repr__" => float_repr,
        "__trunc__" => float_trunc, "__floor__" => float_floor, "__ceil__" => float_ceil, "__round__" => float_round,
        "conjugate" => float_conjugate, "is_integer" => float_is_integer, "as_integer_ratio" => float_as_integer_ratio,
        "hex" => float_hex, "__getnewargs__" => float_getnewargs, "__format__" => float_format,
    }
    add_classmethod(vm, t, "fromhex", float_fromhex);
    add_classmethod(vm, t, "__getformat__", float_getformat);
    add_property(vm, t, "real", float_get_real);
    add_property(vm, t, "imag", float_get_imag);
}

// ----- bit-level helpers ----------------------------------------------------

/// `2.0**e` for `-1022 <= e <= 1023`, exactly.
fn pow2(e: i32) -> f64 {
    f64::from_bits(((0x3ff + e) as u64) << 52)
}

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (zeros, infinities and NaN unchanged, `e == 0`).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * pow2(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// C's `ldexp`/`scalbn`: `x * 2**n`, correctly rounded once (musl's method).
pub fn ldexp(x: f64, n: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut n = n.clamp(-4000, 4000) as i32;
    let mut y = x;
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-1022 * 2**53 so the last multiplication rounds only once.
        let s = pow2(-1022) * pow2(53);
        y *= s;
        n += 1022 - 53;
        if n < -1022 {
            y *= s;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * pow2(n)
}

/// C's `nextafter`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `m * 2**e` correctly rounded (ties to even); `None` if it overflows.
pub fn scaled_to_f64(m: &BigUint, e: i128) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let nb = m.bits() as i128;
    let top = e + nb;
    if top < -1074 {
        return Some(0.0);
    }
    if top > 1024 {
        return None;
    }
    let lsb = top.max(-1021) - 53;
    let r = if e >= lsb {
        ldexp(m.to_u64().unwrap_or(0) as f64, e as i64)
    } else {
        let shift = (lsb - e) as u64;
        let mut q = (m >> shift).to_u64().unwrap_or(0);
        let half = m.bit(shift - 1);
        let sticky = m.trailing_zeros().unwrap_or(0) < shift - 1;
        if half && (sticky || q & 1 == 1) {
            q += 1;
        }
        ldexp(q as f64, lsb as i64)
    };
    if r.is_infinite() { None } else { Some(r) }
}

/// `(numerator, denominator)` of a finite float, in lowest terms.
pub fn integer_ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    e += tz as i64;
    let mut n = BigInt::from(mant);
    let mut d = BigInt::from(1);
    if e >= 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    if x < 0.0 {
        n = -n;
    }
    (n, d)
}

// ----- self and operands --------------------------------------------------------

fn is_float(v: &Value) -> bool {
    as_float(v).is_some()
}
fn slot_float(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    let s = check_self(vm, args, "float", name, Recv::Slot, is_float)?;
    Ok(as_float(s).unwrap_or(0.0))
}
fn meth_float(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    let s = check_self(vm, args, "float", name, Recv::Method, is_float)?;
    Ok(as_float(s).unwrap_or(0.0))
}
/// The other operand of a float operator: a float, an int converted, or `None` (NotImplemented).
fn operand(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_float(v) {
        return Some(Ok(f));
    }
    as_int(v).map(|i| int_to_f64(vm, &i))
}

fn float_binary(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let a = slot_float(vm, args, name)?;
    let rest = slot_args(vm, name, args, kw, 1)?;
    let Some(b) = operand(vm, &rest[0]) else {
        return Ok(vm.not_implemented.clone());
    };
    let b = b?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    num::num_binop(vm, op, &Value::float(x), &Value::float(y))
        .unwrap_or_else(|| Ok(vm.not_implemented.clone()))
}

macro_rules! float_binops {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident;)*) => {$(
        fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            float_binary(vm, args, kw, $name, BinOp::$op, false)
        }
        fn $rf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            float_binary(vm, args, kw, $rname, BinOp::$op, true)
        }
    )*};
}

float_binops! {
    float_add, float_radd, "__add__", "__radd__", Add;
    float_sub, float_rsub, "__sub__", "__rsub__", Subtract;
    float_mul, float_rmul, "__mul__", "__rmul__", Multiply;
    float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", TrueDivide;
    float_floordiv, float_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDivide;
    float_mod, float_rmod, "__mod__", "__rmod__", Remainder;
}

fn divmod_floats(vm: &Vm, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    Ok(vm.new_tuple(vec![
        Value::float(num::float_floordiv(a, b)),
        Value::float(num::float_mod(a, b)),
    ]))
}
fn float_divmod_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let a = slot_float(vm, args, name)?;
    let rest = slot_args(vm, name, args, kw, 1)?;
    let Some(b) = operand(vm, &rest[0]) else {
        return Ok(vm.not_implemented.clone());
    };
    let b = b?;
    if reflected {
        divmod_floats(vm, b, a)
    } else {
        divmod_floats(vm, a, b)
    }
}
fn float_divmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_divmod_impl(vm, args, kw, "__divmod__", false)
}
fn float_rdivmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_divmod_impl(vm, args, kw, "__rdivmod__", true)
}

fn float_pow_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let a = slot_float(vm, args, name)?;
    let (o, m) = pow_args(vm, name, args, kw)?;
    if m.is_some() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let Some(b) = operand(vm, o) else {
        return Ok(vm.not_implemented.clone());
    };
    let b = b?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    num::num_binop(vm, BinOp::Power, &Value::float(x), &Value::float(y))
        .unwrap_or_else(|| Ok(vm.not_implemented.clone()))
}
fn float_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_pow_impl(vm, args, kw, "__pow__", false)
}
fn float_rpow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_pow_impl(vm, args, kw, "__rpow__", true)
}

fn float_compare(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let a = slot_float(vm, args, name)?;
    let rest = slot_args(vm, name, args, kw, 1)?;
    let other = builtin_view(&rest[0]);
    if as_float(other).is_none() && as_int(other).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    Ok(Value::bool(match num::num_cmp(&Value::float(a), other) {
        Some(Some(o)) => cmp_holds(op, o),
        _ => op == CmpOp::Ne,
    }))
}
fn float_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_compare(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn float_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_compare(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn float_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_compare(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn float_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_compare(vm, args, kw, "__le__", CmpOp::Le)
}
fn float_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_compare(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn float_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_compare(vm, args, kw, "__ge__", CmpOp::Ge)
}

// ----- unary slots ------------------------------------------------------------------

fn float_unary(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(f64) -> PyResult<Value>,
) -> PyResult<Value> {
    let a = slot_float(vm, args, name)?;
    slot_args(vm, name, args, kw, 0)?;
    f(a)
}
fn float_neg(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__neg__", |a| Ok(Value::float(-a)))
}
fn float_pos(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__pos__", |a| Ok(Value::float(a)))
}
fn float_abs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__abs__", |a| Ok(Value::float(a.abs())))
}
fn float_bool(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__bool__", |a| Ok(Value::bool(a != 0.0)))
}
fn float_int(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__int__", |a| float_to_int_checked(vm, a))
}
fn float_float(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__float__", |a| Ok(Value::float(a)))
}
fn float_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__hash__", |a| {
        vm.hash(&Value::float(a)).map(Value::int)
    })
}
fn float_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_unary(vm, args, kw, "__repr__", |a| {
        Ok(vm.new_str(stitch_pyfmt::float::repr(a)))
    })
}

// ----- methods ------------------------------------------------------------------------

fn float_method0(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(f64) -> PyResult<Value>,
) -> PyResult<Value> {
    let a = meth_float(vm, args, name)?;
    no_args(vm, &format!("float.{name}"), args, kw)?;
    f(a)
}
fn float_trunc(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "__trunc__", |a| float_to_int_checked(vm, a))
}
fn float_floor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "__floor__", |a| {
        float_to_int_checked(vm, a.floor())
    })
}
fn float_ceil(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "__ceil__", |a| {
        float_to_int_checked(vm, a.ceil())
    })
}
fn float_conjugate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "conjugate", |a| Ok(Value::float(a)))
}
fn float_getnewargs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "__getnewargs__", |a| {
        Ok(vm.new_tuple(vec![Value::float(a)]))
    })
}
fn float_is_integer(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "is_integer", |a| {
        Ok(Value::bool(a.is_finite() && a.floor() == a))
    })
}
fn float_as_integer_ratio(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "as_integer_ratio", |a| {
        if a.is_infinite() {
            return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
        }
        if a.is_nan() {
            return Err(vm.value_error("cannot convert NaN to integer ratio"));
        }
        let (n, d) = integer_ratio(a);
        Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
    })
}
fn float_get_real(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    meth_float(vm, args, "real").map(Value::float)
}
fn float_get_imag(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    meth_float(vm, args, "imag")?;
    Ok(Value::float(0.0))
}

fn float_round(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = meth_float(vm, args, "__round__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("float.__round__() takes no keyword arguments"));
    }
    let nd = match &args[1..] {
        [] => None,
        [nd] if nd.is_none() => None,
        [nd] => Some(nd),
        rest => {
            return Err(vm.type_error(format!(
                "__round__ expected at most 1 argument, got {}",
                rest.len()
            )));
        }
    };
    match nd {
        None => float_to_int_checked(vm, stitch_pyfmt::float::round_half_even(a)),
        Some(nd) => {
            let n = super::numbers::index(vm, nd)?;
            let n = match as_int(&n) {
                Some(crate::num::IntRef::Small(n)) => n,
                Some(i) if i.is_negative() => i64::MIN,
                _ => i64::MAX,
            };
            stitch_pyfmt::float::round_float(a, n)
                .map(Value::float)
                .map_err(|e| vm.overflow_error(e.message("float")))
        }
    }
}

fn float_format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = meth_float(vm, args, "__format__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("float.__format__() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.__format__() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let spec = &args[1];
    let Some(s) = str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if s.is_empty() {
        return vm.str(&args[0]);
    }
    vm.format(&Value::float(a), spec)
}

fn float_getformat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("float.__getformat__() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    match str_of(&args[1]) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

// ----- hex / fromhex ------------------------------------------------------------------

/// `float.hex()`: CPython's `float_hex`.
pub fn hex_string(x: f64) -> String {
    if !x.is_finite() {
        return stitch_pyfmt::float::repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let (mut m, mut e) = frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    m = ldexp(m, shift as i64);
    e -= shift;
    let mut s = String::new();
    let d = m as u32;
    s.push(char::from_digit(d, 16).unwrap_or('0'));
    m -= d as f64;
    s.push('.');
    for _ in 0..13 {
        m *= 16.0;
        let d = m as u32;
        s.push(char::from_digit(d, 16).unwrap_or('0'));
        m -= d as f64;
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{s}p{esign}{}", e.unsigned_abs())
}

fn float_hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    float_method0(vm, args, kw, "hex", |a| Ok(vm.new_str(hex_string(a))))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parse CPython's `[+-]inf`, `[+-]infinity`, `[+-]nan` (any case) at the start of `s`.
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[start..];
    let starts =
        |p: &str| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let (v, n) = if starts("infinity") {
        (f64::INFINITY, 8)
    } else if starts("inf") {
        (f64::INFINITY, 3)
    } else if starts("nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, start + n))
}

enum HexError {
    Invalid,
    Overflow,
}

/// The value of a hexadecimal float string, as `float.fromhex` computes it.
fn parse_hex(text: &str) -> Result<f64, HexError> {
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let value = if let Some((v, n)) = parse_inf_or_nan(&s[i..]) {
        i += n;
        v
    } else {
        let mut neg = false;
        match s.get(i) {
            Some(b'-') => {
                neg = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x') | Some(b'X')) {
            i += 2;
        }
        let mut mant = BigUint::zero();
        let mut ndigits = 0i128;
        let mut fdigits = 0i128;
        while let Some(d) = s.get(i).and_then(|c| (*c as char).to_digit(16)) {
            mant = (mant << 4u32) + d;
            ndigits += 1;
            i += 1;
        }
        if s.get(i) == Some(&b'.') {
            i += 1;
            while let Some(d) = s.get(i).and_then(|c| (*c as char).to_digit(16)) {
                mant = (mant << 4u32) + d;
                ndigits += 1;
                fdigits += 1;
                i += 1;
            }
        }
        if ndigits == 0 {
            return Err(HexError::Invalid);
        }
        let mut exp: i128 = 0;
        if matches!(s.get(i), Some(b'p') | Some(b'P')) {
            i += 1;
            let eneg = match s.get(i) {
                Some(b'-') => {
                    i += 1;
                    true
                }
                Some(b'+') => {
                    i += 1;
                    false
                }
                _ => false,
            };
            if !s.get(i).is_some_and(|c| c.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            while let Some(c) = s.get(i).filter(|c| c.is_ascii_digit()) {
                // Saturate like strtol; such exponents over- or underflow anyway.
                exp = (exp * 10 + (c - b'0') as i128).min(1 << 80);
                i += 1;
            }
            if eneg {
                exp = -exp;
            }
        }
        let v = if mant.is_zero() {
            0.0
        } else {
            scaled_to_f64(&mant, exp - 4 * fdigits).ok_or(HexError::Overflow)?
        };
        if neg { -v } else { v }
    };
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(HexError::Invalid);
    }
    Ok(value)
}

fn float_fromhex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("float.fromhex() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(text) = str_of(&args[1]) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex(text) {
        Ok(v) => Value::float(v),
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
    };
    let cls = &args[0];
    if cls.is(&vm.types.float) {
        return Ok(v);
    }
    vm.call(cls, &[v], &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_ldexp_round_trip() {
        for x in [
            1.0,
            0.1,
            -3.5,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
        ] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()));
            assert_eq!(ldexp(m, e as i64), x);
        }
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.5, -1074), f64::from_bits(2));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
    }

    #[test]
    fn hex_strings() {
        assert_eq!(hex_string(1.5), "0x1.8000000000000p+0");
        assert_eq!(hex_string(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(hex_string(-0.1), "-0x1.999999999999ap-4");
        assert!(matches!(parse_hex("0x1.8p1"), Ok(v) if v == 3.0));
        assert!(matches!(parse_hex(" -0x1p-1074 "), Ok(v) if v == -5e-324));
        assert!(matches!(parse_hex("0x1p1024"), Err(HexError::Overflow)));
        assert!(matches!(
            parse_hex("0x1.fffffffffffff8p1023"),
            Err(HexError::Overflow)
        ));
        assert!(matches!(parse_hex("zz"), Err(HexError::Invalid)));
    }
}
