//! `sys.float_info`, `sys.int_info`, `sys.hash_info` and `sys.version_info`:
//! CPython's "struct sequences", tuples whose items are also attributes.
//!
//! Each is an instance of a small class deriving from `tuple` (so indexing,
//! slicing, `len`, comparison with plain tuples and hashing are the tuple's)
//! with one read-only property per field and CPython's repr,
//! `sys.float_info(max=1.7976931348623157e+308, ...)`.

use crate::instance::Base;
use crate::object::{self, ObjKind, PropertyData};
use crate::protocol::builtin_view;
use crate::types::type_obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    let Some(sys) = vm.dict_get_str(&vm.modules, "sys") else {
        return;
    };
    let d = super::modules::module_dict(&sys);
    let float_info = [
        ("max", Value::float(f64::MAX)),
        ("max_exp", Value::int(f64::MAX_EXP as i64)),
        ("max_10_exp", Value::int(f64::MAX_10_EXP as i64)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("min_exp", Value::int(f64::MIN_EXP as i64)),
        ("min_10_exp", Value::int(f64::MIN_10_EXP as i64)),
        ("dig", Value::int(f64::DIGITS as i64)),
        ("mant_dig", Value::int(f64::MANTISSA_DIGITS as i64)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("radix", Value::int(f64::RADIX as i64)),
        ("rounds", Value::int(1)),
    ];
    let int_info = [
        ("bits_per_digit", Value::int(30)),
        ("sizeof_digit", Value::int(4)),
        ("default_max_str_digits", Value::int(4300)),
        ("str_digits_check_threshold", Value::int(640)),
    ];
    let hash_info = [
        ("width", Value::int(64)),
        ("modulus", Value::int((1i64 << 61) - 1)),
        ("inf", Value::int(314159)),
        ("nan", Value::int(0)),
        ("imag", Value::int(1000003)),
        ("algorithm", vm.new_str("siphash13")),
        ("hash_bits", Value::int(64)),
        ("seed_bits", Value::int(128)),
        ("cutoff", Value::int(0)),
    ];
    let version_info = [
        ("major", Value::int(3)),
        ("minor", Value::int(11)),
        ("micro", Value::int(0)),
        ("releaselevel", vm.new_str("final")),
        ("serial", Value::int(0)),
    ];
    for (name, fields) in [
        ("float_info", &float_info[..]),
        ("int_info", &int_info[..]),
        ("hash_info", &hash_info[..]),
        ("version_info", &version_info[..]),
    ] {
        if let Ok(v) = struct_seq(vm, name, fields) {
            let _ = vm.dict_set_str(&d, name, v);
        }
    }
}

/// A new struct sequence `sys.<name>` holding `fields`.
fn struct_seq(vm: &Vm, name: &'static str, fields: &[(&'static str, Value)]) -> PyResult<Value> {
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("sys"))?;
    vm.dict_set_str(
        &ns,
        "__repr__",
        vm.new_bound_builtin("__repr__", struct_seq_repr, Value::NULL, Some(name)),
    )?;
    let names: Vec<Value> = fields.iter().map(|(n, _)| vm.intern(n)).collect();
    vm.dict_set_str(&ns, "__match_args__", vm.new_tuple(names))?;
    for key in ["n_sequence_fields", "n_fields"] {
        vm.dict_set_str(&ns, key, Value::int(fields.len() as i64))?;
    }
    vm.dict_set_str(&ns, "n_unnamed_fields", Value::int(0))?;
    for (i, (field, _)) in fields.iter().enumerate() {
        let fget = vm.new_bound_builtin(field, struct_seq_field, Value::int(i as i64), None);
        let data = PropertyData {
            fget,
            fset: Value::NONE,
            fdel: Value::NONE,
            doc: Value::NONE,
        };
        vm.dict_set_str(
            &ns,
            field,
            object::alloc(ObjKind::Property(Box::new(data)), &vm.types.property),
        )?;
    }
    let bases = vm.new_tuple(vec![vm.types.tuple.clone()]);
    let cls = vm.type_new(&vm.types.type_, &vm.new_str(name), &bases, &ns, &[], &[])?;
    let items = vm.new_tuple(fields.iter().map(|(_, v)| v.clone()).collect());
    Ok(vm.new_instance(&cls, Base::Value(items)))
}

fn items(v: &Value) -> &[Value] {
    match builtin_view(v).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => t,
        _ => &[],
    }
}

/// The getter of field `args[0]` (bound) of the struct sequence `args[1]`.
fn struct_seq_field(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let i = args.first().and_then(|v| v.as_int()).unwrap_or(0) as usize;
    match args.get(1).map(items).and_then(|t| t.get(i)) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error("descriptor needs a struct sequence")),
    }
}

/// `sys.float_info(max=..., ...)`.
fn struct_seq_repr(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(vm.type_error("descriptor '__repr__' needs an argument"));
    };
    let cls = vm.type_of(this);
    let Some(t) = type_obj(&cls) else {
        return Ok(vm.new_str("?"));
    };
    let names = vm
        .dict_get_str(&t.dict, "__match_args__")
        .unwrap_or_default();
    let mut out = format!("{}.{}(", t.module.borrow(), t.name.borrow());
    for (i, (n, v)) in items(&names).iter().zip(items(this)).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.str_string(n)?);
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}
