//! Guards and actions of the specialized call instructions.
//!
//! Every form keeps `CALL`'s stack shape, `(callable self_or_null
//! args[oparg] -- res)`, and its inline cache: unit 1 holds the version of
//! the Python function the site calls (so tier 2 can find the function
//! with `Vm::function_for_version` and follow the call; 0 for
//! `CALL_PY_SIMPLE`, which serves many functions, and the index of the
//! cached `__new__` for `CALL_BUILTIN_CLASS`), unit 2 the argument count
//! or the class version tag. Guards only look; actions may
//! assume what their guards checked. Like the generic `CALL`, every action
//! counts a step and polls the eval breaker before it calls; the actions
//! that rely on versions deoptimize when the breaker had work (finalizers
//! may have changed what the guards checked).

use super::{Flow, R, guard};
use crate::frame::Frame;
use crate::function::Function;
use crate::object::ObjKind;
use crate::types::type_obj;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// The Python function inside `v`, if it is one.
#[inline(always)]
fn as_function(v: &Value) -> Option<&Function> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Function(func)) => Some(func),
        _ => None,
    }
}

/// What every call does first: count a step, run pending safepoint work.
#[inline(always)]
fn call_prologue(vm: &Vm) -> PyResult<()> {
    vm.tick()?;
    if crate::breaker::pending() {
        vm.handle_breaker()?;
    }
    Ok(())
}

/// The prologue of the calls whose guards checked more than the stack (a
/// function's or class's version): safepoint work (finalizers) can run
/// Python code that changes them, so when there is any, do it and run the
/// generic form instead. Returns whether the specialized call may go on.
#[inline(always)]
pub(super) fn call_prologue_versioned(vm: &Vm) -> PyResult<bool> {
    if crate::breaker::pending() {
        vm.handle_breaker()?;
        return Ok(false);
    }
    vm.tick()?;
    Ok(true)
}

/// Arguments of the call at the top of the stack, self included when not NULL.
#[inline(always)]
fn nargs(f: &Frame, argc: u32) -> usize {
    argc as usize + !f.peek(argc as usize + 1).is_null() as usize
}

#[inline(always)]
pub fn GUARD_FUNCTION_VERSION(_: &Vm, f: &mut Frame, argc: u32, version: u64) -> R {
    guard(
        as_function(f.peek(argc as usize + 2))
            .is_some_and(|func| func.version.get() == version as u32),
    )
}
#[inline(always)]
pub fn GUARD_FUNCTION_CODE(_: &Vm, f: &mut Frame, argc: u32, code_id: u64) -> R {
    guard(as_function(f.peek(argc as usize + 2)).is_some_and(|func| {
        func.code
            .try_borrow()
            .is_ok_and(|c| crate::function::code_rt_of(&c).id == code_id as u32)
    }))
}
#[inline(always)]
pub fn GUARD_FUNCTION_GLOBALS(_: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    let callable = f.peek(argc as usize + 2);
    guard(as_function(callable).is_some_and(|func| func.globals.is(&f.globals)))
}
#[inline(always)]
pub fn GUARD_CALL_NARGS(_: &Vm, f: &mut Frame, argc: u32, n: u64) -> R {
    guard(nargs(f, argc) as u64 == n)
}
#[inline(always)]
pub fn GUARD_BOUND_METHOD_VERSION(_: &Vm, f: &mut Frame, argc: u32, version: u64) -> R {
    let argc = argc as usize;
    guard(
        f.peek(argc + 1).is_null()
            && matches!(
                f.peek(argc + 2).as_obj().map(|o| &o.kind),
                Some(ObjKind::Method(m)) if as_function(&m.0).is_some_and(|func| func.version.get() == version as u32)
            ),
    )
}
#[inline(always)]
pub fn GUARD_PY_SIMPLE(_: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    let n = nargs(f, argc);
    guard(as_function(f.peek(argc as usize + 2)).is_some_and(|func| {
        func.code
            .try_borrow()
            .is_ok_and(|c| crate::function::code_rt_of(&c).simple_args as usize == n)
    }))
}
/// The version of the function a `CALL_PY_SIMPLE` site calls, kept in the
/// cache when it changes (the function also goes into the function-version
/// cache, where tier 2 finds it).
#[inline(always)]
pub fn RECORD_CALLEE(_: &Vm, f: &mut Frame, argc: u32, seen: u64) -> R {
    let callable = f.peek(argc as usize + 2);
    if let Some(func) = as_function(callable) {
        let v = func.version.get();
        if v as u64 != seen {
            record_callee(f, callable, v);
        }
    }
    Ok(Flow::Next)
}
#[cold]
#[inline(never)]
fn record_callee(f: &Frame, callable: &Value, v: u32) {
    crate::function::remember_function(callable);
    // SAFETY: the call instructions have three cache units (the verifier
    // proved them inside the code), and `f.lasti` is this instruction: the
    // uop is tier-1 bookkeeping (flag TIER1), which tier 1 runs with the
    // instruction's position.
    unsafe { f.cache_unit_unchecked(0, 1) }.set(stitch_bytecode::CodeUnit(v));
}
#[inline(always)]
pub fn GUARD_BUILTIN(_: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    guard(matches!(
        f.peek(argc as usize + 2).as_obj().map(|o| &o.kind),
        Some(ObjKind::Builtin(_))
    ))
}

