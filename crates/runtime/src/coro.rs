//! Coroutines (PEP 492) and asynchronous generators (PEP 525).
//!
//! Both are [`Generator`] objects of another kind: their frames suspend
//! and resume exactly like a generator's. What differs is how they are
//! driven:
//!
//! * `await x` turns `x` into an iterator ([`Vm::get_awaitable`]) and runs
//!   it with the same SEND loop as `yield from`: every value it yields goes
//!   out to whoever drives the outermost coroutine (an event loop, or a
//!   plain `coro.send(None)`), and its return value is the result.
//! * An async generator's own `yield` wraps the value (`ASYNC_GEN_WRAP`),
//!   so the awaitables its methods return (`__anext__`, `asend`, `athrow`,
//!   `aclose`) can tell a value for the `async for` (which *ends* the
//!   await, as `StopIteration(value)`) from one that an `await` inside the
//!   generator passes through to the event loop.
//!
//! Those awaitables are built-in iterators ([`IterState::Await`]), stepped
//! by [`Vm::await_step`].

use std::cell::RefCell;

use crate::builtins::check_args;
use crate::builtins::ctors::step_result;
use crate::generator::{GenKind, Generator};
use crate::interp::GenStep;
use crate::iter::{AwaitOp, AwaitPhase, IterState};
use crate::object::{self, ObjKind};
use crate::types::{self, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// What is fed into an awaitable: a sent value or a thrown exception.
pub enum AwaitInput {
    Send(Value),
    Throw(Value),
}

fn gen_of(v: &Value) -> Option<&Generator> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Generator(g)) => Some(g),
        _ => None,
    }
}

/// The state of an awaitable iterator, if `v` is one.
pub fn await_state(v: &Value) -> Option<&RefCell<IterState>> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Iter(s)) if matches!(&*s.borrow(), IterState::Await { .. }) => Some(s),
        _ => None,
    }
}

impl Vm {
    /// A coroutine object, if `v` is one.
    pub fn is_coroutine(&self, v: &Value) -> bool {
        gen_of(v).is_some_and(|g| g.kind == GenKind::Coroutine)
    }

    /// A special method looked up on the type (user classes and native types alike).
    fn type_special(&self, v: &Value, name: &str) -> Option<Value> {
        self.user_dunder(v, name).or_else(|| {
            let t = self.type_of(v);
            type_obj(&t).and_then(|t| types::lookup(t, name))
        })
    }

    fn call_special(&self, v: &Value, name: &str) -> Option<PyResult<Value>> {
        let f = self.type_special(v, name)?;
        Some(self.call_bound(&f, v, &[v.clone()]))
    }

