//! The built-in modules `sys`, `time` and `gc` (`math` lives with the
//! numbers in `numbers.rs`).

use super::{check_args, pos};
use crate::num::{IntRef, as_int};
use crate::object::{self, ObjKind};
use crate::protocol::str_of;
use crate::types::{BaseKind, TypeObj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let builtins_mod = vm.new_module("builtins");
    if let Some(ObjKind::Module(m)) = builtins_mod.as_obj().map(|o| &o.kind) {
        // The builtins module's namespace is the builtins dict itself.
        let _ = m;
    }
    let bm = object::alloc(
        ObjKind::Module(Box::new(crate::module::Module {
            name: vm.intern("builtins"),
            dict: vm.builtins.clone(),
        })),
        &vm.types.module,
    );
    let _ = vm.dict_set_str(&vm.modules, "builtins", bm);
    init_sys(vm);
    init_time(vm);
    init_gc(vm);
    init_posix(vm);
    init_abc(vm);
    super::numbers::init_math(vm);
    super::structmod::init(vm);
    super::randmod::init(vm);
}

/// `_abc`: what the embedded `abc` module needs from the runtime.
fn init_abc(vm: &Vm) {
    let m = register(vm, "_abc");
    let d = module_dict(&m);
    // `_abc.register_collection(abc, subclass)`: a class registered with
    // a collection ABC becomes a sequence or mapping to `match`.
    vm.add_fn(&d, "register_collection", |vm, args, _| {
        check_args(vm, "register_collection", args, 2, 2)?;
        vm.inherit_collection_flags(&args[0], &args[1]);
        Ok(Value::NONE)
    });
}

/// Register a built-in module object in `sys.modules`.
pub fn register(vm: &Vm, name: &str) -> Value {
    let m = vm.new_module(name);
    let _ = vm.dict_set_str(&vm.modules, name, m.clone());
    m
}

pub fn module_dict(m: &Value) -> Value {
    match m.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Module(m)) => m.dict.clone(),
        _ => Value::NONE,
    }
}

