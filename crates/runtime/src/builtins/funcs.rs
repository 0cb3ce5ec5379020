//! Built-in functions (`print`, `len`, `sorted`, `isinstance`, ...).

use stitch_bytecode::{BinOp, CmpOp, Mode};

use super::{check_args, check_kwargs, kwarg, pos};
use crate::iter::IterState;
use crate::num::{IntRef, as_float, as_int};
use crate::object::ObjKind;
use crate::protocol::{builtin_view, str_of};
use crate::types::{self, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let b = &vm.builtins;
    vm.add_fn(b, "print", print);
    vm.add_fn(b, "len", len);
    vm.add_fn(b, "repr", repr);
    vm.add_fn(b, "ascii", ascii);
    vm.add_fn(b, "abs", abs);
    vm.add_fn(b, "min", min);
    vm.add_fn(b, "max", max);
    vm.add_fn(b, "sum", sum);
    vm.add_fn(b, "sorted", sorted);
    vm.add_fn(b, "any", any);
    vm.add_fn(b, "all", all);
    vm.add_fn(b, "isinstance", isinstance);
    vm.add_fn(b, "issubclass", issubclass);
    vm.add_fn(b, "hash", hash);
    vm.add_fn(b, "id", id);
    vm.add_fn(b, "iter", iter);
    vm.add_fn(b, "next", next);
    vm.add_fn(b, "ord", ord);
    vm.add_fn(b, "chr", chr);
    vm.add_fn(b, "divmod", divmod);
    vm.add_fn(b, "pow", pow);
    vm.add_fn(b, "round", round);
    vm.add_fn(b, "hex", hex);
    vm.add_fn(b, "oct", oct);
    vm.add_fn(b, "bin", bin);
    vm.add_fn(b, "format", format);
    vm.add_fn(b, "getattr", getattr);
    vm.add_fn(b, "setattr", setattr);
    vm.add_fn(b, "hasattr", hasattr);
    vm.add_fn(b, "delattr", delattr);
    vm.add_fn(b, "callable", callable);
    vm.add_fn(b, "vars", vars);
    vm.add_fn(b, "dir", dir);
    vm.add_fn(b, "globals", globals);
    vm.add_fn(b, "locals", locals);
    vm.add_fn(b, "input", input);
    vm.add_fn(b, "exec", exec);
    vm.add_fn(b, "eval", eval);
    vm.add_fn(b, "__build_class__", build_class);
    vm.add_fn(b, "__import__", import);
    vm.add_fn(b, "compile", compile);
}

/// Docstrings of the most used built-in functions (their first lines, as CPython's).
pub fn builtin_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "len" => "Return the number of items in a container.",
        "print" => {
            "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\n\nPrints the values to a stream, or to sys.stdout by default."
        }
        "abs" => "Return the absolute value of the argument.",
        "repr" => {
            "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj."
        }
        "isinstance" => {
            "Return whether an object is an instance of a class or of a subclass thereof."
        }
        "sorted" => {
            "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order."
        }
        "sum" => {
            "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types."
        }
        "hash" => {
            "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true."
        }
        "id" => {
            "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)"
        }
        "callable" => {
            "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method."
        }
        _ => return None,
    })
}

