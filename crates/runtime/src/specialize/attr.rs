//! Specializing attribute and global accesses: `LOAD_GLOBAL`, `LOAD_ATTR`,
//! `LOAD_METHOD`, `STORE_ATTR`.
//!
//! Each function below replays the decisions of the generic path
//! (`global_lookup` in uops.rs, `Vm::getattr`, `Vm::load_method` and
//! `Vm::setattr` in attr.rs) for the operand on the stack, and picks a
//! specialized form only when the guards of that form cover every fact the
//! generic path's result depends on; otherwise it says why not. The cache
//! layouts are drawn in `uops/spec_attr.rs`. Nothing here runs Python code.

use stitch_bytecode::Opcode;

use super::{Reason, Spec};
use crate::frame::Frame;
use crate::object::ObjKind;
use crate::protocol::str_of;
use crate::types::{self, BaseKind, TypeObj, as_type, type_obj};
use crate::uops::NO_SLOT;
use crate::value::Value;
use crate::vm::Vm;

/// The name an instruction uses and its hash (names are exact strs).
fn name_of(f: &Frame, arg: u32) -> Result<(&Value, &str, i64), Reason> {
    let n = f.code().names.get(arg as usize).ok_or("bad name index")?;
    match n.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => Ok((n, s.as_str(), s.hash())),
        _ => Err("name is not a str"),
    }
}

/// Find `name` in the dict value `d` (as `get_str` does: str keys, no
/// `__eq__`) and return its entry index and the dict's keys version.
fn dict_slot(d: &Value, name: &Value, hash: i64) -> Result<Option<(u32, u32)>, Reason> {
    let Some(ObjKind::Dict(t)) = d.as_obj().map(|o| &o.kind) else {
        return Err("namespace is not a dict");
    };
    let Some(i) = t.borrow().find_fast(name, hash) else {
        return Ok(None);
    };
    let i = u32::try_from(i).map_err(|_| "dict too large")?;
    Ok(Some((i, keys_version(d)?)))
}

pub(super) fn load_global(_vm: &Vm, f: &Frame, arg: u32) -> Result<Spec, Reason> {
    let (name, _, hash) = name_of(f, arg)?;
    // Called at once (`f(x)`): push the call's NULL too.
    let call = super::next_op(f, Opcode::LOAD_GLOBAL) == Some(Opcode::PUSH_NULL);
    if let Some((i, gv)) = dict_slot(&f.globals, name, hash)? {
        let op = if call {
            Opcode::LOAD_GLOBAL_MODULE_PUSH_NULL
        } else {
            Opcode::LOAD_GLOBAL_MODULE
        };
        return Ok(Spec::new(op, [gv, 0, i]));
    }
    let Some((i, bv)) = dict_slot(&f.builtins, name, hash)? else {
        return Err("name not found");
    };
    // A version for the globals too: inserting the name there must deopt.
    let gv = keys_version(&f.globals)?;
    let op = if call {
        Opcode::LOAD_GLOBAL_BUILTIN_PUSH_NULL
    } else {
        Opcode::LOAD_GLOBAL_BUILTIN
    };
    Ok(Spec::new(op, [gv, bv, i]))
}

/// The keys version of the dict value `d`, assigned if it had none.
fn keys_version(d: &Value) -> Result<u32, Reason> {
    let Some(ObjKind::Dict(t)) = d.as_obj().map(|o| &o.kind) else {
        return Err("namespace is not a dict");
    };
    match t
        .try_borrow_mut()
        .map_err(|_| "dict busy")?
        .assign_keys_version()
    {
        0 => Err("out of dict versions"),
        v => Ok(v),
    }
}

/// Is `d` a heap instance whose class is outside `t`'s MRO? What such a
/// descriptor does (`__get__`, `__set__`) can change while `t`'s version
/// stays the same, so nothing is specialized on it.
fn foreign_descriptor(vm: &Vm, t: &TypeObj, d: &Value) -> bool {
    if !vm.is_heap_instance(d) {
        return false;
    }
    let dt = vm.type_obj_of(d) as *const crate::object::Obj;
    !t.mro.borrow().iter().any(|m| std::ptr::eq(m.obj_ptr(), dt))
}

/// Does the descriptor protocol (`Vm::descr_get`) hand `d` back unchanged?
/// Only asked for descriptors that are not foreign.
fn returned_as_is(vm: &Vm, d: &Value) -> bool {
    match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Function(_))
        | Some(ObjKind::ClassMethod(_))
        | Some(ObjKind::StaticMethod(_))
        | Some(ObjKind::Property(_)) => false,
        Some(ObjKind::Builtin(b)) => !(b.bound.is_null() && b.owner.is_some()),
        Some(ObjKind::Instance(_)) => vm.user_dunder(d, "__get__").is_none(),
        _ => true,
    }
}