    /// The iterator `await v` drives (CPython's `_PyCoro_GetAwaitableIter`);
    /// `place` is GET_AWAITABLE's oparg, for the error message.
    pub fn get_awaitable(&self, v: &Value, place: u32) -> PyResult<Value> {
        if let Some(g) = gen_of(v) {
            let iterable_coroutine = || {
                g.frame.borrow().as_ref().is_some_and(|f| {
                    f.code().co.flags & stitch_bytecode::code_flags::ITERABLE_COROUTINE != 0
                })
            };
            if g.kind == GenKind::Coroutine || iterable_coroutine() {
                let awaiting = g
                    .frame
                    .borrow()
                    .as_ref()
                    .is_some_and(|f| self.yield_from_receiver(f).is_some());
                if awaiting {
                    return Err(self.err(Exc::RuntimeError, "coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
        }
        let Some(r) = self.call_special(v, "__await__") else {
            let tname = self.type_name(v);
            return Err(self.type_error(match place {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tname}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tname}"
                ),
                _ => format!("object {tname} can't be used in 'await' expression"),
            }));
        };
        let it = r?;
        if self.is_coroutine(&it) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `type(obj).__aiter__(obj)`, checked to have `__anext__` (GET_AITER).
    pub fn get_aiter(&self, obj: &Value) -> PyResult<Value> {
        let Some(r) = self.call_special(obj, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(obj)
            )));
        };
        let it = r?;
        if self.type_special(&it, "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// The awaitable of `aiter.__anext__()` (GET_ANEXT).
    pub fn get_anext(&self, aiter: &Value) -> PyResult<Value> {
        if gen_of(aiter).is_some_and(|g| g.kind == GenKind::AsyncGenerator) {
            return Ok(self.new_await(aiter, AwaitOp::ASend(Value::NONE)));
        }
        let Some(r) = self.call_special(aiter, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            )));
        };
        let next = r?;
        self.get_awaitable(&next, 0).map_err(|cause| {
            let e = self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&next)
            ));
            if let Some(d) = crate::builtins::exc::exc_data(&e.exc) {
                let mut d = d.borrow_mut();
                d.cause = cause.exc.clone();
                d.context = cause.exc.clone();
                d.suppress_context = true;
            }
            e
        })
    }

    /// A new awaitable iterator over a coroutine or async generator.
    pub fn new_await(&self, target: &Value, op: AwaitOp) -> Value {
        let ty = match op {
            AwaitOp::Wrapper => &self.types.coroutine_wrapper,
            AwaitOp::ASend(_) => &self.types.async_generator_asend,
            AwaitOp::AThrow(_) | AwaitOp::AClose => &self.types.async_generator_athrow,
        };
        self.new_iter(
            IterState::Await {
                target: target.clone(),
                op,
                phase: AwaitPhase::Init,
            },
            ty,
        )
    }

    /// ASYNC_GEN_WRAP: mark a value an async generator yields.
    pub fn wrap_async_value(&self, v: Value) -> Value {
        object::alloc(
            ObjKind::Cell(RefCell::new(v)),
            &self.types.async_generator_wrapped_value,
        )
    }

    fn unwrap_async_value(&self, v: &Value) -> Option<Value> {
        match v.as_obj() {
            Some(o)
                if self
                    .type_of(v)
                    .is(&self.types.async_generator_wrapped_value) =>
            {
                match &o.kind {
                    ObjKind::Cell(c) => Some(c.borrow().clone()),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// One step of an awaitable iterator. `Yield` passes a value out to
    /// the event loop; `Return(v)` ends the await with result `v`.
    pub fn await_step(&self, state: &RefCell<IterState>, input: AwaitInput) -> PyResult<GenStep> {
        let (target, op, phase) = match &*state.borrow() {
            IterState::Await { target, op, phase } => (target.clone(), op.clone(), *phase),
            _ => return Err(self.type_error("not an awaitable")),
        };
        let set_phase = |p: AwaitPhase| {
            if let IterState::Await { phase, .. } = &mut *state.borrow_mut() {
                *phase = p;
            }
        };
        let Some(g) = gen_of(&target) else {
            return Err(self.type_error("not an awaitable"));
        };
        if phase == AwaitPhase::Done {
            return Err(self.err(
                Exc::RuntimeError,
                match op {
                    AwaitOp::Wrapper => "cannot reuse already awaited coroutine",
                    AwaitOp::ASend(_) => "cannot reuse already awaited __anext__()/asend()",
                    AwaitOp::AThrow(_) | AwaitOp::AClose => {
                        "cannot reuse already awaited aclose()/athrow()"
                    }
                },
            ));
        }
        let resume = |input: AwaitInput| match input {
            AwaitInput::Send(v) => self.gen_send(&target, v),
            AwaitInput::Throw(e) => self.gen_throw(&target, e),
        };
        match op {
            AwaitOp::Wrapper => {
                let r = resume(input);
                if !matches!(r, Ok(GenStep::Yield(_))) {
                    set_phase(AwaitPhase::Done);
                }
                r
            }
            AwaitOp::ASend(sendval) => {
                let input = match input {
                    AwaitInput::Send(v) if phase == AwaitPhase::Init && v.is_none() => {
                        AwaitInput::Send(sendval)
                    }
                    other => other,
                };
                set_phase(AwaitPhase::Running);
                let r = self.agen_unwrap(g, resume(input));
                if !matches!(r, Ok(GenStep::Yield(_))) {
                    set_phase(AwaitPhase::Done);
                }
                r
            }
            AwaitOp::AThrow(_) | AwaitOp::AClose => {
                let closing = matches!(op, AwaitOp::AClose);
                let r = if phase == AwaitPhase::Init {
                    if g.closed.get() {
                        set_phase(AwaitPhase::Done);
                        return Err(self.err_args(Exc::StopAsyncIteration, vec![]));
                    }
                    if let AwaitInput::Send(v) = &input {
                        if !v.is_none() {
                            return Err(self.type_error(
                                "can't send non-None value to a just-started coroutine",
                            ));
                        }
                    }
                    set_phase(AwaitPhase::Running);
                    let exc = match &op {
                        AwaitOp::AThrow(e) => e.clone(),
                        _ => {
                            g.closed.set(true);
                            self.new_exception(self.exc_type(Exc::GeneratorExit), vec![])
                        }
                    };
                    self.gen_throw(&target, exc)
                } else {
                    resume(input)
                };
                let r = if closing {
                    match r {
                        Ok(GenStep::Yield(y)) if self.unwrap_async_value(&y).is_some() => {
                            Err(self
                                .err(Exc::RuntimeError, "async generator ignored GeneratorExit"))
                        }
                        Ok(GenStep::Yield(y)) => return Ok(GenStep::Yield(y)),
                        Ok(GenStep::Return(_)) => Ok(GenStep::Return(Value::NONE)),
                        Err(e)
                            if self.err_matches(&e, Exc::StopAsyncIteration)
                                || self.err_matches(&e, Exc::GeneratorExit) =>
                        {
                            Ok(GenStep::Return(Value::NONE))
                        }
                        Err(e) => Err(e),
                    }
                } else {
                    let r = self.agen_unwrap(g, r);
                    if matches!(r, Ok(GenStep::Yield(_))) {
                        return r;
                    }
                    r
                };
                set_phase(AwaitPhase::Done);
                r
            }
        }
    }

    /// Interpret what an async generator's frame did (CPython's
    /// `async_gen_unwrap_value`): a wrapped yield completes the awaitable
    /// with that value, a return ends the iteration.
    fn agen_unwrap(&self, g: &Generator, r: PyResult<GenStep>) -> PyResult<GenStep> {
        match r {
            Ok(GenStep::Yield(y)) => match self.unwrap_async_value(&y) {
                Some(v) => Ok(GenStep::Return(v)),
                None => Ok(GenStep::Yield(y)),
            },
            Ok(GenStep::Return(_)) => {
                g.closed.set(true);
                Err(self.err_args(Exc::StopAsyncIteration, vec![]))
            }
            Err(e) => {
                if self.err_matches(&e, Exc::StopAsyncIteration)
                    || self.err_matches(&e, Exc::GeneratorExit)
                {
                    g.closed.set(true);
                }
                Err(e)
            }
        }
    }
}

// ----- native methods ------------------------------------------------------

/// An exception instance from `throw(type[, value])` / `throw(exc)`.
pub(crate) fn thrown(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let mut exc = args[0].clone();
    if type_obj(&exc).is_some() {
        let a: Vec<Value> = args
            .get(1)
            .filter(|v| !v.is_none())
            .cloned()
            .into_iter()
            .collect();
        exc = vm.call(&exc, &a, &[])?;
    }
    if !vm.isinstance_type(&exc, vm.exc_type(Exc::BaseException)) {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&exc)
        )));
    }
    Ok(exc)
}