fn print(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    for k in kw {
        let ks = str_of(k).unwrap_or("?");
        if !["sep", "end", "file", "flush"].contains(&ks) {
            return Err(vm.type_error(format!("'{ks}' is an invalid keyword argument for print()")));
        }
    }
    let get_str = |name: &str, default: &str| -> PyResult<String> {
        match kwarg(args, kw, name) {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match str_of(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let sep = get_str("sep", " ")?;
    let end = get_str("end", "\n")?;
    let mut file = kwarg(args, kw, "file").cloned().unwrap_or(Value::NONE);
    if file.is_none() {
        // `sys.stdout` may have been replaced by the program.
        file = vm.sys_attr("stdout").unwrap_or(Value::NONE);
    }
    let flush = match kwarg(args, kw, "flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let std =
        file.is_none() || file.is(&vm.sys_stdout.borrow()) || file.is(&vm.sys_stderr.borrow());
    if std {
        let mut out = String::new();
        for (i, a) in pos(args, kw).iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_string(a)?);
        }
        out.push_str(&end);
        vm.write_to(&file, &out)?;
    } else {
        // Other files get one write() per piece, as CPython does.
        for (i, a) in pos(args, kw).iter().enumerate() {
            if i > 0 {
                vm.write_to(&file, &sep)?;
            }
            let s = vm.str_string(a)?;
            vm.write_to(&file, &s)?;
        }
        vm.write_to(&file, &end)?;
        if flush {
            let _ = vm.call_method(&file, "flush", &[]);
        }
    }
    if flush && (file.is_none() || file.is(&vm.sys_stdout.borrow())) {
        vm.flush_stdout();
    }
    Ok(Value::NONE)
}

impl Vm {
    /// An attribute of the `sys` module, if it is set.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        let sys = self.dict_get_str(&self.modules, "sys")?;
        match sys.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Module(m)) => self.dict_get_str(&m.dict, name),
            _ => None,
        }
    }

    /// Write text to a file-like object (None or sys.stdout means standard output).
    pub fn write_to(&self, file: &Value, s: &str) -> PyResult<()> {
        if file.is_none() || file.is(&self.sys_stdout.borrow()) {
            self.write_stdout(s);
        } else if file.is(&self.sys_stderr.borrow()) {
            self.write_stderr(s);
        } else {
            let text = self.new_str(s);
            self.call_method(file, "write", &[text])?;
        }
        Ok(())
    }
}

fn one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    check_kwargs(vm, name, kw, &[])?;
    check_args(vm, name, args, 1, 1)?;
    Ok(&args[0])
}

fn len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "len", args, kw)?;
    Ok(Value::int(vm.len(v)? as i64))
}
fn repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.repr(one(vm, "repr", args, kw)?)
}
fn ascii(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.ascii(one(vm, "ascii", args, kw)?)
}
fn abs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "abs", args, kw)?;
    if let Some(r) = vm.call_dunder(v, "__abs__", &[]) {
        return r;
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(match i.checked_abs() {
            Some(a) => Value::int(a),
            None => vm.new_bigint(num_bigint::BigInt::from(i).magnitude().clone().into()),
        }),
        Some(IntRef::Big(b)) => Ok(vm.new_bigint(b.magnitude().clone().into())),
        None => match as_float(v) {
            Some(f) => Ok(Value::float(f.abs())),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
    }
}

fn min_max(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    for k in kw {
        let ks = str_of(k).unwrap_or("?");
        if ks != "key" && ks != "default" {
            return Err(vm.type_error(format!(
                "'{ks}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let p = pos(args, kw);
    let key = kwarg(args, kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(args, kw, "default").cloned();
    let mut best: Option<(Value, Value)> = None;
    // Each item is compared as soon as it arrives, as CPython does (the
    // iterable is not collected first).
    let mut consider = |it: Value| -> PyResult<bool> {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()], &[])?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, op)?;
                if vm.truthy(&r)? {
                    best = Some((k, it));
                }
            }
        }
        Ok(true)
    };
    match p.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.for_each(&p[0], consider)?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            for it in p {
                consider(it.clone())?;
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}
fn min(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpOp::Lt)
}
fn max(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpOp::Gt)
}
fn sum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "sum", kw, &["start"])?;
    let p = pos(args, kw);
    check_args(vm, "sum", p, 1, 2)?;
    let mut acc = p
        .get(1)
        .cloned()
        .or_else(|| kwarg(args, kw, "start").cloned())
        .unwrap_or(Value::int(0));
    if str_of(&acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(ObjKind::Bytes(_)) = acc.as_obj().map(|o| &o.kind) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    // CPython 3.11 adds floats left to right without compensation.
    vm.for_each(&p[0], |x| {
        if let (Some(a), Some(b)) = (acc.as_int(), x.as_int()) {
            if let Some(s) = a.checked_add(b) {
                acc = Value::int(s);
                return Ok(true);
            }
        }
        acc = vm.binary_op(&acc, &x, BinOp::Add)?;
        Ok(true)
    })?;
    Ok(acc)
}

