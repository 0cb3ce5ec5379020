//! The interpreter state (`Vm`): built-in types and exceptions, interned
//! strings, the value stack, the exception being handled, recursion
//! limits, configuration, and the constructors for every kind of object.
//!
//! One `Vm` per thread; values never cross threads.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use stitch_bytecode::CodeObject;

use crate::dict::DictTable;
use crate::frame::{Frame, ValueStack};
use crate::function::{BuiltinFunc, CodeRt, NativeFn};
use crate::instance::{Base, ExcData, Instance};
use crate::interfaces::{Compiler, NoOptimizer, Optimizer};
use crate::object::{self, ObjKind, RangeData};
use crate::set::SetTable;
use crate::str::PyStr;
use crate::types::{BaseKind, TypeObj, type_obj};
use crate::value::Value;

/// An exception being raised: the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T> = Result<T, PyErr>;

/// Report a broken internal invariant. Reaching this is a bug in Stitch.
#[cold]
pub fn invariant_broken(what: &str) -> ! {
    panic!("internal invariant broken: {what}")
}

macro_rules! exceptions {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// The built-in exception classes.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Exc { BaseException, $($name),* }
        const EXC_TABLE: &[(Exc, &str, Option<Exc>)] = &[
            (Exc::BaseException, "BaseException", None),
            $((Exc::$name, stringify!($name), Some(Exc::$parent))),*
        ];
    };
}

exceptions! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    TimeoutError: OSError,
    InterruptedError: OSError,
    ChildProcessError: OSError,
    ProcessLookupError: OSError,
    BlockingIOError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

macro_rules! builtin_types {
    ($($field:ident : $name:literal, $kind:ident, $base:ident;)*) => {
        /// The built-in types.
        pub struct Types { $(pub $field: Value,)* }
        impl Types {
            fn create() -> Types {
                Types { $($field: make_type($name, BaseKind::$kind),)* }
            }
            fn all(&self) -> Vec<(&Value, &'static str)> {
                vec![$((&self.$field, stringify!($base)),)*]
            }
            fn by_field(&self, f: &str) -> Option<&Value> {
                match f { $(stringify!($field) => Some(&self.$field),)* _ => None }
            }
        }
    };
}

builtin_types! {
    object: "object", Object, none;
    type_: "type", Type, object;
    int: "int", Int, object;
    bool_: "bool", Bool, int;
    float: "float", Float, object;
    complex: "complex", Final, object;
    str_: "str", Str, object;
    bytes: "bytes", Bytes, object;
    tuple: "tuple", Tuple, object;
    list: "list", List, object;
    dict: "dict", Dict, object;
    set: "set", Set, object;
    frozenset: "frozenset", FrozenSet, object;
    range: "range", Final, object;
    slice: "slice", Final, object;
    function: "function", Final, object;
    builtin_function: "builtin_function_or_method", Final, object;
    method: "method", Final, object;
    code: "code", Final, object;
    cell: "cell", Final, object;
    module: "module", Object, object;
    generator: "generator", Final, object;
    coroutine: "coroutine", Final, object;
    async_generator: "async_generator", Final, object;
    coroutine_wrapper: "coroutine_wrapper", Final, object;
    async_generator_asend: "async_generator_asend", Final, object;
    async_generator_athrow: "async_generator_athrow", Final, object;
    async_generator_wrapped_value: "async_generator_wrapped_value", Final, object;
    property: "property", Object, object;
    member_descriptor: "member_descriptor", Final, object;
    traceback: "traceback", Final, object;
    mappingproxy: "mappingproxy", Final, object;
    getset_descriptor: "getset_descriptor", Final, object;
    generic_alias: "GenericAlias", Final, object;
    union_type: "UnionType", Final, object;
    staticmethod: "staticmethod", Object, object;
    classmethod: "classmethod", Object, object;
    super_: "super", Object, object;
    none_type: "NoneType", Final, object;
    not_implemented_type: "NotImplementedType", Final, object;
    ellipsis_type: "ellipsis", Final, object;
    list_iterator: "list_iterator", Final, object;
    tuple_iterator: "tuple_iterator", Final, object;
    str_iterator: "str_ascii_iterator", Final, object;
    bytes_iterator: "bytes_iterator", Final, object;
    bytearray: "bytearray", Final, object;
    bytearray_iterator: "bytearray_iterator", Final, object;
    memoryview: "memoryview", Final, object;
    range_iterator: "range_iterator", Final, object;
    dict_keyiterator: "dict_keyiterator", Final, object;
    dict_valueiterator: "dict_valueiterator", Final, object;
    dict_itemiterator: "dict_itemiterator", Final, object;
    set_iterator: "set_iterator", Final, object;
    reversed: "reversed", Object, object;
    list_reverseiterator: "list_reverseiterator", Final, object;
    enumerate: "enumerate", Object, object;
    zip: "zip", Object, object;
    map: "map", Object, object;
    filter: "filter", Object, object;
    callable_iterator: "callable_iterator", Final, object;
    seq_iterator: "iterator", Final, object;
    dict_keys: "dict_keys", Final, object;
    dict_values: "dict_values", Final, object;
    dict_items: "dict_items", Final, object;
}

