//! The tier-1 interpreter loop.
//!
//! Python-to-Python calls never recurse on the Rust stack: `CALL` of a
//! Python function links a new frame in front of the current one and the
//! loop continues there; `RETURN_VALUE` unlinks it. Calls from Rust back
//! into Python (`Vm::call`) run a nested loop, counted by `native_depth`.
//! Exceptions unwind through the code object's exception table.
//!
//! Generators resumed by bytecode (`FOR_ITER_GEN`, `SEND_GEN`) run the
//! same way, as CPython 3.11 does: the generator's frame is linked in
//! front of the caller's ([`Link`] says how the caller resumes), its
//! `YIELD_VALUE` hands the frame back to the generator and continues the
//! caller with the value, and its return or escaping exception finishes
//! the generator. Generators driven from Rust (`next()`, `send()`,
//! `throw()`, `close()`) run in a loop of their own (`Vm::gen_send`); a
//! built-in consuming a whole generator (`list(g)`, `sum(g)`...) runs it
//! in one such loop that hands each yielded value to a sink
//! (`Vm::gen_for_each`).
//!
//! Every instruction executes the uops it is declared with in
//! `stitch_bytecode::ops`; uop bodies live in `uops.rs`, one function each
//! with the fixed signature [`UopFn`]. Dispatch is call-threaded: each
//! instruction is a handler function (generated from the table) that runs
//! its uops, called through a table indexed by the opcode byte. Short
//! instructions chain (`chains`): their handler runs the next
//! instruction's with a tail jump rather than returning to the loop.

use std::cell::Cell;

use stitch_bytecode::{CodeUnit, Opcode, Uop};

use crate::frame::{Frame, Link};
use crate::generator::{GenKind, Generator};
use crate::object::ObjKind;
use crate::uops::{self, Flow};
use crate::value::Value;
use crate::vm::{Exc, MAX_NATIVE_DEPTH, PyErr, PyResult, Vm, invariant_broken};

/// The one signature of every uop body.
pub type UopFn = fn(&Vm, &mut Frame, u32, u64) -> PyResult<Flow>;

use crate::interfaces::{Handback, Sink};

/// How a run of the loop ended.
pub enum RunOutcome {
    Return(Value),
    /// The entry frame (a generator's) yielded; the frame goes back to its generator.
    Yield(Value, Box<Frame>),
    Error(PyErr),
}

/// One step of a generator.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

impl Vm {
    /// Run `frame` (and the frames it calls) until it returns or yields.
    pub fn run_frame(&self, frame: Box<Frame>) -> RunOutcome {
        self.run_frame_with(frame, None)
    }

    /// Run `frame`, optionally starting by raising `err` at its current instruction.
    pub fn run_frame_with(&self, frame: Box<Frame>, err: Option<PyErr>) -> RunOutcome {
        let nd = self.native_depth.get();
        if nd >= MAX_NATIVE_DEPTH {
            self.release_frame(frame);
            return RunOutcome::Error(
                self.err(Exc::RecursionError, "maximum recursion depth exceeded"),
            );
        }
        if let Err(e) = self.tick() {
            self.release_frame(frame);
            return RunOutcome::Error(e);
        }
        self.native_depth.set(nd + 1);
        let saved = self.current.get();
        let out = self.run_loop(frame, err, None);
        self.current.set(saved);
        self.native_depth.set(nd);
        out
    }

    fn run_loop(
        &self,
        mut f: Box<Frame>,
        mut pending: Option<PyErr>,
        mut sink: Option<Sink>,
    ) -> RunOutcome {
        let outer = self.sink_run.replace(sink.is_some());
        if sink.is_some() && pending.is_none() && f.ip == 0 {
            // A generator run by a built-in: an executor for the start
            // of its code takes its first item too.
            match self.enter_start(f, &mut sink) {
                Handback::Resume(frame, err) => {
                    f = frame;
                    pending = err;
                }
                Handback::Stopped(frame) => {
                    self.sink_run.set(outer);
                    return RunOutcome::Yield(Value::NONE, frame);
                }
            }
        }
        let out = if self.stats_enabled() {
            run_frames::<true>(self, f, pending, sink)
        } else {
            run_frames::<false>(self, f, pending, sink)
        };
        self.sink_run.set(outer);
        out
    }

    /// Does the innermost running tier-1 loop give what its entry frame
    /// yields to a sink (a generator run by `sum()`, `list()`, ...)?
    pub fn runs_with_sink(&self) -> bool {
        self.sink_run.get()
    }

