//! Functions, built-in functions and the runtime form of code objects.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use stitch_bytecode::{CodeObject, CodeUnit, Constant, code_flags};

use crate::specialize::poly::PolyCache;

use crate::interfaces::Executor;

use crate::object::{Obj, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The one signature of every native function: positional and keyword
/// argument values in one slice (vectorcall style), the last
/// `kwnames.len()` of them named by `kwnames`. A bound built-in method
/// receives its `self` as `args[0]`.
pub type NativeFn = fn(&Vm, &[Value], &[Value]) -> PyResult<Value>;

pub struct BuiltinFunc {
    pub name: &'static str,
    pub f: NativeFn,
    /// `self` of a bound built-in method, or NULL.
    pub bound: Value,
    /// Name of the type that owns this method (for reprs), if any.
    pub owner: Option<&'static str>,
}

/// A code object prepared for execution: constants and names turned into
/// values once, so the interpreter never converts them again, and the
/// *quickened* instructions tier 1 runs and rewrites in place.
/// (`repr(C)`: what every call reads, and the instructions and constants
/// tier 1 reads, come first, near the object's header.)
#[repr(C)]
pub struct CodeRt {
    /// Local slots + maximum stack depth: the size of a frame's value window.
    pub framesize: usize,
    /// `co.nlocalsplus()` and `co.argcount` (at most that), kept here
    /// because every call reads them: one pointer less to chase.
    pub nlocalsplus: usize,
    pub argcount: usize,
    /// The argument count a call may bind by moving its arguments into the
    /// first parameters (`Vm::frame_for_simple_call`): `argcount` when the
    /// parameters are all plain positional ones and the code is no
    /// generator or coroutine, else `u32::MAX`.
    pub simple_args: u32,
    /// Unique among code objects (`GUARD_FUNCTION_CODE`'s operand).
    pub id: u32,
    /// The instructions tier 1 executes: a copy of `co.code` whose adaptive
    /// instructions are rewritten into specialized forms and whose inline
    /// caches hold counters, versions and indices (`co.code` stays as
    /// compiled). One thread only, so plain cells.
    pub code: Box<[Cell<CodeUnit>]>,
    pub consts: Box<[Value]>,
    pub co: Rc<CodeObject>,
    /// Executors installed by `ENTER_EXECUTOR` instructions (their oparg
    /// indexes this table).
    pub executors: RefCell<Vec<ExecutorSlot>>,
    /// The executor for the start of the code (offset 0), for runs with a
    /// sink that begin there (a generator run by `sum()`, `list()`, ...),
    /// and the hotness counter of such beginnings until there is one
    /// (`specialize::counter` encoding; see `tierup.rs`).
    pub start_executor: RefCell<Option<Rc<dyn Executor>>>,
    pub start_counter: Cell<u32>,
    /// `co.names` as interned strings.
    pub names: Box<[Value]>,
    /// Names of the local slots as interned strings.
    pub localnames: Box<[Value]>,
    /// `co_name` and `co_qualname` as interned strings (every function
    /// `MAKE_FUNCTION` makes of this code starts with them).
    pub name: Value,
    pub qualname: Value,
    /// The polymorphic inline caches of the attribute instructions, one per
    /// `LOAD_ATTR`/`LOAD_METHOD`/`STORE_ATTR`, made when the first of them
    /// goes polymorphic (see `specialize/poly.rs`).
    pub poly: OnceCell<Box<[PolyCache]>>,
}

impl CodeRt {
    pub fn new(vm: &Vm, co: Rc<CodeObject>) -> CodeRt {
        let consts = co.consts.iter().map(|c| const_value(vm, c)).collect();
        let names = co.names.iter().map(|n| vm.intern(n)).collect();
        let localnames = co.localsplus_names.iter().map(|n| vm.intern(n)).collect();
        let name = vm.intern(&co.name);
        let qualname = vm.intern(&co.qualname);
        let nlocalsplus = co.nlocalsplus();
        let argcount = (co.argcount as usize).min(nlocalsplus);
        let framesize = nlocalsplus + co.stacksize as usize + 1;
        let code = crate::specialize::quicken(vm, &co.code);
        let simple_args = if co.flags
            & (code_flags::GENERATOR
                | code_flags::COROUTINE
                | code_flags::ASYNC_GENERATOR
                | code_flags::VARARGS
                | code_flags::VARKEYWORDS)
            == 0
            && co.kwonlyargcount == 0
            && (co.argcount as usize) <= co.nlocalsplus()
        {
            co.argcount as u32
        } else {
            u32::MAX
        };
        CodeRt {
            simple_args,
            poly: OnceCell::new(),
            code,
            executors: RefCell::new(Vec::new()),
            start_executor: RefCell::new(None),
            start_counter: Cell::new(vm.loop_counter_start()),
            co,
            consts,
            names,
            localnames,
            name,
            qualname,
            id: crate::types::next_version(),
            framesize,
            nlocalsplus,
            argcount,
        }
    }
}

/// An entry of a code object's executor table.
pub struct ExecutorSlot {
    pub executor: Rc<dyn Executor>,
    /// The instruction `ENTER_EXECUTOR` replaced (a `JUMP_BACKWARD`).
    pub original: CodeUnit,
    /// Where that instruction is.
    pub offset: u32,
}

impl CodeRt {
    /// The cache unit `n` after the instruction at `at`.
    #[inline(always)]
    pub fn cache(&self, at: u32, n: u32) -> &Cell<CodeUnit> {
        &self.code[(at + 1 + n) as usize]
    }
}

/// Turn a compile-time constant into a value.
pub fn const_value(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::NONE,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::int(*i),
        Constant::BigInt(b) => vm.new_bigint((**b).clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Str(s) => vm.intern(s),
        Constant::Bytes(b) => vm.new_bytes(b.to_vec()),
        Constant::Tuple(items) => vm.new_tuple(items.iter().map(|c| const_value(vm, c)).collect()),
        Constant::FrozenSet(items) => {
            // CPython builds the frozenset from the items, then its compiler
            // rebuilds it from that set's own iteration order when merging
            // constants; the second table's layout is what programs see.
            let first = frozenset_of(vm, items.iter().map(|c| const_value(vm, c)));
            let order: Vec<Value> = match first.as_obj().map(|o| &o.kind) {
                Some(crate::object::ObjKind::Set(cell)) => cell.borrow().keys(),
                _ => Vec::new(),
            };
            frozenset_of(vm, order.into_iter())
        }
        Constant::Code(co) => vm.new_code(co.clone()),
        Constant::Ellipsis => vm.ellipsis.clone(),
    }
}

/// A frozenset built by adding `items` in order (constants: hashable, and
/// compared without running Python code).
fn frozenset_of(vm: &Vm, items: impl Iterator<Item = Value>) -> Value {
    let s = vm.new_frozenset(crate::set::SetTable::new());
    if let Some(crate::object::ObjKind::Set(cell)) = s.as_obj().map(|o| &o.kind) {
        for v in items {
            if let Ok(h) = vm.hash(&v) {
                let _ = crate::set::add(vm, cell, v, h);
            }
        }
    }
    s
}

/// (`repr(C)`: what every call reads, from the version a specialized call
/// checks to the namespaces its frame borrows, comes first, in one cache
/// line.)
#[repr(C)]
pub struct Function {
    /// Unique to this function object and changed whenever `__code__`,
    /// `__defaults__` or `__kwdefaults__` change (see [`Function::new_version`]),
    /// so a call site specialized for a version may assume the code and the
    /// defaults it saw. Never 0.
    pub version: Cell<u32>,
    /// The code (a `CodeRt` object); `__code__` assignment replaces it.
    pub code: RefCell<Value>,
    pub globals: Value,
    /// The builtins namespace (from `globals['__builtins__']` when the function was made).
    pub builtins: Value,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: RefCell<Value>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// Attribute dict, or NULL.
    pub dict: RefCell<Value>,
    pub module: RefCell<Value>,
    /// Code objects `__code__` assignment replaced, kept while the
    /// function lives: frames running it borrow their code object from
    /// the function (see frame.rs), and may still run the old code.
    pub retired_code: RefCell<Vec<Value>>,
}

impl Function {
    /// The code object now (a counted reference: `__code__` may be
    /// replaced while the caller uses it). [`code_rt_of`] reads it.
    #[inline(always)]
    pub fn code(&self) -> Value {
        // SAFETY: only `__code__` assignment borrows `code` mutably, to
        // replace it; it runs no code while it holds the borrow, so no
        // mutable borrow is live here, and the clone is taken at once.
        unsafe { self.code.try_borrow_unguarded() }
            .map(Value::clone)
            .unwrap_or(Value::NULL)
    }
    /// The code object now, borrowed, for a frame that owns the function
    /// (see frame.rs): it stays alive as long as the function does, even
    /// once replaced (`retired_code`).
    #[inline(always)]
    pub fn code_lent(&self) -> &Value {
        // SAFETY: only `__code__` assignment borrows `code` mutably, to
        // replace it, running no code meanwhile: no mutable borrow is live.
        unsafe { &*self.code.as_ptr() }
    }
    /// Give the function a fresh version after its code or defaults
    /// changed (and forget the old one in the function-version cache).
    pub fn new_version(&self) {
        let old = self.version.replace(crate::types::next_version());
        forget_function_version(old);
        crate::watch::version_changed(old);
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(c) = self.code.try_borrow() {
            visit(&c);
        }
        visit(&self.globals);
        visit(&self.builtins);
        visit(&self.closure);
        for cell in [
            &self.name,
            &self.qualname,
            &self.defaults,
            &self.kwdefaults,
            &self.doc,
            &self.annotations,
            &self.dict,
            &self.module,
        ] {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        }
        if let Ok(r) = self.retired_code.try_borrow() {
            r.iter().for_each(&mut *visit);
        }
    }
    pub fn clear_refs(&self, out: &mut Vec<Value>) {
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.doc,
            &self.annotations,
            &self.dict,
            &self.module,
        ] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                out.push(v.take());
            }
        }
    }
}

