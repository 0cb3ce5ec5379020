//! Calls: dispatch on the kind of callable, binding arguments to a
//! function's parameters (with CPython's error messages), frames for
//! Python functions, generators, and class instantiation and creation.

use stitch_bytecode::code_flags;

use crate::frame::{Frame, Lent, Link, Storage};
use crate::function::{CodeRt, Function, code_rt_of};
use crate::generator::{GenKind, Generator};
use crate::object::{self, ObjKind};
use crate::protocol::str_of;
use crate::types::{self, BaseKind, TypeObj, as_type, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

/// Does code with these flags make a generator, coroutine or async generator when called?
pub fn is_generator_code(flags: u32) -> bool {
    flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0
}

/// Bind a simple call's positional arguments (moved out of `args`) to the
/// first parameter slots `params`, the rest from `func.__defaults__`.
#[inline(always)]
fn bind_simple(func: &Function, params: &mut [Value], args: &mut [Value]) {
    for (slot, a) in params.iter_mut().zip(args.iter_mut()) {
        // The slot holds NULL: nothing to drop.
        std::mem::forget(std::mem::replace(slot, a.take()));
    }
    if args.len() < params.len() {
        fill_defaults(func, params, args.len());
    }
}

/// Parameters `given..` of a simple call come from `__defaults__`.
#[inline(never)]
fn fill_defaults(func: &Function, params: &mut [Value], given: usize) {
    let argcount = params.len();
    if let Some(ObjKind::Tuple(defs)) = func.defaults.borrow().as_obj().map(|o| &o.kind) {
        for (i, slot) in params.iter_mut().enumerate().skip(given) {
            // The last `argcount - i` defaults belong to parameters i...
            if let Some(d) = defs
                .len()
                .checked_sub(argcount - i)
                .and_then(|j| defs.get(j))
            {
                *slot = d.clone();
            }
        }
    }
}

impl Vm {
    /// Call any callable with positional and keyword arguments (the last
    /// `kwnames.len()` of `args` are keyword values).
    pub fn call(&self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Some(o) = callable.as_obj() else {
            return Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(callable)
            )));
        };
        match &o.kind {
            ObjKind::Function(_) => {
                let frame = self.frame_for_call(callable, args, kwnames)?;
                match frame {
                    CallFrame::Frame(f) => self.run_to_completion(f),
                    CallFrame::Done(v) => Ok(v),
                }
            }
            ObjKind::Builtin(b) => {
                if b.bound.is_null() {
                    (b.f)(self, args, kwnames)
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.bound.clone());
                    all.extend_from_slice(args);
                    (b.f)(self, &all, kwnames)
                }
            }
            ObjKind::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.1.clone());
                all.extend_from_slice(args);
                self.call(&m.0, &all, kwnames)
            }
            ObjKind::Type(_) => self.type_call(callable, args, kwnames),
            ObjKind::StaticMethod(f) => self.call(f, args, kwnames),
            _ => {
                if let Some(f) = self.user_dunder(callable, "__call__") {
                    if let Some(ObjKind::Function(_)) = f.as_obj().map(|o| &o.kind) {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(callable.clone());
                        all.extend_from_slice(args);
                        return self.call(&f, &all, kwnames);
                    }
                    // A static or class method, a built-in, another
                    // descriptor: bound as attribute lookup binds it.
                    let bound = self.descr_get(&f, callable, &self.type_of(callable))?;
                    return self.call(&bound, args, kwnames);
                }
                Err(self.type_error(format!(
                    "'{}' object is not callable",
                    self.type_name(callable)
                )))
            }
        }
    }

    /// Call a function found on the type of `self_` with `args` (which
    /// already start with `self_`).
    pub fn call_bound(&self, f: &Value, _self: &Value, args: &[Value]) -> PyResult<Value> {
        match f.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Function(_)) | Some(ObjKind::Builtin(_)) => self.call(f, args, &[]),
            Some(ObjKind::StaticMethod(inner)) => self.call(inner, &args[1..], &[]),
            Some(ObjKind::ClassMethod(inner)) => {
                let mut a = args.to_vec();
                if let Some(first) = a.first_mut() {
                    *first = self.type_of(first);
                }
                self.call(inner, &a, &[])
            }
            _ => {
                // Any other object: apply the descriptor protocol, then call.
                let bound = self.descr_get(f, &args[0], &self.type_of(&args[0]))?;
                self.call(&bound, &args[1..], &[])
            }
        }
    }

    /// Call a class-level function (`__class_getitem__`, `__init_subclass__`) bound to `cls`.
    pub fn call_bound_class(&self, f: &Value, cls: &Value, args: &[Value]) -> PyResult<Value> {
        let inner = match f.as_obj().map(|o| &o.kind) {
            Some(ObjKind::ClassMethod(inner)) => inner.clone(),
            _ => f.clone(),
        };
        let mut a = vec![cls.clone()];
        a.extend_from_slice(args);
        self.call(&inner, &a, &[])
    }

    /// Run a freshly made frame to its end.
    pub fn run_to_completion(&self, f: Box<Frame>) -> PyResult<Value> {
        match self.run_frame(f) {
            crate::interp::RunOutcome::Return(v) => Ok(v),
            crate::interp::RunOutcome::Error(e) => Err(e),
            crate::interp::RunOutcome::Yield(_, f) => {
                self.release_frame(f);
                Err(self.err(Exc::SystemError, "unexpected yield"))
            }
        }
    }

    /// Make the frame for calling a Python function, or the generator
    /// object if the function is a generator function.
    pub fn frame_for_call(
        &self,
        func_v: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<CallFrame> {
        let Some(ObjKind::Function(func)) = func_v.as_obj().map(|o| &o.kind) else {
            return Err(self.type_error("not a function"));
        };
        let code = code_rt_of(func.code_lent());
        let co = &code.co;
        let framesize = code.framesize;
        let nl = co.nlocalsplus();
        if is_generator_code(co.flags) {
            let mut window = self.window_pool.borrow_mut().take(framesize);
            if let Err(e) = self.bind_args(func, code, args, kwnames, &mut window[..nl]) {
                window.iter_mut().for_each(|v| drop(v.take()));
                self.window_pool.borrow_mut().give(window);
                return Err(e);
            }
            let func: *const Function = &**func;
            return Ok(CallFrame::Done(self.new_generator(
                func_v.clone(),
                func,
                window,
            )));
        }
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.err(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        let (base, mark) = self.stack.reserve(framesize);
        // SAFETY: `reserve` returned a window of `framesize` NULL values.
        let locals = unsafe { std::slice::from_raw_parts_mut(base, nl) };
        if let Err(e) = self.bind_args(func, code, args, kwnames, locals) {
            for v in locals.iter_mut() {
                drop(v.take());
            }
            self.stack.release(mark);
            return Err(e);
        }
        self.depth.set(depth);
        let (func, code): (*const Function, *const CodeRt) = (&**func, code);
        Ok(CallFrame::Frame(self.new_frame_struct(
            func_v.clone(),
            func,
            code,
            base,
            Storage::Stack { mark },
        )))
    }

    /// The frame for a call whose shape a specialized `CALL` proved simple:
    /// `func` is not a generator function, takes no `*args`, `**kwargs` or
    /// keyword-only parameters, and `args` are its first positional
    /// parameters; the remaining ones (if any) come from `__defaults__`,
    /// which the specializer checked has enough of them. The arguments are
    /// moved out of `args` (which are left NULL).
    #[inline(always)]
    pub(crate) fn frame_for_simple_call(
        &self,
        func_v: Value,
        args: &mut [Value],
    ) -> PyResult<Box<Frame>> {
        let Some(ObjKind::Function(func)) = func_v.as_obj().map(|o| &o.kind) else {
            return Err(self.err(Exc::SystemError, "specialized call of a non-function"));
        };
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.err(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        let code = code_rt_of(func.code_lent());
        let argcount = code.argcount;
        let (base, mark) = self.stack.reserve(code.framesize);
        // SAFETY: `reserve` returned a window of `framesize` NULL values,
        // and `argcount <= nlocalsplus <= framesize`.
        let params = unsafe { std::slice::from_raw_parts_mut(base, argcount) };
        bind_simple(func, params, args);
        self.depth.set(depth);
        let (func, code): (*const Function, *const CodeRt) = (&**func, code);
        Ok(self.new_frame_struct(func_v, func, code, base, Storage::Stack { mark }))
    }

    /// The generator (coroutine, async generator) a call of the generator
    /// function `func_v` makes, for a call whose shape a specialized
    /// `CALL` proved simple (as [`Vm::frame_for_simple_call`]); the
    /// function and the arguments are moved out of `func_v` and `args`.
    pub(crate) fn generator_for_simple_call(
        &self,
        func_v: Value,
        args: &mut [Value],
    ) -> PyResult<Value> {
        let Some(ObjKind::Function(func)) = func_v.as_obj().map(|o| &o.kind) else {
            return Err(self.err(Exc::SystemError, "specialized call of a non-function"));
        };
        let code = code_rt_of(func.code_lent());
        let argcount = code.argcount;
        let mut window = self.window_pool.borrow_mut().take(code.framesize);
        bind_simple(func, &mut window[..argcount], args);
        let func: *const Function = &**func;
        Ok(self.new_generator(func_v, func, window))
    }

    /// A new generator object (of the kind the code's flags say) whose
    /// frame runs `func` (the payload of `func_v`, which moves into the
    /// frame) in `window`, its parameters already bound.
    fn new_generator(
        &self,
        func_v: Value,
        func: *const Function,
        mut window: Box<[Value]>,
    ) -> Value {
        // SAFETY: `func` points into `func_v`, alive here and then owned
        // by the frame.
        let code: *const CodeRt = code_rt_of(unsafe { &*func }.code_lent());
        // SAFETY: the function keeps its code alive.
        let flags = unsafe { &*code }.co.flags;
        let (kind, ty) = if flags & code_flags::COROUTINE != 0 {
            (GenKind::Coroutine, &self.types.coroutine)
        } else if flags & code_flags::ASYNC_GENERATOR != 0 {
            (GenKind::AsyncGenerator, &self.types.async_generator)
        } else {
            (GenKind::Generator, &self.types.generator)
        };
        // SAFETY: `func` points into `func_v`, alive here and then owned
        // by the frame.
        let (name, qualname) = unsafe {
            let func = &*func;
            (func.name.borrow().clone(), func.qualname.borrow().clone())
        };
        let base = window.as_mut_ptr();
        let frame = self.new_frame_struct(func_v, func, code, base, Storage::Owned(window));
        object::alloc(
            ObjKind::Generator(Generator::new(kind, frame, name, qualname)),
            ty,
        )
    }

    /// A frame running `func` (the payload of the function object
    /// `func_v`, which moves into the frame) with code `code` (the
    /// function's code now) in the window at `base`; the frame borrows
    /// the function's namespaces and code object ([`Lent`]).
    #[inline(always)]
    fn new_frame_struct(
        &self,
        func_v: Value,
        func: *const Function,
        code: *const CodeRt,
        base: *mut Value,
        storage: Storage,
    ) -> Box<Frame> {
        // SAFETY: `func` points into `func_v`, which the frame owns until
        // it is released (and releasing it empties what it borrowed before
        // dropping `func`); `code` is that function's code, which the
        // function keeps alive.
        let (lent, nl) = unsafe {
            let func = &*func;
            (
                [
                    Lent::borrowed(&func.globals),
                    Lent::borrowed(&func.builtins),
                    Lent::borrowed(func.code_lent()),
                ],
                (*code).nlocalsplus,
            )
        };
        // SAFETY: the stack starts right after the local slots, inside the window.
        let sp = unsafe { base.add(nl) };
        let Some(mut b) = self.take_pooled_frame() else {
            return new_frame_box(base, sp, code, func_v, lent, storage);
        };
        // Fill the recycled frame in place (its values are NULL since
        // `release_frame`, so replacing them drops nothing): cheaper than
        // moving a whole new frame in.
        b.base = base;
        b.sp = sp;
        b.code = code;
        b.ip = 0;
        b.lasti = 0;
        fill(&mut b.func, func_v);
        // Released frames' lent values are empty and their storage holds
        // no window: nothing to drop.
        let [globals, builtins, code_obj] = lent;
        std::mem::forget(std::mem::replace(&mut b.globals, globals));
        std::mem::forget(std::mem::replace(&mut b.builtins, builtins));
        std::mem::forget(std::mem::replace(&mut b.code_obj, code_obj));
        b.plain = matches!(storage, Storage::Stack { .. });
        std::mem::forget(std::mem::replace(&mut b.storage, storage));
        b.link = Link::None;
        b.owns_lent = false;
        b
    }

    /// A frame running module or class-body code with a locals mapping.
    pub fn frame_for_code(
        &self,
        code_v: &Value,
        globals: &Value,
        locals: Value,
    ) -> PyResult<Box<Frame>> {
        let Some(ObjKind::Code(code)) = code_v.as_obj().map(|o| &o.kind) else {
            return Err(self.type_error("expected a code object"));
        };
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.err(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth.set(depth);
        let (base, mark) = self.stack.reserve(code.framesize);
        let nl = code.co.nlocalsplus();
        Ok(Box::new(Frame {
            base,
            // SAFETY: inside the reserved window.
            sp: unsafe { base.add(nl) },
            code: &**code as *const _,
            ip: 0,
            lasti: 0,
            code_obj: Lent::owned(code_v.clone()),
            func: Value::NULL,
            globals: Lent::owned(globals.clone()),
            builtins: Lent::owned(self.builtins_of(globals)),
            locals,
            storage: Storage::Stack { mark },
            link: Link::None,
            owns_lent: true,
            plain: false,
            prev: None,
            init_self: Value::NULL,
        }))
    }

    /// The builtins namespace that code running with `globals` sees:
    /// `globals['__builtins__']` (a dict, or a module's dict), else the VM's.
    pub fn builtins_of(&self, globals: &Value) -> Value {
        match self.dict_get_str(globals, "__builtins__") {
            Some(b) => match b.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Dict(_)) => b,
                Some(ObjKind::Module(m)) => m.dict.clone(),
                _ => self.builtins.clone(),
            },
            None => self.builtins.clone(),
        }
    }

    /// Give a finished frame's window back and recycle the frame.
    pub fn release_frame(&self, f: Box<Frame>) {
        self.release_frame_inline(f)
    }

    /// [`Vm::release_frame`], inlined where frames return in the loop.
    #[inline(always)]
    pub(crate) fn release_frame_inline(&self, mut f: Box<Frame>) {
        f.clear_values();
        if let Storage::Stack { mark } = f.storage {
            self.stack.release(mark);
            self.depth.set(self.depth.get().saturating_sub(1));
        } else if let Storage::Owned(w) =
            std::mem::replace(&mut f.storage, Storage::Stack { mark: (0, 0) })
        {
            self.window_pool.borrow_mut().give(w);
        }
        // The lent values may be borrowed from `func`: empty them first.
        drop(f.take_lent());
        drop(f.func.take());
        if !f.locals.is_null() {
            drop(f.locals.take());
        }
        if !f.init_self.is_null() {
            drop(f.init_self.take());
        }
        if f.prev.is_some() {
            f.prev = None;
        }
        self.pool_frame(f);
    }

    /// [`Vm::release_frame`] of a frame that [`Frame::is_plain_call`]
    /// says is plain and that no longer has a caller linked: only its
    /// values, window, function and code to give back.
    #[inline(always)]
    pub(crate) fn release_plain_frame(&self, mut f: Box<Frame>) {
        debug_assert!(f.is_plain_call() && f.prev.is_none());
        f.drop_values();
        if let Storage::Stack { mark } = f.storage {
            self.stack.release(mark);
        }
        // A frame with a stack window counted one level.
        self.depth.set(self.depth.get() - 1);
        // Borrowed from `func`: empty them before `func` goes.
        f.forget_lent();
        drop(f.func.take());
        self.pool_frame(f);
    }

    /// Keep an emptied frame for reuse (up to a bound).
    #[inline(always)]
    fn pool_frame(&self, mut f: Box<Frame>) {
        let n = self.frame_pool_len.get();
        if n < 64 {
            // `f` has no caller linked: nothing to drop.
            std::mem::forget(std::mem::replace(&mut f.prev, self.frame_pool.take()));
            // The pool's head was just taken: nothing to drop.
            std::mem::forget(self.frame_pool.replace(Some(f)));
            self.frame_pool_len.set(n + 1);
        }
    }

    /// A released frame to reuse, if any (the pool is a list through `prev`).
    #[inline(always)]
    fn take_pooled_frame(&self) -> Option<Box<Frame>> {
        let mut b = self.frame_pool.take()?;
        // The pool's head is empty now: nothing to drop.
        std::mem::forget(self.frame_pool.replace(b.prev.take()));
        self.frame_pool_len.set(self.frame_pool_len.get() - 1);
        Some(b)
    }

    /// Bind call arguments to a function's parameter slots (CPython's rules and messages).
    pub fn bind_args(
        &self,
        func: &Function,
        code: &CodeRt,
        args: &[Value],
        kwnames: &[Value],
        locals: &mut [Value],
    ) -> PyResult<()> {
        let co = &code.co;
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & code_flags::VARARGS != 0;
        let has_varkw = co.flags & code_flags::VARKEYWORDS != 0;
        let fname = || -> String { str_of(&func.qualname.borrow()).unwrap_or("?").to_string() };

        // Fast path: exact positional arguments.
        if nkw == 0 && npos == argcount && kwonly == 0 && !has_varargs && !has_varkw {
            for (slot, a) in locals.iter_mut().zip(args) {
                *slot = a.clone();
            }
            return Ok(());
        }
        let n = npos.min(argcount);
        for i in 0..n {
            locals[i] = args[i].clone();
        }
        let mut idx = argcount + kwonly;
        if has_varargs {
            let extra: Vec<Value> = if npos > argcount {
                args[argcount..npos].to_vec()
            } else {
                Vec::new()
            };
            locals[idx] = self.new_tuple(extra);
            idx += 1;
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            locals[idx] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            let Some(ks) = str_of(k) else {
                return Err(self.type_error("keywords must be strings"));
            };
            let pos = co.localsplus_names[..argcount + kwonly]
                .iter()
                .position(|n| &**n == ks);
            match pos {
                Some(p) if p >= posonly => {
                    if !locals[p].is_null() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{ks}'",
                            fname()
                        )));
                    }
                    locals[p] = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => {
                        if pos.is_some() {
                            // positional-only name passed by keyword goes to **kwargs
                        }
                        self.setitem(d, k.clone(), v.clone())?;
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(ks.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{ks}'",
                            fname()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname(),
                posonly_as_kw.join(", ")
            )));
        }
        // Too many positional arguments: checked after the keywords, as
        // CPython does, so the message counts the keyword-only ones given.
        if !has_varargs && npos > argcount {
            return Err(self.too_many_positional(
                func,
                code,
                npos,
                &locals[argcount..argcount + kwonly],
            ));
        }
        // Defaults for missing positional parameters.
        if npos < argcount {
            let defaults = func.defaults.borrow();
            let defs: &[Value] = match defaults.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Tuple(t)) => t,
                _ => &[],
            };
            let first_def = argcount - defs.len();
            let mut missing = Vec::new();
            for i in npos..argcount {
                if locals[i].is_null() {
                    if i >= first_def {
                        locals[i] = defs[i - first_def].clone();
                    } else {
                        missing.push(co.localsplus_names[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    fname(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let kwdefaults = func.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for i in argcount..argcount + kwonly {
                if locals[i].is_null() {
                    let name = &co.localsplus_names[i];
                    match self.dict_get_str(&kwdefaults, name) {
                        Some(v) => locals[i] = v,
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    fname(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
        }
        Ok(())
    }

    /// CPython's `too_many_positional`: "f() takes 2 positional arguments
    /// but 3 positional arguments (and 1 keyword-only argument) were given".
    /// `kwonly_slots` are the keyword-only parameters bound so far (by keyword).
    fn too_many_positional(
        &self,
        func: &Function,
        code: &CodeRt,
        given: usize,
        kwonly_slots: &[Value],
    ) -> PyErr {
        let argcount = code.co.argcount as usize;
        let kwonly_given = kwonly_slots.iter().filter(|v| !v.is_null()).count();
        let ndef = match func.defaults.borrow().as_obj().map(|o| &o.kind) {
            Some(ObjKind::Tuple(t)) => t.len(),
            _ => 0,
        };
        let (sig, plural) = if ndef > 0 {
            (format!("from {} to {argcount}", argcount - ndef), true)
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        let fname = str_of(&func.qualname.borrow()).unwrap_or("?").to_string();
        self.type_error(format!(
            "{fname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
            if plural { "s" } else { "" },
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        ))
    }

    // ----- classes ------------------------------------------------------

    /// `cls(*args, **kwargs)`.
    pub fn type_call(&self, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if type_obj(cls).is_none() {
            crate::vm::invariant_broken("type_call on non-type");
        }
        if cls.is(&self.types.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(self.type_of(&args[0]));
        }
        // A metaclass may override __call__.
        let meta = self.type_obj_of(cls);
        if as_type(meta).heap {
            if let Some(f) = self.user_dunder(cls, "__call__") {
                let mut all = vec![cls.clone()];
                all.extend_from_slice(args);
                return self.call(&f, &all, kwnames);
            }
        }
        self.type_call_default(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__`.
    pub fn type_call_default(
        &self,
        cls: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Some(t) = type_obj(cls) else {
            return Err(self.type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                self.type_name(cls)
            )));
        };
        let new = types::lookup(t, "__new__").ok_or_else(|| {
            self.type_error(format!("cannot create '{}' instances", t.name.borrow()))
        })?;
        let new_f = match new.as_obj().map(|o| &o.kind) {
            Some(ObjKind::StaticMethod(f)) => f.clone(),
            _ => new,
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(cls.clone());
        all.extend_from_slice(args);
        let obj = self.call(&new_f, &all, kwnames)?;
        self.init_new_object(cls, obj, &mut all, kwnames)
    }

    /// The second half of `type.__call__(cls, *args, **kwargs)`: `obj`
    /// came from `cls.__new__(*all)`; run `__init__` on it if it is an
    /// instance of `cls` (`all[0]`, which was `cls`, becomes `obj`).
    pub(crate) fn init_new_object(
        &self,
        cls: &Value,
        obj: Value,
        all: &mut [Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if !self.isinstance_type(&obj, cls) {
            return Ok(obj);
        }
        let ot = as_type(self.type_obj_of(&obj));
        if let Some((init, owner)) = types::lookup_with_owner(ot, "__init__") {
            let user = type_obj(&owner).is_some_and(|o| o.heap);
            if user
                || owner.is(&self.types.object)
                || matches!(
                    ot.base_kind,
                    BaseKind::Exception | BaseKind::List | BaseKind::Dict | BaseKind::Set
                )
            {
                all[0] = obj.clone();
                let r = match init.as_obj().map(|o| &o.kind) {
                    Some(ObjKind::Function(_)) | Some(ObjKind::Builtin(_)) => {
                        self.call(&init, &all, kwnames)?
                    }
                    _ => {
                        let bound = self.descr_get(&init, &obj, &self.type_of(&obj))?;
                        self.call(&bound, &all[1..], kwnames)?
                    }
                };
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
        }
        Ok(obj)
    }

    /// Does class `t` get `name` (`__init__`, `__new__`) from `object`
    /// itself, not overridden anywhere along its MRO?
    pub(crate) fn inherits_from_object(&self, t: &TypeObj, name: &str) -> bool {
        types::lookup_with_owner(t, name).is_some_and(|(_, owner)| owner.is(&self.types.object))
    }

    /// `object.__new__(cls)`: a plain instance, or one extending the built-in base.
    pub fn object_new(&self, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let t = type_obj(cls).ok_or_else(|| {
            self.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                self.type_name(cls)
            ))
        })?;
        if !args.is_empty() || !kwnames.is_empty() {
            let init_overridden = !self.inherits_from_object(t, "__init__");
            let new_overridden = !self.inherits_from_object(t, "__new__");
            if !init_overridden || new_overridden {
                return Err(self.type_error(format!("{}() takes no arguments", t.name.borrow())));
            }
        }
        if t.base_kind == BaseKind::Exception {
            return Ok(self.new_exception(cls, args[..args.len() - kwnames.len()].to_vec()));
        }
        if cls.is(&self.types.object) {
            return Ok(self.new_instance(cls, crate::instance::Base::None));
        }
        if !t.heap {
            return Err(self.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                t.name.borrow(),
                t.name.borrow()
            )));
        }
        Ok(self.new_instance(cls, crate::instance::Base::None))
    }

    /// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
    pub fn build_class(&self, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let npos = args.len() - kwnames.len();
        if npos < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let body = &args[0];
        let name = args[1].clone();
        let orig_bases: Vec<Value> = args[2..npos].to_vec();
        // PEP 560: non-class bases may stand for classes (`Generic[T]`).
        let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
        let mut resolved = false;
        for b in &orig_bases {
            if type_obj(b).is_none() {
                if let Some(f) = self.getattr_opt(b, &self.intern("__mro_entries__"))? {
                    let entries = self.call(&f, &[self.new_tuple(orig_bases.clone())], &[])?;
                    bases.extend(self.to_vec(&entries)?);
                    resolved = true;
                    continue;
                }
            }
            bases.push(b.clone());
        }
        let mut meta: Option<Value> = None;
        let mut kw_names = Vec::new();
        let mut kw_vals = Vec::new();
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            if str_of(k) == Some("metaclass") {
                meta = Some(v.clone());
            } else {
                kw_names.push(k.clone());
                kw_vals.push(v.clone());
            }
        }
        // The most derived metaclass among the explicit one and the bases'.
        let mut winner = meta.clone().unwrap_or_else(|| match bases.first() {
            Some(b) => self.type_of(b),
            None => self.types.type_.clone(),
        });
        if type_obj(&winner).is_some() {
            for b in &bases {
                let bm = self.type_of(b);
                if types::is_subtype(&winner, &bm) {
                    continue;
                }
                if types::is_subtype(&bm, &winner) {
                    winner = bm;
                    continue;
                }
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        let ns = match type_obj(&winner).and_then(|t| types::lookup(t, "__prepare__")) {
            Some(p) if !self.is_builtin_fn(&p) => {
                let mut a = vec![name.clone(), self.new_tuple(bases.clone())];
                a.extend(kw_vals.iter().cloned());
                self.call_bound_class(&p, &winner, &a)?
            }
            _ => self.new_dict(),
        };
        if resolved {
            self.setitem(
                &ns,
                self.intern("__orig_bases__"),
                self.new_tuple(orig_bases),
            )?;
        }
        let Some(ObjKind::Function(func)) = body.as_obj().map(|o| &o.kind) else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let code = func.code();
        let mut frame = self.frame_for_code(&code, &func.globals, ns.clone())?;
        frame.func = body.clone();
        let cell = self.run_to_completion(frame)?;
        let mut call_args = vec![name, self.new_tuple(bases), ns];
        call_args.extend(kw_vals);
        let cls = self.call(&winner, &call_args, &kw_names)?;
        if let Some(ObjKind::Cell(c)) = cell.as_obj().map(|o| &o.kind) {
            *c.borrow_mut() = cls.clone();
        }
        Ok(cls)
    }

    fn is_builtin_fn(&self, v: &Value) -> bool {
        matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::Builtin(_)))
    }

    /// `type(name, bases, ns)` / metaclass `__new__`: create a class.
    pub fn type_new(
        &self,
        meta: &Value,
        name: &Value,
        bases_v: &Value,
        ns: &Value,
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let name_s = str_of(name)
            .ok_or_else(|| {
                self.type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    self.type_name(name)
                ))
            })?
            .to_string();
        if !matches!(bases_v.as_obj().map(|o| &o.kind), Some(ObjKind::Tuple(_))) {
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.type_name(bases_v)
            )));
        }
        if !matches!(
            crate::protocol::builtin_view(ns).as_obj().map(|o| &o.kind),
            Some(ObjKind::Dict(_))
        ) {
            return Err(self.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                self.type_name(ns)
            )));
        }
        let mut bases = self.to_vec(bases_v)?;
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        let mut base_kind = BaseKind::Object;
        let mut has_dict = false;
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| x.is(b)) {
                let n = type_obj(b)
                    .map(|t| t.name.borrow().to_string())
                    .unwrap_or_default();
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        for b in &bases {
            let Some(bt) = type_obj(b) else {
                return Err(
                    self.type_error(format!("bases must be types, not {}", self.type_name(b)))
                );
            };
            if bt.base_kind == BaseKind::Final || b.is(&self.types.bool_) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bt.name.borrow()
                )));
            }
            if bt.base_kind != BaseKind::Object {
                if base_kind != BaseKind::Object && base_kind != bt.base_kind {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                base_kind = bt.base_kind;
            }
            if bt.has_instance_dict.get()
                || (!bt.heap && bt.base_kind == BaseKind::Object && !b.is(&self.types.object))
            {
                has_dict = true;
            }
        }
        let mro_tail = types::c3_mro(&bases).map_err(|names| {
            self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {names}"
            ))
        })?;
        // Copy the namespace.
        let dict = self.new_dict();
        let items = match ns.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Dict(d)) => d.borrow().items(),
            _ => {
                let keys = self.call_method(ns, "keys", &[])?;
                let mut out = Vec::new();
                for k in self.to_vec(&keys)? {
                    let v = self.getitem(ns, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        let mut qualname = name_s.clone();
        let mut slots: Option<Vec<Value>> = None;
        let mut collection_flags = 0u8;
        for (k, v) in items {
            match str_of(&k) {
                Some("__abc_tpflags__") => {
                    // Set by the collection ABCs; consumed here as in CPython.
                    let bits = v.as_int().unwrap_or(0) as u64 as u8;
                    collection_flags =
                        bits & (types::collection::SEQUENCE | types::collection::MAPPING);
                    continue;
                }
                Some("__qualname__") => {
                    qualname = str_of(&v).unwrap_or(&name_s).to_string();
                    continue;
                }
                Some("__classcell__") => continue,
                Some("__slots__") => {
                    let names = if str_of(&v).is_some() {
                        vec![v.clone()]
                    } else {
                        self.to_vec(&v)?
                    };
                    slots = Some(names);
                }
                Some("__new__") | Some("__init_subclass__") | Some("__class_getitem__") => {
                    if let Some(ObjKind::Function(_)) = v.as_obj().map(|o| &o.kind) {
                        let wrapped = if str_of(&k) == Some("__new__") {
                            object::alloc(ObjKind::StaticMethod(v), &self.types.staticmethod)
                        } else {
                            object::alloc(ObjKind::ClassMethod(v), &self.types.classmethod)
                        };
                        self.setitem(&dict, k, wrapped)?;
                        continue;
                    }
                }
                _ => {}
            }
            self.setitem(&dict, k, v)?;
        }
        // The first class in a hierarchy whose instances have a dict gets the
        // `__dict__` and `__weakref__` descriptors, as in CPython.
        let bases_have_dict = bases
            .iter()
            .any(|b| type_obj(b).is_some_and(|bt| types::lookup(bt, "__dict__").is_some()));
        if slots.is_none() && !bases_have_dict && base_kind != BaseKind::Exception {
            self.dict_set_str(
                &dict,
                "__dict__",
                crate::builtins::ctors::dict_descriptor(self),
            )?;
            self.dict_set_str(
                &dict,
                "__weakref__",
                crate::builtins::ctors::weakref_descriptor(self),
            )?;
        }
        let doc_is_slot = slots
            .as_ref()
            .is_some_and(|s| s.iter().any(|n| str_of(n) == Some("__doc__")));
        if self.dict_get_str(&dict, "__doc__").is_none() && !doc_is_slot {
            self.dict_set_str(&dict, "__doc__", Value::NONE)?;
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if self.dict_get_str(&dict, "__eq__").is_some()
            && self.dict_get_str(&dict, "__hash__").is_none()
        {
            self.dict_set_str(&dict, "__hash__", Value::NONE)?;
        }
        if self.dict_get_str(&dict, "__module__").is_none() {
            let p = self.current.get();
            // SAFETY: `current` is the running frame (the caller of type()).
            let caller_module = if p.is_null() {
                None
            } else {
                self.dict_get_str(&unsafe { &*p }.globals, "__name__")
            };
            if let Some(m) = caller_module {
                self.dict_set_str(&dict, "__module__", m)?;
            }
        }
        let module: std::rc::Rc<str> = self
            .dict_get_str(&dict, "__module__")
            .and_then(|m| str_of(&m).map(|s| s.into()))
            .unwrap_or_else(|| "builtins".into());
        let mut tobj = TypeObj::new(&name_s, base_kind, dict, true);
        tobj.collection_flags.set(collection_flags);
        *tobj.qualname.get_mut() = qualname.into();
        *tobj.module.get_mut() = module;
        *tobj.bases.get_mut() = bases.clone();
        if let Some(names) = &slots {
            let mut keys = Vec::new();
            let mut wants_dict = false;
            for n in names {
                let s =
                    str_of(n).ok_or_else(|| self.type_error("__slots__ items must be strings"))?;
                if s == "__dict__" {
                    wants_dict = true;
                    continue;
                }
                // Private names are mangled like attribute references in the class body.
                if s.starts_with("__") && !s.ends_with("__") {
                    keys.push(self.intern(&format!("_{}{s}", name_s.trim_start_matches('_'))));
                } else {
                    keys.push(self.intern(s));
                }
            }
            // Inherit the slot layout of the bases first.
            let mut all_keys: Vec<Value> = Vec::new();
            for b in &bases {
                if let Some(bt) = type_obj(b) {
                    for k in bt.keys.borrow().iter() {
                        if !all_keys.iter().any(|x| x.is(k)) {
                            all_keys.push(k.clone());
                        }
                    }
                }
            }
            all_keys.extend(keys.iter().cloned());
            // Each slot gets a member descriptor in the class namespace.
            for k in &keys {
                if self
                    .dict_get_str(&tobj.dict, str_of(k).unwrap_or(""))
                    .is_some()
                {
                    return Err(self.value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        str_of(k).unwrap_or("?")
                    )));
                }
                let member = crate::builtins::ctors::slot_member(self, k);
                self.setitem(&tobj.dict, k.clone(), member)?;
            }
            *tobj.keys.get_mut() = all_keys;
            *tobj.slot_names.get_mut() = Some(keys);
            tobj.has_instance_dict.set(has_dict || wants_dict);
        } else {
            // Share the bases' attribute layout so inherited methods find the same slots.
            if let Some(bt) = bases.first().and_then(type_obj) {
                *tobj.keys.get_mut() = bt.keys.borrow().clone();
                if let Some(sn) = bt.slot_names.borrow().clone() {
                    *tobj.slot_names.get_mut() = Some(sn);
                }
            }
            tobj.has_instance_dict.set(true);
        }
        let cls = object::alloc(ObjKind::Type(Box::new(tobj)), meta);
        let t = type_obj(&cls).unwrap_or_else(|| crate::vm::invariant_broken("new class"));
        let mut mro = vec![cls.clone()];
        mro.extend(mro_tail);
        *t.mro.borrow_mut() = mro;
        for b in &bases {
            if let Some(bt) = type_obj(b) {
                bt.subclasses.borrow_mut().push(cls.obj_ptr());
            }
        }
        if let Some(o) = cls.as_obj() {
            types::invalidate(o);
        }
        // __set_name__ on descriptors.
        let entries = t.dict_table().borrow().items();
        for (k, v) in entries {
            if self.is_heap_instance(&v) {
                if let Some(f) = self.user_dunder(&v, "__set_name__") {
                    self.call_bound(&f, &v, &[v.clone(), cls.clone(), k])?;
                }
            }
        }
        // __init_subclass__ of the nearest base that defines it.
        let mro = t.mro.borrow().clone();
        for m in mro.iter().skip(1) {
            if let Some(mt) = type_obj(m) {
                let found = mt
                    .dict_table()
                    .borrow()
                    .get_str("__init_subclass__")
                    .cloned();
                if let Some(f) = found {
                    let mut a = vec![cls.clone()];
                    a.extend_from_slice(kwvals);
                    let inner = match f.as_obj().map(|o| &o.kind) {
                        Some(ObjKind::ClassMethod(inner)) => inner.clone(),
                        _ => f,
                    };
                    self.call(&inner, &a, kwnames)?;
                    break;
                }
            }
        }
        Ok(cls)
    }
}

/// What calling a Python function produced before running it.
pub enum CallFrame {
    /// A frame ready to run.
    Frame(Box<Frame>),
    /// A finished result (a new generator object).
    Done(Value),
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// A frame for [`Vm::new_frame_struct`] when the pool is empty.
#[cold]
#[inline(never)]
fn new_frame_box(
    base: *mut Value,
    sp: *mut Value,
    code: *const CodeRt,
    func: Value,
    lent: [Lent; 3],
    storage: Storage,
) -> Box<Frame> {
    let [globals, builtins, code_obj] = lent;
    Box::new(Frame {
        base,
        sp,
        code,
        ip: 0,
        lasti: 0,
        code_obj,
        func,
        globals,
        builtins,
        locals: Value::NULL,
        plain: matches!(storage, Storage::Stack { .. }),
        storage,
        link: Link::None,
        owns_lent: false,
        prev: None,
        init_self: Value::NULL,
    })
}

/// Store `v` in a slot known to hold NULL (nothing to drop).
#[inline(always)]
fn fill(slot: &mut Value, v: Value) {
    debug_assert!(slot.is_null());
    std::mem::forget(std::mem::replace(slot, v));
}
