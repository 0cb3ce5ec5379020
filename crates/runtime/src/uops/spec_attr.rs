//! Guards and actions of the specialized attribute and global instructions.
//!
//! What the inline caches hold (see `specialize/attr.rs`, which fills them):
//!
//! ```text
//!  LOAD_GLOBAL_*        [counter | globals keys version | builtins keys version | entry index]
//!  LOAD_ATTR_*,         [counter | type version         | slot or entry index   | value index ]
//!  LOAD_METHOD_*
//!  STORE_ATTR_*         [counter | type version         | slot index ]
//!  *_POLY               [counter | polymorphic cache index | ... ]
//! ```
//!
//! The `_POLY` forms find their (version, slot, value index) in the code
//! object's polymorphic cache by the class's version (specialize/poly.rs).
//!
//! A *keys version* (dict.rs) proves that a dict's keys and entry positions
//! are unchanged, so an entry index still names the same key. A *type
//! version* (types.rs) proves that nothing along the class's MRO changed,
//! so what a lookup through the class found then, it finds now; the values
//! found are kept by the class itself (`TypeObj::spec_values`, emptied when
//! the version changes) and the cache holds their index there. Slot indices
//! come from the class's shared key table, which only grows, so a name's
//! slot never moves.
//!
//! Guards leave the stack untouched; an action that returns `Flow::Deopt`
//! does so before changing anything.

use super::{Flow, R, guard};
use crate::frame::Frame;
use crate::instance::Instance;
use crate::object::ObjKind;
use crate::specialize::poly::{self, PolyWay};
use crate::types::{TypeObj, as_type, type_obj};
use crate::value::{Value, tag};
use crate::vm::Vm;

/// Cache value meaning "this name has no slot in the class's key table".
pub const NO_SLOT: u32 = u32::MAX;

/// The keys version of a dict value (0 if it is no dict).
#[inline(always)]
fn dict_keys_version(d: &Value) -> u32 {
    match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Dict(t)) => crate::dict::keys_version_unguarded(t),
        _ => 0,
    }
}

/// The value of live entry `i` of a dict value.
#[inline(always)]
fn dict_entry_value(d: &Value, i: u32) -> Option<Value> {
    match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Dict(t)) => crate::dict::entry_value_unguarded(t, i as usize),
        _ => None,
    }
}

/// The class object of the value on top of the stack.
#[inline(always)]
fn tos_type<'a>(vm: &'a Vm, f: &'a Frame) -> &'a TypeObj {
    let v = f.peek(1);
    match v.as_obj() {
        Some(o) => crate::types::type_payload(o),
        None => non_object_type(vm, v),
    }
}
/// The version tag of `v`'s class. For an object it comes from the type
/// object's header ([`crate::object::Obj::class_version`]): from the
/// value, two dependent loads rather than three.
#[inline(always)]
pub(super) fn class_version(vm: &Vm, v: &Value) -> u32 {
    match v.as_obj() {
        Some(o) => o.class_version(),
        None => non_object_type(vm, v).version(),
    }
}
/// [`tos_type`] of a value that is no object (an int, a float...): cold,
/// so the object case is the straight path, but inline rather than a call,
/// since a call the guard comes back from would make every handler using
/// it save registers.
#[cold]
#[inline(always)]
fn non_object_type<'a>(vm: &'a Vm, v: &Value) -> &'a TypeObj {
    let t = match v.tag() {
        tag::BOOL => &vm.types.bool_,
        tag::INT => &vm.types.int,
        tag::FLOAT => &vm.types.float,
        _ => &vm.types.none_type,
    };
    as_type(
        t.as_obj()
            .unwrap_or_else(|| crate::vm::invariant_broken("builtin type")),
    )
}

#[inline(always)]
fn tos_instance(f: &Frame) -> Option<&Instance> {
    match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Instance(i)) => Some(i),
        _ => None,
    }
}

/// Slot `i` of the instance on top of the stack, if set.
#[inline(always)]
fn tos_slot(f: &Frame, i: u32) -> Option<Value> {
    tos_instance(f)?.slot(i as usize)
}

/// Replace the top of the stack with `v`.
#[inline(always)]
fn set_top(f: &mut Frame, v: Value) {
    let old = std::mem::replace(f.peek_mut(1), v);
    drop(old);
}
/// Replace the top of the stack with `v` and go on (the old top is
/// dropped last: see [`Flow::Release`]).
#[inline(always)]
fn set_top_next(f: &mut Frame, v: Value) -> R {
    let old = std::mem::replace(f.peek_mut(1), v);
    super::next_dropping(old)
}