impl Drop for Function {
    fn drop(&mut self) {
        forget_function_version(self.version.get());
    }
}

/// The `CodeRt` of a code object value (a function's `code`).
#[inline]
pub fn code_rt_of(code: &Value) -> &CodeRt {
    match code.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Code(c)) => c,
        _ => crate::vm::invariant_broken("function without code"),
    }
}

// ----- the function-version cache ----------------------------------------
//
// Specialized call sites remember the *version* of the function they call
// (a u32 in their inline cache), not the function itself, so they keep
// nothing alive. Tier 2 follows such a call by asking which function has
// that version: this table answers without owning the function. Each slot
// holds (version, object) for the last function remembered under a version
// hashing there. Invariant: a slot whose version is v != 0 points at the
// live function whose version is v now. Versions are never reused, and a
// function clears its slot when its version changes and when it dies.

/// Slots in the function-version cache (a power of two). A collision only
/// forgets a function (the lookup fails and the caller stays generic).
const FUNC_CACHE_SIZE: usize = 4096;

thread_local! {
    static FUNC_CACHE: [Cell<(u32, *const Obj)>; FUNC_CACHE_SIZE] =
        const { [const { Cell::new((0, std::ptr::null())) }; FUNC_CACHE_SIZE] };
}

#[inline(always)]
fn func_slot(version: u32) -> usize {
    version as usize & (FUNC_CACHE_SIZE - 1)
}

