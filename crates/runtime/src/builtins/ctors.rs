//! Constructors (`__new__`/`__init__`) of the built-in types, the methods of
//! `object`, `type`, `property`, `super` and generators.

use stitch_bytecode::CmpOp;

use super::{check_args, check_kwargs, kwarg, method, pos};
use crate::instance::Base;
use crate::iter::IterState;
use crate::num::{IntRef, as_float, as_int};
use crate::object::{self, ObjKind, PropertyData};
use crate::protocol::{builtin_view, str_of};
use crate::set::SetTable;
use crate::types::{self, as_type, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = &vm.types;
    method(vm, &t.object, "__new__", object_new);
    method(vm, &t.object, "__init__", object_init);
    method(vm, &t.object, "__repr__", object_repr);
    method(vm, &t.object, "__str__", object_str);
    method(vm, &t.object, "__eq__", object_eq);
    method(vm, &t.object, "__lt__", object_notimpl);
    method(vm, &t.object, "__le__", object_notimpl);
    method(vm, &t.object, "__gt__", object_notimpl);
    method(vm, &t.object, "__ge__", object_notimpl);
    for ty in [&t.function, &t.builtin_function, &t.method] {
        method(vm, ty, "__call__", call_self);
    }
    // The descriptor protocol, visible to Python code (`hasattr(f, '__get__')`).
    method(vm, &t.function, "__get__", |vm, args, _| {
        check_args(vm, "__get__", args, 2, 3)?;
        if args[1].is_none() {
            return Ok(args[0].clone());
        }
        Ok(vm.new_method(args[0].clone(), args[1].clone()))
    });
    method(vm, &t.classmethod, "__get__", |vm, args, _| {
        check_args(vm, "__get__", args, 2, 3)?;
        let owner = match args.get(2) {
            Some(o) if !o.is_none() => o.clone(),
            _ => vm.type_of(&args[1]),
        };
        vm.descr_get(&args[0], &Value::NONE, &owner)
    });
    method(vm, &t.staticmethod, "__get__", |vm, args, _| {
        check_args(vm, "__get__", args, 2, 3)?;
        vm.descr_get(&args[0], &args[1], &Value::NONE)
    });
    method(vm, &t.type_, "__call__", |vm, args, kw| {
        match args.split_first() {
            Some((cls, rest)) => vm.type_call_default(cls, rest, kw),
            None => Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument")),
        }
    });
    method(vm, &t.object, "__ne__", object_ne);
    method(vm, &t.object, "__hash__", object_hash);
    method(vm, &t.object, "__setattr__", object_setattr);
    method(vm, &t.object, "__getattribute__", object_getattribute);
    method(vm, &t.object, "__delattr__", object_delattr);
    method(vm, &t.object, "__format__", object_format);
    // A classmethod, so `super().__init_subclass__(**kw)` binds the class.
    let isc = object::alloc(
        ObjKind::ClassMethod(vm.new_builtin("__init_subclass__", object_init_subclass)),
        &vm.types.classmethod,
    );
    let _ = vm.dict_set_str(
        &type_obj(&t.object)
            .map(|o| o.dict.clone())
            .unwrap_or_default(),
        "__init_subclass__",
        isc,
    );
    method(vm, &t.object, "__dir__", object_dir);
    method(vm, &t.object, "__reduce_ex__", object_reduce_ex);
    method(vm, &t.type_, "__new__", type_new);
    method(vm, &t.type_, "__init__", type_init);
    method(vm, &t.type_, "mro", type_mro);
    method(vm, &t.type_, "__setattr__", |vm, args, _| {
        check_args(vm, "__setattr__", args, 3, 3)?;
        vm.type_setattr_default(&args[0], &args[1], args[2].clone())?;
        Ok(Value::NONE)
    });
    method(vm, &t.type_, "__subclasses__", type_subclasses);
    method(vm, &t.type_, "__instancecheck__", type_instancecheck);
    method(vm, &t.type_, "__subclasscheck__", type_subclasscheck);
    method(vm, &t.type_, "__prepare__", type_prepare);
    method(vm, &t.int, "__new__", int_new);
    method(vm, &t.bool_, "__new__", bool_new);
    method(vm, &t.float, "__new__", float_new);
    method(vm, &t.str_, "__new__", str_new);
    method(vm, &t.bytes, "__new__", bytes_new);
    method(vm, &t.tuple, "__new__", tuple_new);
    method(vm, &t.list, "__new__", list_new);
    method(vm, &t.list, "__init__", list_init);
    method(vm, &t.dict, "__new__", dict_new);
    method(vm, &t.dict, "__init__", dict_init);
    method(vm, &t.set, "__new__", set_new);
    method(vm, &t.set, "__init__", set_init);
    method(vm, &t.frozenset, "__new__", frozenset_new);
    method(vm, &t.range, "__new__", range_new);
    method(vm, &t.slice, "__new__", slice_new);
    method(vm, &t.slice, "indices", slice_indices);
    method(vm, &t.range, "index", range_index);
    method(vm, &t.range, "__len__", |vm, a, _| {
        Ok(Value::int(vm.len(&a[0])? as i64))
    });
    method(vm, &t.range, "__contains__", |vm, a, _| {
        check_args(vm, "__contains__", &a[1..], 1, 1)?;
        Ok(Value::bool(vm.contains(&a[0], &a[1])?))
    });
    method(vm, &t.range, "__iter__", |vm, a, _| vm.iter(&a[0]));
    method(vm, &t.range, "__getitem__", |vm, a, _| {
        check_args(vm, "__getitem__", &a[1..], 1, 1)?;
        vm.getitem(&a[0], &a[1])
    });
    method(vm, &t.range, "count", range_count);
    method(vm, &t.property, "__new__", property_new);
    method(vm, &t.property, "__init__", noop_init);
    method(vm, &t.property, "getter", property_getter);
    method(vm, &t.property, "setter", property_setter);
    method(vm, &t.property, "deleter", property_deleter);
    method(vm, &t.property, "__get__", property_get);
    method(vm, &t.staticmethod, "__new__", staticmethod_new);
    method(vm, &t.staticmethod, "__init__", noop_init);
    method(vm, &t.classmethod, "__new__", classmethod_new);
    method(vm, &t.classmethod, "__init__", noop_init);
    method(vm, &t.super_, "__new__", super_new);
    method(vm, &t.super_, "__init__", noop_init);
    method(vm, &t.reversed, "__new__", reversed_new);
    method(vm, &t.enumerate, "__new__", enumerate_new);
    method(vm, &t.zip, "__new__", zip_new);
    method(vm, &t.map, "__new__", map_new);
    method(vm, &t.filter, "__new__", filter_new);
    method(vm, &t.none_type, "__new__", none_new);
    method(vm, &t.method, "__new__", |vm, args, _| {
        check_args(vm, "method", &args[1..], 2, 2)?;
        if !vm.is_callable(&args[1]) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if args[2].is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        Ok(vm.new_method(args[1].clone(), args[2].clone()))
    });
    method(vm, &t.complex, "__new__", |vm, _, _| {
        Err(vm.err(
            Exc::NotImplementedError,
            "complex numbers are not supported by Stitch yet",
        ))
    });
    method(vm, &t.ellipsis_type, "__new__", ellipsis_new);
    method(vm, &t.not_implemented_type, "__new__", notimpl_new);
    for name in ["keys", "values", "items", "get", "copy"] {
        let f: crate::function::NativeFn = match name {
            "keys" => |vm, a, _| proxy_call(vm, a, "keys"),
            "values" => |vm, a, _| proxy_call(vm, a, "values"),
            "items" => |vm, a, _| proxy_call(vm, a, "items"),
            "get" => |vm, a, _| proxy_call(vm, a, "get"),
            _ => |vm, a, _| proxy_call(vm, a, "copy"),
        };
        method(vm, &t.mappingproxy, name, f);
    }
    // Function attributes are getset descriptors on the function type, as in CPython.
    for name in [
        "__code__",
        "__defaults__",
        "__globals__",
        "__name__",
        "__qualname__",
        "__kwdefaults__",
        "__closure__",
        "__annotations__",
        "__module__",
        "__doc__",
        "__builtins__",
    ] {
        let n = vm.intern(name);
        let get = vm.new_bound_builtin("__get__", func_attr_get, n.clone(), None);
        let set = vm.new_bound_builtin("__set__", func_attr_set, n, None);
        let data = PropertyData {
            fget: get,
            fset: set,
            fdel: Value::NONE,
            doc: Value::NONE,
        };
        let d = object::alloc(
            ObjKind::Property(Box::new(data)),
            &vm.types.getset_descriptor,
        );
        let _ = vm.dict_set_str(
            &type_obj(&t.function)
                .map(|o| o.dict.clone())
                .unwrap_or_default(),
            name,
            d,
        );
    }
    method(vm, &t.generator, "send", gen_send);
    method(vm, &t.generator, "throw", gen_throw);
    method(vm, &t.generator, "close", gen_close);
    method(vm, &t.generator, "__next__", gen_next);
    method(vm, &t.generator, "__iter__", identity);
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.reversed,
        &t.list_reverseiterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.callable_iterator,
        &t.seq_iterator,
    ] {
        method(vm, ty, "__next__", iter_next_method);
        method(vm, ty, "__iter__", identity);
    }
    let base = vm.exc_type(Exc::BaseException).clone();
    method(vm, &base, "__new__", super::exc::exc_new);
    method(vm, &base, "__init__", super::exc::exc_init);
    method(vm, &base, "with_traceback", super::exc::with_traceback);
    method(vm, &base, "add_note", super::exc::add_note);
}