/// Stable merge sort using only `<`, as CPython's sort does; errors from
/// comparisons propagate and leave `items` in some permutation.
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) if !f.is_none() => items
            .iter()
            .map(|v| vm.call(f, &[v.clone()], &[]))
            .collect::<PyResult<_>>()?,
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let lt = |a: usize, b: usize| -> PyResult<bool> {
        let (x, y) = (&keys[a], &keys[b]);
        if let (Some(p), Some(q)) = (x.as_int(), y.as_int()) {
            return Ok(p < q);
        }
        if let (Some(p), Some(q)) = (str_of(x), str_of(y)) {
            if !vm.is_heap_instance(x) && !vm.is_heap_instance(y) {
                return Ok(p < q);
            }
        }
        let r = vm.compare(x, y, CmpOp::Lt)?;
        vm.truthy(&r)
    };
    // Bottom-up merge sort on indices.
    let n = idx.len();
    let mut buf = idx.clone();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                // Take from the right only if strictly less (stability).
                if lt(idx[b], idx[a])? {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = idx[a];
                a += 1;
                k += 1;
            }
            while b < hi {
                buf[k] = idx[b];
                b += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = idx
        .into_iter()
        .map(|i| slots[i].take().unwrap_or_default())
        .collect();
    Ok(())
}

fn sorted(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "sorted", kw, &["key", "reverse"])?;
    let p = pos(args, kw);
    if p.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", p.len())));
    }
    let mut items = vm.to_vec(&p[0])?;
    let reverse = match kwarg(args, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, kwarg(args, kw, "key"), reverse)?;
    Ok(vm.new_list(items))
}
fn any(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let it = one(vm, "any", args, kw)?;
    let mut r = false;
    vm.for_each(it, |x| {
        if vm.truthy(&x)? {
            r = true;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::bool(r))
}
fn all(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let it = one(vm, "all", args, kw)?;
    let mut r = true;
    vm.for_each(it, |x| {
        if !vm.truthy(&x)? {
            r = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::bool(r))
}

pub(crate) fn class_check(
    vm: &Vm,
    v: &Value,
    cls: &Value,
    sub: bool,
    depth: usize,
) -> PyResult<bool> {
    if depth > 200 {
        return Err(vm.err(
            Exc::RecursionError,
            "maximum recursion depth exceeded in __instancecheck__",
        ));
    }
    if let Some(members) = crate::builtins::alias::union_members(vm, cls) {
        for t in &members {
            if class_check(vm, v, t, sub, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(ObjKind::Tuple(ts)) = cls.as_obj().map(|o| &o.kind) {
        for t in ts.iter() {
            if class_check(vm, v, t, sub, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if type_obj(cls).is_none() {
        // Any object whose type defines the hook can stand for a class.
        let hook = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        if let Some(r) = vm.call_dunder(cls, hook, &[v.clone()]) {
            return vm.truthy(&r?);
        }
        return Err(vm.type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        }));
    }
    // A metaclass may define __instancecheck__ / __subclasscheck__ (collections.abc and friends).
    let hook = if sub {
        "__subclasscheck__"
    } else {
        "__instancecheck__"
    };
    if vm.is_heap_instance(cls) {
        if let Some(r) = vm.call_dunder(cls, hook, &[v.clone()]) {
            return vm.truthy(&r?);
        }
    }
    if sub {
        if type_obj(v).is_none() {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(types::is_subtype(v, cls));
    }
    if vm.isinstance_type(v, cls) {
        return Ok(true);
    }
    // `__class__` may be overridden.
    if vm.is_heap_instance(v) {
        if let Ok(c) = vm.getattr_str(v, "__class__") {
            if !c.is(&vm.type_of(v)) && type_obj(&c).is_some() {
                return Ok(types::is_subtype(&c, cls));
            }
        }
    }
    Ok(false)
}
fn isinstance(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "isinstance", kw, &[])?;
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::bool(class_check(vm, &args[0], &args[1], false, 0)?))
}
fn issubclass(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "issubclass", kw, &[])?;
    check_args(vm, "issubclass", args, 2, 2)?;
    Ok(Value::bool(class_check(vm, &args[0], &args[1], true, 0)?))
}
fn hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.hash(one(vm, "hash", args, kw)?)?))
}
fn id(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::int(one(vm, "id", args, kw)?.id()))
}
fn iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "iter", kw, &[])?;
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(&args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(
            IterState::Callable {
                f: args[0].clone(),
                sentinel: args[1].clone(),
            },
            &vm.types.callable_iterator,
        ));
    }
    vm.iter(&args[0])
}
fn next(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "next", kw, &[])?;
    check_args(vm, "next", args, 1, 2)?;
    if !vm.is_iterator(&args[0]) {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&args[0])
        )));
    }
    match &args[0].as_obj().map(|o| &o.kind) {
        Some(ObjKind::Generator(g)) if g.kind == crate::generator::GenKind::Generator => {
            match vm.gen_send(&args[0], Value::NONE)? {
                crate::interp::GenStep::Yield(v) => Ok(v),
                crate::interp::GenStep::Return(r) => match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(stop_iteration(vm, r)),
                },
            }
        }
        _ => {
            if vm.is_heap_instance(&args[0]) && args.len() == 1 {
                if let Some(r) = vm.call_dunder(&args[0], "__next__", &[]) {
                    return r;
                }
            }
            match vm.next(&args[0])? {
                Some(v) => Ok(v),
                None => match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.err_args(Exc::StopIteration, vec![])),
                },
            }
        }
    }
}