fn init_sys(vm: &Vm) {
    let m = register(vm, "sys");
    let d = module_dict(&m);
    let argv: Vec<Value> = vm
        .config
        .argv
        .iter()
        .map(|a| vm.new_str(a.as_str()))
        .collect();
    let _ = vm.dict_set_str(&d, "argv", vm.new_list(argv));
    let path: Vec<Value> = vm
        .config
        .path
        .iter()
        .map(|p| vm.new_str(p.as_str()))
        .collect();
    let _ = vm.dict_set_str(&d, "path", vm.new_list(path));
    let _ = vm.dict_set_str(&d, "modules", vm.modules.clone());
    let _ = vm.dict_set_str(&d, "maxsize", Value::int(i64::MAX));
    let _ = vm.dict_set_str(&d, "byteorder", vm.new_str("little"));
    let _ = vm.dict_set_str(&d, "platform", vm.new_str("linux"));
    let _ = vm.dict_set_str(
        &d,
        "executable",
        vm.new_str(
            std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    let _ = vm.dict_set_str(&d, "version", vm.new_str("3.11.0 (Stitch 0.1.0)"));
    let _ = vm.dict_set_str(&d, "hexversion", Value::int(0x030b00f0));
    let vi = vm.new_tuple(vec![
        Value::int(3),
        Value::int(11),
        Value::int(0),
        vm.new_str("final"),
        Value::int(0),
    ]);
    let _ = vm.dict_set_str(&d, "version_info", vi);
    let _ = vm.dict_set_str(&d, "maxunicode", Value::int(0x10ffff));
    let _ = vm.dict_set_str(&d, "dont_write_bytecode", Value::TRUE);
    let _ = vm.dict_set_str(&d, "float_repr_style", vm.new_str("short"));
    let _ = vm.dict_set_str(&d, "flags", Value::NONE);
    // sys.implementation: a namespace object naming this implementation.
    let ns_dict = vm.new_dict();
    let ns_t = TypeObj::new("SimpleNamespace", BaseKind::Final, ns_dict, false);
    *ns_t.module.borrow_mut() = "types".into();
    ns_t.has_instance_dict.set(true);
    let ns_ty = object::alloc(ObjKind::Type(Box::new(ns_t)), &vm.types.type_);
    if let Some(tt) = crate::types::type_obj(&ns_ty) {
        *tt.bases.borrow_mut() = vec![vm.types.object.clone()];
        *tt.mro.borrow_mut() = vec![ns_ty.clone(), vm.types.object.clone()];
    }
    let imp = vm.new_instance(&ns_ty, crate::instance::Base::None);
    let _ = vm.set_instance_attr_raw(&imp, "name", vm.new_str("stitch"));
    let _ = vm.set_instance_attr_raw(&imp, "cache_tag", Value::NONE);
    let _ = vm.set_instance_attr_raw(
        &imp,
        "version",
        vm.dict_get_str(&d, "version_info").unwrap_or(Value::NONE),
    );
    let _ = vm.set_instance_attr_raw(&imp, "hexversion", Value::int(0x030b00f0));
    let _ = vm.dict_set_str(&d, "implementation", imp);
    vm.add_fn(&d, "exit", sys_exit);
    vm.add_fn(&d, "getrecursionlimit", getrecursionlimit);
    vm.add_fn(&d, "setrecursionlimit", setrecursionlimit);
    vm.add_fn(&d, "exc_info", exc_info);
    vm.add_fn(&d, "exception", exception);
    vm.add_fn(&d, "intern", intern);
    vm.add_fn(&d, "getsizeof", getsizeof);
    vm.add_fn(&d, "get_int_max_str_digits", get_int_max_str_digits);
    vm.add_fn(&d, "set_int_max_str_digits", set_int_max_str_digits);
    // Text streams: a small built-in class with write/flush.
    let ty_dict = vm.new_dict();
    let t = TypeObj::new("TextIOWrapper", BaseKind::Final, ty_dict, false);
    *t.module.borrow_mut() = "_io".into();
    let io_ty = object::alloc(ObjKind::Type(Box::new(t)), &vm.types.type_);
    if let Some(tt) = crate::types::type_obj(&io_ty) {
        *tt.bases.borrow_mut() = vec![vm.types.object.clone()];
        *tt.mro.borrow_mut() = vec![io_ty.clone(), vm.types.object.clone()];
    }
    vm.add_method(&io_ty, "write", stream_write);
    vm.add_method(&io_ty, "flush", stream_flush);
    vm.add_method(&io_ty, "isatty", stream_isatty);
    vm.add_method(&io_ty, "readline", stream_readline);
    vm.add_method(&io_ty, "read", stream_read);
    vm.add_method(&io_ty, "readlines", stream_readlines);
    vm.add_method(&io_ty, "__iter__", |_, args, _| Ok(args[0].clone()));
    vm.add_method(&io_ty, "__next__", |vm, args, kw| {
        let line = stream_readline(vm, args, kw)?;
        if str_of(&line).is_some_and(|s| s.is_empty()) {
            return Err(vm.err_args(Exc::StopIteration, vec![]));
        }
        Ok(line)
    });
    let stdout = vm.new_instance(&io_ty, crate::instance::Base::None);
    let stderr = vm.new_instance(&io_ty, crate::instance::Base::None);
    let stdin = vm.new_instance(&io_ty, crate::instance::Base::None);
    *vm.sys_stdout.borrow_mut() = stdout.clone();
    *vm.sys_stderr.borrow_mut() = stderr.clone();
    for (n, v) in [
        ("stdout", &stdout),
        ("stderr", &stderr),
        ("stdin", &stdin),
        ("__stdout__", &stdout),
        ("__stderr__", &stderr),
    ] {
        let _ = vm.dict_set_str(&d, n, v.clone());
    }
}

fn stream_write(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "write", &args[1..], 1, 1)?;
    let Some(s) = str_of(&args[1]) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    if args[0].is(&vm.sys_stderr.borrow()) {
        vm.write_stderr(s);
    } else {
        vm.write_stdout(s);
    }
    Ok(Value::int(s.chars().count() as i64))
}
/// One line from standard input, with its newline ("" at end of input).
fn stream_readline(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.flush_stdout();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| vm.err(Exc::OSError, e.to_string()))?;
    Ok(vm.new_str(line))
}
fn stream_read(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.flush_stdout();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
        .map_err(|e| vm.err(Exc::OSError, e.to_string()))?;
    Ok(vm.new_str(s))
}
fn stream_readlines(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let text = stream_read(vm, args, kw)?;
    let s = str_of(&text).unwrap_or("").to_string();
    Ok(vm.new_list(s.split_inclusive('\n').map(|l| vm.new_str(l)).collect()))
}
fn stream_flush(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    if !args[0].is(&vm.sys_stderr.borrow()) {
        vm.flush_stdout();
    }
    Ok(Value::NONE)
}
fn stream_isatty(_: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn sys_exit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    check_args(vm, "exit", p, 0, 1)?;
    let e = vm.new_exception(vm.exc_type(Exc::SystemExit), p.to_vec());
    let code = p.first().cloned().unwrap_or(Value::NONE);
    vm.set_instance_attr_raw(&e, "code", code)?;
    Err(crate::vm::PyErr { exc: e })
}
fn getrecursionlimit(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.recursion_limit.get() as i64))
}
fn setrecursionlimit(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", args, 1, 1)?;
    match as_int(&args[0]) {
        Some(IntRef::Small(n)) if n >= 1 => {
            if (n as usize) <= vm.depth.get() {
                return Err(vm.err(
                    Exc::RecursionError,
                    format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth.get()),
                ));
            }
            vm.recursion_limit.set((n as usize).min(1_000_000));
            Ok(Value::NONE)
        }
        Some(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args[0])
        ))),
    }
}
fn exc_info(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = vm.topmost_exc();
    if e.is_none() || e.is_null() {
        return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let tb = crate::builtins::exc::exc_attr(vm, &e, "__traceback__").unwrap_or(Value::NONE);
    Ok(vm.new_tuple(vec![vm.type_of(&e), e, tb]))
}
fn exception(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = vm.topmost_exc();
    Ok(if e.is_null() { Value::NONE } else { e })
}
fn intern(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "intern", args, 1, 1)?;
    match str_of(&args[0]) {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&args[0])
        ))),
    }
}
fn getsizeof(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "getsizeof", args, 1, 2)?;
    let n = match args[0].as_obj().map(|o| &o.kind) {
        None => 16,
        Some(ObjKind::List(l)) => 56 + 8 * l.borrow().capacity(),
        Some(ObjKind::Tuple(t)) => 40 + 8 * t.len(),
        Some(ObjKind::Str(s)) => 49 + s.as_str().len(),
        _ => std::mem::size_of::<object::Obj>(),
    };
    Ok(Value::int(n as i64))
}
fn get_int_max_str_digits(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.int_max_str_digits.get() as i64))
}
fn set_int_max_str_digits(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    let v = p
        .first()
        .or_else(|| super::kwarg(args, kw, "maxdigits"))
        .cloned()
        .unwrap_or(Value::NONE);
    match as_int(&v) {
        Some(IntRef::Small(n)) if n == 0 || n >= 640 => {
            vm.int_max_str_digits.set(n as usize);
            Ok(Value::NONE)
        }
        Some(_) => Err(vm.value_error("maxdigits must be 0 or larger than 640")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&v)
        ))),
    }
}

