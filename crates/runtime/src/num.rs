//! Arithmetic on `int`, `bool` and `float` with Python's semantics: ints
//! are machine integers until an operation overflows, then arbitrary
//! precision; floor division and modulo round toward negative infinity;
//! mixed int/float comparisons are exact.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use stitch_bytecode::BinOp;

use crate::object::ObjKind;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// A borrowed view of an int value.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => big_to_f64(b),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
}

/// The int inside `v` (an int, a bool, or an instance of an int subclass).
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    match &v.as_obj()?.kind {
        ObjKind::BigInt(b) => Some(IntRef::Big(b)),
        ObjKind::Instance(inst) => inst.base_value().and_then(as_int),
        _ => None,
    }
}

/// The float inside `v` (a float or an instance of a float subclass).
pub fn as_float(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    match &v.as_obj()?.kind {
        ObjKind::Instance(inst) => inst.base_value().and_then(|b| b.as_float()),
        _ => None,
    }
}

/// int -> float conversion, correctly rounded; `None` if too large.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() { Some(f) } else { None }
}

pub fn float_eq_int(f: f64, i: i64) -> bool {
    cmp_float_int(f, &IntRef::Small(i)) == Some(Ordering::Equal)
}

/// Exact comparison of a float with an int (None if the float is NaN).
pub fn cmp_float_int(f: f64, i: &IntRef) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let IntRef::Small(n) = i {
        if n.unsigned_abs() < (1u64 << 53) {
            return f.partial_cmp(&(*n as f64));
        }
    }
    // Compare the integer parts exactly, then the fraction.
    let t = f.trunc();
    let ti = BigInt::from_f64_exact(t);
    let ib = i.to_big();
    match ti.cmp(&ib) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

fn int_value(vm: &Vm, b: BigInt) -> Value {
    vm.new_bigint(b)
}

/// Python's floor division and modulo for machine ints (`b != 0`).
#[inline]
pub fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Float modulo with the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { m + b } else { m }
    } else {
        0.0f64.copysign(b)
    }
}