fn none_new(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "NoneType", &args[1..], 0, 0)
        .map_err(|_| vm.type_error("NoneType takes no arguments"))?;
    Ok(Value::NONE)
}
fn ellipsis_new(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "ellipsis", &args[1..], 0, 0)
        .map_err(|_| vm.type_error("ellipsis takes no arguments"))?;
    Ok(vm.ellipsis.clone())
}
fn notimpl_new(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "NotImplementedType", &args[1..], 0, 0)
        .map_err(|_| vm.type_error("NotImplementedType takes no arguments"))?;
    Ok(vm.not_implemented.clone())
}

/// A mappingproxy method: the same method of the dict it wraps.
fn proxy_call(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let inner = builtin_view(&args[0]).clone();
    vm.call_method(&inner, name, &args[1..])
}

fn func_attr_get(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let name = str_of(&args[0]).unwrap_or("");
    if name == "__builtins__" {
        if let Some(ObjKind::Function(f)) = args[1].as_obj().map(|o| &o.kind) {
            return Ok(f.builtins.clone());
        }
    }
    match vm.special_attr(&args[1], name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attr(&args[1], &args[0])),
    }
}
fn func_attr_set(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.set_function_attr(&args[1], &args[0], args[2].clone())?;
    Ok(Value::NONE)
}

