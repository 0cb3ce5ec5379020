//! The `math` module's floating-point functions, following CPython's
//! `Modules/mathmodule.c`: the same special-case handling, the same
//! errors ("math domain error" is ValueError, "math range error" is
//! OverflowError), the system libm for the elementary functions (so results
//! match CPython's bit for bit on the same platform), and CPython's own
//! algorithms where it has them (`fsum`, `hypot`/`dist`, `gamma`/`lgamma`,
//! `remainder`, logarithms of huge ints). The integer functions live in
//! `math_int.rs`.

use num_traits::ToPrimitive;

use super::numbers::{bind_args, float_to_int_checked, int_value, to_f64};
use super::numbers_float::{frexp, ldexp, nextafter};
use super::{check_args, check_kwargs};
use crate::num::{IntRef, as_int};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The C library's math functions, called directly (Rust's own versions of
/// some of them, like `acosh`, are computed differently).
mod libm {
    // SAFETY: these are pure functions of their float arguments; they read
    // no memory and only ever set errno, which nothing here reads.
    unsafe extern "C" {
        pub safe fn acos(x: f64) -> f64;
        pub safe fn acosh(x: f64) -> f64;
        pub safe fn asin(x: f64) -> f64;
        pub safe fn asinh(x: f64) -> f64;
        pub safe fn atan(x: f64) -> f64;
        pub safe fn atan2(y: f64, x: f64) -> f64;
        pub safe fn atanh(x: f64) -> f64;
        // Rust's runtime carries its own `cbrt`, which the linker would
        // otherwise pick; CPython calls the C library's.
        #[cfg_attr(
            all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"),
            link_name = "cbrt@GLIBC_2.2.5"
        )]
        pub safe fn cbrt(x: f64) -> f64;
        pub safe fn cos(x: f64) -> f64;
        pub safe fn cosh(x: f64) -> f64;
        pub safe fn erf(x: f64) -> f64;
        pub safe fn erfc(x: f64) -> f64;
        pub safe fn exp(x: f64) -> f64;
        pub safe fn exp2(x: f64) -> f64;
        pub safe fn expm1(x: f64) -> f64;
        pub safe fn fmod(x: f64, y: f64) -> f64;
        pub safe fn log(x: f64) -> f64;
        pub safe fn log10(x: f64) -> f64;
        pub safe fn log1p(x: f64) -> f64;
        pub safe fn log2(x: f64) -> f64;
        pub safe fn pow(x: f64, y: f64) -> f64;
        pub safe fn sin(x: f64) -> f64;
        pub safe fn sinh(x: f64) -> f64;
        pub safe fn tan(x: f64) -> f64;
        pub safe fn tanh(x: f64) -> f64;
    }
}