fn make_type(name: &str, kind: BaseKind) -> Value {
    let dict = object::alloc_bootstrap(ObjKind::Dict(RefCell::new(DictTable::new())));
    let t = TypeObj::new(name, kind, dict, false);
    t.has_instance_dict.set(false);
    object::alloc_bootstrap(ObjKind::Type(Box::new(t)))
}

/// Settings from the command line.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    /// Directory searched for `.py` modules (the script's directory).
    pub path: Vec<String>,
    /// `-X` options as given.
    pub xoptions: Vec<(String, Option<String>)>,
    pub interactive: bool,
}

/// Buffered standard output, flushed at exit, on `flush=True`, before
/// reading input and when writing to stderr.
pub struct Stdout {
    buf: Vec<u8>,
    line_buffered: bool,
}

impl Stdout {
    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() > 1 << 16 || (self.line_buffered && s.contains('\n')) {
            self.flush();
        }
    }
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }
}

pub struct Vm {
    pub types: Types,
    exc_types: Vec<Value>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    /// The `builtins` module's namespace.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    interned: RefCell<HashMap<Rc<str>, Value>>,
    pub(crate) stack: ValueStack,
    /// Released frames for reuse, linked through `prev`, and how many.
    pub(crate) frame_pool: Cell<Option<Box<Frame>>>,
    pub(crate) frame_pool_len: Cell<usize>,
    /// What the running instruction left with, for the loop (see `interp`).
    pub(crate) exit: crate::interp::ExitSlots,
    /// Spare vectors `to_vec` collects unsized iterables in.
    pub(crate) scratch_vecs: RefCell<Vec<Vec<Value>>>,
    /// Windows of finished generators, for the next ones.
    pub(crate) window_pool: RefCell<crate::frame::WindowPool>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub cur_exc: RefCell<Value>,
    /// The callers' "exception being handled" of the running generators,
    /// innermost last (CPython's chain of exc_info records).
    pub exc_chain: RefCell<Vec<Value>>,
    /// Python frames currently active.
    pub depth: Cell<usize>,
    pub recursion_limit: Cell<usize>,
    /// Nested interpreter loops (calls from Rust back into Python).
    pub native_depth: Cell<usize>,
    pub compiler: Option<Box<dyn Compiler>>,
    pub optimizer: RefCell<Box<dyn Optimizer>>,
    pub config: Config,
    pub stdout: RefCell<Stdout>,
    /// Objects whose repr is in progress (to print `[...]` for cycles).
    pub repr_guard: RefCell<Vec<usize>>,
    pub gc_enabled: Cell<bool>,
    /// `sys.stdout` / `sys.stderr` objects (to recognise `file=sys.stderr`).
    pub sys_stdout: RefCell<Value>,
    pub sys_stderr: RefCell<Value>,
    /// `sys.get_int_max_str_digits()` (0 means no limit).
    pub int_max_str_digits: Cell<usize>,
    /// The frame running now (for `globals()`, `locals()`, zero-argument `super()`).
    pub current: Cell<*const Frame>,
    /// Does the innermost tier-1 loop run with a sink (see [`Vm::runs_with_sink`])?
    pub(crate) sink_run: Cell<bool>,
    /// Set by RERAISE and bare `raise`: the error already carries its traceback.
    pub(crate) reraise: Cell<bool>,
    /// Steps left before the program is stopped with `RuntimeError` (see
    /// [`Vm::set_step_budget`]); a step is a loop back edge or a call.
    steps_left: Cell<u64>,
    /// `--stats` counters (None unless enabled) and the flag tier 1 checks.
    pub(crate) stats: RefCell<Option<Box<crate::stats::Stats>>>,
    pub(crate) stats_on: Cell<bool>,
    /// Back-edge executions before a loop is handed to the optimizer.
    loop_threshold: Cell<u32>,
    /// Built-in functions that specialized calls recognise by identity.
    pub(crate) known: std::cell::OnceCell<KnownCallables>,
    /// The last slice `BUILD_SLICE` made with immediate bounds, refilled in
    /// place by the next one when nothing else holds it (see `Vm::build_slice`).
    slice_cache: RefCell<Value>,
}

