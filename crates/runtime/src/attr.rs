//! Attribute access: CPython's generic getattr/setattr with descriptors
//! (functions bind, `property`, `classmethod`, `staticmethod`, user
//! descriptors with `__get__`/`__set__`), instance attributes in shared-key
//! slots, `__getattr__`/`__getattribute__`/`__setattr__` hooks, type and
//! module attributes, and the special attributes of built-in objects.

use crate::instance::Instance;
use crate::object::{Obj, ObjKind};
use crate::protocol::str_of;
use crate::types::{self, TypeObj, as_type, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// Is `d` a data descriptor (it controls stores, so it wins over instance attributes)?
pub(crate) fn is_data_descr(vm: &Vm, d: &Value) -> bool {
    match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Property(_)) => true,
        Some(ObjKind::Instance(_)) => {
            vm.user_dunder(d, "__set__").is_some() || vm.user_dunder(d, "__delete__").is_some()
        }
        _ => false,
    }
}

impl Vm {
    pub fn getattr_str(&self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name)` or `None` if it raises AttributeError.
    pub fn getattr_opt(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, Exc::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn has_attr(&self, obj: &Value, name: &str) -> PyResult<bool> {
        let n = self.intern(name);
        Ok(self.getattr_opt(obj, &n)?.is_some())
    }

    /// `obj.name`.
    pub fn getattr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        let Some(o) = obj.as_obj() else {
            return self.generic_getattr(obj, name);
        };
        match &o.kind {
            ObjKind::Type(_) => return self.type_getattr(obj, name),
            ObjKind::Super(_) => return self.super_getattr(obj, name),
            ObjKind::Module(m) => {
                let s = str_of(name).unwrap_or("");
                if let Some(v) = self.dict_get_str(&m.dict, s) {
                    return Ok(v);
                }
                if s == "__dict__" {
                    return Ok(m.dict.clone());
                }
                if s == "__class__" {
                    return Ok(o.ty());
                }
                if let Some(ga) = self.dict_get_str(&m.dict, "__getattr__") {
                    return self.call(&ga, &[name.clone()], &[]);
                }
                let mname = str_of(&m.name).unwrap_or("?").to_string();
                return Err(self.attr_error_obj(
                    format!("module '{mname}' has no attribute '{s}'"),
                    obj,
                    name,
                ));
            }
            _ => {}
        }
        let t = as_type(o.ty_obj());
        if t.has_getattribute.get() {
            if let Some(f) = self.user_dunder(obj, "__getattribute__") {
                let r = self.call_bound(&f, obj, &[obj.clone(), name.clone()]);
                return match r {
                    Err(e) if t.has_getattr.get() && self.err_matches(&e, Exc::AttributeError) => {
                        self.call_getattr_hook(obj, name)
                    }
                    r => r,
                };
            }
        }
        if t.has_getattr.get() {
            return match self.generic_getattr(obj, name) {
                Err(e) if self.err_matches(&e, Exc::AttributeError) => {
                    self.call_getattr_hook(obj, name)
                }
                r => r,
            };
        }
        self.generic_getattr(obj, name)
    }

    fn call_getattr_hook(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        match types::lookup(as_type(self.type_obj_of(obj)), "__getattr__") {
            Some(f) => self.call_bound(&f, obj, &[obj.clone(), name.clone()]),
            None => Err(self.no_attr(obj, name)),
        }
    }

    pub fn no_attr(&self, obj: &Value, name: &Value) -> crate::vm::PyErr {
        let s = str_of(name).unwrap_or("?");
        self.attr_error_obj(
            format!("'{}' object has no attribute '{}'", self.type_name(obj), s),
            obj,
            name,
        )
    }

    fn attr_error_obj(&self, msg: String, obj: &Value, name: &Value) -> crate::vm::PyErr {
        let e = self.err(Exc::AttributeError, msg);
        let _ = self.set_instance_attr_raw(&e.exc, "name", name.clone());
        let _ = self.set_instance_attr_raw(&e.exc, "obj", obj.clone());
        e
    }

    /// `object.__getattribute__(obj, name)`.
    pub fn generic_getattr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        let tobj = self.type_obj_of(obj);
        let t = as_type(tobj);
        let descr = types::lookup_name(t, name);
        if let Some(d) = &descr {
            if is_data_descr(self, d) {
                return self.descr_get(d, obj, &self.type_of(obj));
            }
        }
        if let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) {
            if let Some(v) = self.instance_attr(t, inst, name) {
                return Ok(v);
            }
        }
        let s = str_of(name).unwrap_or("");
        if let Some(v) = self.special_attr(obj, s)? {
            return Ok(v);
        }
        match descr {
            // A method read as an attribute: bind it (no owner needed).
            Some(d) if matches!(d.as_obj().map(|o| &o.kind), Some(ObjKind::Function(_))) => {
                Ok(self.new_method(d, obj.clone()))
            }
            Some(d) => self.descr_get(&d, obj, &self.type_of(obj)),
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// An instance attribute from its slots or dict.
    pub fn instance_attr(&self, t: &TypeObj, inst: &Instance, name: &Value) -> Option<Value> {
        let d = inst.dict.borrow();
        if !d.is_null() {
            let s = str_of(name)?;
            return self.dict_get_str(&d, s);
        }
        drop(d);
        let i = t.key_index(name)?;
        let slots = inst.slots.borrow();
        slots.get(i).filter(|v| !v.is_null()).cloned()
    }

    /// Apply a descriptor found on the type of `obj`.
    pub fn descr_get(&self, d: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
        match d.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Function(_)) => Ok(self.new_method(d.clone(), obj.clone())),
            Some(ObjKind::Builtin(b)) if b.bound.is_null() && b.owner.is_some() => {
                Ok(self.new_bound_builtin(b.name, b.f, obj.clone(), b.owner))
            }
            Some(ObjKind::ClassMethod(f)) => Ok(self.new_method(f.clone(), owner.clone())),
            Some(ObjKind::StaticMethod(f)) => Ok(f.clone()),
            Some(ObjKind::Property(p)) => {
                if p.fget.is_null() || p.fget.is_none() {
                    let pname = self.property_name(d);
                    return Err(self.err(
                        Exc::AttributeError,
                        format!(
                            "property {pname}of '{}' object has no getter",
                            self.type_name(obj)
                        ),
                    ));
                }
                self.call(&p.fget, &[obj.clone()], &[])
            }
            Some(ObjKind::Instance(_)) if self.is_heap_instance(d) => {
                match self.user_dunder(d, "__get__") {
                    Some(g) => self.call_bound(&g, d, &[d.clone(), obj.clone(), owner.clone()]),
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    fn property_name(&self, p: &Value) -> String {
        if let Some(ObjKind::Property(pd)) = p.as_obj().map(|o| &o.kind) {
            for f in [&pd.fget, &pd.fset, &pd.fdel] {
                if let Some(ObjKind::Function(func)) = f.as_obj().map(|o| &o.kind) {
                    if let Some(n) = str_of(&func.name.borrow()) {
                        return format!("'{n}' ");
                    }
                }
            }
        }
        String::new()
    }

    /// Attributes of a class: its own MRO first (descriptors applied with
    /// no instance), then the metaclass.
    fn type_getattr(&self, cls: &Value, name: &Value) -> PyResult<Value> {
        let s = str_of(name).unwrap_or("");
        let meta = self.type_obj_of(cls);
        let mt = as_type(meta);
        let meta_attr = types::lookup(mt, s);
        if let Some(d) = &meta_attr {
            if is_data_descr(self, d) {
                return self.descr_get(d, cls, &self.type_of(cls));
            }
        }
        let t = type_obj(cls)
            .unwrap_or_else(|| crate::vm::invariant_broken("type_getattr on non-type"));
        match s {
            "__dict__" => return Ok(self.mapping_proxy(&t.dict)),
            "__name__" => return Ok(self.new_str(&*t.name.borrow().clone())),
            "__qualname__" => return Ok(self.new_str(&*t.qualname.borrow().clone())),
            "__bases__" => return Ok(self.new_tuple(t.bases.borrow().clone())),
            "__mro__" => return Ok(self.new_tuple(t.mro.borrow().clone())),
            "__class__" => return Ok(self.type_of(cls)),
            "__module__" | "__doc__" if !t.heap => {
                if let Some(v) = t.dict_table().borrow().get_str(s) {
                    return Ok(v.clone());
                }
                return Ok(if s == "__module__" {
                    self.new_str(&*t.module.borrow().clone())
                } else {
                    Value::NONE
                });
            }
            _ => {}
        }
        if let Some(v) = types::lookup(t, s) {
            return match v.as_obj().map(|o| &o.kind) {
                Some(ObjKind::ClassMethod(f)) => Ok(self.new_method(f.clone(), cls.clone())),
                Some(ObjKind::StaticMethod(f)) => Ok(f.clone()),
                Some(ObjKind::Instance(_)) if self.user_dunder(&v, "__get__").is_some() => {
                    let g = self.user_dunder(&v, "__get__").unwrap_or_default();
                    self.call_bound(&g, &v, &[v.clone(), Value::NONE, cls.clone()])
                }
                _ => Ok(v),
            };
        }
        match s {
            "__name__" => return Ok(self.new_str(&*t.name.borrow().clone())),
            "__qualname__" => return Ok(self.new_str(&*t.qualname.borrow().clone())),
            "__module__" => return Ok(self.new_str(&*t.module.borrow().clone())),
            "__bases__" => return Ok(self.new_tuple(t.bases.borrow().clone())),
            "__base__" => return Ok(t.bases.borrow().first().cloned().unwrap_or(Value::NONE)),
            "__mro__" => return Ok(self.new_tuple(t.mro.borrow().clone())),
            "__dict__" => return Ok(self.mapping_proxy(&t.dict)),
            "__class__" => return Ok(self.type_of(cls)),
            "__doc__" => return Ok(Value::NONE),
            "__annotations__" if t.heap => {
                let d = self.new_dict();
                self.dict_set_str(&t.dict, "__annotations__", d.clone())?;
                if let Some(o) = cls.as_obj() {
                    types::invalidate(o);
                }
                return Ok(d);
            }
            _ => {}
        }
        if let Some(d) = meta_attr {
            return self.descr_get(&d, cls, &self.type_of(cls));
        }
        if mt.has_getattr.get() {
            if let Some(f) = types::lookup(mt, "__getattr__") {
                return self.call_bound(&f, cls, &[cls.clone(), name.clone()]);
            }
        }
        Err(self.attr_error_obj(
            format!("type object '{}' has no attribute '{}'", t.name.borrow(), s),
            cls,
            name,
        ))
    }

    /// Method lookup for a call: `(function, true)` when `obj` should be
    /// passed as the first argument, else `(bound_or_plain_attr, false)`.
    pub fn load_method(&self, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
        if let Some(o) = obj.as_obj() {
            if matches!(
                o.kind,
                ObjKind::Type(_) | ObjKind::Module(_) | ObjKind::Super(_)
            ) {
                return Ok((self.getattr(obj, name)?, false));
            }
        }
        let tobj = self.type_obj_of(obj);
        let t = as_type(tobj);
        if t.has_getattribute.get() {
            return Ok((self.getattr(obj, name)?, false));
        }
        if let Some(d) = types::lookup_name(t, name) {
            let plain = match d.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Function(_)) => true,
                Some(ObjKind::Builtin(b)) => b.bound.is_null() && b.owner.is_some(),
                _ => false,
            };
            if plain {
                // An instance attribute of the same name shadows the method.
                if let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) {
                    if let Some(v) = self.instance_attr(t, inst, name) {
                        return Ok((v, false));
                    }
                }
                return Ok((d, true));
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (f, with_self) = self.load_method(obj, &n)?;
        if with_self {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            self.call(&f, &all, &[])
        } else {
            self.call(&f, args, &[])
        }
    }

    /// `obj.name = value`.
    pub fn setattr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let Some(o) = obj.as_obj() else {
            return Err(self.setattr_builtin_error(obj, name));
        };
        match &o.kind {
            ObjKind::Type(t) => return self.type_setattr(obj, t, name, value),
            ObjKind::Module(m) => {
                return self.setitem(&m.dict, name.clone(), value);
            }
            _ => {}
        }
        let t = as_type(o.ty_obj());
        if t.has_setattr.get() {
            if let Some(f) = self.user_dunder(obj, "__setattr__") {
                self.call_bound(&f, obj, &[obj.clone(), name.clone(), value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// Store through (or, with `None`, delete through) a data descriptor
    /// found on the type: a property's setter/deleter or a user descriptor's
    /// `__set__`/`__delete__`. `None` if `d` does not handle stores.
    fn descr_set(&self, d: &Value, obj: &Value, value: Option<Value>) -> Option<PyResult<()>> {
        match d.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Property(p)) => {
                let (f, what) = if value.is_some() {
                    (&p.fset, "setter")
                } else {
                    (&p.fdel, "deleter")
                };
                if f.is_null() || f.is_none() {
                    let pname = self.property_name(d);
                    return Some(Err(self.err(
                        Exc::AttributeError,
                        format!(
                            "property {pname}of '{}' object has no {what}",
                            self.type_name(obj)
                        ),
                    )));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                Some(self.call(f, &args, &[]).map(|_| ()))
            }
            Some(ObjKind::Instance(_)) => {
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                let f = self.user_dunder(d, hook)?;
                let mut args = vec![d.clone(), obj.clone()];
                args.extend(value);
                Some(self.call_bound(&f, d, &args).map(|_| ()))
            }
            _ => None,
        }
    }

    /// `object.__setattr__(obj, name, value)`.
    pub fn generic_setattr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let Some(o) = obj.as_obj() else {
            return Err(self.setattr_builtin_error(obj, name));
        };
        let t = as_type(o.ty_obj());
        let s = str_of(name).unwrap_or("");
        if let Some(d) = types::lookup_name(t, name) {
            if let Some(r) = self.descr_set(&d, obj, Some(value.clone())) {
                return r;
            }
        }
        match &o.kind {
            ObjKind::Instance(inst) => {
                if s == "__class__" {
                    return self.set_class(obj, &value);
                }
                if s == "__dict__" {
                    return self.set_instance_dict(obj, value);
                }
                if let Some(exc) = inst.exc() {
                    match s {
                        "__cause__" => {
                            let mut e = exc.borrow_mut();
                            e.cause = value;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            exc.borrow_mut().context = value;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            exc.borrow_mut().suppress_context = self.truthy(&value)?;
                            return Ok(());
                        }
                        "args" => {
                            let v = self.to_vec(&value)?;
                            exc.borrow_mut().args = self.new_tuple(v);
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        _ => {}
                    }
                }
                self.store_instance_attr(t, inst, obj, name, value)
            }
            ObjKind::Function(_) => self.set_function_attr(obj, name, value),
            _ => Err(self.setattr_builtin_error(obj, name)),
        }
    }

    fn setattr_builtin_error(&self, obj: &Value, name: &Value) -> crate::vm::PyErr {
        let s = str_of(name).unwrap_or("?");
        let tn = self.type_name(obj);
        if self.special_attr(obj, s).ok().flatten().is_some() {
            return self.err(
                Exc::AttributeError,
                format!("attribute '{s}' of '{tn}' objects is not writable"),
            );
        }
        if types::lookup(as_type(self.type_obj_of(obj)), s).is_some() {
            self.err(
                Exc::AttributeError,
                format!("'{tn}' object attribute '{s}' is read-only"),
            )
        } else {
            self.err(
                Exc::AttributeError,
                format!("'{tn}' object has no attribute '{s}'"),
            )
        }
    }

    fn store_instance_attr(
        &self,
        t: &TypeObj,
        inst: &Instance,
        obj: &Value,
        name: &Value,
        value: Value,
    ) -> PyResult<()> {
        {
            let d = inst.dict.borrow();
            if !d.is_null() {
                let dict = d.clone();
                drop(d);
                return self.setitem(&dict, name.clone(), value);
            }
        }
        let keys_before = t.keys.borrow().len();
        let idx = if t.has_instance_dict.get() {
            match t.key_index_or_add(name) {
                // Key tables hold interned names only (see types.rs); a
                // computed name is interned only if the table has room
                // (interned strings live forever).
                None if matches!(
                    name.as_obj().map(|o| (&o.kind, o.is_interned())),
                    Some((ObjKind::Str(_), false))
                ) && t.keys.borrow().len() < types::MAX_SHARED_KEYS =>
                {
                    t.key_index_or_add(&self.intern(str_of(name).unwrap_or("")))
                }
                i => i,
            }
        } else {
            t.key_index(name)
        };
        if t.keys.borrow().len() > keys_before
            && str_of(name).is_some_and(|s| types::lookup(t, s).is_some())
        {
            // The first instance attribute of its name shadows a class
            // attribute: loads specialized for the class while no
            // instance could have it (`specialize::attr::shadow_slot`)
            // must not hold on. (Once per name and class.)
            if let Some(o) = obj.as_obj() {
                types::invalidate(o.ty_obj());
            }
        }
        match idx {
            Some(i) => {
                let old = {
                    let mut slots = inst.slots.borrow_mut();
                    if slots.len() <= i {
                        slots.resize(i + 1, Value::NULL);
                    }
                    std::mem::replace(&mut slots[i], value)
                };
                drop(old);
                Ok(())
            }
            None if t.has_instance_dict.get() => {
                let Some(o) = obj.as_obj() else {
                    return Err(self.no_attr(obj, name));
                };
                let dict = self.materialize_dict(o, inst);
                self.setitem(&dict, name.clone(), value)
            }
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// Move the attributes of `o`, an instance (`inst`), from its slots
    /// into a real dict.
    pub fn materialize_dict(&self, o: &Obj, inst: &Instance) -> Value {
        let t = as_type(o.ty_obj());
        let existing = inst.dict.borrow().clone();
        if !existing.is_null() {
            return existing;
        }
        let dict = self.new_dict();
        let keys = t.keys.borrow().clone();
        let slots = std::mem::take(&mut *inst.slots.borrow_mut());
        let declared = t.slot_names.borrow().clone().unwrap_or_default();
        let mut keep = Vec::new();
        for (i, v) in slots.into_iter().enumerate() {
            let Some(k) = keys.get(i) else { continue };
            if declared.iter().any(|d| d.is(k)) {
                // __slots__ members stay in their slots.
                keep.push((i, v));
                continue;
            }
            if !v.is_null() {
                let _ = self.setitem(&dict, k.clone(), v);
            }
        }
        if !keep.is_empty() {
            let mut s = inst.slots.borrow_mut();
            for (i, v) in keep {
                if s.len() <= i {
                    s.resize(i + 1, Value::NULL);
                }
                s[i] = v;
            }
        }
        // The old value (NULL) is dropped after the borrow (see instance.rs).
        drop(inst.dict.replace(dict.clone()));
        types::instance_dict_made(o.ty_obj());
        dict
    }

    /// Set an attribute directly in an instance's storage (no descriptors or hooks).
    pub fn set_instance_attr_raw(&self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        if let Some(o) = obj.as_obj() {
            if let ObjKind::Instance(inst) = &o.kind {
                let n = self.intern(name);
                return self.store_instance_attr(as_type(o.ty_obj()), inst, obj, &n, value);
            }
        }
        Ok(())
    }

    fn set_class(&self, obj: &Value, value: &Value) -> PyResult<()> {
        let Some(nt) = type_obj(value) else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(value)
            )));
        };
        let Some(o) = obj.as_obj() else { return Ok(()) };
        let ot = as_type(o.ty_obj());
        if !nt.heap || !ot.heap || nt.base_kind != ot.base_kind {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                nt.name.borrow(),
                ot.name.borrow()
            )));
        }
        if let ObjKind::Instance(inst) = &o.kind {
            // Move attributes to a dict: the new class has its own key table.
            self.materialize_dict(o, inst);
        }
        // Code that took the object to stay of its class must know.
        crate::watch::version_changed(ot.version());
        o.set_ty(value);
        if let ObjKind::Instance(_) = &o.kind {
            // The new class has an instance with a dict now.
            types::instance_dict_made(o.ty_obj());
        }
        Ok(())
    }

    fn type_setattr(&self, cls: &Value, t: &TypeObj, name: &Value, value: Value) -> PyResult<()> {
        if !t.heap {
            let s = str_of(name).unwrap_or("?");
            return Err(self.type_error(format!(
                "cannot set '{s}' attribute of immutable type '{}'",
                t.name.borrow()
            )));
        }
        let meta = self.type_obj_of(cls);
        if as_type(meta).heap {
            if let Some(f) = self.user_dunder(cls, "__setattr__") {
                self.call_bound(&f, cls, &[cls.clone(), name.clone(), value])?;
                return Ok(());
            }
        }
        self.type_setattr_default(cls, name, value)
    }

    /// `type.__setattr__(cls, name, value)`: store in the class namespace
    /// (no metaclass hook) and invalidate the class's version.
    pub fn type_setattr_default(&self, cls: &Value, name: &Value, value: Value) -> PyResult<()> {
        let Some(t) = type_obj(cls) else {
            return Err(self.type_error("descriptor '__setattr__' requires a 'type' object"));
        };
        if !t.heap {
            let s = str_of(name).unwrap_or("?");
            return Err(self.type_error(format!(
                "cannot set '{s}' attribute of immutable type '{}'",
                t.name.borrow()
            )));
        }
        let s = str_of(name).unwrap_or("");
        match s {
            "__name__" => {
                *t.name.borrow_mut() = str_of(&value).unwrap_or("").into();
                return Ok(());
            }
            "__qualname__" => {
                *t.qualname.borrow_mut() = str_of(&value).unwrap_or("").into();
                return Ok(());
            }
            _ => {}
        }
        self.setitem(&t.dict, name.clone(), value)?;
        if let Some(o) = cls.as_obj() {
            types::invalidate(o);
        }
        Ok(())
    }

    /// `del obj.name`.
    pub fn delattr(&self, obj: &Value, name: &Value) -> PyResult<()> {
        let Some(o) = obj.as_obj() else {
            return Err(self.setattr_builtin_error(obj, name));
        };
        let s = str_of(name).unwrap_or("");
        match &o.kind {
            ObjKind::Type(t) => {
                if !t.heap {
                    return Err(self.type_error(format!(
                        "cannot delete '{s}' attribute of immutable type '{}'",
                        t.name.borrow()
                    )));
                }
                let h = self.hash(name)?;
                let ObjKind::Dict(d) = &t
                    .dict
                    .as_obj()
                    .map(|o| &o.kind)
                    .unwrap_or(&ObjKind::Singleton(""))
                else {
                    return Ok(());
                };
                if crate::dict::remove(self, d, name, h)?.is_none() {
                    return Err(self.err(
                        Exc::AttributeError,
                        format!("type object '{}' has no attribute '{s}'", t.name.borrow()),
                    ));
                }
                types::invalidate(o);
                return Ok(());
            }
            ObjKind::Module(m) => {
                return self.delitem(&m.dict, name).map_err(|_| {
                    self.err(
                        Exc::AttributeError,
                        format!(
                            "module '{}' has no attribute '{s}'",
                            str_of(&m.name).unwrap_or("?")
                        ),
                    )
                });
            }
            _ => {}
        }
        let t = as_type(o.ty_obj());
        if t.has_setattr.get() {
            if let Some(f) = self.user_dunder(obj, "__delattr__") {
                self.call_bound(&f, obj, &[obj.clone(), name.clone()])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&self, obj: &Value, name: &Value) -> PyResult<()> {
        let Some(o) = obj.as_obj() else {
            return Err(self.setattr_builtin_error(obj, name));
        };
        let t = as_type(o.ty_obj());
        if let Some(d) = types::lookup_name(t, name) {
            if let Some(r) = self.descr_set(&d, obj, None) {
                return r;
            }
        }
        match &o.kind {
            ObjKind::Instance(inst) => {
                let d = inst.dict.borrow().clone();
                if !d.is_null() {
                    return self.delitem(&d, name).map_err(|_| self.no_attr(obj, name));
                }
                if let Some(i) = t.key_index(name) {
                    let old = inst.slots.borrow_mut().get_mut(i).map(|v| v.take());
                    if let Some(old) = old {
                        if !old.is_null() {
                            return Ok(());
                        }
                    }
                }
                Err(self.no_attr(obj, name))
            }
            ObjKind::Function(f) => {
                let d = f.dict.borrow().clone();
                if !d.is_null() {
                    return self.delitem(&d, name).map_err(|_| self.no_attr(obj, name));
                }
                Err(self.no_attr(obj, name))
            }
            _ => Err(self.setattr_builtin_error(obj, name)),
        }
    }

    /// Set an attribute of a function object (its special fields or its `__dict__`).
    pub fn set_function_attr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let Some(ObjKind::Function(f)) = obj.as_obj().map(|o| &o.kind) else {
            return Err(self.setattr_builtin_error(obj, name));
        };
        let s = str_of(name).unwrap_or("");
        match s {
            "__name__" => *f.name.borrow_mut() = value,
            "__qualname__" => *f.qualname.borrow_mut() = value,
            "__doc__" => *f.doc.borrow_mut() = value,
            "__code__" => {
                let Some(ObjKind::Code(c)) = value.as_obj().map(|o| &o.kind) else {
                    return Err(self.type_error("__code__ must be set to a code object"));
                };
                let nfree = c.co.nfree();
                let nclosure = match f.closure.as_obj().map(|o| &o.kind) {
                    Some(ObjKind::Tuple(t)) => t.len(),
                    _ => 0,
                };
                if nclosure != nfree {
                    return Err(self.value_error(format!(
                        "{}() requires a code object with {nclosure} free vars, not {nfree}",
                        str_of(&f.name.borrow()).unwrap_or("?")
                    )));
                }
                let old = f.code.replace(value);
                f.new_version();
                // Frames running the old code borrow it from the function.
                f.retired_code.borrow_mut().push(old);
            }
            "__defaults__" => {
                if !value.is_none() && !self.isinstance_type(&value, &self.types.tuple) {
                    return Err(self.type_error("__defaults__ must be set to a tuple object"));
                }
                let old = f
                    .defaults
                    .replace(if value.is_none() { Value::NULL } else { value });
                f.new_version();
                drop(old);
            }
            "__kwdefaults__" => {
                if !value.is_none() && !self.isinstance_type(&value, &self.types.dict) {
                    return Err(self.type_error("__kwdefaults__ must be set to a dict object"));
                }
                let old = f
                    .kwdefaults
                    .replace(if value.is_none() { Value::NULL } else { value });
                f.new_version();
                drop(old);
            }
            "__annotations__" => *f.annotations.borrow_mut() = value,
            "__module__" => *f.module.borrow_mut() = value,
            _ => {
                let mut d = f.dict.borrow_mut();
                if d.is_null() {
                    *d = self.new_dict();
                }
                let dict = d.clone();
                drop(d);
                self.setitem(&dict, name.clone(), value)?;
            }
        }
        Ok(())
    }

    /// `obj.__dict__ = value`.
    pub fn set_instance_dict(&self, obj: &Value, value: Value) -> PyResult<()> {
        let Some(ObjKind::Instance(inst)) = obj.as_obj().map(|o| &o.kind) else {
            return Err(self.no_attr(obj, &self.intern("__dict__")));
        };
        if let Some(ObjKind::Dict(_)) = value.as_obj().map(|o| &o.kind) {
            // Dropped once the borrows ended: a `__del__` they run may
            // read the instance (see instance.rs).
            let old_dict = inst.dict.replace(value);
            let old_slots = std::mem::take(&mut *inst.slots.borrow_mut());
            if let Some(o) = obj.as_obj() {
                types::instance_dict_made(o.ty_obj());
            }
            drop((old_dict, old_slots));
            return Ok(());
        }
        Err(self.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            self.type_name(&value)
        )))
    }

    /// A read-only view of a class namespace (`C.__dict__`).
    pub fn mapping_proxy(&self, dict: &Value) -> Value {
        self.new_instance(
            &self.types.mappingproxy,
            crate::instance::Base::Value(dict.clone()),
        )
    }

    /// Is `v` a mappingproxy (which refuses stores)?
    pub fn is_mapping_proxy(&self, v: &Value) -> bool {
        v.as_obj()
            .is_some_and(|o| std::ptr::eq(o.ty_ptr(), self.types.mappingproxy.obj_ptr()))
    }

    /// The `__dict__` of an object, materialized if needed.
    pub fn obj_dict(&self, obj: &Value) -> Option<Value> {
        let o = obj.as_obj()?;
        match &o.kind {
            ObjKind::Instance(inst) => {
                let t = as_type(o.ty_obj());
                if !t.has_instance_dict.get() && inst.dict.borrow().is_null() {
                    return None;
                }
                Some(self.materialize_dict(o, inst))
            }
            ObjKind::Module(m) => Some(m.dict.clone()),
            // Read-only: writes to a class namespace must go through
            // `type.__setattr__`, which changes the class's version.
            ObjKind::Type(t) => Some(self.mapping_proxy(&t.dict)),
            ObjKind::Function(f) => {
                let mut d = f.dict.borrow_mut();
                if d.is_null() {
                    *d = self.new_dict();
                }
                Some(d.clone())
            }
            _ => None,
        }
    }
}