/// Is the callable `known` (by identity), with a NULL self?
#[inline(always)]
fn is_known(f: &Frame, argc: u32, known: Option<&Value>) -> bool {
    let argc = argc as usize;
    known.is_some_and(|k| f.peek(argc + 2).is(k)) && f.peek(argc + 1).is_null()
}
#[inline(always)]
pub fn GUARD_CALLABLE_LEN(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    guard(is_known(f, argc, vm.known.get().map(|k| &k.len)))
}
#[inline(always)]
pub fn GUARD_CALLABLE_ISINSTANCE(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    guard(is_known(f, argc, vm.known.get().map(|k| &k.isinstance)))
}
#[inline(always)]
pub fn GUARD_CALLABLE_TYPE(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    guard(is_known(f, argc, Some(&vm.types.type_)))
}
#[inline(always)]
pub fn GUARD_CALLEE_CLASS_VERSION(vm: &Vm, f: &mut Frame, argc: u32, version: u64) -> R {
    let argc = argc as usize;
    let cls = f.peek(argc + 2);
    guard(
        f.peek(argc + 1).is_null()
            && type_obj(cls).is_some_and(|t| t.version() == version as u32)
            && cls
                .as_obj()
                .is_some_and(|o| std::ptr::eq(o.ty_ptr(), vm.types.type_.obj_ptr())),
    )
}
#[inline(always)]
pub fn GUARD_KNOWN_FUNCTION(vm: &Vm, _: &mut Frame, _: u32, version: u64) -> R {
    guard(vm.function_for_version(version as u32).is_some())
}

pub fn EXPAND_BOUND_METHOD(_: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    let argc = argc as usize;
    let (func, self_) = match f.peek(argc + 2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Method(m)) => (m.0.clone(), m.1.clone()),
        _ => return Ok(Flow::Next),
    };
    *f.peek_mut(argc + 1) = self_;
    *f.peek_mut(argc + 2) = func;
    Ok(Flow::Next)
}

#[inline(always)]
pub fn GUARD_CALLABLE_INSTANCE(_: &Vm, f: &mut Frame, argc: u32, version: u64) -> R {
    let argc = argc as usize;
    guard(
        f.peek(argc + 1).is_null()
            && f.peek(argc + 2)
                .as_obj()
                .is_some_and(|o| o.class_version() == version as u32),
    )
}

pub fn EXPAND_CALLABLE_INSTANCE(vm: &Vm, f: &mut Frame, argc: u32, version: u64) -> R {
    let Some(func) = vm.function_for_version(version as u32) else {
        return Ok(Flow::Deopt);
    };
    let argc = argc as usize;
    let obj = std::mem::replace(f.peek_mut(argc + 2), func);
    *f.peek_mut(argc + 1) = obj;
    Ok(Flow::Next)
}

/// Push the frame of the (guarded) Python function being called: its
/// arguments are moved from the stack into its parameters.
#[inline(always)]
fn call_py(vm: &Vm, f: &mut Frame, argc: u32) -> R {
    if !call_prologue_versioned(vm)? {
        return Ok(Flow::Deopt);
    }
    let argc = argc as usize;
    let n = nargs(f, argc as u32);
    // The callable moves into the frame (the stack entry is dropped below either way).
    let func_v = f.peek_mut(argc + 2).take();
    let frame = vm.frame_for_simple_call(func_v, f.top_slice_mut(n))?;
    // The callable, self (if any) and the arguments all moved.
    f.pop_moved(argc + 2);
    Ok(Flow::Call(frame))
}
#[inline(always)]
pub fn CALL_PY_EXACT_ARGS(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    call_py(vm, f, argc)
}
#[inline(always)]
pub fn CALL_PY_WITH_DEFAULTS(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    call_py(vm, f, argc)
}

/// Make the generator of the (guarded) generator function being called:
/// its arguments are moved from the stack into its parameters.
pub fn CALL_PY_GEN(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    if !call_prologue_versioned(vm)? {
        return Ok(Flow::Deopt);
    }
    let argc = argc as usize;
    let n = nargs(f, argc as u32);
    // The callable moves into the generator's frame.
    let func_v = f.peek_mut(argc + 2).take();
    let g = vm.generator_for_simple_call(func_v, f.top_slice_mut(n))?;
    // The callable, self (if any) and the arguments all moved.
    f.pop_moved(argc + 2);
    f.push(g);
    Ok(Flow::Next)
}

/// Replace the call's stack entries with its result.
#[inline(always)]
fn finish(f: &mut Frame, argc: u32, r: PyResult<Value>) -> R {
    f.drop_n(argc as usize + 2);
    f.push(r?);
    Ok(Flow::Next)
}