fn identity(_: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}
fn noop_init(_: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn iter_next_method(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    // The built-in step itself (`vm.next` would find a subclass's override).
    let next = match args[0].as_obj().map(|o| &o.kind) {
        Some(ObjKind::Iter(state)) => super::iter_next(vm, state)?,
        _ => vm.next(&args[0])?,
    };
    match next {
        Some(v) => Ok(v),
        None => Err(vm.err_args(Exc::StopIteration, vec![])),
    }
}

// ----- object --------------------------------------------------------

fn object_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    }
    vm.object_new(&args[0], &args[1..], kw)
}
fn object_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let t = as_type(vm.type_obj_of(&args[0]));
        let init_overridden = !vm.inherits_from_object(t, "__init__");
        let new_overridden = !vm.inherits_from_object(t, "__new__");
        if init_overridden || !new_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::NONE)
}
fn object_repr(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str(vm.default_repr(&args[0])))
}
fn object_str(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.repr(&args[0])
}
fn object_eq(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::TRUE
    } else {
        vm.not_implemented.clone()
    })
}
fn object_notimpl(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "comparison", args, 2, 2)?;
    Ok(vm.not_implemented.clone())
}
fn call_self(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.call(&args[0], &args[1..], kw)
}
fn object_ne(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__ne__", args, 2, 2)?;
    let r = vm.compare(&args[0], &args[1], CmpOp::Eq)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}
fn object_hash(_: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::int(crate::protocol::hash_pointer(args[0].id())))
}
fn object_setattr(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__setattr__", args, 3, 3)?;
    vm.generic_setattr(&args[0], &args[1], args[2].clone())?;
    Ok(Value::NONE)
}
fn object_getattribute(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__getattribute__", args, 2, 2)?;
    vm.generic_getattr(&args[0], &args[1])
}
fn object_delattr(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__delattr__", args, 2, 2)?;
    vm.generic_delattr(&args[0], &args[1])?;
    Ok(Value::NONE)
}
fn object_format(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__format__", args, 2, 2)?;
    if str_of(&args[1]).is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    vm.str(&args[0])
}
fn object_init_subclass(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = args
            .first()
            .and_then(type_obj)
            .map(|t| t.qualname.borrow().to_string())
            .unwrap_or_else(|| "object".into());
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}
fn object_dir(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let dir = vm.dict_get_str(&vm.builtins, "dir").unwrap_or_default();
    vm.call(&dir, &args[..1], &[])
}
fn object_reduce_ex(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("pickling is not supported by Stitch"))
}

// ----- type ------------------------------------------------------------