// ----- globals -------------------------------------------------------------

#[inline(always)]
pub fn GUARD_GLOBALS_VERSION(_: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(dict_keys_version(&f.globals) == version as u32 && version != 0)
}
#[inline(always)]
pub fn GUARD_BUILTINS_VERSION(_: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(dict_keys_version(&f.builtins) == version as u32 && version != 0)
}
#[inline(always)]
pub fn LOAD_GLOBAL_MODULE(_: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = dict_entry_value(&f.globals, index as u32) else {
        return Ok(Flow::Deopt);
    };
    f.push(v);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn LOAD_GLOBAL_BUILTIN(_: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = dict_entry_value(&f.builtins, index as u32) else {
        return Ok(Flow::Deopt);
    };
    f.push(v);
    Ok(Flow::Next)
}

// ----- guards on the object -----------------------------------------------

#[inline(always)]
pub fn GUARD_TYPE_VERSION(vm: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(class_version(vm, f.peek(1)) == version as u32)
}
#[inline(always)]
pub fn GUARD_INSTANCE_NO_DICT(_: &Vm, f: &mut Frame, _: u32, _: u64) -> R {
    guard(tos_instance(f).is_some_and(Instance::has_no_dict))
}
#[inline(always)]
pub fn GUARD_NO_INSTANCE_ATTR(_: &Vm, f: &mut Frame, _: u32, slot: u64) -> R {
    let slot = slot as u32;
    guard(tos_instance(f).is_some_and(|i| slot == NO_SLOT || !i.has_slot(slot as usize)))
}
#[inline(always)]
pub fn GUARD_CLASS_VERSION(_: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(type_obj(f.peek(1)).is_some_and(|t| t.version() == version as u32))
}
#[inline(always)]
pub fn GUARD_METACLASS_VERSION(vm: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(class_version(vm, f.peek(1)) == version as u32)
}
#[inline(always)]
pub fn GUARD_MODULE_VERSION(_: &Vm, f: &mut Frame, _: u32, version: u64) -> R {
    guard(match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Module(m)) => dict_keys_version(&m.dict) == version as u32 && version != 0,
        _ => false,
    })
}

// ----- loads ----------------------------------------------------------------

#[inline(always)]
pub fn LOAD_ATTR_INSTANCE_VALUE(_: &Vm, f: &mut Frame, _: u32, slot: u64) -> R {
    let Some(v) = tos_slot(f, slot as u32) else {
        return Ok(Flow::Deopt);
    };
    set_top_next(f, v)
}
#[inline(always)]
pub fn LOAD_ATTR_SLOT(_: &Vm, f: &mut Frame, _: u32, slot: u64) -> R {
    let Some(v) = tos_slot(f, slot as u32) else {
        return Ok(Flow::Deopt);
    };
    set_top_next(f, v)
}

/// Entry `i` of the dict of the module on top of the stack.
#[inline(always)]
fn module_entry(f: &Frame, i: u64) -> Option<Value> {
    match f.peek(1).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Module(m)) => dict_entry_value(&m.dict, i as u32),
        _ => None,
    }
}

#[inline(always)]
pub fn LOAD_ATTR_MODULE(_: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = module_entry(f, index) else {
        return Ok(Flow::Deopt);
    };
    set_top_next(f, v)
}
#[inline(always)]
pub fn LOAD_METHOD_MODULE(_: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = module_entry(f, index) else {
        return Ok(Flow::Deopt);
    };
    set_top(f, v);
    f.push(Value::NULL);
    Ok(Flow::Next)
}

/// Value `i` kept by the class on top of the stack (itself a class).
#[inline(always)]
fn class_value(f: &Frame, i: u64) -> Option<Value> {
    type_obj(f.peek(1))?.cached_value(i as u32)
}