/// A StopIteration carrying a generator's return value.
pub fn stop_iteration(vm: &Vm, value: Value) -> crate::vm::PyErr {
    let args = if value.is_none() {
        vec![]
    } else {
        vec![value.clone()]
    };
    let e = vm.err_args(Exc::StopIteration, args);
    let _ = vm.set_instance_attr_raw(&e.exc, "value", value);
    e
}

fn ord(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "ord", args, kw)?;
    if let Some(s) = crate::protocol::pystr_of(v) {
        if s.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.len()
            )));
        }
        return Ok(Value::int(s.char_at(0) as i64));
    }
    if let Some(ObjKind::Bytes(b)) = builtin_view(v).as_obj().map(|o| &o.kind) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::int(b[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}
fn chr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "chr", args, kw)?;
    let i = match as_int(v) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("surrogate characters are not supported by Stitch")),
    }
}
fn divmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "divmod", kw, &[])?;
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if vm.is_heap_instance(a) || vm.is_heap_instance(b) {
        if let Some(r) = vm.call_dunder(a, "__divmod__", &[b.clone()]) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(r) = vm.call_dunder(b, "__rdivmod__", &[a.clone()]) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    let numeric = |v: &Value| as_int(v).is_some() || as_float(v).is_some();
    if !numeric(a) || !numeric(b) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let zero = as_int(b).is_some_and(|i| i.is_zero()) || as_float(b) == Some(0.0);
    if zero {
        return Err(
            vm.zero_division(if as_float(a).is_some() || as_float(b).is_some() {
                "float divmod()"
            } else {
                "integer division or modulo by zero"
            }),
        );
    }
    let q = vm.binary_op(a, b, BinOp::FloorDivide)?;
    let r = vm.binary_op(a, b, BinOp::Remainder)?;
    Ok(vm.new_tuple(vec![q, r]))
}
fn pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "pow", kw, &["base", "exp", "mod"])?;
    let p = pos(args, kw);
    let base = p
        .first()
        .or_else(|| kwarg(args, kw, "base"))
        .cloned()
        .ok_or_else(|| vm.type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = p
        .get(1)
        .or_else(|| kwarg(args, kw, "exp"))
        .cloned()
        .ok_or_else(|| vm.type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = p
        .get(2)
        .or_else(|| kwarg(args, kw, "mod"))
        .cloned()
        .unwrap_or(Value::NONE);
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Power);
    }
    if vm.is_heap_instance(&base) {
        if let Some(r) = vm.call_dunder(&base, "__pow__", &[exp.clone(), m.clone()]) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    let (Some(b), Some(e), Some(md)) = (as_int(&base), as_int(&exp), as_int(&m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    let (b, e, md) = (b.to_big(), e.to_big(), md.to_big());
    if num_traits::Zero::is_zero(&md) {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let base_mod = if num_traits::Signed::is_negative(&e) {
        match mod_inverse(&b, &md) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        b
    };
    let e = num_traits::Signed::abs(&e);
    let mabs = num_traits::Signed::abs(&md);
    let mut r = base_mod.modpow(&e, &mabs);
    // Python's result has the sign of the modulus.
    if !num_traits::Zero::is_zero(&r)
        && num_traits::Signed::is_negative(&md) != num_traits::Signed::is_negative(&r)
    {
        r += &md;
    }
    Ok(vm.new_bigint(r))
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let m = num_traits::Signed::abs(m);
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !num_traits::One::is_one(&g.gcd) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "round", kw, &["number", "ndigits"])?;
    let p = pos(args, kw);
    let x = p
        .first()
        .or_else(|| kwarg(args, kw, "number"))
        .cloned()
        .ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = p
        .get(1)
        .or_else(|| kwarg(args, kw, "ndigits"))
        .cloned()
        .unwrap_or(Value::NONE);
    if vm.is_heap_instance(&x) {
        if let Some(r) = vm.call_dunder(
            &x,
            "__round__",
            if nd.is_none() {
                &[]
            } else {
                std::slice::from_ref(&nd)
            },
        ) {
            return r;
        }
    }
    if let Some(i) = as_int(&x) {
        if nd.is_none() {
            return Ok(vm.new_bigint(i.to_big()));
        }
        let n = vm
            .index_value(&nd)?
            .ok_or_else(|| vm.type_error("'float' object cannot be interpreted as an integer"))?;
        if n >= 0 {
            return Ok(vm.new_bigint(i.to_big()));
        }
        // Round to a multiple of 10**-n, halves to even.
        use num_integer::Integer;
        let p = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (-n).min(4300) as u32);
        let v = i.to_big();
        let (q, r) = v.div_mod_floor(&p);
        let twice: num_bigint::BigInt = &r * 2;
        let q = match twice.cmp(&p) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal if q.is_odd() => q + 1,
            _ => q,
        };
        return Ok(vm.new_bigint(q * p));
    }
    if let Some(f) = as_float(&x) {
        if nd.is_none() {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = stitch_pyfmt::float::round_half_even(f);
            return Ok(crate::builtins::numbers::float_to_int(vm, r));
        }
        let n = vm.index_value(&nd)?.ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&nd)
            ))
        })?;
        return stitch_pyfmt::float::round_float(f, n)
            .map(Value::float)
            .map_err(|e| vm.overflow_error(e.message("float")));
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __round__ method",
        vm.type_name(&x)
    )))
}