fn type_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    if p.len() == 2 {
        return Ok(vm.type_of(&p[1]));
    }
    if p.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let kwvals = &args[p.len()..];
    vm.type_new(&p[0], &p[1], &p[2], &p[3], kw, kwvals)
}
fn type_init(_: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
fn type_mro(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = type_obj(&args[0])
        .ok_or_else(|| vm.type_error("descriptor 'mro' requires a 'type' object"))?;
    Ok(vm.new_list(t.mro.borrow().clone()))
}
fn type_subclasses(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = type_obj(&args[0])
        .ok_or_else(|| vm.type_error("descriptor '__subclasses__' requires a 'type' object"))?;
    let subs: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        // Subclasses unregister themselves before they are freed, so each pointer is live.
        .map(|p| object_value(*p))
        .collect();
    Ok(vm.new_list(subs))
}

/// A new counted reference to a live object.
fn object_value(p: *const crate::object::Obj) -> Value {
    // SAFETY: the caller guarantees `p` is live; we add the reference we return.
    unsafe {
        crate::object::incref(p);
        Value::from_raw(p)
    }
}

fn type_instancecheck(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__instancecheck__", args, 2, 2)?;
    Ok(Value::bool(vm.isinstance_type(&args[1], &args[0])))
}
fn type_subclasscheck(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__subclasscheck__", args, 2, 2)?;
    Ok(Value::bool(types::is_subtype(&args[1], &args[0])))
}
fn type_prepare(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(vm.new_dict())
}

// ----- numbers and strings ---------------------------------------------

/// Wrap a built-in value for a subclass `cls` of its type (or return it as is).
fn for_class(vm: &Vm, cls: &Value, base_ty: &Value, v: Value) -> Value {
    if cls.is(base_ty) {
        v
    } else {
        vm.new_instance(cls, Base::Value(v))
    }
}

fn int_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "int", kw, &["base"])?;
    let cls = &args[0];
    let p = &pos(args, kw)[1..];
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let base = p.get(1).or_else(|| kwarg(args, kw, "base")).cloned();
    let v = match p.first() {
        None => {
            if base.is_some() {
                return Err(vm.type_error("int() missing string argument"));
            }
            Value::int(0)
        }
        Some(x) => super::numbers::int_from(vm, x, base.as_ref())?,
    };
    Ok(for_class(vm, cls, &vm.types.int, v))
}
fn bool_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "bool", kw, &[])?;
    let p = &args[1..];
    check_args(vm, "bool", p, 0, 1)?;
    Ok(Value::bool(match p.first() {
        Some(v) => vm.truthy(v)?,
        None => false,
    }))
}
fn float_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "float", kw, &[])?;
    let cls = &args[0];
    let p = &args[1..];
    check_args(vm, "float", p, 0, 1)?;
    let v = match p.first() {
        None => Value::float(0.0),
        Some(x) => super::numbers::float_from(vm, x)?,
    };
    Ok(for_class(vm, cls, &vm.types.float, v))
}
fn str_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "str", kw, &["object", "encoding", "errors"])?;
    let cls = &args[0];
    let p = &pos(args, kw)[1..];
    check_args(vm, "str", p, 0, 3)?;
    let obj = p.first().or_else(|| kwarg(args, kw, "object")).cloned();
    let v = match obj {
        None => vm.intern(""),
        Some(o) => {
            let encoding = p.get(1).or_else(|| kwarg(args, kw, "encoding"));
            if encoding.is_some() || p.len() > 1 {
                match super::strings::buffer_of(&o) {
                    Some(b) => super::strings::decode_bytes(
                        vm,
                        &b,
                        encoding,
                        p.get(2).or_else(|| kwarg(args, kw, "errors")),
                    )?,
                    _ => {
                        return Err(vm.type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(&o)
                        )));
                    }
                }
            } else {
                vm.str(&o)?
            }
        }
    };
    Ok(for_class(vm, cls, &vm.types.str_, v))
}
fn bytes_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "bytes", kw, &["source", "encoding", "errors"])?;
    let cls = &args[0];
    let p = &pos(args, kw)[1..];
    let src = p.first().or_else(|| kwarg(args, kw, "source")).cloned();
    let encoding = p.get(1).or_else(|| kwarg(args, kw, "encoding")).cloned();
    let v = match src {
        None => vm.new_bytes(vec![]),
        Some(s) => {
            if let Some(text) = str_of(&s) {
                if encoding.is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                super::strings::encode_str(
                    vm,
                    text,
                    encoding.as_ref(),
                    p.get(2).or_else(|| kwarg(args, kw, "errors")),
                )?
            } else if let Some(IntRef::Small(n)) = as_int(&s) {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                vm.new_bytes(vec![0; n as usize])
            } else if let Some(b) = super::strings::buffer_of(&s) {
                vm.new_bytes(b.into_owned())
            } else if let Some(r) = vm.call_dunder(&s, "__bytes__", &[]) {
                let r = r?;
                match super::strings::bytes_of(&r) {
                    Some(b) => vm.new_bytes(b.to_vec()),
                    None => {
                        return Err(vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            vm.type_name(&r)
                        )));
                    }
                }
            } else {
                let mut out = Vec::new();
                for x in vm.to_vec(&s)? {
                    match as_int(&x) {
                        Some(IntRef::Small(i)) if (0..256).contains(&i) => out.push(i as u8),
                        Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                        None => {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(&x)
                            )));
                        }
                    }
                }
                vm.new_bytes(out)
            }
        }
    };
    Ok(for_class(vm, cls, &vm.types.bytes, v))
}

// ----- containers -------------------------------------------------------