/// Built-in functions with specialized calls (`CALL_LEN`, ...), kept so a
/// guard can compare the callable with them by identity.
pub(crate) struct KnownCallables {
    pub len: Value,
    pub isinstance: Value,
}

/// Default hotness threshold of loops (back edges before the optimizer is asked).
pub const DEFAULT_LOOP_THRESHOLD: u32 = 1024;

/// Calls from Rust back into Python nest interpreter loops; each takes
/// Rust stack, so they have their own limit, far below what the VM
/// thread's stack can hold.
pub const MAX_NATIVE_DEPTH: usize = 3000;

impl Vm {
    /// Stop the program with `RuntimeError("step budget exhausted")` after
    /// `steps` more loop back edges and calls (for fuzzing: arbitrary
    /// programs must end). Unlimited by default.
    pub fn set_step_budget(&self, steps: u64) {
        self.steps_left.set(steps);
    }

    /// Set how many times a loop's back edge runs before the optimizer is
    /// asked for an executor (code quickened afterwards uses it).
    pub fn set_loop_threshold(&self, n: u32) {
        self.loop_threshold.set(n.clamp(1, 0xffff));
    }

    /// The initial hotness counter of a `JUMP_BACKWARD`.
    pub(crate) fn loop_counter_start(&self) -> u32 {
        let n = self.loop_threshold.get();
        // The backoff exponent that the first failure doubles from.
        let backoff = 32 - n.leading_zeros();
        crate::specialize::counter::make(
            n - 1,
            backoff.min(crate::specialize::counter::MAX_BACKOFF),
        )
    }

    /// Count one step against the budget, unless it is the last one
    /// (which [`Vm::tick`] must take, to report the exhausted budget).
    #[inline(always)]
    pub fn tick_unless_last(&self) -> bool {
        let s = self.steps_left.get();
        if s <= 1 {
            return false;
        }
        self.steps_left.set(s - 1);
        true
    }
    /// Count one step against the budget.
    #[inline(always)]
    pub(crate) fn tick(&self) -> PyResult<()> {
        let s = self.steps_left.get();
        if s == 0 {
            return Err(self.err(Exc::RuntimeError, "step budget exhausted"));
        }
        self.steps_left.set(s - 1);
        Ok(())
    }

