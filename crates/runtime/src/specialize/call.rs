//! Specializing calls: `CALL` by the kind of callable it sees.
//!
//! * a Python function (or a bound method of one) whose parameters are
//!   plain positional ones: its frame is pushed directly, keyed by the
//!   function's version (which changes with `__code__`, `__defaults__` and
//!   `__kwdefaults__`); for a generator function (not through a bound
//!   method object), the generator is made directly;
//! * a built-in function or method, and `len`, `isinstance`, `type` by
//!   identity;
//! * a Python class with object's `__new__` and a simple Python `__init__`,
//!   keyed by the class's version tag and the `__init__`'s version;
//! * a built-in class with a native `__new__`, keyed by its version tag;
//! * an object whose class's `__call__` is such a Python function, keyed
//!   by the class's version tag and the function's version;
//! * when a site specialized for one Python function sees another that
//!   takes its arguments the same way, any such function (`CALL_PY_SIMPLE`,
//!   see `poly.rs`).
//!
//! Functions a site specializes for are remembered in the function-version
//! cache, so tier 2 can follow the call. `CALL_KW` and `CALL_FUNCTION_EX`
//! stay generic.

use stitch_bytecode::{Opcode, code_flags};

use super::{Reason, set_cache};
use crate::call::is_generator_code;
use crate::frame::Frame;
use crate::function::{Function, code_rt_of, remember_function};
use crate::object::ObjKind;
use crate::types::{self, BaseKind, as_type, type_obj};
use crate::uops::INIT_IS_NOOP;
use crate::value::Value;
use crate::vm::Vm;

/// How a Python function can be entered with `nargs` positional arguments.
enum Entry {
    Exact,
    WithDefaults,
}

fn entry(func: &Function, nargs: usize) -> Result<Entry, Reason> {
    let code_v = func.code();
    let co = &code_rt_of(&code_v).co;
    if co.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0 {
        return Err("*args or **kwargs");
    }
    if co.kwonlyargcount != 0 {
        return Err("keyword-only parameters");
    }
    if func.version.get() == 0 {
        return Err("function without version");
    }
    let argcount = co.argcount as usize;
    if nargs == argcount {
        return Ok(Entry::Exact);
    }
    let ndefaults = match func.defaults.borrow().as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => t.len(),
        _ => 0,
    };
    if nargs < argcount && nargs + ndefaults >= argcount {
        Ok(Entry::WithDefaults)
    } else {
        Err("wrong argument count")
    }
}

/// `callee` as a Python function, no generator function, and how it is
/// entered with a `self` before `nargs` arguments (the function of a bound
/// method, a class's `__call__`); else why not (`why`: not a function, a
/// generator function).
fn self_entry(
    callee: &Value,
    nargs: usize,
    why: [Reason; 2],
) -> Result<(&Function, Entry), Reason> {
    let Some(ObjKind::Function(func)) = callee.as_obj().map(|o| &o.kind) else {
        return Err(why[0]);
    };
    if is_generator_code(code_rt_of(&func.code()).co.flags) {
        return Err(why[1]);
    }
    Ok((func, entry(func, nargs + 1)?))
}

pub(super) fn call(vm: &Vm, f: &Frame, argc: u32) -> Result<Opcode, Reason> {
    let callable = f.peek(argc as usize + 2);
    let has_self = !f.peek(argc as usize + 1).is_null();
    let nargs = argc as usize + has_self as usize;
    let Some(o) = callable.as_obj() else {
        return Err("not callable");
    };
    match &o.kind {
        ObjKind::Function(func) => {
            let code_v = func.code();
            let code = code_rt_of(&code_v);
            let op = match entry(func, nargs)? {
                // Guarded by code: generator expressions make a new
                // function (a new version) each time they are evaluated.
                Entry::Exact if is_generator_code(code.co.flags) => {
                    set_cache(f, 1, code.id);
                    set_cache(f, 2, nargs as u32);
                    return Ok(Opcode::CALL_PY_GEN_CODE);
                }
                _ if is_generator_code(code.co.flags) => Opcode::CALL_PY_GEN,
                Entry::Exact => Opcode::CALL_PY_EXACT_ARGS,
                Entry::WithDefaults => Opcode::CALL_PY_WITH_DEFAULTS,
            };
            remember_function(callable);
            set_cache(f, 1, func.version.get());
            set_cache(f, 2, nargs as u32);
            Ok(op)
        }
        ObjKind::Method(m) => {
            if has_self {
                return Err("bound method with self");
            }
            let (func, how) = self_entry(
                &m.0,
                nargs,
                [
                    "bound method of a non-function",
                    "bound method of a generator function",
                ],
            )?;
            let op = match how {
                Entry::Exact => Opcode::CALL_BOUND_METHOD_EXACT_ARGS,
                Entry::WithDefaults => Opcode::CALL_BOUND_METHOD_WITH_DEFAULTS,
            };
            remember_function(&m.0);
            set_cache(f, 1, func.version.get());
            Ok(op)
        }
        ObjKind::Builtin(_) => {
            let known = vm.known.get();
            if !has_self && argc == 1 && known.is_some_and(|k| callable.is(&k.len)) {
                Ok(Opcode::CALL_LEN)
            } else if !has_self && argc == 2 && known.is_some_and(|k| callable.is(&k.isinstance)) {
                Ok(Opcode::CALL_ISINSTANCE)
            } else {
                Ok(Opcode::CALL_BUILTIN_FAST)
            }
        }
        ObjKind::Type(t) => {
            if callable.is(&vm.types.type_) {
                return if argc == 1 && !has_self {
                    Ok(Opcode::CALL_TYPE_1)
                } else {
                    Err("type() with other arguments")
                };
            }
            if has_self {
                return Err("class with self");
            }
            class_call(vm, f, callable, t, nargs)
        }
        _ if has_self => Err("other callable with self"),
        _ => instance_call(vm, f, callable, nargs),
    }
}