fn tuple_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "tuple", kw, &[])?;
    let cls = &args[0];
    let p = &args[1..];
    check_args(vm, "tuple", p, 0, 1)?;
    let v = match p.first() {
        None => vm.new_tuple(vec![]),
        Some(x) => {
            if matches!(x.as_obj().map(|o| &o.kind), Some(ObjKind::Tuple(_)))
                && !vm.is_heap_instance(x)
                && cls.is(&vm.types.tuple)
            {
                return Ok(x.clone());
            }
            vm.new_tuple(vm.to_vec(x)?)
        }
    };
    Ok(for_class(vm, cls, &vm.types.tuple, v))
}
fn list_new(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(for_class(vm, &args[0], &vm.types.list, vm.new_list(vec![])))
}
fn list_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "list", kw, &[])?;
    let p = &args[1..];
    check_args(vm, "list", p, 0, 1)?;
    if let Some(ObjKind::List(l)) = builtin_view(&args[0]).as_obj().map(|o| &o.kind) {
        let items = match p.first() {
            Some(x) => vm.to_vec(x)?,
            None => Vec::new(),
        };
        let old = std::mem::replace(&mut *l.borrow_mut(), items);
        drop(old);
    }
    Ok(Value::NONE)
}
fn dict_new(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(for_class(vm, &args[0], &vm.types.dict, vm.new_dict()))
}
fn dict_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    check_args(vm, "dict", &p[1..], 0, 1)?;
    let target = builtin_view(&args[0]).clone();
    if let Some(src) = p.get(1) {
        vm.dict_update(&target, src)?;
    }
    for (k, v) in kw.iter().zip(&args[p.len()..]) {
        vm.setitem(&target, k.clone(), v.clone())?;
    }
    Ok(Value::NONE)
}
fn set_new(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(for_class(
        vm,
        &args[0],
        &vm.types.set,
        vm.new_set(SetTable::new()),
    ))
}
fn set_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "set", kw, &[])?;
    let p = &args[1..];
    check_args(vm, "set", p, 0, 1)?;
    let target = builtin_view(&args[0]).clone();
    if let Some(ObjKind::Set(s)) = target.as_obj().map(|o| &o.kind) {
        let old = s.borrow_mut().clear();
        drop(old);
    }
    if let Some(src) = p.first() {
        vm.set_update(&target, src)?;
    }
    Ok(Value::NONE)
}
fn frozenset_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "frozenset", kw, &[])?;
    let cls = &args[0];
    let p = &args[1..];
    check_args(vm, "frozenset", p, 0, 1)?;
    if let Some(x) = p.first() {
        if cls.is(&vm.types.frozenset) && vm.type_of(x).is(&vm.types.frozenset) {
            return Ok(x.clone());
        }
    }
    let s = vm.new_frozenset(SetTable::new());
    if let Some(src) = p.first() {
        vm.set_update(&s, src)?;
    }
    Ok(for_class(vm, cls, &vm.types.frozenset, s))
}
fn range_arg(vm: &Vm, v: &Value) -> PyResult<i128> {
    let big = match as_int(v) {
        Some(i) => i.to_big(),
        None => match vm.index_value(v)? {
            Some(i) => num_bigint::BigInt::from(i),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )));
            }
        },
    };
    num_traits::ToPrimitive::to_i128(&big).ok_or_else(|| {
        vm.overflow_error("range() arguments beyond 128 bits are not supported by Stitch")
    })
}
fn range_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "range", kw, &[])?;
    let p = &args[1..];
    let (start, stop, step) = match p.len() {
        1 => (0, range_arg(vm, &p[0])?, 1),
        2 => (range_arg(vm, &p[0])?, range_arg(vm, &p[1])?, 1),
        3 => (
            range_arg(vm, &p[0])?,
            range_arg(vm, &p[1])?,
            range_arg(vm, &p[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(start, stop, step))
}
fn range_position(vm: &Vm, r: &Value, x: &Value) -> PyResult<Option<i128>> {
    let Some(ObjKind::Range(rd)) = r.as_obj().map(|o| &o.kind) else {
        return Ok(None);
    };
    let rd = *rd;
    let exact_int = x.as_small_int().is_some()
        || matches!(x.as_obj().map(|o| &o.kind), Some(ObjKind::BigInt(_)));
    if exact_int {
        if !vm.contains(r, x)? {
            return Ok(None);
        }
        let i = as_int(x)
            .and_then(|i| num_traits::ToPrimitive::to_i128(&i.to_big()))
            .unwrap_or(0);
        return Ok(Some((i - rd.start) / rd.step));
    }
    // Other values: compare by equality, as a sequence does.
    for k in 0..rd.len() {
        if vm.eq_bool(&vm.new_int128(rd.get(k)), x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}
fn range_index(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "index", &args[1..], 1, 1)?;
    match range_position(vm, &args[0], &args[1])? {
        Some(i) => Ok(vm.new_int128(i)),
        None => Err(vm.value_error(format!("{} is not in range", vm.repr_string(&args[1])?))),
    }
}
fn range_count(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "count", &args[1..], 1, 1)?;
    Ok(Value::int(
        range_position(vm, &args[0], &args[1])?.is_some() as i64,
    ))
}
fn slice_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "slice", kw, &[])?;
    let p = &args[1..];
    match p.len() {
        1 => Ok(vm.new_slice(Value::NONE, p[0].clone(), Value::NONE)),
        2 => Ok(vm.new_slice(p[0].clone(), p[1].clone(), Value::NONE)),
        3 => Ok(vm.new_slice(p[0].clone(), p[1].clone(), p[2].clone())),
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}
fn slice_indices(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "indices", args, 2, 2)?;
    let Some(ObjKind::Slice(s)) = args[0].as_obj().map(|o| &o.kind) else {
        return Err(vm.type_error("expected a slice"));
    };
    let n = range_arg(vm, &args[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let si = vm.slice_indices(s, n as usize)?;
    Ok(vm.new_tuple(vec![
        Value::int(si.start),
        Value::int(si.stop),
        Value::int(si.step),
    ]))
}

// ----- descriptors --------------------------------------------------------

fn property_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "property", kw, &["fget", "fset", "fdel", "doc"])?;
    let p = &pos(args, kw)[1..];
    let get = |i: usize, n: &str| {
        p.get(i)
            .or_else(|| kwarg(args, kw, n))
            .cloned()
            .unwrap_or(Value::NONE)
    };
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr_str(&fget, "__doc__").unwrap_or(Value::NONE);
    }
    let data = PropertyData {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
    };
    Ok(object::alloc(ObjKind::Property(Box::new(data)), &args[0]))
}
fn property_copy(vm: &Vm, p: &Value, which: usize, f: Value) -> PyResult<Value> {
    let Some(ObjKind::Property(d)) = p.as_obj().map(|o| &o.kind) else {
        return Err(vm.type_error("expected a property"));
    };
    let mut parts = [d.fget.clone(), d.fset.clone(), d.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    let doc = d.doc.clone();
    Ok(object::alloc(
        ObjKind::Property(Box::new(PropertyData {
            fget,
            fset,
            fdel,
            doc,
        })),
        &vm.type_of(p),
    ))
}
fn property_getter(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "getter", args, 2, 2)?;
    property_copy(vm, &args[0], 0, args[1].clone())
}
fn property_setter(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "setter", args, 2, 2)?;
    property_copy(vm, &args[0], 1, args[1].clone())
}
fn property_deleter(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "deleter", args, 2, 2)?;
    property_copy(vm, &args[0], 2, args[1].clone())
}
fn property_get(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    vm.descr_get(&args[0], &args[1], &vm.type_of(&args[1]))
}
fn staticmethod_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "staticmethod", kw, &[])?;
    check_args(vm, "staticmethod", &args[1..], 1, 1)?;
    Ok(object::alloc(
        ObjKind::StaticMethod(args[1].clone()),
        &args[0],
    ))
}
fn classmethod_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "classmethod", kw, &[])?;
    check_args(vm, "classmethod", &args[1..], 1, 1)?;
    Ok(object::alloc(
        ObjKind::ClassMethod(args[1].clone()),
        &args[0],
    ))
}

