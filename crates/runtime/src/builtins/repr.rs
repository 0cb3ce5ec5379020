//! `repr()`, `str()`, `ascii()` and `format()` for every kind of value.

use crate::iter::DictIterKind;
use crate::num::{IntRef, as_int};
use crate::object::ObjKind;
use crate::protocol::{builtin_view, str_of};
use crate::types::as_type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's repr of a str: prefer single quotes, escape as `unicode_repr` does.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) >= 0x80 && !super::strings::text::is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn float_repr(f: f64) -> String {
    stitch_pyfmt::float::repr(f)
}

impl Vm {
    pub fn repr(&self, v: &Value) -> PyResult<Value> {
        if let Some(s) = str_of(v) {
            if !self.is_heap_instance(v) {
                return Ok(self.new_str(str_repr(s)));
            }
        }
        Ok(self.new_str(self.repr_string(v)?))
    }

    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        match v.tag() {
            crate::value::tag::NONE | crate::value::tag::NULL => return Ok("None".into()),
            crate::value::tag::BOOL => {
                return Ok(if v.raw_payload() != 0 {
                    "True"
                } else {
                    "False"
                }
                .into());
            }
            crate::value::tag::INT => return Ok((v.raw_payload() as i64).to_string()),
            crate::value::tag::FLOAT => return Ok(float_repr(f64::from_bits(v.raw_payload()))),
            _ => {}
        }
        let Some(o) = v.as_obj() else {
            return Ok("?".into());
        };
        if as_type(o.ty_obj()).heap {
            if let Some(r) = self.call_dunder(v, "__repr__", &[]) {
                let r = r?;
                return match str_of(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
        }
        let _g = self.enter_recursive(" while getting the repr of an object")?;
        let bv = builtin_view(v);
        if !bv.is_obj() {
            // An int or float subclass instance: the repr of its value.
            return self.repr_string(bv);
        }
        let bo = bv.as_obj().unwrap_or(o);
        let id = v.id() as usize;
        Ok(match &bo.kind {
            ObjKind::Str(s) => str_repr(s.as_str()),
            ObjKind::BigInt(_) => {
                crate::num::int_to_str(self, &as_int(bv).unwrap_or(IntRef::Small(0)))?
            }
            ObjKind::Bytes(b) => bytes_repr(b),
            ObjKind::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow())),
            ObjKind::MemoryView(_) => format!("<memory at 0x{id:x}>"),
            ObjKind::Tuple(items) => {
                if items.is_empty() {
                    "()".into()
                } else {
                    if self.repr_guard.borrow().contains(&id) {
                        return Ok("(...)".into());
                    }
                    self.repr_guard.borrow_mut().push(id);
                    let r = self.join_reprs(items);
                    self.repr_guard.borrow_mut().retain(|x| *x != id);
                    let r = r?;
                    if items.len() == 1 {
                        format!("({r},)")
                    } else {
                        format!("({r})")
                    }
                }
            }
            ObjKind::List(l) => {
                if self.repr_guard.borrow().contains(&id) {
                    return Ok("[...]".into());
                }
                let items = l.borrow().clone();
                self.repr_guard.borrow_mut().push(id);
                let r = self.join_reprs(&items);
                self.repr_guard.borrow_mut().retain(|x| *x != id);
                format!("[{}]", r?)
            }
            ObjKind::Dict(d) => {
                if self.repr_guard.borrow().contains(&id) {
                    return Ok("{...}".into());
                }
                let items = d.borrow().items();
                self.repr_guard.borrow_mut().push(id);
                let r = (|| -> PyResult<String> {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, val) in &items {
                        parts.push(format!(
                            "{}: {}",
                            self.repr_string(k)?,
                            self.repr_string(val)?
                        ));
                    }
                    Ok(parts.join(", "))
                })();
                self.repr_guard.borrow_mut().retain(|x| *x != id);
                format!("{{{}}}", r?)
            }
            ObjKind::Set(s) => {
                let keys = s.borrow().keys();
                let frozen = !crate::types::is_subtype(&o.ty(), &self.types.set);
                let tn = self.type_name(v);
                if keys.is_empty() {
                    return Ok(format!("{tn}()"));
                }
                if self.repr_guard.borrow().contains(&id) {
                    return Ok(format!("{tn}(...)"));
                }
                self.repr_guard.borrow_mut().push(id);
                let r = self.join_reprs(&keys);
                self.repr_guard.borrow_mut().retain(|x| *x != id);
                let r = r?;
                if frozen || tn != "set" {
                    format!("{tn}({{{r}}})")
                } else {
                    format!("{{{r}}}")
                }
            }
            ObjKind::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            ObjKind::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr_string(&s[0])?,
                self.repr_string(&s[1])?,
                self.repr_string(&s[2])?
            ),
            ObjKind::Function(func) => {
                format!(
                    "<function {} at 0x{:x}>",
                    str_of(&func.qualname.borrow()).unwrap_or("?"),
                    id
                )
            }
            ObjKind::Builtin(b) => {
                if b.bound.is_null() {
                    match b.owner {
                        Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name),
                        None => format!("<built-in function {}>", b.name),
                    }
                } else if let Some(ObjKind::Module(m)) = b.bound.as_obj().map(|o| &o.kind) {
                    let _ = m;
                    format!("<built-in function {}>", b.name)
                } else {
                    format!(
                        "<built-in method {} of {} object at 0x{:x}>",
                        b.name,
                        self.type_name(&b.bound),
                        b.bound.id()
                    )
                }
            }
            ObjKind::Method(m) => {
                let fname = match m.0.as_obj().map(|o| &o.kind) {
                    Some(ObjKind::Function(f)) => {
                        str_of(&f.qualname.borrow()).unwrap_or("?").to_string()
                    }
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", fname, self.repr_string(&m.1)?)
            }
            ObjKind::Code(c) => format!(
                "<code object {} at 0x{:x}, file \"{}\", line {}>",
                c.co.name, id, c.co.filename, c.co.firstlineno
            ),
            ObjKind::Cell(_) => format!("<cell at 0x{id:x}>"),
            ObjKind::Type(t) => {
                let m = t.module.borrow().clone();
                if &*m == "builtins" {
                    format!("<class '{}'>", t.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", m, t.qualname.borrow())
                }
            }
            ObjKind::Module(m) => {
                let name = str_of(&m.name).unwrap_or("?");
                if ["sys", "builtins", "math", "time", "gc"].contains(&name) {
                    format!("<module '{name}' (built-in)>")
                } else {
                    match self
                        .dict_get_str(&m.dict, "__file__")
                        .and_then(|f| str_of(&f).map(String::from))
                    {
                        Some(f) => format!("<module '{name}' from '{f}'>"),
                        None => format!("<module '{name}'>"),
                    }
                }
            }
            ObjKind::Generator(g) => format!(
                "<{} object {} at 0x{:x}>",
                match g.kind {
                    crate::generator::GenKind::Generator => "generator",
                    crate::generator::GenKind::Coroutine => "coroutine",
                    crate::generator::GenKind::AsyncGenerator => "async_generator",
                },
                str_of(&g.qualname).unwrap_or("?"),
                id
            ),
            ObjKind::Instance(inst) => {
                if let Some(r) = crate::builtins::alias::alias_repr(self, v)? {
                    return Ok(r);
                }
                if self.is_mapping_proxy(v) {
                    let inner = inst.base_value().cloned().unwrap_or(Value::NONE);
                    return Ok(format!("mappingproxy({})", self.repr_string(&inner)?));
                }
                if let Some(e) = inst.exc() {
                    let args = e.borrow().args.clone();
                    let tn = self.type_name(v);
                    return Ok(match args.as_obj().map(|o| &o.kind) {
                        Some(ObjKind::Tuple(t)) if t.len() == 1 => {
                            format!("{tn}({})", self.repr_string(&t[0])?)
                        }
                        _ => format!("{tn}{}", self.repr_string(&args)?),
                    });
                }
                self.default_repr(v)
            }
            ObjKind::DictView(d) => {
                let name = match d.1 {
                    DictIterKind::Keys => "dict_keys",
                    DictIterKind::Values => "dict_values",
                    DictIterKind::Items => "dict_items",
                };
                let items = self.to_vec(v)?;
                format!("{name}([{}])", self.join_reprs(&items)?)
            }
            ObjKind::Singleton(n) => n.to_string(),
            ObjKind::Property(_)
            | ObjKind::StaticMethod(_)
            | ObjKind::ClassMethod(_)
            | ObjKind::Iter(_)
            | ObjKind::Super(_) => self.default_repr(v),
        })
    }

    /// `<module.Class object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let t = as_type(self.type_obj_of(v));
        let m = t.module.borrow().clone();
        let q = t.qualname.borrow().clone();
        if &*m == "builtins" {
            format!("<{q} object at 0x{:x}>", v.id())
        } else {
            format!("<{m}.{q} object at 0x{:x}>", v.id())
        }
    }

    fn join_reprs(&self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(it)?);
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn str(&self, v: &Value) -> PyResult<Value> {
        if let Some(ObjKind::Str(_)) = v.as_obj().map(|o| &o.kind) {
            if !self.is_heap_instance(v) {
                return Ok(v.clone());
            }
        }
        Ok(self.new_str(self.str_string(v)?))
    }

    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        if let Some(o) = v.as_obj() {
            if as_type(o.ty_obj()).heap {
                if let Some(r) = self.call_dunder(v, "__str__", &[]) {
                    let r = r?;
                    return match str_of(&r) {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
                if self.user_dunder(v, "__repr__").is_some() {
                    return self.repr_string(v);
                }
            }
            match &o.kind {
                ObjKind::Str(s) => return Ok(s.as_str().to_string()),
                ObjKind::Instance(inst) => {
                    if let Some(e) = inst.exc() {
                        let args = e.borrow().args.clone();
                        if let Some(r) = crate::builtins::exc::special_exc_str(self, v)? {
                            return Ok(r);
                        }
                        return match args.as_obj().map(|o| &o.kind) {
                            Some(ObjKind::Tuple(t)) if t.is_empty() => Ok(String::new()),
                            Some(ObjKind::Tuple(t)) if t.len() == 1 => self.str_string(&t[0]),
                            _ => self.repr_string(&args),
                        };
                    }
                    if let Some(b) = inst.base_value() {
                        return self.str_string(b);
                    }
                }
                _ => {}
            }
        }
        self.repr_string(v)
    }

    /// `ascii(v)`.
    pub fn ascii(&self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(self.new_str(out))
    }

    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: &Value) -> PyResult<Value> {
        let spec_s = str_of(spec).unwrap_or("");
        if self.is_heap_instance(v) {
            if let Some(r) = self.call_dunder(v, "__format__", &[spec.clone()]) {
                let r = r?;
                if str_of(&r).is_none() {
                    return Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
        let bv = builtin_view(v);
        let tn = self.type_name(v);
        // The error's own kind: `format(10**20, 'c')` is an OverflowError.
        let err = |e| crate::builtins::printf::fmt_error(self, e, &tn);
        if bv.as_bool().is_some() && spec_s.is_empty() {
            return self.str(v);
        }
        if let Some(i) = as_int(bv) {
            if spec_s.is_empty() {
                return self.str(v);
            }
            let spec = stitch_pyfmt::spec::FormatSpec::parse_for_int(spec_s).map_err(err)?;
            if spec.ty.is_some_and(|t| "eEfFgG%".contains(t)) {
                let f = i
                    .to_f64()
                    .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
                return Ok(self.new_str(stitch_pyfmt::float::format_float(f, &spec).map_err(err)?));
            }
            return Ok(self.new_str(
                stitch_pyfmt::int::format_int(&i.to_big(), &spec, Some(4300)).map_err(err)?,
            ));
        }
        if let Some(f) = crate::num::as_float(bv) {
            if spec_s.is_empty() {
                return self.str(v);
            }
            let spec = stitch_pyfmt::spec::FormatSpec::parse_for_float(spec_s).map_err(err)?;
            return Ok(self.new_str(stitch_pyfmt::float::format_float(f, &spec).map_err(err)?));
        }
        if let Some(s) = str_of(bv) {
            if spec_s.is_empty() {
                return self.str(v);
            }
            let spec = stitch_pyfmt::spec::FormatSpec::parse_for_str(spec_s).map_err(err)?;
            return Ok(self.new_str(stitch_pyfmt::spec::format_str(s, &spec).map_err(err)?));
        }
        if spec_s.is_empty() {
            return self.str(v);
        }
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            tn
        )))
    }
}