/// Remember `func` (a Python function) under its current version.
pub(crate) fn remember_function(func: &Value) {
    let Some(ObjKind::Function(f)) = func.as_obj().map(|o| &o.kind) else {
        return;
    };
    let v = f.version.get();
    if v == 0 {
        return;
    }
    FUNC_CACHE.with(|c| c[func_slot(v)].set((v, func.obj_ptr())));
}

/// Clear the slot of `version` if it holds that version.
fn forget_function_version(version: u32) {
    // `try_with`: functions may die while the thread's storage is torn down.
    let _ = FUNC_CACHE.try_with(|c| {
        let slot = &c[func_slot(version)];
        if slot.get().0 == version {
            slot.set((0, std::ptr::null()));
        }
    });
}

/// The function whose version is `version`, if the cache remembers it.
pub(crate) fn function_for_version(version: u32) -> Option<Value> {
    if version == 0 {
        return None;
    }
    let (v, p) = FUNC_CACHE.with(|c| c[func_slot(version)].get());
    if v != version || p.is_null() {
        return None;
    }
    // SAFETY: by the cache's invariant `p` is a live function object (its
    // slot is cleared before it is freed); a count of zero means it is
    // queued for freeing, so it is not handed out.
    unsafe {
        if (*p).refcount() == 0 {
            return None;
        }
        crate::object::incref(p);
        Some(Value::from_raw(p))
    }
}

