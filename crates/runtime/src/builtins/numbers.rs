//! Methods of `int`, `bool` and `float`, conversions to them, and the
//! `math` module.

use crate::num::{IntRef, as_float, as_int};
use crate::object::ObjKind;
use crate::protocol::{builtin_view, str_of};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &Vm) {}

pub fn init_math(vm: &Vm) {
    let m = super::modules::register(vm, "math");
    let d = super::modules::module_dict(&m);
    let _ = vm.dict_set_str(&d, "pi", Value::float(std::f64::consts::PI));
    let _ = vm.dict_set_str(&d, "e", Value::float(std::f64::consts::E));
    let _ = vm.dict_set_str(&d, "tau", Value::float(std::f64::consts::TAU));
    let _ = vm.dict_set_str(&d, "inf", Value::float(f64::INFINITY));
    let _ = vm.dict_set_str(&d, "nan", Value::float(f64::NAN));
}

/// An exactly-integral float as an int value.
pub fn float_to_int(vm: &Vm, f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::int(f as i64)
    } else {
        vm.new_bigint(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
    }
}

/// `int(x)` / `int(x, base)`.
pub fn int_from(vm: &Vm, x: &Value, base: Option<&Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let b = match as_int(b) {
            Some(IntRef::Small(b)) => b,
            _ => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(b)))),
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
                    None => Err(vm.type_error(format!("{name} returned non-int (type {})", vm.type_name(&r)))),
                };
            }
        }
    }
    if let Some(i) = as_int(x) {
        return Ok(match i {
            IntRef::Small(n) => Value::int(n),
            IntRef::Big(b) => vm.new_bigint(b.clone()),
        });
    }
    if let Some(f) = as_float(x) {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(float_to_int(vm, f.trunc()));
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
                None => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r)))),
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
        return i.to_f64().map(Value::float).ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    let text = match builtin_view(x).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        Some(ObjKind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))));
        }
    };
    match stitch_pyfmt::float::parse_float(&text) {
        Some(f) => Ok(Value::float(f)),
        None => Err(vm.value_error(format!("could not convert string to float: {}", vm.repr_string(x)?))),
    }
}

#[allow(dead_code)]
fn unused(v: &Value) -> Option<&str> {
    str_of(v)
}