pub fn CALL_BUILTIN_FAST(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    call_prologue(vm)?;
    let n = nargs(f, argc);
    let r = match f.peek(argc as usize + 2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Builtin(b)) if b.bound.is_null() => (b.f)(vm, f.top_slice(n), &[]),
        Some(ObjKind::Builtin(b)) => {
            let mut all = Vec::with_capacity(n + 1);
            all.push(b.bound.clone());
            all.extend_from_slice(f.top_slice(n));
            (b.f)(vm, &all, &[])
        }
        _ => Err(vm.err(Exc::SystemError, "specialized call of a non-builtin")),
    };
    finish(f, argc, r)
}
#[inline(always)]
pub fn CALL_LEN(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    call_prologue(vm)?;
    let Some(n) = crate::protocol::builtin_len(f.peek(1)) else {
        return call_len_general(vm, f, argc);
    };
    // `len`, NULL, the argument: the argument and `len` are dropped.
    drop(f.pop());
    f.pop_moved(1);
    *f.peek_mut(1) = Value::int(n as i64);
    Ok(Flow::Next)
}
/// CALL_LEN of anything but a built-in container: `__len__` and its checks.
#[inline(never)]
fn call_len_general(vm: &Vm, f: &mut Frame, argc: u32) -> R {
    let r = vm.len(f.peek(1)).map(|n| Value::int(n as i64));
    finish(f, argc, r)
}
pub fn CALL_ISINSTANCE(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    call_prologue(vm)?;
    let r =
        crate::builtins::funcs::class_check(vm, f.peek(2), f.peek(1), false, 0).map(Value::bool);
    finish(f, argc, r)
}
pub fn CALL_TYPE_1(vm: &Vm, f: &mut Frame, argc: u32, _: u64) -> R {
    call_prologue(vm)?;
    let t = vm.type_of(f.peek(1));
    finish(f, argc, Ok(t))
}

pub fn CALL_ALLOC_AND_ENTER_INIT(vm: &Vm, f: &mut Frame, argc: u32, init_version: u64) -> R {
    if !call_prologue_versioned(vm)? {
        return Ok(Flow::Deopt);
    }
    let argc = argc as usize;
    let Some(init_v) = vm.function_for_version(init_version as u32) else {
        return Err(vm.err(Exc::SystemError, "specialized __init__ vanished"));
    };
    // object.__new__(cls): a plain instance.
    let obj = vm.new_instance(f.peek(argc + 2), crate::instance::Base::None);
    *f.peek_mut(argc + 1) = obj.clone();
    let mut frame = vm.frame_for_simple_call(init_v, f.top_slice_mut(argc + 1))?;
    frame.init_self = obj;
    frame.plain = false;
    f.drop_n(argc + 2);
    Ok(Flow::Call(frame))
}

/// Bit of `CALL_BUILTIN_CLASS`'s operand: `__init__` does nothing for an
/// instance of exactly the class (the low 16 bits index its `__new__`).
pub const INIT_IS_NOOP: u32 = 1 << 16;

/// `set(x)` or `list(x)` (`cls` is exactly one of them): the new
/// container, filled from `x` at once, as their `__init__` would fill it
/// (CPython's vectorcalls for set and list do the same).
#[inline(never)]
fn new_filled(vm: &Vm, cls: &Value, x: &Value) -> PyResult<Value> {
    if cls.is(&vm.types.set) {
        let s = vm.new_set(crate::set::SetTable::new());
        vm.set_update(&s, x)?;
        return Ok(s);
    }
    Ok(vm.new_list(vm.to_vec(x)?))
}

pub fn CALL_BUILTIN_CLASS(vm: &Vm, f: &mut Frame, argc: u32, operand: u64) -> R {
    if !call_prologue_versioned(vm)? {
        return Ok(Flow::Deopt);
    }
    let argc = argc as usize;
    let operand = operand as u32;
    let cls = f.peek(argc + 2).clone();
    let Some(new) = type_obj(&cls).and_then(|t| t.cached_value(operand & 0xffff)) else {
        return Ok(Flow::Deopt);
    };
    let Some(ObjKind::Builtin(b)) = new.as_obj().map(|o| &o.kind) else {
        return Ok(Flow::Deopt);
    };
    if argc == 1 && (cls.is(&vm.types.set) || cls.is(&vm.types.list)) {
        let r = new_filled(vm, &cls, f.peek(1));
        return finish(f, 1, r);
    }
    // `__new__(cls, *args)`: cls goes where the NULL is, before the arguments.
    *f.peek_mut(argc + 1) = cls.clone();
    let r = match (b.f)(vm, f.top_slice(argc + 1), &[]) {
        Ok(obj)
            if operand & INIT_IS_NOOP != 0 && std::ptr::eq(vm.type_obj_of(&obj), cls.obj_ptr()) =>
        {
            Ok(obj)
        }
        Ok(obj) => vm.init_new_object(&cls, obj, f.top_slice_mut(argc + 1), &[]),
        Err(e) => Err(e),
    };
    finish(f, argc as u32, r)
}