pub fn init(vm: &Vm) {
    let m = super::modules::register(vm, "math");
    let d = super::modules::module_dict(&m);
    let _ = vm.dict_set_str(&d, "pi", Value::float(std::f64::consts::PI));
    let _ = vm.dict_set_str(&d, "e", Value::float(std::f64::consts::E));
    let _ = vm.dict_set_str(&d, "tau", Value::float(std::f64::consts::TAU));
    let _ = vm.dict_set_str(&d, "inf", Value::float(f64::INFINITY));
    let _ = vm.dict_set_str(&d, "nan", Value::float(f64::NAN));
    let fns: &[(&'static str, crate::function::NativeFn)] = &[
        ("acos", math_acos),
        ("acosh", math_acosh),
        ("asin", math_asin),
        ("asinh", math_asinh),
        ("atan", math_atan),
        ("atan2", math_atan2),
        ("atanh", math_atanh),
        ("cbrt", math_cbrt),
        ("ceil", math_ceil),
        ("copysign", math_copysign),
        ("cos", math_cos),
        ("cosh", math_cosh),
        ("degrees", math_degrees),
        ("dist", math_dist),
        ("erf", math_erf),
        ("erfc", math_erfc),
        ("exp", math_exp),
        ("exp2", math_exp2),
        ("expm1", math_expm1),
        ("fabs", math_fabs),
        ("floor", math_floor),
        ("fmod", math_fmod),
        ("frexp", math_frexp),
        ("fsum", math_fsum),
        ("gamma", math_gamma),
        ("hypot", math_hypot),
        ("isclose", math_isclose),
        ("isfinite", math_isfinite),
        ("isinf", math_isinf),
        ("isnan", math_isnan),
        ("ldexp", math_ldexp),
        ("lgamma", math_lgamma),
        ("log", math_log),
        ("log1p", math_log1p),
        ("log10", math_log10),
        ("log2", math_log2),
        ("modf", math_modf),
        ("pow", math_pow),
        ("radians", math_radians),
        ("remainder", math_remainder),
        ("sin", math_sin),
        ("sinh", math_sinh),
        ("sqrt", math_sqrt),
        ("tan", math_tan),
        ("tanh", math_tanh),
        ("trunc", math_trunc),
        ("nextafter", math_nextafter),
        ("ulp", math_ulp),
    ];
    for (name, f) in fns {
        vm.add_fn(&d, name, *f);
    }
    super::math_int::init(vm, &d);
    super::numbers_sys::init(vm);
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}
fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// The single argument of a one-argument math function.
fn one_arg<'a>(vm: &Vm, qual: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    check_kwargs(vm, qual, kw, &[])?;
    check_args(vm, qual, args, 1, 1)?;
    Ok(&args[0])
}
/// The two float arguments of a two-argument math function.
fn two_floats(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(f64, f64)> {
    check_kwargs(vm, name, kw, &[])?;
    check_args(vm, name, args, 2, 2)?;
    Ok((to_f64(vm, &args[0])?, to_f64(vm, &args[1])?))
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error; an infinity
/// from a finite input overflows (or is a singularity: domain error).
fn math_1(vm: &Vm, v: &Value, f: impl Fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let x = to_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(r)
}

/// CPython's `math_2`: the same rules for two arguments.
fn math_2(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: impl Fn(f64, f64) -> f64,
) -> PyResult<Value> {
    let (x, y) = two_floats(vm, name, args, kw)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::float(r))
}

macro_rules! func1 {
    ($($name:ident, $qual:literal, $f:expr, $overflow:expr;)*) => {$(
        fn $name(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let x = one_arg(vm, $qual, args, kw)?;
            math_1(vm, x, |v| $f(v), $overflow).map(Value::float)
        }
    )*};
}

func1! {
    math_acos, "math.acos", libm::acos, false;
    math_acosh, "math.acosh", libm::acosh, false;
    math_asin, "math.asin", libm::asin, false;
    math_asinh, "math.asinh", libm::asinh, false;
    math_atan, "math.atan", libm::atan, false;
    math_atanh, "math.atanh", libm::atanh, false;
    math_cbrt, "math.cbrt", libm::cbrt, false;
    math_cos, "math.cos", libm::cos, false;
    math_cosh, "math.cosh", libm::cosh, true;
    math_exp, "math.exp", libm::exp, true;
    math_exp2, "math.exp2", libm::exp2, true;
    math_expm1, "math.expm1", libm::expm1, true;
    math_fabs, "math.fabs", f64::abs, false;
    math_log1p, "math.log1p", m_log1p, false;
    math_sin, "math.sin", libm::sin, false;
    math_sinh, "math.sinh", libm::sinh, true;
    math_sqrt, "math.sqrt", f64::sqrt, false;
    math_tan, "math.tan", libm::tan, false;
    math_tanh, "math.tanh", libm::tanh, false;
}

fn m_log1p(x: f64) -> f64 {
    // Some libms lose the sign of zero.
    if x == 0.0 { x } else { libm::log1p(x) }
}

fn math_erf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.erf", args, kw)?)?;
    Ok(Value::float(libm::erf(x)))
}
fn math_erfc(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.erfc", args, kw)?)?;
    Ok(Value::float(libm::erfc(x)))
}

