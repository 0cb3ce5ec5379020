//! Special attributes of built-in objects (`__class__`, `__name__` of
//! functions, `args` of exceptions, `start` of ranges, ...), consulted by
//! the generic getattr after the type's data descriptors and the
//! instance's own attributes.

use crate::object::ObjKind;
use crate::protocol::str_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn special_attr(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        if let Some(f) = obj.as_float() {
            return Ok(match name {
                "real" => Some(Value::float(f)),
                "imag" => Some(Value::float(0.0)),
                _ => None,
            });
        }
        if obj.as_small_int().is_some()
            || matches!(obj.as_obj().map(|o| &o.kind), Some(ObjKind::BigInt(_)))
        {
            return Ok(match name {
                "real" | "numerator" => Some(self.unary_positive(obj)?),
                "imag" => Some(Value::int(0)),
                "denominator" => Some(Value::int(1)),
                _ => None,
            });
        }
        let Some(o) = obj.as_obj() else {
            return Ok(None);
        };
        Ok(match &o.kind {
            ObjKind::Instance(inst) => {
                if name == "__dict__" {
                    return Ok(self.obj_dict(obj));
                }
                if inst.exc().is_some() {
                    return Ok(crate::builtins::exc::exc_attr(self, obj, name));
                }
                None
            }
            ObjKind::Function(f) => match name {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__globals__" => Some(f.globals.clone()),
                "__code__" => Some(f.code()),
                "__closure__" => Some(if f.closure.is_null() {
                    Value::NONE
                } else {
                    f.closure.clone()
                }),
                "__defaults__" => Some(nullable(&f.defaults.borrow())),
                "__kwdefaults__" => Some(nullable(&f.kwdefaults.borrow())),
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    if a.is_null() {
                        *a = self.new_dict();
                    }
                    Some(a.clone())
                }
                "__dict__" => self.obj_dict(obj),
                _ => {
                    let d = f.dict.borrow().clone();
                    if d.is_null() {
                        None
                    } else {
                        self.dict_get_str(&d, name)
                    }
                }
            },
            ObjKind::Builtin(b) => match name {
                "__name__" | "__qualname__" => Some(self.new_str(b.name)),
                "__self__" => Some(if b.bound.is_null() {
                    Value::NONE
                } else {
                    b.bound.clone()
                }),
                "__doc__" => Some(
                    crate::builtins::funcs::builtin_doc(b.name)
                        .map_or(Value::NONE, |d| self.new_str(d)),
                ),
                "__module__" => Some(if b.owner.is_none() && b.bound.is_null() {
                    self.intern("builtins")
                } else {
                    Value::NONE
                }),
                _ => None,
            },
            ObjKind::Method(m) => match name {
                "__self__" => Some(m.1.clone()),
                "__func__" => Some(m.0.clone()),
                _ => Some(self.getattr_str(&m.0, name).ok()).flatten(),
            },
            ObjKind::Code(c) => match name {
                "co_name" => Some(self.new_str(&*c.co.name)),
                "co_qualname" => Some(self.new_str(&*c.co.qualname)),
                "co_filename" => Some(self.new_str(&*c.co.filename)),
                "co_firstlineno" => Some(Value::int(c.co.firstlineno as i64)),
                "co_argcount" => Some(Value::int(c.co.argcount as i64)),
                "co_posonlyargcount" => Some(Value::int(c.co.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::int(c.co.kwonlyargcount as i64)),
                "co_flags" => Some(Value::int(c.co.flags as i64)),
                "co_varnames" => {
                    Some(self.new_tuple(c.co.varnames().map(|n| self.new_str(&**n)).collect()))
                }
                "co_cellvars" => {
                    Some(self.new_tuple(c.co.cellvars().map(|n| self.new_str(&**n)).collect()))
                }
                "co_freevars" => {
                    Some(self.new_tuple(c.co.freevars().map(|n| self.new_str(&**n)).collect()))
                }
                "co_names" => Some(self.new_tuple(c.names.to_vec())),
                "co_consts" => Some(self.new_tuple(c.consts.to_vec())),
                "co_nlocals" => Some(Value::int(c.co.varnames().count() as i64)),
                "co_stacksize" => Some(Value::int(c.co.stacksize as i64)),
                _ => None,
            },
            ObjKind::Cell(c) => match name {
                "cell_contents" => {
                    let v = c.borrow().clone();
                    if v.is_null() {
                        return Err(self.value_error("Cell is empty"));
                    }
                    Some(v)
                }
                _ => None,
            },
            ObjKind::Range(r) => match name {
                "start" => Some(self.new_int128(r.start)),
                "stop" => Some(self.new_int128(r.stop)),
                "step" => Some(self.new_int128(r.step)),
                _ => None,
            },
            ObjKind::Slice(s) => match name {
                "start" => Some(s[0].clone()),
                "stop" => Some(s[1].clone()),
                "step" => Some(s[2].clone()),
                _ => None,
            },
            ObjKind::Generator(g) => {
                // gi_*, cr_* and ag_* by kind, as in CPython.
                let prefix = match g.kind {
                    crate::generator::GenKind::Generator => "gi_",
                    crate::generator::GenKind::Coroutine => "cr_",
                    crate::generator::GenKind::AsyncGenerator => "ag_",
                };
                match (name, name.strip_prefix(prefix)) {
                    ("__name__", _) => Some(g.name.clone()),
                    ("__qualname__", _) => Some(g.qualname.clone()),
                    (_, Some("running")) => Some(Value::bool(g.running.get())),
                    (_, Some("frame")) => Some(if g.frame.borrow().is_some() {
                        Value::TRUE
                    } else {
                        Value::NONE
                    }),
                    // What it is suspended on: `gi_yieldfrom`, `cr_await`, `ag_await`.
                    (_, Some("yieldfrom" | "await")) => Some(
                        g.frame
                            .borrow()
                            .as_ref()
                            .and_then(|f| self.yield_from_receiver(f))
                            .unwrap_or(Value::NONE),
                    ),
                    _ => None,
                }
            }
            ObjKind::MemoryView(m) => super::bytearray::mv_attr(self, m, name)?,
            ObjKind::Property(p) => match name {
                "fget" => Some(nullable(&p.fget)),
                "fset" => Some(nullable(&p.fset)),
                "fdel" => Some(nullable(&p.fdel)),
                "__doc__" => Some(nullable(&p.doc)),
                _ => None,
            },
            ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f) => match name {
                "__func__" | "__wrapped__" => Some(f.clone()),
                _ => Some(self.getattr_str(f, name).ok())
                    .flatten()
                    .filter(|_| name.starts_with("__") && name != "__dict__"),
            },
            ObjKind::Module(m) => match name {
                "__dict__" => Some(m.dict.clone()),
                _ => None,
            },
            ObjKind::DictView(d) => match name {
                "mapping" => Some(d.0.clone()),
                _ => None,
            },
            ObjKind::Str(_)
            | ObjKind::Tuple(_)
            | ObjKind::List(_)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::Bytes(_) => {
                if name == "__doc__" {
                    Some(Value::NONE)
                } else {
                    None
                }
            }
            _ => {
                let _ = str_of;
                None
            }
        })
    }
}

fn nullable(v: &Value) -> Value {
    if v.is_null() { Value::NONE } else { v.clone() }
}