/// Float floor division as CPython computes it (consistent with `float_mod`).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 { fl + 1.0 } else { fl }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// `a ** b` for floats, with CPython's special cases (`float_pow`).
fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult<Value> {
    let is_odd = |x: f64| (x.abs() % 2.0) == 1.0;
    if b == 0.0 {
        return Ok(Value::float(1.0));
    }
    if a.is_nan() {
        return Ok(Value::float(a));
    }
    if b.is_nan() {
        return Ok(Value::float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        // |a| < 1: inf**-inf-like; |a| > 1 (or infinite): grows; |a| == 1: 1.
        let av = a.abs();
        return Ok(Value::float(if av == 1.0 {
            1.0
        } else if (b > 0.0) == (av > 1.0) {
            b.abs()
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        return Ok(Value::float(if b > 0.0 {
            if is_odd(b) { a } else { a.abs() }
        } else if is_odd(b) {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::float(if is_odd(b) { a } else { 0.0 }));
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Err(vm.value_error("complex numbers are not supported by Stitch (negative number raised to a fractional power)"));
        }
        base = -a;
        negate = is_odd(b);
    }
    if base == 1.0 {
        return Ok(Value::float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(vm.err_args(
            Exc::OverflowError,
            vec![Value::int(34), vm.new_str("Numerical result out of range")],
        ));
    }
    Ok(Value::float(if negate { -r } else { r }))
}

fn float_binop(vm: &Vm, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Subtract => a - b,
        BinOp::Multiply => a * b,
        BinOp::TrueDivide => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDivide => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(a, b)
        }
        BinOp::Remainder => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(a, b)
        }
        BinOp::Power => return float_pow(vm, a, b),
        _ => return Err(vm.type_error("unsupported float operation")),
    }))
}

fn int_to_float(vm: &Vm, i: &IntRef) -> PyResult<f64> {
    i.to_f64()
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// True division of two ints, correctly rounded for machine-sized operands.
fn int_truediv(vm: &Vm, a: &IntRef, b: &IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (a.to_big(), b.to_big());
    match (big_to_f64(&x), big_to_f64(&y)) {
        (Some(fx), Some(fy)) if x.bits() <= 53 && y.bits() <= 53 => Ok(Value::float(fx / fy)),
        _ => {
            // Scale so the quotient keeps 55+ significant bits, append a
            // sticky bit for the remainder, then round once (subnormals too).
            let (xm, ym) = (x.magnitude(), y.magnitude());
            let shift = (ym.bits() as i64) - (xm.bits() as i64) + 55;
            let (q, r) = if shift >= 0 {
                (xm << shift as usize).div_rem(ym)
            } else {
                xm.div_rem(&(ym << (-shift) as usize))
            };
            let q = (q << 1u32) + u32::from(!r.is_zero());
            let Some(f) = crate::builtins::numbers_float::scaled_to_f64(&q, -(shift as i128) - 1)
            else {
                return Err(vm.overflow_error("integer division result too large for a float"));
            };
            Ok(Value::float(if x.is_negative() != y.is_negative() {
                -f
            } else {
                f
            }))
        }
    }
}

fn int_pow(vm: &Vm, a: &IntRef, b: &IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let fa = int_to_float(vm, a)?;
        let fb = int_to_float(vm, b)?;
        if fa == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return float_pow(vm, fa, fb);
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Ok(e) = u32::try_from(*y) {
            if let Some(r) = x.checked_pow(e) {
                return Ok(Value::int(r));
            }
        }
    }
    let base = a.to_big();
    let exp = match b {
        IntRef::Small(y) => *y as u64,
        IntRef::Big(_) => {
            if base.is_zero() || base.is_one() {
                return Ok(int_value(vm, base));
            }
            if base == BigInt::from(-1) {
                let odd = b.to_big().is_odd();
                return Ok(Value::int(if odd { -1 } else { 1 }));
            }
            return Err(vm.err(Exc::MemoryError, ""));
        }
    };
    if base.bits() as u128 * exp as u128 > 1 << 34 {
        return Err(vm.err(Exc::MemoryError, ""));
    }
    Ok(int_value(vm, num_traits::pow::Pow::pow(&base, exp)))
}

fn shift_count(vm: &Vm, b: &IntRef) -> PyResult<Option<u64>> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    Ok(match b {
        IntRef::Small(n) => Some(*n as u64),
        IntRef::Big(_) => None,
    })
}

/// `a op b` in 128 bits when both operands and the result fit: 64-bit
/// hashes and masks (`h ^= key`, `x & 0xFFFFFFFFFFFFFFFF`) need no
/// bignum copies of their operands.
fn wide_int_binop(op: BinOp, a: &IntRef, b: &IntRef) -> Option<i128> {
    let wide = |v: &IntRef| match v {
        IntRef::Small(i) => Some(*i as i128),
        IntRef::Big(b) => b.to_i128(),
    };
    let (x, y) = (wide(a)?, wide(b)?);
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Subtract => x.checked_sub(y),
        BinOp::Multiply => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        _ => None,
    }
}

/// An operation on two ints (bools included).
pub fn int_binop(vm: &Vm, op: BinOp, a: &IntRef, b: &IntRef) -> PyResult<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Subtract => x.checked_sub(y),
            BinOp::Multiply => x.checked_mul(y),
            BinOp::FloorDivide if y != 0 => floor_divmod(x, y).map(|r| r.0),
            BinOp::Remainder if y != 0 => floor_divmod(x, y).map(|r| r.1),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift if (0..64).contains(&y) => {
                let r = x.wrapping_shl(y as u32);
                if r >> y == x { Some(r) } else { None }
            }
            BinOp::RShift if y >= 0 => Some(if y >= 64 {
                if x < 0 { -1 } else { 0 }
            } else {
                x >> y
            }),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(Value::int(r));
        }
    }
    match op {
        BinOp::TrueDivide => return int_truediv(vm, a, b),
        BinOp::Power => return int_pow(vm, a, b),
        _ => {}
    }
    if let Some(r) = wide_int_binop(op, a, b) {
        return Ok(vm.new_int128(r));
    }
    let (x, y) = (a.to_big(), b.to_big());
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::FloorDivide | BinOp::Remainder => {
            if y.is_zero() {
                return Err(vm.zero_division(if op == BinOp::Remainder {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                }));
            }
            let (q, r) = x.div_mod_floor(&y);
            if op == BinOp::FloorDivide { q } else { r }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => match shift_count(vm, b)? {
            Some(n) if x.is_zero() || n < (1 << 32) => {
                if x.bits() + n > (1 << 34) {
                    return Err(vm.err(Exc::MemoryError, ""));
                }
                x << n as usize
            }
            _ if x.is_zero() => x,
            _ => return Err(vm.overflow_error("too many digits in integer")),
        },
        BinOp::RShift => match shift_count(vm, b)? {
            Some(n) if n < x.bits() + 1 => {
                // Arithmetic shift: floor division by 2**n.
                if x.is_negative() {
                    let (q, _) = x.div_mod_floor(&(BigInt::one() << n as usize));
                    q
                } else {
                    x >> n as usize
                }
            }
            _ => {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            }
        },
        _ => return Err(vm.type_error("unsupported int operation")),
    };
    Ok(int_value(vm, r))
}