// ----- rounding to ints ----------------------------------------------------------

fn math_floor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "math.floor", args, kw)?;
    if let Some(f) = x.as_float() {
        return float_to_int_checked(vm, f.floor());
    }
    if let Some(r) = vm.call_dunder(x, "__floor__", &[]) {
        return r;
    }
    if let Some(i) = as_int(x) {
        return Ok(int_value(vm, &i));
    }
    float_to_int_checked(vm, to_f64(vm, x)?.floor())
}
fn math_ceil(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "math.ceil", args, kw)?;
    if let Some(f) = x.as_float() {
        return float_to_int_checked(vm, f.ceil());
    }
    if let Some(r) = vm.call_dunder(x, "__ceil__", &[]) {
        return r;
    }
    if let Some(i) = as_int(x) {
        return Ok(int_value(vm, &i));
    }
    float_to_int_checked(vm, to_f64(vm, x)?.ceil())
}
fn math_trunc(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "math.trunc", args, kw)?;
    if let Some(f) = x.as_float() {
        return float_to_int_checked(vm, f);
    }
    if let Some(r) = vm.call_dunder(x, "__trunc__", &[]) {
        return r;
    }
    if let Some(i) = as_int(x) {
        return Ok(int_value(vm, &i));
    }
    if let Some(f) = crate::num::as_float(x) {
        return float_to_int_checked(vm, f);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(x)
    )))
}

// ----- logarithms ------------------------------------------------------------------

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}
fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 { x } else { f64::NAN }
    } else if x > 0.0 {
        libm::log2(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}
fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log10(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `_PyLong_Frexp` for a positive int too large for a float: `(m, e)` with
/// the int ~= `m * 2**e`, `0.5 <= m < 1`, `m` correctly rounded.
fn long_frexp(b: &num_bigint::BigInt) -> (f64, i64) {
    let m = b.magnitude();
    let bits = m.bits();
    let shift = bits.saturating_sub(64);
    let mut top = (m >> shift).to_u64().unwrap_or(u64::MAX);
    if shift > 0 && m.trailing_zeros().unwrap_or(0) < shift {
        top |= 1; // sticky bit: rounds correctly in the conversion below
    }
    let top_bits = 64 - top.leading_zeros() as i64;
    let x = ldexp(top as f64, -top_bits);
    let e = bits as i64;
    if x == 1.0 { (0.5, e + 1) } else { (x, e) }
}

/// CPython's `loghelper`: logarithms of ints of any size, else `math_1`.
fn loghelper(vm: &Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain(vm));
        }
        return Ok(match i.to_f64() {
            Some(x) => func(x),
            None => {
                let (x, e) = long_frexp(&i.to_big());
                func(x) + func(2.0) * e as f64
            }
        });
    }
    math_1(vm, v, func, false)
}

fn math_log(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "math.log", kw, &[])?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], m_log)?;
    if args.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = loghelper(vm, &args[1], m_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}
fn math_log2(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "math.log2", args, kw)?;
    loghelper(vm, x, m_log2).map(Value::float)
}
fn math_log10(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "math.log10", args, kw)?;
    loghelper(vm, x, m_log10).map(Value::float)
}

// ----- two-argument functions ------------------------------------------------------

fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}
fn math_atan2(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2(vm, "atan2", args, kw, m_atan2)
}
fn math_copysign(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2(vm, "copysign", args, kw, f64::copysign)
}

/// IEEE 754 remainder: `x - n*y` with `n` the nearest integer (ties to even); exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = libm::fmod(absx, absy);
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}
fn math_remainder(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2(vm, "remainder", args, kw, m_remainder)
}

fn math_fmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::float(r))
}

fn math_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args, kw)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
        r
    };
    Ok(Value::float(r))
}

fn math_nextafter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", args, kw)?;
    Ok(Value::float(nextafter(x, y)))
}

fn math_ulp(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.ulp", args, kw)?)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(x2 - x))
}

// ----- classification, conversions -----------------------------------------------------