    pub fn new(config: Config, compiler: Option<Box<dyn Compiler>>) -> Vm {
        let types = Types::create();
        // Wire the bootstrap objects: every type is an instance of `type`,
        // every type's namespace a `dict`.
        for (t, base) in types.all() {
            object::set_bootstrap_type(t, &types.type_);
            let tt = type_obj(t).unwrap_or_else(|| invariant_broken("builtin type"));
            object::set_bootstrap_type(&tt.dict, &types.dict);
            let mut mro = vec![t.clone()];
            if let Some(b) = types.by_field(base) {
                tt.bases.borrow_mut().push(b.clone());
                mro.extend(
                    type_obj(b)
                        .map(|bt| bt.mro.borrow().clone())
                        .unwrap_or_default(),
                );
            }
            *tt.mro.borrow_mut() = mro;
        }
        let mut exc_types: Vec<Value> = Vec::new();
        for (kind, name, parent) in EXC_TABLE {
            let base = match parent {
                Some(p) => exc_types[*p as usize].clone(),
                None => types.object.clone(),
            };
            let t = make_type(name, BaseKind::Exception);
            object::set_bootstrap_type(&t, &types.type_);
            let tt = type_obj(&t).unwrap_or_else(|| invariant_broken("exception type"));
            object::set_bootstrap_type(&tt.dict, &types.dict);
            tt.has_instance_dict.set(true);
            tt.bases.borrow_mut().push(base.clone());
            let mut mro = vec![t.clone()];
            mro.extend(
                type_obj(&base)
                    .map(|b| b.mro.borrow().clone())
                    .unwrap_or_default(),
            );
            *tt.mro.borrow_mut() = mro;
            debug_assert_eq!(exc_types.len(), *kind as usize);
            exc_types.push(t);
        }
        let not_implemented = object::alloc(
            ObjKind::Singleton("NotImplemented"),
            &types.not_implemented_type,
        );
        let ellipsis = object::alloc(ObjKind::Singleton("Ellipsis"), &types.ellipsis_type);
        not_implemented.as_obj().map(|o| o.make_immortal());
        ellipsis.as_obj().map(|o| o.make_immortal());
        let builtins = object::alloc(ObjKind::Dict(RefCell::new(DictTable::new())), &types.dict);
        let modules = object::alloc(ObjKind::Dict(RefCell::new(DictTable::new())), &types.dict);
        let line_buffered = is_tty(1);
        if let Some(t) = type_obj(&types.traceback) {
            // Traceback objects keep their attributes in instance slots.
            t.has_instance_dict.set(true);
        }
        let vm = Vm {
            types,
            exc_types,
            not_implemented,
            ellipsis,
            builtins,
            modules,
            interned: RefCell::new(HashMap::new()),
            stack: ValueStack::default(),
            frame_pool: Cell::new(None),
            frame_pool_len: Cell::new(0),
            exit: Default::default(),
            scratch_vecs: RefCell::new(Vec::new()),
            window_pool: RefCell::new(Default::default()),
            cur_exc: RefCell::new(Value::NONE),
            exc_chain: RefCell::new(Vec::new()),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            native_depth: Cell::new(0),
            compiler,
            optimizer: RefCell::new(Box::new(NoOptimizer)),
            config,
            stdout: RefCell::new(Stdout {
                buf: Vec::new(),
                line_buffered,
            }),
            repr_guard: RefCell::new(Vec::new()),
            gc_enabled: Cell::new(true),
            sys_stdout: RefCell::new(Value::NONE),
            sys_stderr: RefCell::new(Value::NONE),
            current: Cell::new(std::ptr::null()),
            sink_run: Cell::new(false),
            int_max_str_digits: Cell::new(4300),
            reraise: Cell::new(false),
            steps_left: Cell::new(u64::MAX),
            stats: RefCell::new(None),
            stats_on: Cell::new(false),
            loop_threshold: Cell::new(DEFAULT_LOOP_THRESHOLD),
            known: std::cell::OnceCell::new(),
            slice_cache: RefCell::new(Value::NULL),
        };
        crate::builtins::init(&vm);
        let known = KnownCallables {
            len: vm.dict_get_str(&vm.builtins, "len").unwrap_or(Value::NULL),
            isinstance: vm
                .dict_get_str(&vm.builtins, "isinstance")
                .unwrap_or(Value::NULL),
        };
        let _ = vm.known.set(known);
        vm
    }

    pub fn exc_type(&self, e: Exc) -> &Value {
        &self.exc_types[e as usize]
    }
    pub fn exc_types(&self) -> impl Iterator<Item = (&'static str, &Value)> {
        EXC_TABLE
            .iter()
            .map(|(k, n, _)| (*n, &self.exc_types[*k as usize]))
    }