fn agen_arg<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if gen_of(v).is_some_and(|g| g.kind == GenKind::AsyncGenerator) => Ok(v),
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

fn await_arg<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a RefCell<IterState>> {
    args.first()
        .and_then(await_state)
        .ok_or_else(|| vm.type_error("descriptor requires an awaitable object"))
}

fn coro_await(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "__await__", &args[1..], 0, 0)?;
    Ok(vm.new_await(&args[0], AwaitOp::Wrapper))
}
fn agen_anext(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = agen_arg(vm, args)?;
    Ok(vm.new_await(g, AwaitOp::ASend(Value::NONE)))
}
fn agen_asend(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = agen_arg(vm, args)?;
    check_args(vm, "asend", &args[1..], 1, 1)?;
    Ok(vm.new_await(g, AwaitOp::ASend(args[1].clone())))
}
fn agen_athrow(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = agen_arg(vm, args)?;
    check_args(vm, "athrow", &args[1..], 1, 3)?;
    let exc = thrown(vm, &args[1..])?;
    Ok(vm.new_await(g, AwaitOp::AThrow(exc)))
}
fn agen_aclose(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = agen_arg(vm, args)?;
    check_args(vm, "aclose", &args[1..], 0, 0)?;
    Ok(vm.new_await(g, AwaitOp::AClose))
}
fn await_send(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let st = await_arg(vm, args)?;
    check_args(vm, "send", &args[1..], 1, 1)?;
    let s = vm.await_step(st, AwaitInput::Send(args[1].clone()))?;
    step_result(vm, s)
}
fn await_next(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let st = await_arg(vm, args)?;
    let s = vm.await_step(st, AwaitInput::Send(Value::NONE))?;
    step_result(vm, s)
}
fn await_throw(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let st = await_arg(vm, args)?;
    check_args(vm, "throw", &args[1..], 1, 3)?;
    let exc = thrown(vm, &args[1..])?;
    let s = vm.await_step(st, AwaitInput::Throw(exc))?;
    step_result(vm, s)
}
fn await_close(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let st = await_arg(vm, args)?;
    let target = match &*st.borrow() {
        IterState::Await { target, op, .. } => {
            matches!(op, AwaitOp::Wrapper).then(|| target.clone())
        }
        _ => None,
    };
    if let IterState::Await { phase, .. } = &mut *st.borrow_mut() {
        *phase = AwaitPhase::Done;
    }
    // Closing a coroutine's `__await__()` iterator closes the coroutine.
    match target {
        Some(t) => vm.gen_close(&t),
        None => Ok(Value::NONE),
    }
}
fn identity(_: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// The methods of coroutines, async generators and their awaitables.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    let m = crate::builtins::method;
    // Coroutines share send/throw/close with generators.
    for name in ["send", "throw", "close"] {
        if let Some(f) = type_obj(&t.generator).and_then(|g| types::lookup(g, name)) {
            let _ = vm.dict_set_str(
                &type_obj(&t.coroutine)
                    .map(|c| c.dict.clone())
                    .unwrap_or_default(),
                name,
                f,
            );
        }
    }
    m(vm, &t.coroutine, "__await__", coro_await);
    m(vm, &t.async_generator, "__aiter__", identity);
    m(vm, &t.async_generator, "__anext__", agen_anext);
    m(vm, &t.async_generator, "asend", agen_asend);
    m(vm, &t.async_generator, "athrow", agen_athrow);
    m(vm, &t.async_generator, "aclose", agen_aclose);
    for ty in [
        &t.coroutine_wrapper,
        &t.async_generator_asend,
        &t.async_generator_athrow,
    ] {
        m(vm, ty, "send", await_send);
        m(vm, ty, "throw", await_throw);
        m(vm, ty, "close", await_close);
        m(vm, ty, "__next__", await_next);
        m(vm, ty, "__iter__", identity);
        m(vm, ty, "__await__", identity);
    }
}