fn math_isnan(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.isnan", args, kw)?)?;
    Ok(Value::bool(x.is_nan()))
}
fn math_isinf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.isinf", args, kw)?)?;
    Ok(Value::bool(x.is_infinite()))
}
fn math_isfinite(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.isfinite", args, kw)?)?;
    Ok(Value::bool(x.is_finite()))
}
fn math_degrees(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.degrees", args, kw)?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}
fn math_radians(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.radians", args, kw)?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}
fn math_frexp(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.frexp", args, kw)?)?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::int(e as i64)]))
}
fn math_modf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(vm, one_arg(vm, "math.modf", args, kw)?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
}
fn math_ldexp(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "ldexp", kw, &[])?;
    check_args(vm, "ldexp", args, 2, 2)?;
    let x = to_f64(vm, &args[0])?;
    let exp = match as_int(&args[1]) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = ldexp(x, exp);
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::float(r))
}

fn math_isclose(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let got = bind_args(
        vm,
        "isclose",
        args,
        kw,
        &["a", "b", "rel_tol", "abs_tol"],
        2,
        2,
    )?;
    let f = |i: usize, default: f64| -> PyResult<f64> {
        match &got[i] {
            Some(v) => to_f64(vm, v),
            None => Ok(default),
        }
    };
    let (a, b, rel_tol, abs_tol) = (f(0, 0.0)?, f(1, 0.0)?, f(2, 1e-9)?, f(3, 0.0)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- sums and norms ------------------------------------------------------------------

/// Full-precision summation (Shewchuk), exactly as CPython's `math.fsum`.
fn math_fsum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let seq = one_arg(vm, "math.fsum", args, kw)?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    vm.for_each(seq, |item| {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite x comes from an intermediate overflow or an inf/nan summand.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
        Ok(true)
    })?;
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        // Sum from the top, stopping when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Make half-even rounding work across multiple partials.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// CPython's `vector_norm`: `sqrt(sum(x*x))` with scaling, compensated
/// summation and a square-root correction. `vec` holds absolute values.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp(1.0, -(max_e as i64));
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny max: ldexp(1.0, -max_e) would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn math_hypot(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "math.hypot", kw, &[])?;
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&coords, max, found_nan)))
}

fn math_dist(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "dist", kw, &[])?;
    check_args(vm, "dist", args, 2, 2)?;
    let p = vm.to_vec(&args[0])?;
    let q = vm.to_vec(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_f64(vm, a)?;
        let qx = to_f64(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(vector_norm(&diffs, max, found_nan)))
}

// ----- gamma and lgamma (CPython's own Lanczos implementation) ---------------------------

const LANCZOS_N: usize = 13;
// CPython's constants, written exactly as there (they are exact binary fractions).
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM_COEFFS: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator is x*(x+1)*...*(x+LANCZOS_N-2).
const LANCZOS_DEN_COEFFS: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// gamma(1) .. gamma(23): the exact factorials.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// sin(pi*x), accurate for all finite x (especially near integers).
fn m_sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// What a C math function would have left in errno.
#[derive(PartialEq)]
enum Errno {
    None,
    Dom,
    Range,
}

fn m_tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::None
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The error in computing y, to correct the result below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), Errno::None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula for negative x.
        r = LOGPI - libm::log(m_sinpi(absx).abs()) - libm::log(absx) - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

/// CPython's `math_1a`: errors decided by the errno the function set.
fn math_1a(vm: &Vm, v: &Value, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let x = to_f64(vm, v)?;
    let (r, errno) = f(x);
    match errno {
        Errno::Dom => Err(domain(vm)),
        Errno::Range if r.abs() >= 1.5 => Err(range(vm)),
        _ => Ok(Value::float(r)),
    }
}
fn math_gamma(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_1a(vm, one_arg(vm, "math.gamma", args, kw)?, m_tgamma)
}
fn math_lgamma(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_1a(vm, one_arg(vm, "math.lgamma", args, kw)?, m_lgamma)
}