/// `obj(args)` for an object whose class's `__call__` is a Python
/// function (not a generator function) with plain positional parameters:
/// keyed by the class's version tag, which pins what `__call__` is, and
/// the function's version (its frame is pushed as a bound method's is).
fn instance_call(vm: &Vm, f: &Frame, callable: &Value, nargs: usize) -> Result<Opcode, Reason> {
    let t = as_type(vm.type_obj_of(callable));
    let call = types::lookup(t, "__call__").ok_or("not callable")?;
    // The object is the first argument.
    let (func, how) = self_entry(
        &call,
        nargs,
        [
            "__call__ not a Python function",
            "__call__ a generator function",
        ],
    )?;
    let op = match how {
        Entry::Exact => Opcode::CALL_INSTANCE_EXACT_ARGS,
        Entry::WithDefaults => Opcode::CALL_INSTANCE_WITH_DEFAULTS,
    };
    let version = t.version();
    if version == 0 {
        return Err("class without version");
    }
    remember_function(&call);
    set_cache(f, 1, func.version.get());
    set_cache(f, 2, version);
    Ok(op)
}

/// `cls(args)` for a built-in class (`type.__call__`): its native `__new__`
/// is cached; whether `__init__` then has anything to do is decided here
/// for instances of exactly `cls` (`Vm::init_new_object` decides for others).
fn builtin_class_call(
    vm: &Vm,
    f: &Frame,
    cls: &Value,
    t: &types::TypeObj,
) -> Result<Opcode, Reason> {
    if !cls
        .as_obj()
        .is_some_and(|o| std::ptr::eq(o.ty_ptr(), vm.types.type_.obj_ptr()))
    {
        return Err("built-in class with a metaclass");
    }
    if cls.is(&vm.types.super_) {
        // `super()` reads the calling frame (`uops::CALL`).
        return Err("super");
    }
    let (new, owner) = types::lookup_with_owner(t, "__new__").ok_or("class without __new__")?;
    if owner.is(&vm.types.object) {
        // object() itself: object.__init__ would check the arguments.
        return Err("built-in class: object.__new__");
    }
    let new = match new.as_obj().map(|o| &o.kind) {
        Some(ObjKind::StaticMethod(inner)) => inner.clone(),
        _ => new,
    };
    if !matches!(new.as_obj().map(|o| &o.kind), Some(ObjKind::Builtin(b)) if b.bound.is_null()) {
        return Err("built-in class: __new__ not native");
    }
    // `type.__call__` runs `__init__` on an instance of exactly `cls` when
    // it is object's (a no-op: `__new__` is overridden and `__init__` not)
    // or the class is an exception, list, dict or set; it skips it else.
    let noop = !matches!(
        t.base_kind,
        BaseKind::Exception | BaseKind::List | BaseKind::Dict | BaseKind::Set
    );
    let version = t.version();
    if version == 0 {
        return Err("class without version");
    }
    let i = t
        .cache_value(&new)
        .ok_or("too many values cached on the class")?;
    set_cache(f, 1, i | if noop { INIT_IS_NOOP } else { 0 });
    set_cache(f, 2, version);
    Ok(Opcode::CALL_BUILTIN_CLASS)
}

/// `cls(args)` for a Python class whose instances are plain objects made
/// by `object.__new__` and initialized by a simple Python `__init__`.
fn class_call(
    vm: &Vm,
    f: &Frame,
    cls: &Value,
    t: &types::TypeObj,
    nargs: usize,
) -> Result<Opcode, Reason> {
    if !t.heap {
        return builtin_class_call(vm, f, cls, t);
    }
    if !cls
        .as_obj()
        .is_some_and(|o| std::ptr::eq(o.ty_ptr(), vm.types.type_.obj_ptr()))
    {
        return Err("class with a metaclass");
    }
    if t.base_kind != BaseKind::Object {
        return Err("class with a built-in base");
    }
    if !vm.inherits_from_object(t, "__new__") {
        return Err("class with __new__");
    }
    let Some(init) = types::lookup(t, "__init__") else {
        return Err("class without __init__");
    };
    let Some(ObjKind::Function(func)) = init.as_obj().map(|o| &o.kind) else {
        return Err("__init__ not a Python function");
    };
    // The instance is the first argument.
    match entry(func, nargs + 1)? {
        Entry::Exact | Entry::WithDefaults => {}
    }
    let version = t.version();
    if version == 0 || type_obj(cls).is_none() {
        return Err("class without version");
    }
    remember_function(&init);
    set_cache(f, 1, func.version.get());
    set_cache(f, 2, version);
    Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT)
}
