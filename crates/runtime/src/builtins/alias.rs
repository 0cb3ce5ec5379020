//! `list[int]` (`types.GenericAlias`) and `int | str` (`types.UnionType`):
//! the run-time objects that annotations and `isinstance` use.

use super::method;
use crate::instance::Base;
use crate::object::ObjKind;
use crate::types::type_obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm) {
    for ty in [&vm.types.generic_alias, &vm.types.union_type] {
        if let Some(t) = type_obj(ty) {
            *t.module.borrow_mut() = "types".into();
            t.has_instance_dict.set(true);
        }
    }
    method(vm, &vm.types.generic_alias, "__call__", alias_call);
    method(vm, &vm.types.generic_alias, "__eq__", alias_eq);
    method(vm, &vm.types.union_type, "__eq__", alias_eq);
    method(vm, &vm.types.generic_alias, "__or__", make_union_method);
    method(vm, &vm.types.union_type, "__or__", make_union_method);
    method(vm, &vm.types.union_type, "__ror__", make_union_method);
}

fn attr(vm: &Vm, v: &Value, name: &str) -> Value {
    vm.getattr_str(v, name).unwrap_or(Value::NONE)
}

/// `origin[args]`.
pub fn generic_alias(vm: &Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    let args = match args.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(_)) => args.clone(),
        _ => vm.new_tuple(vec![args.clone()]),
    };
    let a = vm.new_instance(&vm.types.generic_alias, Base::None);
    vm.set_instance_attr_raw(&a, "__origin__", origin.clone())?;
    vm.set_instance_attr_raw(&a, "__args__", args)?;
    Ok(a)
}

/// `a | b` for types, `None`, aliases and unions.
pub fn make_union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        if vm.type_of(v).is(&vm.types.union_type) {
            members.extend(vm.to_vec(&attr(vm, v, "__args__"))?);
        } else if v.is_none() {
            members.push(vm.types.none_type.clone());
        } else {
            members.push(v.clone());
        }
    }
    let mut uniq: Vec<Value> = Vec::new();
    for m in members {
        if !uniq.iter().any(|u| u.is(&m)) {
            uniq.push(m);
        }
    }
    let u = vm.new_instance(&vm.types.union_type, Base::None);
    vm.set_instance_attr_raw(&u, "__args__", vm.new_tuple(uniq))?;
    Ok(u)
}

/// Can `v` take part in `X | Y` (a class, None, an alias or a union)?
pub fn unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || type_obj(v).is_some()
        || vm.type_of(v).is(&vm.types.generic_alias)
        || vm.type_of(v).is(&vm.types.union_type)
}

fn make_union_method(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    if args.len() != 2 || !unionable(vm, &args[1]) {
        return Ok(vm.not_implemented.clone());
    }
    make_union(vm, &args[0], &args[1])
}

fn alias_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let origin = attr(vm, &args[0], "__origin__");
    vm.call(&origin, &args[1..], kw)
}

fn alias_eq(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    if args.len() != 2 || !vm.type_of(&args[0]).is(&vm.type_of(&args[1])) {
        return Ok(vm.not_implemented.clone());
    }
    let mut eq = true;
    for name in ["__origin__", "__args__"] {
        let (x, y) = (attr(vm, &args[0], name), attr(vm, &args[1], name));
        eq &= vm.eq_bool(&x, &y)?;
    }
    Ok(Value::bool(eq))
}

/// The repr of a type argument as `typing` shows it.
fn arg_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if v.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if let Some(t) = type_obj(v) {
        if v.is(&vm.types.none_type) {
            return Ok("None".into());
        }
        let m = t.module.borrow().clone();
        let q = t.qualname.borrow().clone();
        return Ok(if &*m == "builtins" {
            q.to_string()
        } else {
            format!("{m}.{q}")
        });
    }
    vm.repr_string(v)
}

/// repr() of an alias or union, or None if `v` is neither.
pub fn alias_repr(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let ty = vm.type_of(v);
    if ty.is(&vm.types.generic_alias) {
        let origin = arg_repr(vm, &attr(vm, v, "__origin__"))?;
        let args = vm.to_vec(&attr(vm, v, "__args__"))?;
        let parts: Vec<String> = args
            .iter()
            .map(|a| arg_repr(vm, a))
            .collect::<PyResult<_>>()?;
        let inner = if parts.is_empty() {
            "()".to_string()
        } else {
            parts.join(", ")
        };
        return Ok(Some(format!("{origin}[{inner}]")));
    }
    if ty.is(&vm.types.union_type) {
        let args = vm.to_vec(&attr(vm, v, "__args__"))?;
        let parts: Vec<String> = args
            .iter()
            .map(|a| arg_repr(vm, a))
            .collect::<PyResult<_>>()?;
        return Ok(Some(parts.join(" | ")));
    }
    Ok(None)
}

/// The members of a union for isinstance/issubclass, if `v` is one.
pub fn union_members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if !vm.type_of(v).is(&vm.types.union_type) {
        return None;
    }
    vm.to_vec(&attr(vm, v, "__args__")).ok()
}
