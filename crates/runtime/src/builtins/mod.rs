//! The `builtins` module: built-in functions, the constructors and
//! methods of the built-in types, and the built-in modules.

pub mod alias;
pub mod bytearray;
pub mod containers;
pub mod containers_dict;
pub mod containers_set;
pub mod ctors;
pub mod exc;
pub mod funcs;
pub mod import;
pub mod math;
pub mod math_int;
pub mod modules;
pub mod numbers;
pub mod numbers_float;
pub mod numbers_sys;
pub mod printf;
pub mod randmod;
pub mod repr;
pub mod seq;
pub mod seq_iter;
pub mod special;
pub mod strings;
pub mod structmod;

pub use containers::set_binop;
pub use ctors::make_super;
pub use printf::percent_format;
pub use seq::{delitem_native, getitem_native, iter_next, setitem_native};

use crate::function::NativeFn;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// Fill the builtins namespace and register the built-in modules.
pub fn init(vm: &Vm) {
    let b = &vm.builtins;
    let _ = vm.dict_set_str(b, "__name__", vm.intern("builtins"));
    let _ = vm.dict_set_str(b, "__doc__", Value::NONE);
    let t = &vm.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("reversed", &t.reversed),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
    ] {
        let _ = vm.dict_set_str(b, name, ty.clone());
    }
    let excs: Vec<(&'static str, Value)> = vm.exc_types().map(|(n, v)| (n, v.clone())).collect();
    for (name, ty) in excs {
        let _ = vm.dict_set_str(b, name, ty);
    }
    let _ = vm.dict_set_str(b, "EnvironmentError", vm.exc_type(Exc::OSError).clone());
    let _ = vm.dict_set_str(b, "IOError", vm.exc_type(Exc::OSError).clone());
    let _ = vm.dict_set_str(b, "NotImplemented", vm.not_implemented.clone());
    let _ = vm.dict_set_str(b, "Ellipsis", vm.ellipsis.clone());
    let _ = vm.dict_set_str(b, "__debug__", Value::TRUE);
    funcs::init(vm);
    alias::init(vm);
    ctors::init(vm);
    crate::coro::init(vm);
    bytearray::init(vm);
    strings::init(vm);
    containers::init(vm);
    numbers::init(vm);
    modules::init(vm);
}

/// Register a method on a built-in type (shorthand for init functions).
pub fn method(vm: &Vm, ty: &Value, name: &'static str, f: NativeFn) {
    vm.add_method(ty, name, f);
}

/// Positional arguments (the keyword ones removed).
#[inline]
pub fn pos<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len() - kwnames.len()]
}

/// Look up a keyword argument by name.
pub fn kwarg<'a>(args: &'a [Value], kwnames: &[Value], name: &str) -> Option<&'a Value> {
    let base = args.len() - kwnames.len();
    kwnames
        .iter()
        .position(|k| crate::protocol::str_of(k) == Some(name))
        .map(|i| &args[base + i])
}

/// Fail if any keyword argument is not in `allowed`.
pub fn check_kwargs(vm: &Vm, fname: &str, kwnames: &[Value], allowed: &[&str]) -> PyResult<()> {
    for k in kwnames {
        let ks = crate::protocol::str_of(k).unwrap_or("?");
        if !allowed.contains(&ks) {
            if allowed.is_empty() {
                return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
            }
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{ks}'"
            )));
        }
    }
    Ok(())
}

/// Check the positional argument count (`min..=max`), with CPython's messages.
pub fn check_args(vm: &Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}