/// Is `d` the `__slots__` member descriptor for `name`?
fn is_slot_member(vm: &Vm, d: &Value, name: &str) -> bool {
    let Some(o) = d.as_obj() else { return false };
    let ObjKind::Property(p) = &o.kind else {
        return false;
    };
    if !std::ptr::eq(o.ty_obj(), vm.types.member_descriptor.obj_ptr()) {
        return false;
    }
    matches!(p.fget.as_obj().map(|o| &o.kind), Some(ObjKind::Builtin(b)) if str_of(&b.bound) == Some(name))
}

/// A plain function found on the type, which `load_method` passes `self` to.
fn is_plain_method(d: &Value) -> bool {
    match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Function(_)) => true,
        Some(ObjKind::Builtin(b)) => b.bound.is_null() && b.owner.is_some(),
        _ => false,
    }
}

/// The slot an instance attribute called `name` lives in, so a guard can
/// check that the instance does not shadow a class attribute; `NO_SLOT`
/// when the class's key table does not have the name: then no instance
/// without a `__dict__` has it while the class keeps its version (the
/// first instance attribute of a name that shadows a class attribute
/// gives the class a new version as it enters the table: see
/// `Vm::store_instance_attr`), and the guard has nothing to check.
fn shadow_slot(t: &TypeObj, name: &Value) -> u32 {
    t.key_index(name).map_or(NO_SLOT, |i| i as u32)
}

fn keep(t: &TypeObj, v: &Value) -> Result<u32, Reason> {
    t.cache_value(v)
        .ok_or("too many values cached on the class")
}

/// `C.name` on the class `cls` itself (`Vm::type_getattr`): the value to
/// cache, if the result is the plain value found along `cls`'s MRO (or the
/// function a staticmethod found there wraps).
fn class_attr(vm: &Vm, cls: &Value, s: &str) -> Result<Value, Reason> {
    let t = type_obj(cls).ok_or("not a class")?;
    let meta = as_type(vm.type_obj_of(cls));
    if types::lookup(meta, s).is_some() {
        return Err("class: metaclass attribute");
    }
    if s.starts_with("__") && s.ends_with("__") {
        return Err("class: special name");
    }
    let v = types::lookup(t, s).ok_or("class: attribute missing")?;
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::ClassMethod(_)) => Err("class: classmethod"),
        // `C.f` is the function inside (the staticmethod object, kept in
        // the class namespace the version guards, never changes it).
        Some(ObjKind::StaticMethod(f)) => Ok(f.clone()),
        Some(ObjKind::Instance(_)) if foreign_descriptor(vm, t, &v) => {
            Err("class: instance of another class")
        }
        Some(ObjKind::Instance(_)) if vm.user_dunder(&v, "__get__").is_some() => {
            Err("class: descriptor")
        }
        _ => Ok(v),
    }
}

/// Fill the cache of a class-attribute form and return it.
fn class_form(vm: &Vm, f: &Frame, s: &str, op: Opcode) -> Result<Spec, Reason> {
    let cls = f.peek(1);
    let v = class_attr(vm, cls, s)?;
    let t = type_obj(cls).ok_or("not a class")?;
    let meta = as_type(vm.type_obj_of(cls));
    Ok(Spec::new(op, [t.version(), meta.version(), keep(t, &v)?]))
}

/// Fill the cache of a module-attribute form and return it.
fn module_form(f: &Frame, arg: u32, op: Opcode) -> Result<Spec, Reason> {
    let (name, _, hash) = name_of(f, arg)?;
    let Some(ObjKind::Module(m)) = f.peek(1).as_obj().map(|o| &o.kind) else {
        return Err("not a module");
    };
    let (i, version) = dict_slot(&m.dict, name, hash)?.ok_or("module: attribute missing")?;
    Ok(Spec::new(op, [version, i, 0]))
}

