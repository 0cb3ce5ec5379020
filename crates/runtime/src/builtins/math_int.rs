//! The integer functions of the `math` module: `gcd`, `lcm`, `factorial`,
//! `isqrt`, `comb`, `perm`, and `prod`. Arguments go through `__index__`
//! (`operator.index`), as in CPython; results are exact.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use stitch_bytecode::BinOp;

use super::numbers::{bind_args, index};
use super::{check_args, check_kwargs, pos};
use crate::num::{IntRef, as_int};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, d: &Value) {
    vm.add_fn(d, "gcd", math_gcd);
    vm.add_fn(d, "lcm", math_lcm);
    vm.add_fn(d, "factorial", math_factorial);
    vm.add_fn(d, "isqrt", math_isqrt);
    vm.add_fn(d, "comb", math_comb);
    vm.add_fn(d, "perm", math_perm);
    vm.add_fn(d, "prod", math_prod);
}

/// `operator.index(v)` as a BigInt.
fn index_big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = index(vm, v)?;
    Ok(as_int(&i).map(|i| i.to_big()).unwrap_or_default())
}

fn math_gcd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "math.gcd", kw, &[])?;
    let mut res = BigInt::zero();
    for (n, a) in args.iter().enumerate() {
        let x = index_big(vm, a)?;
        // Once the gcd is 1 the remaining arguments are only checked.
        if n == 0 {
            res = x.abs();
        } else if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(vm.new_bigint(res))
}

fn math_lcm(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "math.lcm", kw, &[])?;
    let mut res = BigInt::one();
    for (n, a) in args.iter().enumerate() {
        let x = index_big(vm, a)?;
        if n == 0 {
            res = x.abs();
        } else if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                (&res / res.gcd(&x) * x).abs()
            };
        }
    }
    Ok(vm.new_bigint(res))
}

/// The product `start * (start+1) * ... * (start+count-1)`, by binary splitting.
fn range_product(start: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 16 {
        let mut acc = start.clone();
        let mut k = start.clone();
        for _ in 1..count {
            k += 1u32;
            acc *= &k;
        }
        return acc;
    }
    let half = count / 2;
    let right_start = start + BigInt::from(half);
    range_product(start, half) * range_product(&right_start, count - half)
}

fn factorial(n: u64) -> BigInt {
    if n < 2 {
        BigInt::one()
    } else {
        range_product(&BigInt::from(2u32), n - 1)
    }
}

fn math_factorial(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "math.factorial", kw, &[])?;
    check_args(vm, "math.factorial", args, 1, 1)?;
    let n = index(vm, &args[0])?;
    match as_int(&n) {
        Some(IntRef::Small(n)) if n >= 0 => Ok(vm.new_bigint(factorial(n as u64))),
        Some(i) if !i.is_negative() => Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
        _ => Err(vm.value_error("factorial() not defined for negative values")),
    }
}

fn math_isqrt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "math.isqrt", kw, &[])?;
    check_args(vm, "math.isqrt", args, 1, 1)?;
    let n = index_big(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(BigInt::from(n.magnitude().sqrt())))
}

/// Non-negative `n` and `k` for `comb`/`perm`.
fn comb_args(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn math_comb(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "comb", kw, &[])?;
    check_args(vm, "comb", args, 2, 2)?;
    let (n, k) = comb_args(vm, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    // C(n, k) = n * (n-1) * ... * (n-k+1) / k!
    let top = range_product(&(&n - BigInt::from(k) + 1u32), k);
    Ok(vm.new_bigint(top / factorial(k)))
}

fn math_perm(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "perm", kw, &[])?;
    check_args(vm, "perm", args, 1, 2)?;
    if args.len() == 1 || args[1].is_none() {
        return math_factorial(vm, &args[..1], &[]);
    }
    let (n, k) = comb_args(vm, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(vm.new_bigint(range_product(&(&n - BigInt::from(k) + 1u32), k)))
}

fn math_prod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = pos(args, kw).len();
    if npos != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let got = bind_args(vm, "prod", args, kw, &["", "start"], 1, 1)?;
    let mut acc = got[1].clone().unwrap_or(Value::int(1));
    vm.for_each(&args[0], |item| {
        acc = vm.binary_op(&acc, &item, BinOp::Multiply)?;
        Ok(true)
    })?;
    Ok(acc)
}