/// The descriptor for a `__slots__` member: a property whose accessors are
/// built-ins bound to the slot's name.
pub fn slot_member(vm: &Vm, name: &Value) -> Value {
    let get = vm.new_bound_builtin("__get__", slot_get, name.clone(), None);
    let set = vm.new_bound_builtin("__set__", slot_set, name.clone(), None);
    let del = vm.new_bound_builtin("__delete__", slot_del, name.clone(), None);
    let data = PropertyData {
        fget: get,
        fset: set,
        fdel: del,
        doc: Value::NONE,
    };
    object::alloc(
        ObjKind::Property(Box::new(data)),
        &vm.types.member_descriptor,
    )
}
/// A `__slots__` member lives in its slot even when the instance also has
/// a `__dict__` (so these accessors bypass the dict).
fn slot_get(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (name, obj) = (&args[0], &args[1]);
    if let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) {
        if let Some(i) = as_type(vm.type_obj_of(obj)).key_index(name) {
            if let Some(v) = inst.slots.borrow().get(i).filter(|v| !v.is_null()) {
                return Ok(v.clone());
            }
        }
    }
    Err(vm.no_attr(obj, name))
}
fn slot_set(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (name, obj) = (&args[0], &args[1]);
    if let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) {
        if let Some(i) = as_type(vm.type_obj_of(obj)).key_index(name) {
            let old = {
                let mut slots = inst.slots.borrow_mut();
                if slots.len() <= i {
                    slots.resize(i + 1, Value::NULL);
                }
                std::mem::replace(&mut slots[i], args[2].clone())
            };
            drop(old);
            return Ok(Value::NONE);
        }
    }
    Err(vm.no_attr(obj, name))
}
fn slot_del(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (name, obj) = (&args[0], &args[1]);
    if let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) {
        let t = as_type(vm.type_obj_of(obj));
        if let Some(i) = t.key_index(name) {
            let old = inst.slots.borrow_mut().get_mut(i).map(|v| v.take());
            if old.is_some_and(|v| !v.is_null()) {
                return Ok(Value::NONE);
            }
        }
    }
    Err(vm.err(Exc::AttributeError, str_of(name).unwrap_or("?")))
}