pub fn LOAD_ATTR_CLASS(_: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = class_value(f, index) else {
        return Ok(Flow::Deopt);
    };
    set_top_next(f, v)
}
pub fn LOAD_METHOD_CLASS(_: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = class_value(f, index) else {
        return Ok(Flow::Deopt);
    };
    set_top(f, v);
    f.push(Value::NULL);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn LOAD_ATTR_NONDESCRIPTOR(vm: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(v) = tos_type(vm, f).cached_value(index as u32) else {
        return Ok(Flow::Deopt);
    };
    set_top_next(f, v)
}
#[inline(always)]
pub fn LOAD_METHOD_CACHED(vm: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(meth) = tos_type(vm, f).cached_value(index as u32) else {
        return Ok(Flow::Deopt);
    };
    let obj = std::mem::replace(f.peek_mut(1), meth);
    f.push(obj);
    Ok(Flow::Next)
}
pub fn LOAD_ATTR_PROPERTY(vm: &Vm, f: &mut Frame, _: u32, index: u64) -> R {
    let Some(fget) = tos_type(vm, f).cached_value(index as u32) else {
        return Ok(Flow::Deopt);
    };
    // The getter runs in a new frame of this interpreter loop, as a call does.
    vm.tick()?;
    let obj = f.pop();
    match vm.frame_for_call(&fget, std::slice::from_ref(&obj), &[])? {
        crate::call::CallFrame::Frame(fr) => Ok(Flow::Call(fr)),
        crate::call::CallFrame::Done(v) => {
            f.push(v);
            Ok(Flow::Next)
        }
    }
}

// ----- stores ---------------------------------------------------------------

#[inline(always)]
pub fn STORE_ATTR_SLOT(_: &Vm, f: &mut Frame, _: u32, slot: u64) -> R {
    let i = slot as usize;
    let old = {
        // `(v obj --)`: the value moves into the slot.
        let [v, obj] = f.top_slice_mut(2) else {
            return Ok(Flow::Deopt);
        };
        let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) else {
            return Ok(Flow::Deopt);
        };
        let slot = match inst.slot_mut_unguarded(i) {
            Some(slot) => slot,
            None => {
                grow_slots(inst, i);
                // (Unless the slots were busy and did not grow.)
                let Some(slot) = inst.slot_mut_unguarded(i) else {
                    return Ok(Flow::Deopt);
                };
                slot
            }
        };
        std::mem::replace(slot, v.take())
    };
    let obj = f.pop();
    f.pop_moved(1);
    drop(obj);
    drop(old);
    Ok(Flow::Next)
}
/// For [`STORE_ATTR_SLOT`] when instance `inst` has no slot `i` yet (an
/// attribute the class's layout added after the instance was made): grow
/// its slots, out of line, so the common path makes no call it comes
/// back from, and the call returns nothing through memory (so a uop
/// handler running the body inline can still go on by a tail call).
#[cold]
#[inline(never)]
fn grow_slots(inst: &Instance, i: usize) {
    if let Ok(mut slots) = inst.slots.try_borrow_mut() {
        slots.resize(i + 1, Value::NULL);
    }
}

// ----- polymorphic sites (specialize/poly.rs) ----------------------------------

/// The way of polymorphic cache `site` for the class of the value on top of the stack.
#[inline(always)]
fn tos_way(vm: &Vm, f: &Frame, site: u64) -> Option<PolyWay> {
    poly::way(f.code(), site as u32, class_version(vm, f.peek(1)))
}

#[inline(always)]
pub fn LOAD_ATTR_INSTANCE_VALUE_POLY(vm: &Vm, f: &mut Frame, _: u32, site: u64) -> R {
    let Some(v) = tos_way(vm, f, site).and_then(|w| tos_slot(f, w.slot)) else {
        return Ok(Flow::Deopt);
    };
    set_top_next(f, v)
}
#[inline(always)]
pub fn LOAD_METHOD_WITH_VALUES_POLY(vm: &Vm, f: &mut Frame, _: u32, site: u64) -> R {
    let Some(w) = tos_way(vm, f, site) else {
        return Ok(Flow::Deopt);
    };
    if w.slot != NO_SLOT && tos_instance(f).is_some_and(|i| i.has_slot(w.slot as usize)) {
        return Ok(Flow::Deopt);
    }
    let Some(meth) = tos_type(vm, f).cached_value(w.value) else {
        return Ok(Flow::Deopt);
    };
    let obj = std::mem::replace(f.peek_mut(1), meth);
    f.push(obj);
    Ok(Flow::Next)
}
#[inline(always)]
pub fn STORE_ATTR_INSTANCE_VALUE_POLY(vm: &Vm, f: &mut Frame, i: u32, site: u64) -> R {
    match tos_way(vm, f, site) {
        Some(w) => STORE_ATTR_SLOT(vm, f, i, w.slot as u64),
        None => Ok(Flow::Deopt),
    }
}