    // ----- constructors -------------------------------------------------

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        object::alloc(ObjKind::Str(PyStr::new(s)), &self.types.str_)
    }
    /// The interned string object for `s` (one object per distinct text).
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        if let Some(o) = v.as_obj() {
            o.make_immortal();
            o.set_flag(crate::object::obj_flags::INTERNED);
        }
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }
    /// An int value from a 128-bit integer.
    #[inline]
    pub fn new_int128(&self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => Value::int(v),
            Err(_) => object::alloc(ObjKind::BigInt(BigInt::from(i)), &self.types.int),
        }
    }
    pub fn new_bigint(&self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::int(i),
            None => object::alloc(ObjKind::BigInt(b), &self.types.int),
        }
    }
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        object::alloc(ObjKind::Bytes(b.into_boxed_slice()), &self.types.bytes)
    }
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        object::alloc(ObjKind::Tuple(items.into_boxed_slice()), &self.types.tuple)
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        object::alloc(ObjKind::List(RefCell::new(items)), &self.types.list)
    }
    pub fn new_dict(&self) -> Value {
        object::alloc(
            ObjKind::Dict(RefCell::new(DictTable::new())),
            &self.types.dict,
        )
    }
    pub fn new_dict_from(&self, t: DictTable) -> Value {
        object::alloc(ObjKind::Dict(RefCell::new(t)), &self.types.dict)
    }
    pub fn new_set(&self, t: SetTable) -> Value {
        object::alloc(ObjKind::Set(RefCell::new(t)), &self.types.set)
    }
    pub fn new_frozenset(&self, t: SetTable) -> Value {
        object::alloc(ObjKind::Set(RefCell::new(t)), &self.types.frozenset)
    }
    pub fn new_range(&self, start: i128, stop: i128, step: i128) -> Value {
        object::alloc(
            ObjKind::Range(RangeData { start, stop, step }),
            &self.types.range,
        )
    }
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        object::alloc(
            ObjKind::Slice(Box::new([start, stop, step])),
            &self.types.slice,
        )
    }
    /// The slice of `BUILD_SLICE`. One with bounds that are immediates
    /// (ints, bools, None: their lifetime is not observable) reuses the
    /// previous such slice when nothing else holds it any more, as CPython
    /// reuses its last freed slice; a slice someone kept is never changed.
    #[inline]
    pub fn build_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        let mut bounds = [start, stop, step];
        if bounds.iter().any(Value::is_obj) {
            let [start, stop, step] = bounds;
            return self.new_slice(start, stop, step);
        }
        let mut cache = self.slice_cache.borrow_mut();
        if object::refill_slice(&mut cache, &mut bounds) {
            return cache.clone();
        }
        let [start, stop, step] = bounds;
        let s = self.new_slice(start, stop, step);
        *cache = s.clone();
        s
    }
    pub fn new_cell(&self, v: Value) -> Value {
        object::alloc(ObjKind::Cell(RefCell::new(v)), &self.types.cell)
    }
    pub fn new_code(&self, co: Rc<CodeObject>) -> Value {
        object::alloc(
            ObjKind::Code(Box::new(CodeRt::new(self, co))),
            &self.types.code,
        )
    }
    pub fn new_method(&self, func: Value, self_: Value) -> Value {
        object::alloc(ObjKind::Method(Box::new((func, self_))), &self.types.method)
    }
    pub fn new_builtin(&self, name: &'static str, f: NativeFn) -> Value {
        object::alloc(
            ObjKind::Builtin(Box::new(BuiltinFunc {
                name,
                f,
                bound: Value::NULL,
                owner: None,
            })),
            &self.types.builtin_function,
        )
    }
    pub fn new_bound_builtin(
        &self,
        name: &'static str,
        f: NativeFn,
        self_: Value,
        owner: Option<&'static str>,
    ) -> Value {
        object::alloc(
            ObjKind::Builtin(Box::new(BuiltinFunc {
                name,
                f,
                bound: self_,
                owner,
            })),
            &self.types.builtin_function,
        )
    }
    pub fn new_iter(&self, state: crate::iter::IterState, ty: &Value) -> Value {
        object::alloc(ObjKind::Iter(RefCell::new(state)), ty)
    }
    pub fn new_module(&self, name: &str) -> Value {
        let dict = self.new_dict();
        let name_v = self.intern(name);
        let _ = self.dict_set_str(&dict, "__name__", name_v.clone());
        let _ = self.dict_set_str(&dict, "__doc__", Value::NONE);
        object::alloc(
            ObjKind::Module(Box::new(crate::module::Module { name: name_v, dict })),
            &self.types.module,
        )
    }
    /// A new instance of a Python class (no `__init__` run).
    pub fn new_instance(&self, cls: &Value, base: Base) -> Value {
        let mut inst = Instance::new(base);
        // Room for every attribute the class's instances have had so far,
        // as CPython sizes an instance's values from its shared keys: the
        // stores in `__init__` then fill slots instead of growing them.
        if let Some(n) =
            crate::types::type_obj(cls).and_then(|t| t.keys.try_borrow().ok().map(|k| k.len()))
        {
            if n > 0 {
                *inst.slots.get_mut() = vec![Value::NULL; n];
            }
        }
        object::alloc(ObjKind::Instance(inst), cls)
    }

    // ----- exceptions ---------------------------------------------------

    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&self, cls: &Value, args: Vec<Value>) -> Value {
        let data = ExcData {
            args: self.new_tuple(args),
            traceback: Vec::new(),
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
        };
        let exc = self.new_instance(cls, Base::Exc(Box::new(RefCell::new(data))));
        crate::builtins::exc::set_class_attrs(self, &exc, &args_for_attrs(&exc), &[], &[]);
        exc
    }
    /// An error of a built-in class with a message.
    pub fn err(&self, kind: Exc, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr {
            exc: self.new_exception(self.exc_type(kind), vec![self.new_str(msg)]),
        }
    }
    /// An error of a built-in class with the given args.
    pub fn err_args(&self, kind: Exc, args: Vec<Value>) -> PyErr {
        PyErr {
            exc: self.new_exception(self.exc_type(kind), args),
        }
    }
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::TypeError, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::ValueError, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::IndexError, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::OverflowError, msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::ZeroDivisionError, msg)
    }
    /// Is `err` an instance of the built-in class `kind` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, kind: Exc) -> bool {
        self.isinstance_type(&err.exc, self.exc_type(kind))
    }

    // ----- small helpers ------------------------------------------------

    /// `d[name] = v` for a dict object and a string key.
    pub fn dict_set_str(&self, d: &Value, name: &str, v: Value) -> PyResult<()> {
        let key = self.intern(name);
        self.setitem(d, key, v)
    }
    pub fn dict_get_str(&self, d: &Value, name: &str) -> Option<Value> {
        match d.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Dict(t)) => t.borrow().get_str(name).cloned(),
            _ => None,
        }
    }
    /// Register a native function in a namespace dict.
    pub fn add_fn(&self, d: &Value, name: &'static str, f: NativeFn) {
        let func = self.new_builtin(name, f);
        let _ = self.dict_set_str(d, name, func);
    }
    /// Register a native method on a built-in type.
    pub fn add_method(&self, ty: &Value, name: &'static str, f: NativeFn) {
        if let Some(t) = type_obj(ty) {
            let owner: &'static str = Box::leak(t.name.borrow().to_string().into_boxed_str());
            let func = object::alloc(
                ObjKind::Builtin(Box::new(BuiltinFunc {
                    name,
                    f,
                    bound: Value::NULL,
                    owner: Some(owner),
                })),
                &self.types.builtin_function,
            );
            let _ = self.dict_set_str(&t.dict, name, func);
            if let Some(o) = ty.as_obj() {
                crate::types::new_version(o);
            }
        }
    }
    pub fn write_stdout(&self, s: &str) {
        self.stdout.borrow_mut().write(s);
    }
    pub fn flush_stdout(&self) {
        self.stdout.borrow_mut().flush();
    }
    pub fn write_stderr(&self, s: &str) {
        self.flush_stdout();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(s.as_bytes());
        let _ = e.flush();
    }
}

fn args_for_attrs(exc: &Value) -> Vec<Value> {
    match exc.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Instance(i)) => match i.exc().map(|d| d.borrow().args.clone()) {
            Some(a) => match a.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_tty(fd: i32) -> bool {
    unsafe extern "C" {
        fn isatty(fd: i32) -> i32;
    }
    // SAFETY: isatty only inspects the descriptor.
    unsafe { isatty(fd) == 1 }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_stdout();
    }
}