fn int_text(vm: &Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = match as_int(v) {
        Some(i) => i.to_big(),
        None => {
            if let Some(r) = vm.index_value(v)? {
                num_bigint::BigInt::from(r)
            } else {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )));
            }
        }
    };
    let neg = num_traits::Signed::is_negative(&i);
    let digits = i.magnitude().to_str_radix(radix);
    Ok(vm.new_str(format!("{}{prefix}{digits}", if neg { "-" } else { "" })))
}
fn hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_text(vm, one(vm, "hex", args, kw)?, 16, "0x")
}
fn oct(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_text(vm, one(vm, "oct", args, kw)?, 8, "0o")
}
fn bin(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_text(vm, one(vm, "bin", args, kw)?, 2, "0b")
}
fn format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "format", kw, &[])?;
    check_args(vm, "format", args, 1, 2)?;
    let spec = args.get(1).cloned().unwrap_or_else(|| vm.intern(""));
    if str_of(&spec).is_none() {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    vm.format(&args[0], &spec)
}

fn attr_name<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a Value> {
    if str_of(v).is_none() {
        let _ = fname;
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(v)
}
fn getattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "getattr", kw, &[])?;
    check_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1], "getattr")?;
    match args.get(2) {
        None => vm.getattr(&args[0], name),
        Some(d) => Ok(vm.getattr_opt(&args[0], name)?.unwrap_or_else(|| d.clone())),
    }
}
fn setattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "setattr", kw, &[])?;
    check_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.setattr(&args[0], name, args[2].clone())?;
    Ok(Value::NONE)
}
fn hasattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "hasattr", kw, &[])?;
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    Ok(Value::bool(vm.getattr_opt(&args[0], name)?.is_some()))
}
fn delattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "delattr", kw, &[])?;
    check_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.delattr(&args[0], name)?;
    Ok(Value::NONE)
}

impl Vm {
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Function(_))
            | Some(ObjKind::Builtin(_))
            | Some(ObjKind::Method(_))
            | Some(ObjKind::Type(_)) => true,
            Some(ObjKind::StaticMethod(_)) => true,
            Some(_) => self.user_dunder(v, "__call__").is_some(),
            None => false,
        }
    }
}

fn callable(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(vm.is_callable(one(vm, "callable", args, kw)?)))
}

fn current_frame(vm: &Vm) -> Option<&crate::frame::Frame> {
    let p = vm.current.get();
    // SAFETY: `current` points at the frame running the builtin being
    // called; it outlives this call.
    if p.is_null() {
        None
    } else {
        Some(unsafe { &*p })
    }
}