    /// `f` returned `v`: the caller to continue with (the result pushed, or
    /// an error to raise in it), or the run's outcome when `f` was its entry.
    #[inline(never)]
    fn pop_frame(
        &self,
        mut f: Box<Frame>,
        v: Value,
    ) -> Result<(Box<Frame>, Option<PyErr>), RunOutcome> {
        let Some(mut parent) = f.prev.take() else {
            self.release_frame(f);
            return Err(RunOutcome::Return(v));
        };
        match f.link {
            Link::None => {}
            Link::BinaryOp => {
                self.release_frame(f);
                let err = self.binary_op_returned(&mut parent, v).err();
                return Ok((parent, err));
            }
            Link::ForIter(_) | Link::Send(_) => {
                let err = self.gen_inline_returned(f, &mut parent, v);
                return Ok((parent, err));
            }
        }
        let init_self = f.init_self.take();
        self.release_frame_inline(f);
        if init_self.is_null() {
            parent.push(v);
        } else if v.is_none() {
            // `__init__` of a specialized class call: the call's result is the instance.
            parent.push(init_self);
        } else {
            let e = self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&v)
            ));
            return Ok((parent, Some(e)));
        }
        Ok((parent, None))
    }

    /// Frame `f`, which a tier-2 trace pushed for a call it followed,
    /// returned `v`: its caller, with the result pushed, and an error to
    /// raise there if the return raised one (an `__init__` returning a
    /// value). `None` if `f` had no caller in this loop (a trace only
    /// pops frames it pushed, so never).
    pub fn return_in_trace(&self, f: Box<Frame>, v: Value) -> Option<(Box<Frame>, Option<PyErr>)> {
        if f.is_plain_call() && f.prev.is_some() {
            return Some((self.return_plain(f, v), None));
        }
        self.pop_frame(f, v).ok()
    }

    /// Generator frame `f`, which a tier-2 trace resumed inline
    /// (`FOR_ITER_GEN`) and went on into, yielded `v`, to resume at offset
    /// `resume`: `f` goes back to its generator; its caller comes back,
    /// with `v` pushed. `Err(f)` if `f` has no caller in this loop (a
    /// trace only yields from frames it pushed, so never).
    pub fn yield_in_trace(
        &self,
        mut f: Box<Frame>,
        v: Value,
        resume: u32,
    ) -> Result<Box<Frame>, Box<Frame>> {
        f.ip = resume;
        let mut caller = self.gen_inline_yielded(f)?;
        caller.push(v);
        Ok(caller)
    }

    /// A plain call's frame `f` (see [`Frame::is_plain_call`]) with a
    /// caller returned `v`: release it and give its caller the value.
    /// Out of line, so that the loop keeps its registers.
    #[inline(never)]
    fn return_plain(&self, mut f: Box<Frame>, v: Value) -> Box<Frame> {
        let Some(mut parent) = f.prev.take() else {
            // Unreachable: the loop checked.
            invariant_broken("plain return without a caller")
        };
        self.release_plain_frame(f);
        parent.push(v);
        parent
    }

    /// The operator method `BINARY_OP_PY_DUNDER` ran returned `v` to
    /// `parent`: replace the operands with it, or, if the method declined
    /// (NotImplemented), go on with the right operand's reflected method.
    #[inline(never)]
    fn binary_op_returned(&self, parent: &mut Frame, v: Value) -> PyResult<()> {
        let b = parent.pop();
        let a = parent.pop();
        let r = if v.is(&self.not_implemented) {
            // Python code may run: it must see the caller as current.
            self.current.set(&*parent);
            let op = parent.code().code[parent.lasti as usize].get().arg();
            let op = stitch_bytecode::BinOp::from_u32(op).unwrap_or(stitch_bytecode::BinOp::Add);
            self.binary_op_reflected(&a, &b, op)?
        } else {
            v
        };
        parent.push(r);
        Ok(())
    }

    /// Raise `e` in `f`: the frame whose handler catches it (positioned at
    /// the handler), or the run's outcome when it escapes the entry frame.
    #[inline(never)]
    fn unwind(&self, mut f: Box<Frame>, e: PyErr) -> Result<Box<Frame>, RunOutcome> {
        let reraise = self.reraise.replace(false);
        let mut exc = e.exc;
        if !reraise {
            self.add_traceback(&exc, &f);
            self.set_context(&exc);
        }
        loop {
            let handler = f.code().co.handler_for(f.lasti).copied();
            if let Some(h) = handler {
                f.truncate_stack(h.depth as usize);
                f.push(exc);
                f.ip = h.target;
                return Ok(f);
            }
            match f.prev.take() {
                None => {
                    self.release_frame(f);
                    return Err(RunOutcome::Error(PyErr { exc }));
                }
                Some(parent) => {
                    let gen_frame = f.link.is_gen();
                    if gen_frame {
                        // The generator finished by raising: it propagates
                        // into the caller as it would out of `gen_send`.
                        exc = self.gen_inline_raised(f, &parent, PyErr { exc }).exc;
                    } else {
                        self.release_frame(f);
                    }
                    f = parent;
                    self.current.set(&*f);
                    self.add_traceback(&exc, &f);
                    if gen_frame {
                        self.set_context(&exc);
                    }
                }
            }
        }
    }

    /// Record this frame's current line in the exception's traceback.
    pub fn add_traceback(&self, exc: &Value, f: &Frame) {
        if let Some(ObjKind::Instance(inst)) = exc.as_obj().map(|o| &o.kind) {
            if let Some(e) = inst.exc() {
                let line = f.code().co.line_at(f.lasti as usize);
                e.borrow_mut().traceback.push(crate::instance::TbEntry {
                    code: f.code_obj.clone(),
                    line,
                    globals: f.globals.clone(),
                });
            }
        }
    }

    /// Chain a newly raised exception to the one being handled (`__context__`).
    fn set_context(&self, exc: &Value) {
        let cur = self.topmost_exc();
        if cur.is_none() || cur.is_null() || cur.is(exc) {
            return;
        }
        let Some(ObjKind::Instance(inst)) = exc.as_obj().map(|o| &o.kind) else {
            return;
        };
        let Some(e) = inst.exc() else { return };
        if !e.borrow().context.is_none() {
            return;
        }
        // Avoid cycles: cut the chain where it reaches exc.
        let mut o = cur.clone();
        for _ in 0..1000 {
            let next = match o.as_obj().map(|x| &x.kind) {
                Some(ObjKind::Instance(i)) => match i.exc() {
                    Some(d) => d.borrow().context.clone(),
                    None => break,
                },
                _ => break,
            };
            if next.is(exc) {
                if let Some(ObjKind::Instance(i)) = o.as_obj().map(|x| &x.kind) {
                    if let Some(d) = i.exc() {
                        d.borrow_mut().context = Value::NONE;
                    }
                }
                break;
            }
            if next.is_none() {
                break;
            }
            o = next;
        }
        e.borrow_mut().context = cur;
    }

    /// Run pending safepoint work: Ctrl-C, cycle collection, finalizers.
    pub fn handle_breaker(&self) -> PyResult<()> {
        let bits = crate::breaker::take();
        if bits & crate::breaker::GC != 0 && self.gc_enabled.get() {
            crate::object::collect_cycles();
        }
        if bits & (crate::breaker::FINALIZERS | crate::breaker::GC) != 0 {
            self.run_finalizers();
        }
        if bits & crate::breaker::INTERRUPT != 0 {
            return Err(self.err_args(Exc::KeyboardInterrupt, vec![]));
        }
        Ok(())
    }

    /// Call `__del__` of objects queued by the reference counter or the collector.
    pub fn run_finalizers(&self) {
        loop {
            let batch = crate::object::take_finalizers();
            if batch.is_empty() {
                return;
            }
            for obj in batch {
                if let Some(ObjKind::Generator(_)) = obj.as_obj().map(|o| &o.kind) {
                    if let Err(e) = self.gen_close(&obj) {
                        let repr = self.repr_string(&obj).unwrap_or_default();
                        self.write_stderr(&format!("Exception ignored in: {repr}\n"));
                        self.print_exception(&e);
                    }
                    continue;
                }
                if let Some(f) = self.user_dunder(&obj, "__del__") {
                    if let Err(e) = self.call_bound(&f, &obj, &[obj.clone()]) {
                        let repr = self.repr_string(&f).unwrap_or_default();
                        self.write_stderr(&format!("Exception ignored in: {repr}\n"));
                        self.print_exception(&e);
                    }
                }
            }
        }
    }

    // ----- generators ---------------------------------------------------

    fn generator<'a>(&self, g: &'a Value) -> PyResult<&'a Generator> {
        match g.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Generator(g)) => Ok(g),
            _ => Err(self.type_error("expected a generator")),
        }
    }

    /// Resume a generator with a sent value.
    pub fn gen_send(&self, gv: &Value, v: Value) -> PyResult<GenStep> {
        let g = self.generator(gv)?;
        self.gen_send_to(g, v)
    }

    /// Resume generator `g` with a sent value (None for `next()`).
    #[inline]
    pub fn gen_send_to(&self, g: &Generator, v: Value) -> PyResult<GenStep> {
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(frame) = Self::take_gen_frame(g) else {
            if g.kind == crate::generator::GenKind::Coroutine {
                return Err(self.err(Exc::RuntimeError, "cannot reuse already awaited coroutine"));
            }
            return Ok(GenStep::Return(Value::NONE));
        };
        if !g.started.get() && !v.is_none() {
            Self::put_gen_frame(g, frame);
            let what = match g.kind {
                crate::generator::GenKind::Generator => "generator",
                _ => "coroutine",
            };
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {what}"
            )));
        }
        self.resume_sending(g, frame, v, None, None)
    }

    /// Run generator `g` (not an async one) to its end, handing `f` each
    /// value it yields until `f` says stop (`Ok(false)`) or fails; the
    /// generator is then left suspended at that `yield`. What `next()` in a
    /// loop does, in one run of the interpreter loop: each `yield` calls
    /// `f` and the generator goes on, instead of leaving and re-entering
    /// the loop per value (~270 machine instructions a value).
    ///
    /// While `f` runs the generator is still marked running (Python code
    /// `f` runs that advances `g` itself gets "generator already
    /// executing" where CPython would advance it); the caller's frame is
    /// current and its exception state in force, as between `next()` calls.
    pub fn gen_for_each(
        &self,
        g: &Generator,
        mut f: impl FnMut(Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(frame) = Self::take_gen_frame(g) else {
            return Ok(());
        };
        let consumer = self.current.get();
        let mut failed = None;
        let mut sink = |v: Value| -> bool {
            // As between two `next()` calls: the consumer's frame and
            // exception state (swapped only when either is not None).
            let current = self.current.replace(consumer);
            let swap = !self.gen_exc_idle(g);
            if swap {
                self.gen_exc_leave(g, true);
            }
            let r = f(v);
            if swap {
                self.gen_exc_enter(g);
            }
            self.current.set(current);
            match r {
                Ok(go_on) => go_on,
                Err(e) => {
                    failed = Some(e);
                    false
                }
            }
        };
        self.resume_sending(g, frame, Value::NONE, None, Some(&mut sink))?;
        match failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// `next()` of a generator driven from Rust (`list(g)`, `sum(g)`,
    /// `next(g)`...): `Ok(None)` once it is finished (its return value is
    /// dropped, as protocol iteration does).
    #[inline]
    pub fn gen_next(&self, g: &Generator) -> PyResult<Option<Value>> {
        match self.gen_send_to(g, Value::NONE)? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    /// Take a suspended generator's frame out of it (None when finished).
    #[inline(always)]
    fn take_gen_frame(g: &Generator) -> Option<Box<Frame>> {
        g.frame.try_borrow_mut().ok()?.take()
    }

    /// Give a suspended frame back to its generator.
    #[inline(always)]
    fn put_gen_frame(g: &Generator, frame: Box<Frame>) {
        match g.frame.try_borrow_mut() {
            Ok(mut slot) => {
                let old = slot.replace(frame);
                debug_assert!(old.is_none());
                // A suspended generator has no frame while it runs: nothing to drop.
                std::mem::forget(old);
            }
            // Unreachable (nothing holds the slot borrowed across a resume).
            Err(_) => drop(frame),
        }
    }

    fn resume(&self, g: &Generator, frame: Box<Frame>, err: Option<PyErr>) -> PyResult<GenStep> {
        self.resume_sending(g, frame, Value::NULL, err, None)
    }

    /// Run generator `g`'s `frame` until it yields, returns or raises:
    /// `send` (unless NULL) is pushed as the result of the `yield` it is
    /// suspended at; `err` is raised in it first. Everything `gen_send`
    /// and `run_frame_with` do around a resumption, in one place: the
    /// recursion limits, the step budget, `gi_running`, the generator's
    /// own "exception being handled", the current frame. With a `sink`,
    /// each value yielded goes to it and the generator goes on (see
    /// [`Vm::gen_for_each`]); it yields (None) only when the sink says stop.
    #[inline(always)]
    fn resume_sending(
        &self,
        g: &Generator,
        mut frame: Box<Frame>,
        send: Value,
        err: Option<PyErr>,
        sink: Option<Sink>,
    ) -> PyResult<GenStep> {
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            Self::put_gen_frame(g, frame);
            return Err(self.err(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        if g.started.get() {
            if !send.is_null() {
                frame.push(send);
            }
        } else {
            g.started.set(true);
        }
        let nd = self.native_depth.get();
        if nd >= MAX_NATIVE_DEPTH {
            // As `run_frame_with`: the frame is dropped (the generator is finished).
            self.release_frame(frame);
            return Err(self.err(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        if let Err(e) = self.tick() {
            self.release_frame(frame);
            return Err(e);
        }
        g.running.set(true);
        self.depth.set(depth);
        self.native_depth.set(nd + 1);
        self.gen_exc_enter(g);
        let saved = self.current.get();
        let outcome = self.run_loop(frame, err, sink);
        self.current.set(saved);
        self.native_depth.set(nd);
        self.depth.set(depth - 1);
        g.running.set(false);
        match outcome {
            RunOutcome::Yield(y, fr) => {
                self.gen_exc_leave(g, true);
                Self::put_gen_frame(g, fr);
                Ok(GenStep::Yield(y))
            }
            RunOutcome::Return(r) => {
                self.gen_exc_leave(g, false);
                Ok(GenStep::Return(r))
            }
            RunOutcome::Error(e) => {
                self.gen_exc_leave(g, false);
                Err(self.gen_escaped(g, e))
            }
        }
    }

    /// Generator `g` starts running: its own "exception being handled"
    /// (CPython's gi_exc_state) becomes the VM's, in front of its caller's
    /// ([`Vm::topmost_exc`] looks through it while it is None), which
    /// waits on `exc_chain` unless it is None.
    #[inline(always)]
    fn gen_exc_enter(&self, g: &Generator) {
        // Commonly neither handles an exception: nothing to swap.
        // SAFETY: a peek into the `Cell`: no reference into it exists (a
        // `Cell` hands none out), and nothing replaces its value during
        // this read (no code runs in it). `Cell::replace` would cost two
        // stores on every resume.
        if unsafe { &*g.saved_exc.as_ptr() }.is_none() && self.cur_exc_is_exactly_none() {
            g.caller_exc_saved.set(false);
            return;
        }
        let mut own = g.saved_exc.replace(Value::NONE);
        if own.is_null() {
            own = Value::NONE;
        }
        let caller = match self.cur_exc.try_borrow_mut() {
            Ok(mut cur) => std::mem::replace(&mut *cur, own),
            // Unreachable: nothing holds it borrowed across a resume.
            Err(_) => own,
        };
        let saved = !caller.is_none() && !caller.is_null();
        if saved {
            if let Ok(mut chain) = self.exc_chain.try_borrow_mut() {
                chain.push(caller);
            }
        } else {
            // None owns nothing: skip the drop glue.
            std::mem::forget(caller);
        }
        g.caller_exc_saved.set(saved);
    }

    /// Generator `g` stops running: its caller's exception state comes
    /// back; its own is kept if it yielded (`suspended`), else dropped.
    #[inline(always)]
    fn gen_exc_leave(&self, g: &Generator, suspended: bool) {
        if self.gen_exc_idle(g) {
            return;
        }
        let caller = if g.caller_exc_saved.replace(false) {
            self.exc_chain
                .try_borrow_mut()
                .ok()
                .and_then(|mut c| c.pop())
                .unwrap_or(Value::NONE)
        } else {
            Value::NONE
        };
        let own = match self.cur_exc.try_borrow_mut() {
            Ok(mut cur) => std::mem::replace(&mut *cur, caller),
            Err(_) => caller,
        };
        if suspended {
            let old = g.saved_exc.replace(own);
            // It held None while `g` ran: nothing to drop.
            debug_assert!(old.is_none());
            std::mem::forget(old);
        } else {
            drop(own);
        }
    }

    /// Is the running code's own "exception being handled" None (not NULL)?
    #[inline(always)]
    fn cur_exc_is_exactly_none(&self) -> bool {
        self.cur_exc.try_borrow().is_ok_and(|v| v.is_none())
    }

    /// While generator `g` runs: is there nothing to exchange when it
    /// stops (it handles no exception, and its caller's state is None)?
    /// Commonly so. A running generator's own `saved_exc` is None.
    #[inline(always)]
    fn gen_exc_idle(&self, g: &Generator) -> bool {
        !g.caller_exc_saved.get() && self.cur_exc_is_exactly_none()
    }

    /// The exception `sys.exc_info()`, a bare `raise` and implicit chaining
    /// see: the innermost "exception being handled" that is not None,
    /// looking through running generators that handle none themselves.
    pub fn topmost_exc(&self) -> Value {
        let cur = self.cur_exc.borrow();
        if !cur.is_none() && !cur.is_null() {
            return cur.clone();
        }
        drop(cur);
        let chain = self.exc_chain.borrow();
        chain
            .iter()
            .rev()
            .find(|v| !v.is_none() && !v.is_null())
            .cloned()
            .unwrap_or(Value::NONE)
    }

    /// An exception that escaped generator `g`'s frame, as its caller sees
    /// it: StopIteration (StopAsyncIteration from an async generator)
    /// becomes RuntimeError "generator raised StopIteration", chained.
    fn gen_escaped(&self, g: &Generator, e: PyErr) -> PyErr {
        let escaped = if self.err_matches(&e, Exc::StopIteration) {
            Some("StopIteration")
        } else if g.kind == GenKind::AsyncGenerator && self.err_matches(&e, Exc::StopAsyncIteration)
        {
            Some("StopAsyncIteration")
        } else {
            None
        };
        let Some(what) = escaped else { return e };
        let new = self.err(
            Exc::RuntimeError,
            format!("{} raised {what}", g.kind.noun()),
        );
        if let Some(ObjKind::Instance(inst)) = new.exc.as_obj().map(|o| &o.kind) {
            if let Some(d) = inst.exc() {
                let mut d = d.borrow_mut();
                d.cause = e.exc.clone();
                d.context = e.exc.clone();
                d.suppress_context = true;
            }
        }
        new
    }

    // ----- generators resumed inside the caller's loop ------------------

    /// `FOR_ITER_GEN` / `SEND_GEN`: resume `g` (the caller's top of stack)
    /// with `v` inside the caller's loop, as [`Vm::gen_send`] would: the
    /// frame to link in front of the caller, marked with `link`. `Err(v)`
    /// when the generator is running, finished, just started with a value
    /// other than None, an async generator, or too deep: `gen_send` then
    /// does (or refuses) it the ordinary way.
    #[inline(always)]
    pub(crate) fn gen_enter_inline(
        &self,
        g: &Generator,
        v: Value,
        link: Link,
    ) -> Result<Box<Frame>, Value> {
        let started = g.started.get();
        let depth = self.depth.get() + 1;
        if g.running.get()
            || g.kind == GenKind::AsyncGenerator
            || (!started && !v.is_none())
            || depth > self.recursion_limit.get()
        {
            return Err(v);
        }
        let Some(mut frame) = g.frame.try_borrow_mut().ok().and_then(|mut s| s.take()) else {
            return Err(v);
        };
        if started {
            frame.push(v);
        }
        g.started.set(true);
        g.running.set(true);
        self.depth.set(depth);
        self.gen_exc_enter(g);
        frame.link = link;
        // A generator's frame owns its window: never plain.
        debug_assert!(!frame.plain);
        Ok(frame)
    }

    /// Would `FOR_ITER_GEN` run generator `g` inline now (see
    /// [`Vm::gen_enter_inline`]), resuming it in the code with id `code`
    /// at offset `at`?
    pub fn gen_resumes_inline_at(&self, g: &Generator, code: u64, at: u32) -> bool {
        !g.running.get()
            && g.kind == GenKind::Generator
            && self.depth.get() < self.recursion_limit.get()
            && g.frame.try_borrow().is_ok_and(|s| {
                s.as_deref()
                    .is_some_and(|fr| fr.ip == at && fr.code().id as u64 == code)
            })
    }

    /// The generator whose frame runs inline in front of `parent`.
    #[inline]
    fn inline_gen(parent: &Frame) -> Option<&Generator> {
        if parent.stack_len() == 0 {
            return None;
        }
        match parent.peek(1).as_obj().map(|o| &o.kind) {
            Some(ObjKind::Generator(g)) => Some(g),
            _ => None,
        }
    }

    /// The inline generator frame `f` finished (returned or raised): the
    /// generator is done; the caller's exception state comes back.
    #[inline]
    fn gen_inline_finish(&self, g: &Generator, f: Box<Frame>) {
        g.running.set(false);
        self.depth.set(self.depth.get().saturating_sub(1));
        self.gen_exc_leave(g, false);
        self.release_frame(f);
    }

    /// The inline generator frame `f` yielded: give it back to its
    /// generator and return the caller to continue (the value is pushed
    /// there by the loop); `Err(f)` if `f` has no caller.
    /// (Inlined into both callers: tier 1's yield is hot.)
    #[inline(always)]
    fn gen_inline_yielded(&self, mut f: Box<Frame>) -> Result<Box<Frame>, Box<Frame>> {
        let Some(parent) = f.prev.take() else {
            return Err(f);
        };
        f.link = Link::None;
        match Self::inline_gen(&parent) {
            Some(g) => {
                self.gen_exc_leave(g, true);
                g.running.set(false);
                self.depth.set(self.depth.get().saturating_sub(1));
                Self::put_gen_frame(g, f);
            }
            None => self.release_frame(f),
        }
        Ok(parent)
    }

    /// The inline generator frame `f` returned `v` to `parent`: finish the
    /// generator and leave the caller after its loop (`FOR_ITER_GEN`) or
    /// with the result (`SEND_GEN`).
    #[inline]
    fn gen_inline_returned(&self, f: Box<Frame>, parent: &mut Frame, v: Value) -> Option<PyErr> {
        let link = f.link;
        let Some(g) = Self::inline_gen(parent) else {
            self.release_frame(f);
            return Some(self.err(Exc::SystemError, "generator frame lost its generator"));
        };
        self.gen_inline_finish(g, f);
        match link {
            Link::ForIter(t) => {
                drop(v);
                drop(parent.pop());
                parent.ip = t;
            }
            Link::Send(t) => {
                drop(parent.pop());
                parent.push(v);
                parent.ip = t;
            }
            Link::None | Link::BinaryOp => parent.push(v),
        }
        None
    }

    /// `e` escapes the inline generator frame `f`: finish the generator;
    /// the exception its caller raises.
    #[cold]
    fn gen_inline_raised(&self, f: Box<Frame>, parent: &Frame, e: PyErr) -> PyErr {
        let Some(g) = Self::inline_gen(parent) else {
            self.release_frame(f);
            return e;
        };
        self.gen_inline_finish(g, f);
        self.gen_escaped(g, e)
    }

    /// `gen.throw(exc)`.
    pub fn gen_throw(&self, gv: &Value, exc: Value) -> PyResult<GenStep> {
        let g = self.generator(gv)?;
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(PyErr { exc });
        };
        if !g.started.get() {
            // Never started: the exception is raised "before" the body.
            self.release_frame(frame);
            return Err(PyErr { exc });
        }
        // Suspended inside `yield from`: throw into the delegate first.
        if let Some(recv) = self.yield_from_receiver(&frame) {
            let inner = if matches!(recv.as_obj().map(|o| &o.kind), Some(ObjKind::Generator(_))) {
                Some(self.gen_throw(&recv, exc.clone()))
            } else if let Some(st) = crate::coro::await_state(&recv) {
                Some(self.await_step(st, crate::coro::AwaitInput::Throw(exc.clone())))
            } else if self.is_heap_instance(&recv) && self.user_dunder(&recv, "throw").is_some() {
                Some(
                    self.call_method(&recv, "throw", &[exc.clone()])
                        .map(GenStep::Yield),
                )
            } else {
                None
            };
            match inner {
                Some(Ok(GenStep::Yield(y))) => {
                    *g.frame.borrow_mut() = Some(frame);
                    return Ok(GenStep::Yield(y));
                }
                Some(Ok(GenStep::Return(r))) => {
                    // The delegate finished: continue after the SEND loop.
                    drop(frame.pop());
                    frame.push(r);
                    frame.ip = self.send_exit_target(&frame);
                    return self.resume(g, frame, None);
                }
                Some(Err(e)) => {
                    if self.err_matches(&e, Exc::StopIteration) && !self.is_heap_instance(&recv) {
                        let v = self.stop_iteration_value(&e);
                        drop(frame.pop());
                        frame.push(v);
                        frame.ip = self.send_exit_target(&frame);
                        return self.resume(g, frame, None);
                    }
                    return self.resume(g, frame, Some(e));
                }
                None => {}
            }
        }
        let e = PyErr { exc };
        self.resume(g, frame, Some(e))
    }

    /// The receiver a frame suspended in a `yield from` loop delegates to.
    pub(crate) fn yield_from_receiver(&self, f: &Frame) -> Option<Value> {
        send_before(f)?;
        if f.stack_len() == 0 {
            return None;
        }
        Some(f.peek(1).clone())
    }

    fn send_exit_target(&self, f: &Frame) -> u32 {
        send_before(f).map_or(f.ip, |cu| cu.arg())
    }

    /// The value carried by a StopIteration error.
    pub fn stop_iteration_value(&self, e: &PyErr) -> Value {
        if let Some(ObjKind::Instance(inst)) = e.exc.as_obj().map(|o| &o.kind) {
            if let Some(v) = self.instance_attr(
                crate::types::as_type(
                    e.exc
                        .as_obj()
                        .map(|o| o.ty_obj())
                        .unwrap_or_else(|| crate::vm::invariant_broken("exc")),
                ),
                inst,
                &self.intern("value"),
            ) {
                return v;
            }
            if let Some(d) = inst.exc() {
                if let Some(ObjKind::Tuple(t)) = d.borrow().args.as_obj().map(|o| &o.kind) {
                    return t.first().cloned().unwrap_or(Value::NONE);
                }
            }
        }
        Value::NONE
    }

    /// `gen.close()`.
    pub fn gen_close(&self, gv: &Value) -> PyResult<Value> {
        let g = self.generator(gv)?;
        if g.frame.borrow().is_none() {
            return Ok(Value::NONE);
        }
        if !g.started.get() {
            if let Some(f) = g.frame.borrow_mut().take() {
                self.release_frame(f);
            }
            return Ok(Value::NONE);
        }
        let exc = self.new_exception(self.exc_type(Exc::GeneratorExit), vec![]);
        let noun = g.kind.noun();
        match self.gen_throw(gv, exc) {
            Ok(GenStep::Yield(_)) => {
                Err(self.err(Exc::RuntimeError, format!("{noun} ignored GeneratorExit")))
            }
            Ok(GenStep::Return(_)) => Ok(Value::NONE),
            Err(e)
                if self.err_matches(&e, Exc::GeneratorExit)
                    || self.err_matches(&e, Exc::StopIteration) =>
            {
                Ok(Value::NONE)
            }
            Err(e) => Err(e),
        }
    }
}

/// The SEND (or SEND_GEN) of the `yield from` loop a frame suspended at
/// `YIELD_VALUE` is in, if it is in one.
fn send_before(f: &Frame) -> Option<CodeUnit> {
    // The code as compiled (the quickened copy may say SEND_GEN).
    let code = &f.code().co.code;
    let y = f.lasti as usize;
    if code.get(y)?.op() != Opcode::YIELD_VALUE {
        return None;
    }
    let at = y.checked_sub(1 + Opcode::SEND.cache_entries() as usize)?;
    let cu = *code.get(at)?;
    (cu.op().base() == Opcode::SEND).then_some(cu)
}

/// Run one uop of an instruction in its handler: read its operand from
/// the inline-cache slice the uop table gives it, call its body, and leave
/// the handler unless the body says "next" (the flow, or the error, goes
/// to the loop through the VM's exit slots, [`ExitSlots`]). The common
/// case never materializes a `Flow`.
///
/// `$f.ip` is only written on the ways out: the loop carries the position
/// in a register and reads `f.ip` only when a frame leaves and later
/// resumes. The instruction goes on at `$next`, but leaves (a call, a
/// yield, an error, a deoptimization) at `$first`: where it ends. They
/// differ for a superinstruction, whose second half (see
/// `uops::next_width`) runs the instruction at `$first`, getting its code
/// unit as the operand (and `$first` in the operand's high half): a
/// deoptimized comparison-and-jump runs the comparison's generic form and
/// then the jump.
macro_rules! uop_step {
    ($vm:ident, $f:ident, $code:ident, $ip:ident, $arg:ident, $uop:ident, $first:ident, $next:ident, $chain:ident, $last:expr) => {{
        const SLICE: (u32, u32) = Uop::$uop.cache_slice();
        let operand = if uops::next_width(Uop::$uop) != 0 {
            // SAFETY: `$code` is the running frame's code; superinstructions
            // and the forms that run the instruction after them (a jump after
            // a comparison or truth test, a PUSH_NULL after a global load)
            // are only formed where that instruction follows (`specialize`).
            unsafe { &*$code.add($ip + $first) }.get().0 as u64 | ($first as u64) << 32
        } else if SLICE.1 == 0 {
            0
        } else {
            // SAFETY: `$code` is the running frame's code (see the loop)
            // and `$ip` the start of an instruction in it, whose cache
            // units the verifier proved inside the code.
            unsafe { read_cache($code, $ip, SLICE) }
        };
        let result = uops::$uop($vm, $f, $arg, operand);
        match result {
            // `Next` and `Jump` own nothing: forgetting them keeps `Flow`'s
            // drop glue (an out-of-line call) off the hot path.
            Ok(Flow::Next) => std::mem::forget(result),
            Ok(Flow::Jump(t)) => {
                std::mem::forget(result);
                // Forward jumps chain too (a chain still only moves forward).
                if $chain && t as usize > $ip {
                    chain_to!($vm, $f, $code, t as usize);
                }
                return t as usize;
            }
            // Calls and returns pass their frame or value in a slot of
            // its own, so that the loop reads back exactly what was
            // written (a whole `Flow` read back stalls on store forwarding).
            Ok(Flow::Call(callee)) => {
                $f.ip = ($ip + $first) as u32;
                // The slots are empty (the loop takes what a handler
                // leaves): nothing to drop.
                std::mem::forget($vm.exit.callee.replace(Some(callee)));
                return CALLED;
            }
            // The last uop leaves a value to free: the handler does it
            // on its way out, out of line (see `Flow::Release`).
            Ok(Flow::Release(v)) => {
                if $last {
                    std::mem::forget($vm.exit.value.replace(v));
                    return release_then_next::<$chain>($vm, $f, $code, $ip + $next);
                }
                drop(v);
            }
            Ok(Flow::Return(v)) => {
                std::mem::forget($vm.exit.value.replace(v));
                return RETURNED;
            }
            Ok(Flow::Yield(v)) => {
                $f.ip = ($ip + $first) as u32;
                std::mem::forget($vm.exit.value.replace(v));
                return YIELDED;
            }
            _ => {
                $f.ip = ($ip + $first) as u32;
                std::mem::forget($vm.exit.other.replace(Some(result)));
                return LEFT;
            }
        }
    }};
}

/// Run the instruction at `$next` from a handler that [`chains`] (see
/// there): its handler's result is this one's.
macro_rules! chain_to {
    ($vm:ident, $f:ident, $code:ident, $next:expr) => {{
        let next = $next;
        // SAFETY: as the loop's fetch (`run_frames`): `next` is where the
        // instruction continues (the next one, or a jump target), which
        // the verifier proved inside the code.
        let cu = unsafe { &*$code.add(next) }.get();
        $f.lasti = next as u32;
        return HANDLERS[cu.op_byte() as usize]($vm, $f, $code, next);
    }};
}

/// The way out of a handler whose last uop left the last reference to an
/// object in `out.value` ([`Flow::Release`]): free it, then go on as the
/// handler would have (chaining to the next instruction, or returning
/// its position). Reached by a tail call, so the handler saves no
/// registers for it.
#[cold]
#[inline(never)]
fn release_then_next<const CHAIN: bool>(
    vm: &Vm,
    f: &mut Frame,
    code: *const Cell<CodeUnit>,
    next: usize,
) -> usize {
    drop(vm.exit.value.take());
    if CHAIN {
        chain_to!(vm, f, code, next);
    }
    next
}

/// The same for the generic form run after a guard failed: `SPECIALIZE`
/// is skipped (the miss already counted), and the flow is returned.
macro_rules! generic_step {
    ($vm:ident, $f:ident, $arg:ident, SPECIALIZE) => {};
    ($vm:ident, $f:ident, $arg:ident, $uop:ident) => {{
        const SLICE: (u32, u32) = Uop::$uop.cache_slice();
        let operand = if SLICE.1 == 0 {
            0
        } else {
            read_operand($f, SLICE)
        };
        match uops::$uop($vm, $f, $arg, operand)? {
            Flow::Next => {}
            Flow::Release(v) => drop(v),
            flow => return Ok(flow),
        }
    }};
}

/// Tier-1 dispatch, derived from the instruction table: each instruction
/// runs its uops in order.
macro_rules! tier1_dispatch {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident { $(base: $base:ident,)? cache: $cache:expr, uops: [$($uop:ident),*] }
    )*) => {
        /// One handler per instruction: it runs the instruction's uops
        /// and returns where to continue, or one of [`YIELDED`], [`CALLED`],
        /// [`RETURNED`], [`LEFT`] when a uop left the instruction (what it
        /// left with is in `vm.exit`).
        #[allow(non_snake_case)]
        mod handlers {
            use super::*;
            $(
                pub(super) fn $name<const CHAIN: bool>(
                    vm: &Vm,
                    f: &mut Frame,
                    code: *const Cell<CodeUnit>,
                    ip: usize,
                ) -> usize {
                    // SAFETY: as the loop's fetch (`run_frames`).
                    let arg = unsafe { &*code.add(ip) }.get().arg();
                    let _ = (code, arg);
                    // Where the instruction ends, and where it goes on (after
                    // the instruction a superinstruction's second half runs).
                    const FIRST: usize = 1 + $cache;
                    const NEXT: usize = FIRST $(+ uops::next_width(Uop::$uop))*;
                    const UOPS: usize = <[&str]>::len(&[$(stringify!($uop)),*]);
                    let mut step = 0;
                    $(
                        step += 1;
                        uop_step!(vm, f, code, ip, arg, $uop, FIRST, NEXT, CHAIN, step == UOPS);
                    )*
                    let _ = step;
                    let next = ip + NEXT;
                    if CHAIN {
                        chain_to!(vm, f, code, next);
                    }
                    next
                }
            )*
        }

        /// The handler of each opcode byte.
        static HANDLERS: [Handler; 256] = {
            let mut t: [Handler; 256] = [not_an_instruction; 256];
            $(t[Opcode::$name as usize] = handlers::$name::<{ chains(Opcode::$name) }>;)*
            t
        };

        /// The same without chaining, for `--stats` (which counts each
        /// instruction in the loop).
        static COUNTED_HANDLERS: [Handler; 256] = {
            let mut t: [Handler; 256] = [not_an_instruction; 256];
            $(t[Opcode::$name as usize] = handlers::$name::<false>;)*
            t
        };

        /// Run `f` and the frames it calls until it returns, yields or
        /// lets an exception escape; `pending` is raised first. Calls and
        /// returns between Python frames switch `f` without leaving the
        /// loop. With `STATS`, count every instruction.
        ///
        /// Dispatch is call-threaded: each instruction is a small function
        /// (its handler) called through a table indexed by the opcode
        /// byte. The loop is small enough that the code and the position
        /// stay in registers, and each handler gets the registers to
        /// itself; in one giant `match` over every instruction (the
        /// previous design) LLVM spilled the loop's state and reloaded it
        /// in every arm. The call, the return and the argument moves cost
        /// about what the spills did (machine instructions within -4%..+5%
        /// of the `match` per program), and CPU time is lower: the
        /// benchmark harness's geomean went from 0.81x to 0.96x of CPython
        /// in one run of both (go 1.51 -> 1.17 s, deltablue 1.47 -> 1.06 s).
        ///
        /// Keep handlers' common paths free of calls they return from (see
        /// docs/adding-a-uop.md): such a call makes the handler save and
        /// restore registers on every execution.
        ///
        /// The handlers of short instructions dispatch the next one
        /// themselves ([`chains`]), so the loop sees only the instruction
        /// that ends each such run. Chaining went from none to the
        /// instructions listed there (loads, moves, int and float
        /// arithmetic, forward jumps): machine instructions -2% to -10%
        /// per program (nbody 298.8M -> 269.3M, unpack_sequence 186.7M ->
        /// 180.9M, deltablue 403.9M -> 387.5M); stores, which drop a value
        /// and so may call out, cost more chained than the round trip.
        fn run_frames<const STATS: bool>(
            vm: &Vm,
            mut f: Box<Frame>,
            mut pending: Option<PyErr>,
            sink: Option<Sink>,
        ) -> RunOutcome {
            // Borrowed by `yielded` only: it waits in memory rather than a register.
            let mut sink = sink;
            let mut code: *const Cell<CodeUnit>;
            let mut ip: usize;
            // Opaque, so that the table's address stays in a register
            // rather than being recomputed before every dispatch.
            let table: &[Handler; 256] =
                std::hint::black_box(if STATS { &COUNTED_HANDLERS } else { &HANDLERS });
            // Make `f` the running frame: its code and position in registers.
            macro_rules! enter {
                () => {
                    vm.current.set(&*f);
                    code = f.code().code.as_ptr();
                    ip = f.ip as usize;
                };
            }
            'frame: loop {
                if let Some(e) = pending.take() {
                    match vm.unwind(f, e) {
                        Ok(handler) => f = handler,
                        Err(out) => return out,
                    }
                }
                enter!();
                loop {
                    // SAFETY: `code` is borrowed from the frame's code
                    // object, which the frame keeps alive while it runs;
                    // `f` only changes at `continue 'frame`, which reloads it.
                    // `ip` is in range: it starts at 0, an instruction's
                    // successor, a jump or handler target, or where an
                    // executor resumes, and the verifier (run on all
                    // compiled code) proved targets in range and that the
                    // last instruction cannot fall through; tier-up checks
                    // what executors return. (The checks cost ~8% of the
                    // instructions of call-heavy code.)
                    let cu = unsafe { &*code.add(ip) }.get();
                    f.lasti = ip as u32;
                    if STATS {
                        vm.stats_executed(cu.op());
                    }
                    ip = table[cu.op_byte() as usize](vm, &mut f, code, ip);
                    if ip < YIELDED {
                        continue;
                    }
                    if ip == CALLED {
                        let Some(mut callee) = vm.exit.callee.take() else {
                            pending = Some(vm.err(Exc::SystemError, "call without a frame"));
                            continue 'frame;
                        };
                        link_caller(&mut callee, f);
                        f = callee;
                        enter!();
                        continue;
                    }
                    if ip == RETURNED {
                        let v = vm.exit.value.take();
                        if f.is_plain_call() && f.prev.is_some() {
                            f = vm.return_plain(f, v);
                            enter!();
                            continue;
                        }
                        match vm.pop_frame(f, v) {
                            Ok((caller, err)) => {
                                f = caller;
                                pending = err;
                                continue 'frame;
                            }
                            Err(out) => return out,
                        }
                    }
                    if ip == YIELDED {
                        let v = vm.exit.value.take();
                        match yielded(vm, f, v, &mut sink) {
                            Ok(next) => {
                                f = next;
                                enter!();
                                continue;
                            }
                            Err(outcome) => return outcome,
                        }
                    }
                    let mut flow = match vm.exit.other.take() {
                        Some(Ok(flow)) => flow,
                        Some(Err(e)) => {
                            pending = Some(e);
                            continue 'frame;
                        }
                        None => Flow::Next,
                    };
                    if let Flow::Deopt = flow {
                        // Read again rather than kept live across the
                        // handler call: a guard fails before its
                        // instruction changed anything, the unit included.
                        let cu = f.code().code[f.lasti as usize].get();
                        flow = match dispatch_generic(vm, &mut f, cu.op(), cu.arg()) {
                            Ok(flow) => flow,
                            Err(e) => {
                                pending = Some(e);
                                continue 'frame;
                            }
                        };
                    }
                    match flow {
                        Flow::Next => {}
                        Flow::Release(v) => drop(v),
                        Flow::Jump(t) => f.ip = t,
                        Flow::BackEdge(t) => {
                            if let Err(e) = uops::back_edge_slow(vm, &mut f, t) {
                                pending = Some(e);
                                continue 'frame;
                            }
                            f.ip = t;
                        }
                        Flow::Truth => match uops::truth_jump_slow(vm, &mut f) {
                            Ok(Flow::Jump(t)) => f.ip = t,
                            Ok(_) => {}
                            Err(e) => {
                                pending = Some(e);
                                continue 'frame;
                            }
                        },
                        Flow::Unbound(i) => {
                            pending = Some(uops::unbound_local(vm, &f, i));
                            continue 'frame;
                        }
                        Flow::Execute(index) => match vm.enter_executor(f, index, &mut sink) {
                            Handback::Resume(frame, err) => {
                                f = frame;
                                pending = err;
                                continue 'frame;
                            }
                            Handback::Stopped(frame) => {
                                return RunOutcome::Yield(Value::NONE, frame);
                            }
                        },
                        Flow::Call(mut callee) => {
                            link_caller(&mut callee, f);
                            f = callee;
                            continue 'frame;
                        }
                        Flow::Return(v) => match vm.pop_frame(f, v) {
                            Ok((caller, err)) => {
                                f = caller;
                                pending = err;
                                continue 'frame;
                            }
                            Err(out) => return out,
                        },
                        Flow::Yield(v) => match yielded(vm, f, v, &mut sink) {
                            Ok(next) => {
                                f = next;
                                continue 'frame;
                            }
                            Err(outcome) => return outcome,
                        },
                        Flow::Deopt => {
                            pending = Some(vm.err(Exc::SystemError, "generic instruction deoptimized"));
                            continue 'frame;
                        }
                    }
                    ip = f.ip as usize;
                }
            }
        }

        /// Run the generic form of instruction `op` (its `SPECIALIZE` skipped).
        fn run_generic(vm: &Vm, f: &mut Frame, op: Opcode, arg: u32) -> PyResult<Flow> {
            match op {
                $(Opcode::$name => {
                    $(generic_step!(vm, f, arg, $uop);)*
                    Ok(Flow::Next)
                })*
            }
        }
    };
}

stitch_bytecode::instruction_table!(tier1_dispatch);

/// The body of every uop, indexed by `Uop as usize`, for the tier-2
/// interpreter (tier 1 inlines the bodies into its handlers instead).
macro_rules! uop_bodies {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident { $($decl:tt)* }
    )*) => {
        pub static UOP_BODIES: [UopFn; Uop::ALL.len()] = [$(uops::$name as UopFn,)*];
    };
}

stitch_bytecode::uop_table!(uop_bodies);

/// Does instruction `op`'s handler run the next instruction's handler
/// itself (when it goes on to it), instead of returning to the loop?
/// For short instructions that never leave the frame (moves between
/// locals, constants and the stack): the next handler's dispatch is then
/// a jump from their own code (threaded code), with a branch-prediction
/// site of its own per instruction, and the loop's round trip is saved.
/// Forward jumps among them chain as well. A chain only moves forward and
/// ends at any other instruction, so it needs no tail-call guarantee to
/// stay shallow.
/// Debug builds (which make no tail calls) never chain.
const fn chains(op: Opcode) -> bool {
    use Opcode::*;
    !cfg!(debug_assertions)
        && matches!(
            op,
            PUSH_NULL
                | POP_TOP
                | STORE_FAST
                | COPY
                | SWAP
                | LOAD_CONST
                | LOAD_FAST
                | LOAD_FAST__LOAD_FAST
                | LOAD_FAST__LOAD_CONST
                | LOAD_CONST__LOAD_FAST
                | STORE_FAST__LOAD_FAST
                | LOAD_DEREF
                | LOAD_GLOBAL_MODULE
                | LOAD_GLOBAL_BUILTIN
                | LOAD_GLOBAL_MODULE_PUSH_NULL
                | LOAD_GLOBAL_BUILTIN_PUSH_NULL
                | LOAD_ATTR_INSTANCE_VALUE
                | LOAD_ATTR_INSTANCE_VALUE_POLY
                | LOAD_ATTR_SLOT
                | LOAD_ATTR_MODULE
                | LOAD_METHOD_WITH_VALUES
                | LOAD_METHOD_WITH_VALUES_POLY
                | LOAD_METHOD_NO_DICT
                | LOAD_METHOD_MODULE
                | LOAD_METHOD_CLASS
                | BINARY_OP_ADD_INT
                | BINARY_OP_SUBTRACT_INT
                | BINARY_OP_MULTIPLY_INT
                | BINARY_OP_INT
                | BINARY_OP_ADD_FLOAT
                | BINARY_OP_SUBTRACT_FLOAT
                | BINARY_OP_MULTIPLY_FLOAT
                | BINARY_OP_FLOAT_INT
                | BINARY_OP_INT_FLOAT
                | BINARY_OP_NUMBER
                | BINARY_SUBSCR_LIST_INT
                | BINARY_SUBSCR_TUPLE_INT
                | UNPACK_SEQUENCE_TUPLE
                | UNPACK_SEQUENCE_LIST
                | COMPARE_OP_INT
                | COMPARE_OP_FLOAT
                | IS_OP
                | TO_BOOL_BOOL
                | TO_BOOL_INT
                | TO_BOOL_NONE
                | TO_BOOL_LIST
                | TO_BOOL_STR
                | TO_BOOL_BOOL_JUMP
                | TO_BOOL_INT_JUMP
                | TO_BOOL_LIST_JUMP
                | TO_BOOL_STR_JUMP
                | JUMP
                | POP_JUMP_IF_FALSE
                | POP_JUMP_IF_TRUE
                | POP_JUMP_IF_NONE
                | POP_JUMP_IF_NOT_NONE
                | JUMP_IF_FALSE_OR_POP
                | JUMP_IF_TRUE_OR_POP
        )
}

/// A guard of the specialized instruction `op` failed: run its generic form.
#[inline(never)]
fn dispatch_generic(vm: &Vm, f: &mut Frame, op: Opcode, arg: u32) -> PyResult<Flow> {
    let base = crate::specialize::miss(vm, f, op);
    run_generic(vm, f, base, arg)
}

/// Generator frame `f` yielded `v`: the frame to continue with (its
/// caller in this loop with `v` pushed, or `f` itself when the run's sink
/// took `v` and wants more), or the run's outcome.
#[inline(never)]
fn yielded(
    vm: &Vm,
    f: Box<Frame>,
    v: Value,
    sink: &mut Option<Sink<'_>>,
) -> Result<Box<Frame>, RunOutcome> {
    if f.link.is_gen() {
        return match vm.gen_inline_yielded(f) {
            Ok(mut caller) => {
                caller.push(v);
                Ok(caller)
            }
            Err(fr) => Err(RunOutcome::Yield(v, fr)),
        };
    }
    // The entry frame (a generator's) yields.
    let Some(s) = sink.as_deref_mut() else {
        return Err(RunOutcome::Yield(v, f));
    };
    debug_assert!(f.prev.is_none());
    if !s(v) {
        return Err(RunOutcome::Yield(Value::NONE, f));
    }
    let mut f = f;
    // Resumed as by `next()`: the yield's result is None.
    f.push(Value::NONE);
    Ok(f)
}

/// Make `caller` the frame a new `callee` returns to.
#[inline(always)]
fn link_caller(callee: &mut Frame, caller: Box<Frame>) {
    // A new frame has no caller yet: nothing to drop (the compiler can't
    // tell, and would emit the drop glue of a frame chain here).
    let old = callee.prev.replace(caller);
    debug_assert!(old.is_none());
    std::mem::forget(old);
}

/// A uop's operand: the cache units `slice` = (offset, count) after the
/// instruction being executed, low unit first.
#[inline(always)]
fn read_operand(f: &Frame, slice: (u32, u32)) -> u64 {
    let code = &f.code().code;
    let at = (f.lasti + 1 + slice.0) as usize;
    let lo = code.get(at).map_or(0, |c| c.get().0) as u64;
    if slice.1 == 1 {
        lo
    } else {
        lo | (code.get(at + 1).map_or(0, |c| c.get().0) as u64) << 32
    }
}

/// [`read_operand`] in a handler, for the instruction at `ip`.
///
/// # Safety
/// `ip` starts an instruction of the code `code` points into, so its
/// cache units are in range (the verifier checks every instruction's
/// cache fits in the code).
#[inline(always)]
unsafe fn read_cache(code: *const Cell<CodeUnit>, ip: usize, slice: (u32, u32)) -> u64 {
    let at = ip + 1 + slice.0 as usize;
    // SAFETY: see above; `slice` lies within the instruction's cache.
    let unit = |i: usize| unsafe { &*code.add(i) }.get().0 as u64;
    if slice.1 == 1 {
        unit(at)
    } else {
        unit(at) | unit(at + 1) << 32
    }
}

/// An instruction handler (see `run_frames`).
type Handler = fn(&Vm, &mut Frame, *const Cell<CodeUnit>, usize) -> usize;

/// What a uop left its instruction with, for the loop to take (each
/// slot is empty, or NULL, between instructions). The VM keeps them, so
/// that handlers need no argument for them: with four arguments a
/// handler has two more scratch registers than with six, and short
/// handlers save none of their own (machine instructions -1% to -2%).
/// One set serves nested loops: a handler fills a slot just before it
/// returns and its loop empties it at once, before any code can run.
#[derive(Default)]
pub(crate) struct ExitSlots {
    /// The frame of a Python call ([`CALLED`]).
    callee: Cell<Option<Box<Frame>>>,
    /// The value a frame returns ([`RETURNED`]) or yields ([`YIELDED`]),
    /// or that a handler leaves to free ([`release_then_next`]).
    value: Cell<Value>,
    /// Any other flow, or an error ([`LEFT`]).
    other: Cell<Option<PyResult<Flow>>>,
}

/// Handler results that are not a code position (no code is this large).
const YIELDED: usize = usize::MAX - 3;
const CALLED: usize = usize::MAX - 2;
const RETURNED: usize = usize::MAX - 1;
const LEFT: usize = usize::MAX;

/// The handler of opcode bytes that name no instruction. Unreachable: the
/// verifier checks compiled code, and quickening and specialization only
/// write `Opcode`s.
fn not_an_instruction(vm: &Vm, _: &mut Frame, _: *const Cell<CodeUnit>, _: usize) -> usize {
    vm.exit
        .other
        .set(Some(Err(vm.err(Exc::SystemError, "unknown opcode"))));
    LEFT
}
