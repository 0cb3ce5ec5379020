//! Functions, built-in functions and the runtime form of code objects.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use stitch_bytecode::{CodeObject, CodeUnit, Constant};

use crate::interfaces::Executor;

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
pub struct CodeRt {
    pub co: Rc<CodeObject>,
    /// The instructions tier 1 executes: a copy of `co.code` whose adaptive
    /// instructions are rewritten into specialized forms and whose inline
    /// caches hold counters, versions and indices (`co.code` stays as
    /// compiled). One thread only, so plain cells.
    pub code: Box<[Cell<CodeUnit>]>,
    /// Executors installed by `ENTER_EXECUTOR` instructions (their oparg
    /// indexes this table).
    pub executors: RefCell<Vec<ExecutorSlot>>,
    pub consts: Box<[Value]>,
    /// `co.names` as interned strings.
    pub names: Box<[Value]>,
    /// Names of the local slots as interned strings.
    pub localnames: Box<[Value]>,
    /// Local slots + maximum stack depth: the size of a frame's value window.
    pub framesize: usize,
}

impl CodeRt {
    pub fn new(vm: &Vm, co: Rc<CodeObject>) -> CodeRt {
        let consts = co.consts.iter().map(|c| const_value(vm, c)).collect();
        let names = co.names.iter().map(|n| vm.intern(n)).collect();
        let localnames = co.localsplus_names.iter().map(|n| vm.intern(n)).collect();
        let framesize = co.nlocalsplus() + co.stacksize as usize + 1;
        let code = crate::specialize::quicken(vm, &co.code);
        CodeRt {
            code,
            executors: RefCell::new(Vec::new()),
            co,
            consts,
            names,
            localnames,
            framesize,
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

pub struct Function {
    /// The code (a `CodeRt` object).
    pub code: Value,
    pub globals: Value,
    /// The builtins namespace (from `globals['__builtins__']` when the function was made).
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Tuple of positional defaults, or NULL.
    pub defaults: RefCell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: RefCell<Value>,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// Attribute dict, or NULL.
    pub dict: RefCell<Value>,
    pub module: RefCell<Value>,
    /// Changes when `__code__`/`__defaults__` change (for call specialization).
    pub version: Cell<u32>,
}

impl Function {
    pub fn code_rt(&self) -> &CodeRt {
        match self.code.as_obj().map(|o| &o.kind) {
            Some(crate::object::ObjKind::Code(c)) => c,
            _ => crate::vm::invariant_broken("function without code"),
        }
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
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