fn init_time(vm: &Vm) {
    let m = register(vm, "time");
    let d = module_dict(&m);
    vm.add_fn(&d, "time", time_time);
    vm.add_fn(&d, "time_ns", time_time_ns);
    vm.add_fn(&d, "perf_counter", perf_counter);
    vm.add_fn(&d, "perf_counter_ns", perf_counter_ns);
    vm.add_fn(&d, "monotonic", perf_counter);
    vm.add_fn(&d, "monotonic_ns", perf_counter_ns);
    vm.add_fn(&d, "process_time", process_time);
    vm.add_fn(&d, "process_time_ns", process_time_ns);
    vm.add_fn(&d, "sleep", sleep);
}

fn since_epoch() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}
fn time_time(_: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::float(since_epoch().as_secs_f64()))
}
fn time_time_ns(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bigint(since_epoch().as_nanos().into()))
}
thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}
fn monotonic_nanos() -> u128 {
    START.with(|s| s.elapsed().as_nanos())
}
fn perf_counter(_: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::float(monotonic_nanos() as f64 / 1e9))
}
fn perf_counter_ns(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bigint(monotonic_nanos().into()))
}
fn cpu_nanos() -> u128 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes into the struct we pass.
    unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.sec as u128 * 1_000_000_000 + ts.nsec as u128
}
fn process_time(_: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::float(cpu_nanos() as f64 / 1e9))
}
fn process_time_ns(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bigint(cpu_nanos().into()))
}
fn sleep(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    if crate::num::as_int(&args[0]).is_none()
        && crate::num::as_float(&args[0]).is_none()
        && !vm.is_heap_instance(&args[0])
    {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args[0])
        )));
    }
    let secs = super::ctors::number_to_f64(vm, &args[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    if crate::breaker::pending() {
        vm.handle_breaker()?;
    }
    Ok(Value::NONE)
}

/// `_posix`: the few operating-system calls `os` and `os.path` (written in
/// Python, embedded) are built on.
fn init_posix(vm: &Vm) {
    let m = register(vm, "_posix");
    let d = module_dict(&m);
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        let _ = vm.setitem(&env, vm.new_str(k), vm.new_str(v));
    }
    let _ = vm.dict_set_str(&d, "environ", env);
    vm.add_fn(&d, "getcwd", |vm, _, _| {
        std::env::current_dir()
            .map(|p| vm.new_str(p.display().to_string()))
            .map_err(|e| vm.err(Exc::OSError, e.to_string()))
    });
    vm.add_fn(&d, "getpid", |_, _, _| {
        Ok(Value::int(std::process::id() as i64))
    });
    vm.add_fn(&d, "stat_kind", |vm, args, _| {
        // 0: missing, 1: file, 2: directory, 3: other.
        check_args(vm, "stat_kind", args, 1, 1)?;
        let p = str_of(&args[0]).ok_or_else(|| vm.type_error("path must be str"))?;
        Ok(Value::int(match std::fs::metadata(p) {
            Ok(m) if m.is_file() => 1,
            Ok(m) if m.is_dir() => 2,
            Ok(_) => 3,
            Err(_) => 0,
        }))
    });
    vm.add_fn(&d, "listdir", |vm, args, _| {
        let p = args.first().and_then(str_of).unwrap_or(".").to_string();
        let rd = std::fs::read_dir(&p).map_err(|e| {
            vm.err_args(
                Exc::FileNotFoundError,
                vec![
                    Value::int(e.raw_os_error().unwrap_or(2) as i64),
                    vm.new_str("No such file or directory"),
                    vm.new_str(p.as_str()),
                ],
            )
        })?;
        let mut names: Vec<String> = rd
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(vm.new_list(names.into_iter().map(|n| vm.new_str(n)).collect()))
    });
}

fn init_gc(vm: &Vm) {
    let m = register(vm, "gc");
    let d = module_dict(&m);
    vm.add_fn(&d, "collect", gc_collect);
    vm.add_fn(&d, "enable", gc_enable);
    vm.add_fn(&d, "disable", gc_disable);
    vm.add_fn(&d, "isenabled", gc_isenabled);
}
fn gc_collect(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    let n = object::collect_cycles();
    vm.run_finalizers();
    Ok(Value::int(n as i64))
}
fn gc_enable(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.gc_enabled.set(true);
    Ok(Value::NONE)
}
fn gc_disable(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    vm.gc_enabled.set(false);
    Ok(Value::NONE)
}
fn gc_isenabled(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(vm.gc_enabled.get()))
}