pub(super) fn load_attr(vm: &Vm, f: &Frame, arg: u32) -> Result<Spec, Reason> {
    let (name, s, _) = name_of(f, arg)?;
    let obj = f.peek(1);
    let o = obj.as_obj().ok_or("immediate value")?;
    match &o.kind {
        ObjKind::Module(_) => return module_form(f, arg, Opcode::LOAD_ATTR_MODULE),
        ObjKind::Type(_) => return class_form(vm, f, s, Opcode::LOAD_ATTR_CLASS),
        ObjKind::Super(_) => return Err("super"),
        _ => {}
    }
    let t = as_type(o.ty_obj());
    if t.has_getattribute.get() {
        return Err("__getattribute__");
    }
    let descr = types::lookup(t, s);
    if let Some(d) = &descr {
        if foreign_descriptor(vm, t, d) {
            return Err("descriptor of another class");
        }
        if crate::attr::is_data_descr(vm, d) {
            if is_slot_member(vm, d, s) && matches!(o.kind, ObjKind::Instance(_)) {
                let i = t.key_index(name).ok_or("slot without a key")?;
                return Ok(Spec::new(
                    Opcode::LOAD_ATTR_SLOT,
                    [t.version(), i as u32, 0],
                ));
            }
            let Some(ObjKind::Property(p)) = d.as_obj().map(|o| &o.kind) else {
                return Err("data descriptor");
            };
            if !matches!(p.fget.as_obj().map(|o| &o.kind), Some(ObjKind::Function(_))) {
                return Err("property: getter is not a Python function");
            }
            if t.has_getattr.get() {
                // An AttributeError from the getter would go to __getattr__.
                return Err("property with __getattr__");
            }
            return Ok(Spec::new(
                Opcode::LOAD_ATTR_PROPERTY,
                [t.version(), 0, keep(t, &p.fget)?],
            ));
        }
    }
    let ObjKind::Instance(inst) = &o.kind else {
        return Err("built-in object");
    };
    if !inst.dict.borrow().is_null() {
        return Err("instance has a __dict__");
    }
    if let Some(i) = t.key_index(name) {
        if inst.slots.borrow().get(i).is_some_and(|v| !v.is_null()) {
            return Ok(Spec::new(
                Opcode::LOAD_ATTR_INSTANCE_VALUE,
                [t.version(), i as u32, 0],
            ));
        }
    }
    // Not on the instance: the class attribute, unless a special attribute
    // of instances comes first (`Vm::special_attr`).
    let d = descr.ok_or("attribute missing")?;
    if t.base_kind == BaseKind::Exception {
        return Err("exception attribute");
    }
    if s == "__class__" || s == "__dict__" {
        return Err("special attribute");
    }
    if matches!(d.as_obj().map(|o| &o.kind), Some(ObjKind::Function(_))) {
        return Err("method (not called)");
    }
    if !returned_as_is(vm, &d) {
        return Err("descriptor");
    }
    let slot = shadow_slot(t, name);
    Ok(Spec::new(
        Opcode::LOAD_ATTR_NONDESCRIPTOR,
        [t.version(), slot, keep(t, &d)?],
    ))
}

pub(super) fn load_method(vm: &Vm, f: &Frame, arg: u32) -> Result<Spec, Reason> {
    let (name, s, _) = name_of(f, arg)?;
    let obj = f.peek(1);
    if let Some(o) = obj.as_obj() {
        match &o.kind {
            ObjKind::Module(_) => return module_form(f, arg, Opcode::LOAD_METHOD_MODULE),
            ObjKind::Type(_) => return class_form(vm, f, s, Opcode::LOAD_METHOD_CLASS),
            ObjKind::Super(_) => return Err("super"),
            _ => {}
        }
    }
    let t = as_type(vm.type_obj_of(obj));
    if t.has_getattribute.get() {
        return Err("__getattribute__");
    }
    let d = types::lookup(t, s).ok_or("not found on the type")?;
    if !is_plain_method(&d) {
        return Err("not a method");
    }
    let (op, slot) = match obj.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Instance(inst)) => {
            if !inst.dict.borrow().is_null() {
                return Err("instance has a __dict__");
            }
            let slot = shadow_slot(t, name);
            if slot != NO_SLOT
                && inst
                    .slots
                    .borrow()
                    .get(slot as usize)
                    .is_some_and(|v| !v.is_null())
            {
                return Err("method shadowed by the instance");
            }
            (Opcode::LOAD_METHOD_WITH_VALUES, slot)
        }
        _ if !t.heap => (Opcode::LOAD_METHOD_NO_DICT, 0),
        _ => return Err("other object"),
    };
    Ok(Spec::new(op, [t.version(), slot, keep(t, &d)?]))
}

pub(super) fn store_attr(vm: &Vm, f: &Frame, arg: u32) -> Result<Spec, Reason> {
    let (name, s, _) = name_of(f, arg)?;
    let obj = f.peek(1);
    let o = obj.as_obj().ok_or("immediate value")?;
    let ObjKind::Instance(inst) = &o.kind else {
        return Err("not an instance");
    };
    let t = as_type(o.ty_obj());
    if t.has_setattr.get() {
        return Err("__setattr__");
    }
    if t.base_kind == BaseKind::Exception {
        return Err("exception attribute");
    }
    if s == "__class__" || s == "__dict__" {
        return Err("special attribute");
    }
    if let Some(d) = types::lookup(t, s) {
        if foreign_descriptor(vm, t, &d) {
            return Err("descriptor of another class");
        }
        if is_slot_member(vm, &d, s) {
            let i = t.key_index(name).ok_or("slot without a key")?;
            return Ok(Spec::new(
                Opcode::STORE_ATTR_SLOT,
                [t.version(), i as u32, 0],
            ));
        }
        match d.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Property(_)) => return Err("property"),
            Some(ObjKind::Instance(_)) if vm.user_dunder(&d, "__set__").is_some() => {
                return Err("data descriptor");
            }
            _ => {}
        }
    }
    if !inst.dict.borrow().is_null() {
        return Err("instance has a __dict__");
    }
    let i = t.key_index(name).ok_or("no slot for the name yet")?;
    Ok(Spec::new(
        Opcode::STORE_ATTR_INSTANCE_VALUE,
        [t.version(), i as u32, 0],
    ))
}