/// The `__dict__` descriptor of classes whose instances have a dict.
pub fn dict_descriptor(vm: &Vm) -> Value {
    let get = vm.new_builtin("__get__", |vm, args, _| {
        vm.obj_dict(&args[0])
            .ok_or_else(|| vm.no_attr(&args[0], &vm.intern("__dict__")))
    });
    let set = vm.new_builtin("__set__", |vm, args, _| {
        vm.set_instance_dict(&args[0], args[1].clone())?;
        Ok(Value::NONE)
    });
    let data = PropertyData {
        fget: get,
        fset: set,
        fdel: Value::NONE,
        doc: Value::NONE,
    };
    object::alloc(
        ObjKind::Property(Box::new(data)),
        &vm.types.getset_descriptor,
    )
}

/// The `__weakref__` descriptor (weak references are not supported: always None).
pub fn weakref_descriptor(vm: &Vm) -> Value {
    let get = vm.new_builtin("__get__", |_, _, _| Ok(Value::NONE));
    let data = PropertyData {
        fget: get,
        fset: Value::NONE,
        fdel: Value::NONE,
        doc: Value::NONE,
    };
    object::alloc(
        ObjKind::Property(Box::new(data)),
        &vm.types.getset_descriptor,
    )
}

/// `super(cls, obj)`.
pub fn make_super(vm: &Vm, cls: &Value, obj: &Value) -> PyResult<Value> {
    if type_obj(cls).is_none() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(cls)
        )));
    }
    let ok =
        vm.isinstance_type(obj, cls) || (type_obj(obj).is_some() && types::is_subtype(obj, cls));
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(object::alloc(
        ObjKind::Super(Box::new((cls.clone(), obj.clone()))),
        &vm.types.super_,
    ))
}
fn super_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "super", kw, &[])?;
    let p = &args[1..];
    match p.len() {
        2 => make_super(vm, &p[0], &p[1]),
        0 => Err(vm.err(Exc::RuntimeError, "super(): no arguments")),
        _ => Err(vm.type_error("super() takes 0 or 2 arguments in Stitch")),
    }
}

impl Vm {
    /// Attribute lookup on a `super` object: the MRO of the object's type after `cls`.
    pub fn super_getattr(&self, sup: &Value, name: &Value) -> PyResult<Value> {
        let Some(ObjKind::Super(s)) = sup.as_obj().map(|o| &o.kind) else {
            return Err(self.type_error("expected super"));
        };
        let (cls, obj) = (&s.0, &s.1);
        let n = str_of(name).unwrap_or("");
        let start_ty = if type_obj(obj).is_some()
            && types::is_subtype(obj, cls)
            && !self.isinstance_type(obj, cls)
        {
            obj.clone()
        } else {
            self.type_of(obj)
        };
        let mro = type_obj(&start_ty)
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        let skip = mro
            .iter()
            .position(|m| m.is(cls))
            .map_or(mro.len(), |i| i + 1);
        for m in &mro[skip..] {
            if let Some(mt) = type_obj(m) {
                let found = mt.dict_table().borrow().get_str(n).cloned();
                if let Some(d) = found {
                    let is_type_obj = type_obj(obj).is_some() && start_ty.is(obj);
                    return match d.as_obj().map(|o| &o.kind) {
                        Some(ObjKind::Function(_)) if is_type_obj => Ok(d),
                        Some(ObjKind::Builtin(b)) if is_type_obj && b.bound.is_null() => Ok(d),
                        Some(ObjKind::ClassMethod(f)) => {
                            Ok(self.new_method(f.clone(), start_ty.clone()))
                        }
                        Some(ObjKind::StaticMethod(f)) => Ok(f.clone()),
                        _ => {
                            if is_type_obj {
                                Ok(d)
                            } else {
                                self.descr_get(&d, obj, &start_ty)
                            }
                        }
                    };
                }
            }
        }
        match n {
            "__class__" => Ok(self.type_of(sup)),
            "__self__" => Ok(obj.clone()),
            "__thisclass__" => Ok(cls.clone()),
            _ => Err(self.err(
                Exc::AttributeError,
                format!("'super' object has no attribute '{n}'"),
            )),
        }
    }
}

// ----- iterators ----------------------------------------------------------

