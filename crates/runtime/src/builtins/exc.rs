//! Exception objects: their constructor and attributes, `str()` of the
//! special ones (KeyError, SyntaxError...), and the traceback printer that
//! reproduces CPython's format for uncaught exceptions.

use crate::object::ObjKind;
use crate::protocol::str_of;
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

pub fn exc_data(v: &Value) -> Option<&std::cell::RefCell<crate::instance::ExcData>> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Instance(i)) => i.exc(),
        _ => None,
    }
}

fn args_of(v: &Value) -> Vec<Value> {
    exc_data(v)
        .and_then(|d| match d.borrow().args.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        })
        .unwrap_or_default()
}

/// `str()` of exceptions whose text is not just their single argument.
pub fn special_exc_str(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let args = args_of(v);
    if vm.isinstance_type(v, vm.exc_type(Exc::KeyError)) && args.len() == 1 {
        return Ok(Some(vm.repr_string(&args[0])?));
    }
    if vm.isinstance_type(v, vm.exc_type(Exc::OSError)) && (2..=5).contains(&args.len()) {
        let errno = vm.str_string(&args[0])?;
        let strerror = vm.str_string(&args[1])?;
        return Ok(Some(match (args.get(2), args.get(4)) {
            (Some(f), Some(f2)) => format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                vm.repr_string(f)?,
                vm.repr_string(f2)?
            ),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", vm.repr_string(f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        }));
    }
    if vm.isinstance_type(v, vm.exc_type(Exc::SyntaxError)) {
        let msg = vm.getattr_str(v, "msg").ok().filter(|m| !m.is_none());
        if let Some(m) = msg {
            let msg = vm.str_string(&m)?;
            let line = vm.getattr_str(v, "lineno").ok().and_then(|l| l.as_int());
            let file = vm
                .getattr_str(v, "filename")
                .ok()
                .and_then(|f| str_of(&f).map(String::from));
            return Ok(Some(match (file, line) {
                (Some(f), Some(l)) => {
                    format!("{msg} ({}, line {l})", f.rsplit('/').next().unwrap_or(&f))
                }
                (None, Some(l)) => format!("{msg} (line {l})"),
                _ => msg,
            }));
        }
    }
    Ok(None)
}

/// `BaseException.__new__(cls, *args)`.
pub fn exc_new(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let mut cls = args[0].clone();
    let pos = &args[1..args.len() - kwnames.len()];
    // OSError(errno, strerror) picks the subclass for the errno, as CPython does.
    if cls.is(vm.exc_type(Exc::OSError)) && pos.len() >= 2 {
        if let Some(errno) = pos[0].as_int() {
            let sub = match errno {
                1 | 13 => Some(Exc::PermissionError),
                2 => Some(Exc::FileNotFoundError),
                3 => Some(Exc::ProcessLookupError),
                4 => Some(Exc::InterruptedError),
                10 => Some(Exc::ChildProcessError),
                11 | 114 | 115 => Some(Exc::BlockingIOError),
                17 => Some(Exc::FileExistsError),
                20 => Some(Exc::NotADirectoryError),
                21 => Some(Exc::IsADirectoryError),
                32 | 108 => Some(Exc::BrokenPipeError),
                103 => Some(Exc::ConnectionAbortedError),
                104 => Some(Exc::ConnectionResetError),
                110 => Some(Exc::TimeoutError),
                111 => Some(Exc::ConnectionRefusedError),
                _ => None,
            };
            if let Some(sub) = sub {
                cls = vm.exc_type(sub).clone();
            }
        }
    }
    Ok(vm.new_exception(&cls, pos.to_vec()))
}

/// `BaseException.__init__(self, *args)`.
pub fn exc_init(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let this = &args[0];
    let pos = args[1..args.len() - kwnames.len()].to_vec();
    if let Some(d) = exc_data(this) {
        d.borrow_mut().args = vm.new_tuple(pos.clone());
    }
    let n = kwnames.len();
    set_class_attrs(vm, this, &pos, kwnames, &args[args.len() - n..]);
    Ok(Value::NONE)
}

/// The attributes that CPython's exception classes derive from their arguments.
pub fn set_class_attrs(vm: &Vm, this: &Value, pos: &[Value], kwnames: &[Value], kwvals: &[Value]) {
    let _ = set_class_attrs_inner(vm, this, pos, kwnames, kwvals);
}

fn set_class_attrs_inner(
    vm: &Vm,
    this: &Value,
    pos: &[Value],
    kwnames: &[Value],
    kwvals: &[Value],
) -> PyResult<()> {
    let pos = pos.to_vec();
    if vm.isinstance_type(this, vm.exc_type(Exc::StopIteration)) {
        vm.set_instance_attr_raw(this, "value", pos.first().cloned().unwrap_or(Value::NONE))?;
    } else if vm.isinstance_type(this, vm.exc_type(Exc::SystemExit)) {
        let code = match pos.len() {
            0 => Value::NONE,
            1 => pos[0].clone(),
            _ => vm.new_tuple(pos.clone()),
        };
        vm.set_instance_attr_raw(this, "code", code)?;
    } else if vm.isinstance_type(this, vm.exc_type(Exc::SyntaxError)) {
        vm.set_instance_attr_raw(this, "msg", pos.first().cloned().unwrap_or(Value::NONE))?;
        let details = pos
            .get(1)
            .map(|d| vm.to_vec(d))
            .transpose()?
            .unwrap_or_default();
        for (i, name) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            vm.set_instance_attr_raw(this, name, details.get(i).cloned().unwrap_or(Value::NONE))?;
        }
    } else if vm.isinstance_type(this, vm.exc_type(Exc::ImportError)) {
        for (k, v) in kwnames.iter().zip(kwvals) {
            if let Some(n) = str_of(k) {
                vm.set_instance_attr_raw(this, n, v.clone())?;
            }
        }
        for n in ["name", "path"] {
            if vm.getattr_str(this, n).is_err() {
                vm.set_instance_attr_raw(this, n, Value::NONE)?;
            }
        }
        vm.set_instance_attr_raw(this, "msg", pos.first().cloned().unwrap_or(Value::NONE))?;
    } else if vm.isinstance_type(this, vm.exc_type(Exc::OSError)) {
        let two = (2..=5).contains(&pos.len());
        let get = |i: usize| {
            if two {
                pos.get(i).cloned().unwrap_or(Value::NONE)
            } else {
                Value::NONE
            }
        };
        vm.set_instance_attr_raw(this, "errno", get(0))?;
        vm.set_instance_attr_raw(this, "strerror", get(1))?;
        vm.set_instance_attr_raw(this, "filename", get(2))?;
        vm.set_instance_attr_raw(this, "filename2", get(4))?;
    }
    Ok(())
}

/// Exception attributes that live in `ExcData`.
pub fn exc_attr(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    let d = exc_data(v)?;
    let d = d.borrow();
    Some(match name {
        "args" => d.args.clone(),
        "__cause__" => d.cause.clone(),
        "__context__" => d.context.clone(),
        "__suppress_context__" => Value::bool(d.suppress_context),
        "__traceback__" => {
            // A chain of traceback objects, outermost frame first.
            let mut next = Value::NONE;
            for entry in d.traceback.iter() {
                let tb = vm.new_instance(&vm.types.traceback, crate::instance::Base::None);
                let _ = vm.set_instance_attr_raw(&tb, "tb_lineno", Value::int(entry.line as i64));
                let _ = vm.set_instance_attr_raw(&tb, "tb_next", next);
                let _ = vm.set_instance_attr_raw(&tb, "tb_lasti", Value::int(-1));
                let _ = vm.set_instance_attr_raw(&tb, "tb_frame", Value::NONE);
                next = tb;
            }
            next
        }
        _ => return None,
    })
}

pub fn with_traceback(_vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

pub fn add_note(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let this = &args[0];
    let note = args.get(1).cloned().unwrap_or(Value::NONE);
    if str_of(&note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let notes = match vm.getattr_str(this, "__notes__") {
        Ok(n) => n,
        Err(_) => {
            let l = vm.new_list(vec![]);
            vm.set_instance_attr_raw(this, "__notes__", l.clone())?;
            l
        }
    };
    vm.call_method(&notes, "append", &[note])?;
    Ok(Value::NONE)
}

impl Vm {
    /// Print an uncaught exception the way CPython does: the chain of
    /// causes and contexts, each with its traceback, then `Type: message`.
    pub fn print_exception(&self, e: &PyErr) {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(&e.exc, &mut out, &mut seen);
        self.write_stderr(&out);
    }

    fn format_exception_chain(&self, exc: &Value, out: &mut String, seen: &mut Vec<i64>) {
        seen.push(exc.id());
        if let Some(d) = exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if !cause.is_none() && !seen.contains(&cause.id()) {
                self.format_exception_chain(&cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress && !context.is_none() && !seen.contains(&context.id()) {
                self.format_exception_chain(&context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one_exception(exc, out);
    }

    fn format_one_exception(&self, exc: &Value, out: &mut String) {
        let is_syntax = self.isinstance_type(exc, self.exc_type(Exc::SyntaxError));
        if let Some(d) = exc_data(exc) {
            let tb = d.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut last: Option<(String, u32, String)> = None;
                let mut repeat = 0usize;
                for entry in tb.iter().rev() {
                    let (file, name) = match entry.code.as_obj().map(|o| &o.kind) {
                        Some(ObjKind::Code(c)) => {
                            (c.co.filename.to_string(), c.co.name.to_string())
                        }
                        _ => ("?".into(), "?".into()),
                    };
                    let key = (file.clone(), entry.line, name.clone());
                    if last.as_ref() == Some(&key) {
                        repeat += 1;
                        if repeat >= 3 {
                            continue;
                        }
                    } else {
                        if repeat >= 3 {
                            let n = repeat - 2;
                            out.push_str(&format!(
                                "  [Previous line repeated {n} more time{}]\n",
                                if n == 1 { "" } else { "s" }
                            ));
                        }
                        repeat = 0;
                        last = Some(key);
                    }
                    out.push_str(&format!(
                        "  File \"{file}\", line {}, in {name}\n",
                        entry.line
                    ));
                    if let Some(src) = source_line(&file, entry.line) {
                        out.push_str(&format!("    {}\n", src.trim()));
                    }
                }
                if repeat >= 3 {
                    let n = repeat - 2;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
            }
        }
        if is_syntax {
            let file = self
                .getattr_str(exc, "filename")
                .ok()
                .and_then(|f| str_of(&f).map(String::from));
            let line = self
                .getattr_str(exc, "lineno")
                .ok()
                .and_then(|l| l.as_int());
            let text = self
                .getattr_str(exc, "text")
                .ok()
                .and_then(|t| str_of(&t).map(String::from));
            let offset = self
                .getattr_str(exc, "offset")
                .ok()
                .and_then(|o| o.as_int());
            let end_offset = self
                .getattr_str(exc, "end_offset")
                .ok()
                .and_then(|o| o.as_int());
            if let (Some(f), Some(l)) = (&file, line) {
                out.push_str(&format!("  File \"{f}\", line {l}\n"));
            }
            if let Some(t) = text {
                let trimmed = t.trim_end_matches('\n');
                let stripped = trimmed.trim_start();
                let indent = trimmed.chars().count() - stripped.chars().count();
                out.push_str(&format!("    {}\n", stripped.trim_end()));
                if let Some(off) = offset {
                    let start = (off as usize).saturating_sub(1).saturating_sub(indent);
                    let end = end_offset
                        .map(|e| (e as usize).saturating_sub(1).saturating_sub(indent))
                        .filter(|e| *e > start);
                    let width = end.map_or(1, |e| e - start);
                    out.push_str(&format!(
                        "    {}{}\n",
                        " ".repeat(start),
                        "^".repeat(width.max(1))
                    ));
                }
            }
            let tn = self.qualified_type_name(exc);
            let msg = self
                .getattr_str(exc, "msg")
                .ok()
                .and_then(|m| str_of(&m).map(String::from))
                .unwrap_or_default();
            out.push_str(&format!("{tn}: {msg}\n"));
            return;
        }
        let tn = self.qualified_type_name(exc);
        let hint = self
            .suggestion(exc)
            .map(|s| format!(". Did you mean: '{s}'?"))
            .unwrap_or_default();
        match self.str_string(exc) {
            Ok(s) if s.is_empty() => out.push_str(&format!("{tn}\n")),
            Ok(s) => out.push_str(&format!("{tn}: {s}{hint}\n")),
            Err(_) => out.push_str(&format!("{tn}: <exception str() failed>\n")),
        }
        if let Ok(notes) = self.getattr_str(exc, "__notes__") {
            for n in self.to_vec(&notes).unwrap_or_default() {
                out.push_str(&self.str_string(&n).unwrap_or_default());
                out.push('\n');
            }
        }
    }

    /// CPython 3.11's "Did you mean" for a NameError (the innermost frame's
    /// locals, then globals, then builtins) or an AttributeError (`dir(obj)`).
    fn suggestion(&self, exc: &Value) -> Option<String> {
        let name = self
            .getattr_str(exc, "name")
            .ok()
            .and_then(|n| str_of(&n).map(String::from))?;
        let names_of = |d: &Value| -> Vec<String> {
            match d.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Dict(t)) => t
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| str_of(k).map(String::from))
                    .collect(),
                _ => Vec::new(),
            }
        };
        if self.isinstance_type(exc, self.exc_type(Exc::NameError)) {
            let entry = exc_data(exc)?.borrow().traceback.first().cloned()?;
            let mut scopes: Vec<Vec<String>> = Vec::new();
            if let Some(ObjKind::Code(c)) = entry.code.as_obj().map(|o| &o.kind) {
                if c.co.flags & stitch_bytecode::code_flags::OPTIMIZED != 0 {
                    scopes.push(
                        c.co.localsplus_names
                            .iter()
                            .map(|n| n.to_string())
                            .collect(),
                    );
                }
            }
            scopes.push(names_of(&entry.globals));
            scopes.push(names_of(&self.builtins_of(&entry.globals)));
            return scopes.iter().find_map(|s| suggest(&name, s));
        }
        if self.isinstance_type(exc, self.exc_type(Exc::AttributeError)) {
            let obj = self.getattr_str(exc, "obj").ok()?;
            let dir = self.dict_get_str(&self.builtins, "dir")?;
            let listing = self.call(&dir, &[obj], &[]).ok()?;
            let names: Vec<String> = self
                .to_vec(&listing)
                .ok()?
                .iter()
                .filter_map(|n| str_of(n).map(String::from))
                .collect();
            return suggest(&name, &names);
        }
        None
    }

    /// `module.Name` for exceptions defined outside builtins and `__main__`.
    fn qualified_type_name(&self, v: &Value) -> String {
        let t = crate::types::as_type(self.type_obj_of(v));
        let m = t.module.borrow().clone();
        let q = t.qualname.borrow().clone();
        if &*m == "builtins" || &*m == "__main__" {
            q.to_string()
        } else {
            format!("{m}.{q}")
        }
    }
}

/// The closest candidate to `name` by CPython's weighted Levenshtein
/// distance (case changes cost 1, other edits 2), if close enough.
fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    const MOVE_COST: usize = 2;
    const MAX_CANDIDATES: usize = 750;
    const MAX_STRING_SIZE: usize = 40;
    if candidates.len() > MAX_CANDIDATES || name.len() > MAX_STRING_SIZE {
        return None;
    }
    let distance = |a: &[u8], b: &[u8], max_cost: usize| -> usize {
        let (mut a, mut b) = (a, b);
        while let (Some(x), Some(y)) = (a.first(), b.first()) {
            if x != y {
                break;
            }
            a = &a[1..];
            b = &b[1..];
        }
        while let (Some(x), Some(y)) = (a.last(), b.last()) {
            if x != y {
                break;
            }
            a = &a[..a.len() - 1];
            b = &b[..b.len() - 1];
        }
        if a.is_empty() || b.is_empty() {
            return (a.len() + b.len()) * MOVE_COST;
        }
        if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
            return max_cost + 1;
        }
        if b.len() < a.len() {
            std::mem::swap(&mut a, &mut b);
        }
        if (b.len() - a.len()) * MOVE_COST > max_cost {
            return max_cost + 1;
        }
        let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
        let mut result = 0;
        for (bi, &code) in b.iter().enumerate() {
            let mut dist = bi * MOVE_COST;
            result = dist;
            let mut minimum = usize::MAX;
            for (ai, &ac) in a.iter().enumerate() {
                let cost = if ac == code {
                    0
                } else if ac.to_ascii_lowercase() == code.to_ascii_lowercase() {
                    1
                } else {
                    MOVE_COST
                };
                let substitute = dist + cost;
                dist = buffer[ai];
                let insert_delete = result.min(dist) + MOVE_COST;
                result = insert_delete.min(substitute);
                buffer[ai] = result;
                minimum = minimum.min(result);
            }
            if minimum > max_cost {
                return max_cost + 1;
            }
        }
        result
    };
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

/// Line `n` of a source file, for tracebacks.
fn source_line(file: &str, n: u32) -> Option<String> {
    if file.starts_with('<') {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .nth(n.checked_sub(1)? as usize)
        .map(String::from)
}