/// The locals of the running frame as a dict (a snapshot for functions).
pub fn frame_locals(vm: &Vm) -> PyResult<Value> {
    let Some(f) = current_frame(vm) else {
        return Ok(vm.new_dict());
    };
    if !f.locals.is_null() {
        return Ok(f.locals.clone());
    }
    let d = vm.new_dict();
    let co = &f.code().co;
    for (i, v) in f.locals_slice().iter().enumerate() {
        let kind = co.localsplus_kinds[i];
        let v = if kind & (stitch_bytecode::local_kind::CELL | stitch_bytecode::local_kind::FREE)
            != 0
        {
            match v.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Cell(c)) => c.borrow().clone(),
                _ => v.clone(),
            }
        } else {
            v.clone()
        };
        if !v.is_null() {
            vm.setitem(&d, f.code().localnames[i].clone(), v)?;
        }
    }
    Ok(d)
}

fn vars(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "vars", kw, &[])?;
    check_args(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => frame_locals(vm),
        Some(o) => match vm.obj_dict(o) {
            Some(d) => Ok(d),
            None => match vm.getattr_str(o, "__dict__") {
                Ok(d) => Ok(d),
                Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            },
        },
    }
}
fn dir(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "dir", kw, &[])?;
    check_args(vm, "dir", args, 0, 1)?;
    let mut names: Vec<Value> = Vec::new();
    let add_dict = |d: &Value, names: &mut Vec<Value>| {
        if let Some(ObjKind::Dict(t)) = d.as_obj().map(|o| &o.kind) {
            names.extend(t.borrow().keys());
        }
    };
    match args.first() {
        None => add_dict(&frame_locals(vm)?, &mut names),
        Some(o) => {
            if vm.is_heap_instance(o) {
                if let Some(r) = vm.call_dunder(o, "__dir__", &[]) {
                    let mut items = vm.to_vec(&r?)?;
                    sort_values(vm, &mut items, None, false)?;
                    return Ok(vm.new_list(items));
                }
            }
            let mro: Vec<Value> = match o.as_obj().map(|x| &x.kind) {
                Some(ObjKind::Type(t)) => t.mro.borrow().clone(),
                Some(ObjKind::Module(m)) => {
                    add_dict(&m.dict, &mut names);
                    Vec::new()
                }
                _ => {
                    // `__class__` is a descriptor on object in CPython.
                    names.push(vm.intern("__class__"));
                    if let Some(d) = vm.obj_dict(o) {
                        add_dict(&d, &mut names);
                    }
                    crate::types::as_type(vm.type_obj_of(o))
                        .mro
                        .borrow()
                        .clone()
                }
            };
            for t in mro {
                if let Some(tt) = type_obj(&t) {
                    add_dict(&tt.dict, &mut names);
                }
            }
        }
    }
    let mut uniq: Vec<Value> = Vec::new();
    for n in names {
        if !uniq.iter().any(|u| str_of(u) == str_of(&n)) {
            uniq.push(n);
        }
    }
    sort_values(vm, &mut uniq, None, false)?;
    Ok(vm.new_list(uniq))
}
fn globals(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(current_frame(vm)
        .map(|f| f.globals.clone())
        .unwrap_or_else(|| vm.new_dict()))
}
fn locals(vm: &Vm, _: &[Value], _: &[Value]) -> PyResult<Value> {
    frame_locals(vm)
}
fn input(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "input", kw, &[])?;
    check_args(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err(Exc::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.err(Exc::OSError, e.to_string())),
    }
}

/// Compile a string for `exec`/`eval`, reporting errors as SyntaxError.
pub fn compile_source(vm: &Vm, src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    let Some(c) = vm.compiler.as_ref() else {
        return Err(vm.err(Exc::SystemError, "no compiler available"));
    };
    match c.compile(src, filename, mode) {
        Ok(co) => Ok(vm.new_code(co)),
        Err(e) => Err(vm.syntax_error(&e)),
    }
}