fn reversed_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "reversed", kw, &[])?;
    let p = &args[1..];
    check_args(vm, "reversed", p, 1, 1)?;
    let v = &p[0];
    if vm.is_heap_instance(v) {
        if let Some(r) = vm.call_dunder(v, "__reversed__", &[]) {
            return r;
        }
    }
    let bv = builtin_view(v);
    match bv.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Range(r)) => {
            let r = *r;
            let n = r.len();
            let last = r.get(n - 1);
            Ok(vm.new_iter(
                IterState::Range {
                    next: last,
                    left: n,
                    step: -r.step,
                },
                &vm.types.range_iterator,
            ))
        }
        Some(ObjKind::Dict(_)) | Some(ObjKind::DictView(_)) => {
            let items = vm.to_vec(bv)?;
            let l = vm.new_list(items);
            let n = vm.len(&l)? as isize;
            Ok(vm.new_iter(
                IterState::Reversed {
                    seq: l,
                    next: n - 1,
                },
                &vm.types.reversed,
            ))
        }
        Some(ObjKind::List(_))
        | Some(ObjKind::Tuple(_))
        | Some(ObjKind::Str(_))
        | Some(ObjKind::Bytes(_)) => {
            let n = vm.len(bv)? as isize;
            let ty = if matches!(bv.as_obj().map(|o| &o.kind), Some(ObjKind::List(_))) {
                &vm.types.list_reverseiterator
            } else {
                &vm.types.reversed
            };
            Ok(vm.new_iter(
                IterState::Reversed {
                    seq: bv.clone(),
                    next: n - 1,
                },
                ty,
            ))
        }
        _ => {
            if vm.user_dunder(v, "__getitem__").is_some() && vm.user_dunder(v, "__len__").is_some()
            {
                let n = vm.len(v)? as isize;
                return Ok(vm.new_iter(
                    IterState::Reversed {
                        seq: v.clone(),
                        next: n - 1,
                    },
                    &vm.types.reversed,
                ));
            }
            Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
        }
    }
}
fn enumerate_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "enumerate", kw, &["iterable", "start"])?;
    let p = &pos(args, kw)[1..];
    let it = p
        .first()
        .or_else(|| kwarg(args, kw, "iterable"))
        .cloned()
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = p
        .get(1)
        .or_else(|| kwarg(args, kw, "start"))
        .cloned()
        .unwrap_or(Value::int(0));
    // The count is a plain int (`enumerate(xs, True)` counts 1, 2, ...),
    // from `__index__` if need be.
    let start = crate::builtins::numbers::index(vm, &start)?;
    let iter = vm.iter(&it)?;
    Ok(vm.new_iter(
        IterState::Enumerate {
            it: iter,
            count: start,
            result: Value::NULL,
        },
        &args[0],
    ))
}
fn zip_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(args, kw, "strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in pos(args, kw)[1..].iter() {
        its.push(vm.iter(a)?);
    }
    Ok(vm.new_iter(
        IterState::Zip {
            its,
            strict,
            result: Value::NULL,
        },
        &args[0],
    ))
}
fn map_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "map", kw, &[])?;
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[2..] {
        its.push(vm.iter(a)?);
    }
    Ok(vm.new_iter(
        IterState::Map {
            f: args[1].clone(),
            its,
        },
        &args[0],
    ))
}
fn filter_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "filter", kw, &[])?;
    check_args(vm, "filter", &args[1..], 2, 2)?;
    let it = vm.iter(&args[2])?;
    Ok(vm.new_iter(
        IterState::Filter {
            f: args[1].clone(),
            it,
        },
        &args[0],
    ))
}

// ----- generators ---------------------------------------------------------

pub(crate) fn step_result(vm: &Vm, s: crate::interp::GenStep) -> PyResult<Value> {
    match s {
        crate::interp::GenStep::Yield(v) => Ok(v),
        crate::interp::GenStep::Return(r) => Err(super::funcs::stop_iteration(vm, r)),
    }
}
fn gen_send(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "send", &args[1..], 1, 1)?;
    let s = vm.gen_send(&args[0], args[1].clone())?;
    step_result(vm, s)
}
fn gen_next(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = vm.gen_send(&args[0], Value::NONE)?;
    step_result(vm, s)
}
fn gen_throw(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "throw", &args[1..], 1, 3)?;
    let exc = crate::coro::thrown(vm, &args[1..])?;
    let s = vm.gen_throw(&args[0], exc)?;
    step_result(vm, s)
}
fn gen_close(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.gen_close(&args[0])
}

/// Numeric helper shared with other modules: float value of a number.
pub fn number_to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[]) {
        let r = r?;
        return as_float(&r).ok_or_else(|| vm.type_error("__float__ returned non-float"));
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[]) {
        let r = r?;
        return as_int(&r)
            .and_then(|i| i.to_f64())
            .ok_or_else(|| vm.type_error("__index__ returned non-int"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}