impl Vm {
    /// The Python function whose version ([`Function::version`]) is `v`, if
    /// a call site specialized for it and the function is still alive with
    /// that version (the function-version cache never keeps a function
    /// alive, and may have forgotten it on a collision). Tier 2 uses it to
    /// follow specialized calls.
    pub fn function_for_version(&self, v: u32) -> Option<Value> {
        function_for_version(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stitch_bytecode::{CodeObject, Opcode};

    fn new_function(vm: &Vm) -> Value {
        let co = CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: "<test>".into(),
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: 1,
            code: vec![
                CodeUnit::new(Opcode::LOAD_CONST, 0),
                CodeUnit::new(Opcode::RETURN_VALUE, 0),
            ],
            consts: vec![Constant::None],
            names: vec![],
            localsplus_names: vec![],
            localsplus_kinds: vec![],
            stacksize: 1,
            positions: vec![Default::default(); 2],
            exception_table: vec![],
        };
        let func = Function {
            code: RefCell::new(vm.new_code(Rc::new(co))),
            globals: vm.new_dict(),
            builtins: vm.builtins.clone(),
            name: RefCell::new(vm.intern("f")),
            qualname: RefCell::new(vm.intern("f")),
            defaults: RefCell::new(Value::NULL),
            kwdefaults: RefCell::new(Value::NULL),
            closure: Value::NULL,
            doc: RefCell::new(Value::NONE),
            annotations: RefCell::new(Value::NULL),
            dict: RefCell::new(Value::NULL),
            module: RefCell::new(Value::NONE),
            version: Cell::new(crate::types::next_version()),
            retired_code: RefCell::new(Vec::new()),
        };
        crate::object::alloc(ObjKind::Function(Box::new(func)), &vm.types.function)
    }

    fn version(f: &Value) -> u32 {
        match f.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Function(func)) => func.version.get(),
            _ => 0,
        }
    }

    #[test]
    fn function_version_cache() {
        let vm = Vm::new(crate::vm::Config::default(), None);
        let f = new_function(&vm);
        let g = new_function(&vm);
        let (vf, vg) = (version(&f), version(&g));
        assert_ne!(vf, vg, "versions are unique per function");
        assert!(vm.function_for_version(vf).is_none(), "not remembered yet");
        remember_function(&f);
        remember_function(&g);
        assert!(vm.function_for_version(vf).is_some_and(|x| x.is(&f)));
        assert!(vm.function_for_version(vg).is_some_and(|x| x.is(&g)));
        assert!(vm.function_for_version(0).is_none());
        // The cache does not keep functions alive: only `f` counts its reference.
        let rc = f.as_obj().map(|o| o.refcount());
        assert_eq!(rc, Some(1));
        // A new version (new `__code__`/`__defaults__`) forgets the old one.
        if let Some(ObjKind::Function(func)) = g.as_obj().map(|o| &o.kind) {
            func.new_version();
        }
        assert_ne!(version(&g), vg);
        assert!(vm.function_for_version(vg).is_none());
        assert!(vm.function_for_version(version(&g)).is_none());
        remember_function(&g);
        assert!(
            vm.function_for_version(version(&g))
                .is_some_and(|x| x.is(&g))
        );
        // A dead function is forgotten.
        drop(f);
        assert!(vm.function_for_version(vf).is_none());
        let vg = version(&g);
        drop(g);
        assert!(vm.function_for_version(vg).is_none());
    }
}