/// Apply a numeric binary operator if both operands are numbers; `None`
/// when they are not (the caller then tries the dunder protocol).
pub fn num_binop(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let op = op.base();
    // bool & bool stays bool.
    if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
        match op {
            BinOp::And => return Some(Ok(Value::bool(x & y))),
            BinOp::Or => return Some(Ok(Value::bool(x | y))),
            BinOp::Xor => return Some(Ok(Value::bool(x ^ y))),
            _ => {}
        }
    }
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => {
            if op == BinOp::MatMul {
                return None;
            }
            Some(int_binop(vm, op, &x, &y))
        }
        (Some(x), None) => {
            let fb = as_float(b)?;
            if !is_float_op(op) {
                return None;
            }
            Some(int_to_float(vm, &x).and_then(|fa| float_binop(vm, op, fa, fb)))
        }
        (None, Some(y)) => {
            let fa = as_float(a)?;
            if !is_float_op(op) {
                return None;
            }
            Some(int_to_float(vm, &y).and_then(|fb| float_binop(vm, op, fa, fb)))
        }
        (None, None) => {
            let (fa, fb) = (as_float(a)?, as_float(b)?);
            if !is_float_op(op) {
                return None;
            }
            Some(float_binop(vm, op, fa, fb))
        }
    }
}

/// Operators defined on floats (the rest are TypeErrors).
pub(crate) fn is_float_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Subtract
            | BinOp::Multiply
            | BinOp::TrueDivide
            | BinOp::FloorDivide
            | BinOp::Remainder
            | BinOp::Power
    )
}

/// Compare two numbers; `None` if either is not a number or the result is
/// unordered (NaN).
pub fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (as_int(a), as_int(b)) {
        (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => Some(Some(x.cmp(&y))),
        (Some(x), Some(y)) => Some(Some(x.to_big().cmp(&y.to_big()))),
        (Some(x), None) => {
            let fb = as_float(b)?;
            Some(cmp_float_int(fb, &x).map(Ordering::reverse))
        }
        (None, Some(y)) => {
            let fa = as_float(a)?;
            Some(cmp_float_int(fa, &y))
        }
        (None, None) => {
            let (fa, fb) = (as_float(a)?, as_float(b)?);
            Some(fa.partial_cmp(&fb))
        }
    }
}

/// Hash of an int value as CPython computes it.
pub fn hash_int(i: &IntRef) -> i64 {
    match i {
        IntRef::Small(n) => stitch_pyfmt::hash::hash_int_i64(*n),
        IntRef::Big(b) => stitch_pyfmt::hash::hash_bigint(b),
    }
}

/// Decimal text of an int, with CPython 3.11's 4300-digit limit.
pub fn int_to_str(vm: &Vm, i: &IntRef) -> PyResult<String> {
    match i {
        IntRef::Small(n) => Ok(n.to_string()),
        IntRef::Big(b) => {
            let limit = vm.int_max_str_digits.get();
            stitch_pyfmt::int::to_decimal_string(b, (limit > 0).then_some(limit))
                .map_err(|e| vm.value_error(e.message("int")))
        }
    }
}

/// Convert an int-like value to i64 or raise OverflowError with `what` in the message.
pub fn to_i64(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i)),
        Some(IntRef::Big(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => Ok(None),
    }
}