impl Vm {
    /// A SyntaxError (or subclass) instance for a compile error.
    pub fn syntax_error(&self, e: &stitch_bytecode::CompileError) -> crate::vm::PyErr {
        let kind = match e.kind {
            stitch_bytecode::CompileErrorKind::SyntaxError => Exc::SyntaxError,
            stitch_bytecode::CompileErrorKind::IndentationError => Exc::IndentationError,
            stitch_bytecode::CompileErrorKind::TabError => Exc::TabError,
        };
        let text = e
            .text
            .as_ref()
            .map(|t| self.new_str(format!("{t}\n")))
            .unwrap_or(Value::NONE);
        let details = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            Value::int(e.line as i64),
            Value::int(e.col as i64),
            text,
            Value::int(e.end_line as i64),
            Value::int(e.end_col as i64),
        ]);
        let exc = self.new_exception(
            self.exc_type(kind),
            vec![self.new_str(e.msg.as_str()), details.clone()],
        );
        let _ = crate::builtins::exc::exc_init(
            self,
            &[exc.clone(), self.new_str(e.msg.as_str()), details],
            &[],
        );
        crate::vm::PyErr { exc }
    }
}

fn exec_or_eval(vm: &Vm, args: &[Value], kw: &[Value], mode: Mode, name: &str) -> PyResult<Value> {
    check_kwargs(vm, name, kw, &["globals", "locals"])?;
    let p = pos(args, kw);
    check_args(vm, name, p, 1, 3)?;
    let src = &p[0];
    let globals = p
        .get(1)
        .or_else(|| kwarg(args, kw, "globals"))
        .cloned()
        .unwrap_or(Value::NONE);
    let locals = p
        .get(2)
        .or_else(|| kwarg(args, kw, "locals"))
        .cloned()
        .unwrap_or(Value::NONE);
    let (globals, locals) = if globals.is_none() {
        let f = current_frame(vm);
        let g = f
            .map(|f| f.globals.clone())
            .unwrap_or_else(|| vm.new_dict());
        let l = if locals.is_none() {
            frame_locals(vm)?
        } else {
            locals
        };
        (g, l)
    } else {
        if !matches!(globals.as_obj().map(|o| &o.kind), Some(ObjKind::Dict(_))) {
            return Err(vm.type_error(if mode == Mode::Eval {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!(
                    "exec() globals must be a dict, not {}",
                    vm.type_name(&globals)
                )
            }));
        }
        let l = if locals.is_none() {
            globals.clone()
        } else {
            locals
        };
        (globals, l)
    };
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        vm.dict_set_str(&globals, "__builtins__", vm.builtins.clone())?;
    }
    let code = if let Some(ObjKind::Code(_)) = src.as_obj().map(|o| &o.kind) {
        src.clone()
    } else {
        let text = match str_of(src) {
            Some(s) => s.to_string(),
            None => match builtin_view(src).as_obj().map(|o| &o.kind) {
                Some(ObjKind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                _ => {
                    return Err(vm.type_error(format!(
                        "{name}() arg 1 must be a string, bytes or code object"
                    )));
                }
            },
        };
        let text = if mode == Mode::Eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        compile_source(vm, &text, "<string>", mode)?
    };
    let frame = vm.frame_for_code(&code, &globals, locals)?;
    let r = vm.run_to_completion(frame)?;
    Ok(if mode == Mode::Eval { r } else { Value::NONE })
}
fn exec(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, Mode::Exec, "exec")
}
fn eval(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, Mode::Eval, "eval")
}
fn compile(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(
        vm,
        "compile",
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let p = pos(args, kw);
    let get = |i: usize, n: &str| p.get(i).or_else(|| kwarg(args, kw, n)).cloned();
    let (Some(src), Some(filename), Some(mode)) =
        (get(0, "source"), get(1, "filename"), get(2, "mode"))
    else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let mode = match str_of(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match str_of(&src) {
        Some(s) => s.to_string(),
        None => match builtin_view(&src).as_obj().map(|o| &o.kind) {
            Some(ObjKind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            Some(ObjKind::Code(_)) => return Ok(src.clone()),
            _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
        },
    };
    let filename = vm.str_string(&filename)?;
    compile_source(vm, &text, &filename, mode)
}
fn build_class(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.build_class(args, kw)
}
fn import(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    check_args(vm, "__import__", p, 1, 5)?;
    let fromlist = p.get(3).cloned().unwrap_or(Value::NONE);
    let level = p.get(4).cloned().unwrap_or(Value::int(0));
    let globals = p.get(1).cloned().unwrap_or(Value::NONE);
    vm.import(&p[0], &fromlist, &level, &globals)
}
