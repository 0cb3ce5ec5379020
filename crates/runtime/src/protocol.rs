//! The abstract object protocol: truth, hashing, equality and ordering,
//! arithmetic dispatch, length, iteration, subscripts and membership —
//! for built-in values natively, and through dunder methods for instances
//! of Python-defined classes, in CPython's order (reflected operands of a
//! subclass first, `NotImplemented` falls through to the other side).

use std::cell::RefCell;
use std::cmp::Ordering;

use stitch_bytecode::{BinOp, CmpOp};

use crate::iter::{DictIterKind, IterState};
use crate::num::{self, IntRef, as_float, as_int};
use crate::object::{Obj, ObjKind};
use crate::types::{self, as_type};
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

/// Dunder names of binary operators: (method, reflected, in-place).
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op.base() {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        _ => ("", "", ""),
    }
}

pub fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

/// The built-in value behind `v`: for an instance of a subclass of a
/// built-in type, the value it extends; otherwise `v` itself.
#[inline]
pub fn builtin_view(v: &Value) -> &Value {
    if let Some(ObjKind::Instance(i)) = v.as_obj().map(|o| &o.kind) {
        if let Some(b) = i.base_value() {
            return b;
        }
    }
    v
}

pub fn str_of(v: &Value) -> Option<&str> {
    match &builtin_view(v).as_obj()?.kind {
        ObjKind::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

pub fn pystr_of(v: &Value) -> Option<&crate::str::PyStr> {
    match &builtin_view(v).as_obj()?.kind {
        ObjKind::Str(s) => Some(s),
        _ => None,
    }
}

impl Vm {
    // ----- types --------------------------------------------------------

    /// The type object of `v`.
    pub fn type_of(&self, v: &Value) -> Value {
        match v.tag() {
            crate::value::tag::NONE => self.types.none_type.clone(),
            crate::value::tag::BOOL => self.types.bool_.clone(),
            crate::value::tag::INT => self.types.int.clone(),
            crate::value::tag::FLOAT => self.types.float.clone(),
            crate::value::tag::NULL => self.types.none_type.clone(),
            _ => match v.as_obj() {
                Some(o) => o.ty(),
                None => self.types.none_type.clone(),
            },
        }
    }
    /// The type object of `v`, borrowed.
    pub fn type_obj_of<'a>(&'a self, v: &'a Value) -> &'a Obj {
        match v.as_obj() {
            Some(o) => o.ty_obj(),
            None => {
                let t = match v.tag() {
                    crate::value::tag::BOOL => &self.types.bool_,
                    crate::value::tag::INT => &self.types.int,
                    crate::value::tag::FLOAT => &self.types.float,
                    _ => &self.types.none_type,
                };
                t.as_obj()
                    .unwrap_or_else(|| crate::vm::invariant_broken("builtin type"))
            }
        }
    }
    pub fn type_name(&self, v: &Value) -> String {
        as_type(self.type_obj_of(v)).name.borrow().to_string()
    }
    /// Is the value's class defined in Python (so dunders may be overridden)?
    #[inline]
    pub fn is_heap_instance(&self, v: &Value) -> bool {
        match v.as_obj() {
            Some(o) => as_type(o.ty_obj()).heap,
            None => false,
        }
    }
    pub fn isinstance_type(&self, v: &Value, cls: &Value) -> bool {
        let t = self.type_obj_of(v);
        if std::ptr::eq(t, cls.obj_ptr()) {
            return true;
        }
        as_type(t).mro.borrow().iter().any(|m| m.is(cls))
    }
    /// Look up a dunder defined by a Python class along the MRO of `v`'s type.
    #[inline]
    pub fn user_dunder(&self, v: &Value, name: &str) -> Option<Value> {
        let t = as_type(self.type_obj_of(v));
        if !t.heap {
            // Built-in types (most operands) are answered without a lookup.
            return None;
        }
        heap_dunder(t, name)
    }
    /// Call a user-defined dunder of `v` if it has one.
    #[inline]
    pub fn call_dunder(&self, v: &Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
        let f = self.user_dunder(v, name)?;
        Some(self.call_dunder_found(&f, v, args))
    }
    fn call_dunder_found(&self, f: &Value, v: &Value, args: &[Value]) -> PyResult<Value> {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v.clone());
        all.extend_from_slice(args);
        self.call_bound(f, v, &all)
    }

    // ----- truth --------------------------------------------------------

    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        match v.tag() {
            crate::value::tag::BOOL | crate::value::tag::INT => return Ok(v.raw_payload() != 0),
            crate::value::tag::NONE | crate::value::tag::NULL => return Ok(false),
            crate::value::tag::FLOAT => return Ok(v.as_float() != Some(0.0)),
            _ => {}
        }
        let Some(o) = v.as_obj() else { return Ok(true) };
        if as_type(o.ty_obj()).heap {
            if let Some(r) = self.call_dunder(v, "__bool__", &[]) {
                let r = r?;
                return match r.as_bool() {
                    Some(b) => Ok(b),
                    None => Err(self.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(&r)
                    ))),
                };
            }
            if let Some(r) = self.call_dunder(v, "__len__", &[]) {
                let r = r?;
                return Ok(self.len_result(&r)? != 0);
            }
            if let ObjKind::Instance(i) = &o.kind {
                if let Some(b) = i.base_value() {
                    return self.truthy(b);
                }
                return Ok(true);
            }
        }
        Ok(match &o.kind {
            ObjKind::Str(s) => !s.is_empty(),
            ObjKind::BigInt(_) => true,
            ObjKind::Bytes(b) => !b.is_empty(),
            ObjKind::ByteArray(b) => !b.borrow().is_empty(),
            ObjKind::MemoryView(m) => m.len > 0,
            ObjKind::Tuple(t) => !t.is_empty(),
            ObjKind::List(l) => !l.borrow().is_empty(),
            ObjKind::Dict(d) => !d.borrow().is_empty(),
            ObjKind::Set(s) => !s.borrow().is_empty(),
            ObjKind::Range(r) => !r.is_empty(),
            ObjKind::DictView(d) => self.len(&d.0)? != 0,
            _ => true,
        })
    }

    // ----- hashing ------------------------------------------------------

    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(ObjKind::Str(s)) = v.as_obj().map(|o| &o.kind) {
            if !self.is_heap_instance(v) {
                return Ok(s.hash());
            }
        }
        if let Some(i) = v.as_small_int() {
            return Ok(stitch_pyfmt::hash::hash_int_i64(i));
        }
        if let Some(f) = v.as_float() {
            return Ok(stitch_pyfmt::hash::hash_float(f).unwrap_or_else(|| hash_pointer(v.id())));
        }
        if v.is_none() {
            return Ok(hash_pointer(0x5f5e_1000));
        }
        let Some(o) = v.as_obj() else { return Ok(0) };
        let t = as_type(o.ty_obj());
        if t.heap {
            match types::lookup_ex(t, "__hash__") {
                Some((h, true)) => {
                    if h.is_none() {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", t.name.borrow()))
                        );
                    }
                    let r = self.call_bound(&h, v, &[v.clone()])?;
                    return match as_int(&r) {
                        Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                        Some(IntRef::Big(b)) => Ok(stitch_pyfmt::hash::hash_bigint(b)),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
                _ => {
                    // A class that defines __eq__ without __hash__ is unhashable.
                    if t.dict_table().borrow().get_str("__eq__").is_some()
                        && t.dict_table().borrow().get_str("__hash__").is_none()
                    {
                        // __hash__ = None is set at class creation; nothing to do here.
                    }
                }
            }
            if let ObjKind::Instance(i) = &o.kind {
                if let Some(b) = i.base_value() {
                    return self.hash(b);
                }
                return Ok(hash_pointer(v.id()));
            }
        }
        match &o.kind {
            ObjKind::Str(s) => Ok(s.hash()),
            ObjKind::BigInt(b) => Ok(stitch_pyfmt::hash::hash_bigint(b)),
            ObjKind::Bytes(b) => Ok(stitch_pyfmt::hash::hash_bytes(b)),
            ObjKind::Tuple(items) => {
                let _g = self.enter_recursive(" while calling a Python object")?;
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hs.push(self.hash(it)?);
                }
                Ok(stitch_pyfmt::hash::hash_tuple(&hs))
            }
            ObjKind::Set(s)
                if std::ptr::eq(o.ty_ptr(), self.types.frozenset.obj_ptr())
                    || !self.is_mutable_set(o) =>
            {
                let hs: Vec<i64> = s.borrow().iter().map(|e| e.hash).collect();
                Ok(stitch_pyfmt::hash::hash_frozenset(&hs))
            }
            ObjKind::List(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::Slice(_)
            | ObjKind::DictView(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            ObjKind::Range(r) => {
                let len = r.len();
                let h = |i: i128| match i64::try_from(i) {
                    Ok(v) => stitch_pyfmt::hash::hash_int_i64(v),
                    Err(_) => stitch_pyfmt::hash::hash_bigint(&num_bigint::BigInt::from(i)),
                };
                let parts = [
                    h(len),
                    if len == 0 {
                        hash_pointer(0x5f5e_1000)
                    } else {
                        h(r.start)
                    },
                    if len <= 1 {
                        hash_pointer(0x5f5e_1000)
                    } else {
                        h(r.step)
                    },
                ];
                Ok(stitch_pyfmt::hash::hash_tuple(&parts))
            }
            ObjKind::Method(m) => {
                let a = self.hash(&m.1).unwrap_or(0);
                let b = hash_pointer(m.0.id());
                Ok(a ^ b)
            }
            _ => Ok(hash_pointer(v.id())),
        }
    }

    fn is_mutable_set(&self, o: &Obj) -> bool {
        types::is_subtype(&o.ty(), &self.types.set)
    }

    // ----- comparison ---------------------------------------------------

    /// `a == b` as a bool (identity implies equality, as containers assume).
    pub fn eq_bool(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = crate::dict::fast_eq(a, b) {
            if !self.is_heap_instance(a) && !self.is_heap_instance(b) {
                return Ok(r);
            }
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a op b`.
    pub fn compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            return Ok(Value::bool(cmp_holds(op, x.cmp(&y))));
        }
        let heap_a = self.is_heap_instance(a);
        let heap_b = self.is_heap_instance(b);
        if heap_a || heap_b {
            let (name, rname) = cmp_dunders(op);
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let b_first =
                !ta.is(&tb) && types::is_subtype(&tb, &ta) && self.user_dunder(b, rname).is_some();
            if b_first {
                if let Some(r) = self.call_dunder(b, rname, &[a.clone()]) {
                    let r = r?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(r) = self.call_dunder(a, name, &[b.clone()]) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            } else if op == CmpOp::Ne && self.user_dunder(a, "__eq__").is_some() {
                // Default __ne__ inverts __eq__.
                if let Some(r) = self.call_dunder(a, "__eq__", &[b.clone()]) {
                    let r = r?;
                    if !r.is(&self.not_implemented) {
                        return Ok(Value::bool(!self.truthy(&r)?));
                    }
                }
            } else if let Some(r) =
                self.native_compare(builtin_view(a), builtin_view(b), op, heap_a)
            {
                return r.map(Value::bool);
            }
            if !b_first {
                if let Some(r) = self.call_dunder(b, rname, &[a.clone()]) {
                    let r = r?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                } else if op == CmpOp::Ne && self.user_dunder(b, "__eq__").is_some() {
                    if let Some(r) = self.call_dunder(b, "__eq__", &[a.clone()]) {
                        let r = r?;
                        if !r.is(&self.not_implemented) {
                            return Ok(Value::bool(!self.truthy(&r)?));
                        }
                    }
                } else if let Some(r) =
                    self.native_compare(builtin_view(a), builtin_view(b), op, heap_b)
                {
                    return r.map(Value::bool);
                }
            }
        } else if let Some(r) = self.native_compare(a, b, op, false) {
            return r.map(Value::bool);
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparison of built-in values; `None` when the types don't compare.
    /// `wrapped` means `a` stood for an instance (identity is not enough).
    fn native_compare(
        &self,
        a: &Value,
        b: &Value,
        op: CmpOp,
        _wrapped: bool,
    ) -> Option<PyResult<bool>> {
        if let Some(ord) = num::num_cmp(a, b) {
            return Some(Ok(match ord {
                Some(o) => cmp_holds(op, o),
                None => op == CmpOp::Ne,
            }));
        }
        if a.is_none() || b.is_none() {
            return match op {
                CmpOp::Eq => Some(Ok(a.is(b))),
                CmpOp::Ne => Some(Ok(!a.is(b))),
                _ => None,
            };
        }
        let (oa, ob) = (a.as_obj()?, b.as_obj()?);
        use ObjKind::*;
        match (&oa.kind, &ob.kind) {
            (Str(x), Str(y)) => Some(Ok(cmp_holds(op, x.as_str().cmp(y.as_str())))),
            (Bytes(x), Bytes(y)) => Some(Ok(cmp_holds(op, x.cmp(y)))),
            (Bytes(_) | ByteArray(_) | MemoryView(_), Bytes(_) | ByteArray(_) | MemoryView(_)) => {
                crate::builtins::bytearray::compare(a, b, op)
            }
            (Tuple(x), Tuple(y)) => Some(self.seq_compare(x, y, op)),
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                Some(self.seq_compare(&x, &y, op))
            }
            (Dict(_), Dict(_)) => match op {
                CmpOp::Eq | CmpOp::Ne => Some(self.dict_eq(a, b).map(|e| e == (op == CmpOp::Eq))),
                _ => None,
            },
            (Set(_), Set(_)) => Some(self.set_compare(a, b, op)),
            (Range(x), Range(y)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let eq = x.len() == y.len()
                        && (x.is_empty()
                            || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                    Some(Ok(eq == (op == CmpOp::Eq)))
                }
                _ => None,
            },
            (DictView(_), _) | (_, DictView(_)) => {
                crate::builtins::containers_set::dictview_richcompare(self, a, b, op)
            }
            (Slice(x), Slice(y)) => Some(self.seq_compare(&x[..], &y[..], op)),
            (Method(x), Method(y)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    Some(Ok((x.0.is(&y.0) && x.1.is(&y.1)) == (op == CmpOp::Eq)))
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn seq_compare(&self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        let _g = self.enter_recursive(" in comparison")?;
        if (op == CmpOp::Eq || op == CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq_bool(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(p, q, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(cmp_holds(op, x.len().cmp(&y.len())))
    }

    fn dict_eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(ObjKind::Dict(x)), Some(ObjKind::Dict(y))) =
            (a.as_obj().map(|o| &o.kind), b.as_obj().map(|o| &o.kind))
        else {
            return Ok(false);
        };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items = x.borrow().items();
        for (k, v) in items {
            let h = self.hash(&k)?;
            match crate::dict::get(self, y, &k, h)? {
                Some(v2) => {
                    if !self.eq_bool(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let (la, lb) = (self.len(a)?, self.len(b)?);
        let sub = |x: &Value, y: &Value| -> PyResult<bool> {
            for k in self.set_keys(x) {
                if !self.contains(y, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => la == lb && sub(a, b)?,
            CmpOp::Ne => !(la == lb && sub(a, b)?),
            CmpOp::Le => la <= lb && sub(a, b)?,
            CmpOp::Lt => la < lb && sub(a, b)?,
            CmpOp::Ge => la >= lb && sub(b, a)?,
            CmpOp::Gt => la > lb && sub(b, a)?,
        })
    }

    /// The keys of a set, frozenset or dict view.
    pub fn set_keys(&self, v: &Value) -> Vec<Value> {
        match v.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Set(s)) => s.borrow().keys(),
            _ => self.to_vec(v).unwrap_or_default(),
        }
    }

    /// A set object holding the items of an iterable (dict views included).
    pub fn to_set_table(&self, v: &Value) -> PyResult<Value> {
        if let Some(ObjKind::Set(_)) = v.as_obj().map(|o| &o.kind) {
            return Ok(v.clone());
        }
        let s = self.new_set(crate::set::SetTable::new());
        self.set_update(&s, v)?;
        Ok(s)
    }

    /// Add every item of an iterable to a set object.
    pub fn set_update(&self, s: &Value, it: &Value) -> PyResult<()> {
        let Some(ObjKind::Set(cell)) = s.as_obj().map(|o| &o.kind) else {
            return Ok(());
        };
        if let Some(ObjKind::Set(other)) = builtin_view(it).as_obj().map(|o| &o.kind) {
            return crate::set::merge(self, cell, other);
        }
        if let Some(ObjKind::Dict(d)) = builtin_view(it).as_obj().map(|o| &o.kind) {
            let entries: Vec<(Value, i64)> =
                d.borrow().iter().map(|(k, _)| (k.clone(), 0)).collect();
            cell.borrow_mut().reserve_for_dict(entries.len());
            for (k, _) in entries {
                let h = self.hash(&k)?;
                crate::set::add(self, cell, k, h)?;
            }
            return Ok(());
        }
        self.for_each(it, |k| {
            let h = self.hash(&k)?;
            crate::set::add(self, cell, k, h)?;
            Ok(true)
        })
    }

    // ----- arithmetic ---------------------------------------------------

    /// `a op b` for every binary operator, in-place forms included.
    pub fn binary_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = num::num_binop(self, op, a, b) {
            if !self.is_heap_instance(a) && !self.is_heap_instance(b) {
                return r;
            }
        }
        let heap_a = self.is_heap_instance(a);
        let heap_b = self.is_heap_instance(b);
        if !heap_a && !heap_b {
            if let Some(r) = self.native_binop(a, b, op) {
                return r;
            }
            return Err(self.binop_type_error(a, b, op));
        }
        let (name, rname, iname) = binop_dunders(op);
        if op.is_inplace() {
            if let Some(r) = self.call_dunder(a, iname, &[b.clone()]) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = ta.is(&tb);
        let b_first = !same && types::is_subtype(&tb, &ta) && self.user_dunder(b, rname).is_some();
        if b_first {
            if let Some(r) = self.call_dunder(b, rname, &[a.clone()]) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match self.call_dunder(a, name, &[b.clone()]) {
            Some(r) => {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
            None => {
                // `%` formatting must see the right operand itself (its __str__, __missing__...).
                let rhs = if op.base() == BinOp::Remainder && str_of(a).is_some() {
                    b
                } else {
                    builtin_view(b)
                };
                let nop = if op.is_inplace() { op } else { op.base() };
                if let Some(r) = self.native_binop(builtin_view(a), rhs, nop) {
                    if let Ok(v) = &r {
                        if op.is_inplace() && v.is(builtin_view(a)) {
                            return Ok(a.clone());
                        }
                    }
                    if let Ok(v) = &r {
                        if !v.is(&self.not_implemented) {
                            return r;
                        }
                    } else {
                        return r;
                    }
                }
            }
        }
        if b_first {
            return Err(self.binop_type_error(a, b, op));
        }
        self.binary_op_reflected(a, b, op)
    }

    /// The rest of `a op b` once `a`'s own method (if any) declined and
    /// the right operand's reflected method was not due first: that
    /// reflected method, else a TypeError. (`BINARY_OP_PY_DUNDER` goes on
    /// here when the Python method it ran returned NotImplemented.)
    pub(crate) fn binary_op_reflected(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (name, rname, _) = binop_dunders(op);
        if !std::ptr::eq(self.type_obj_of(a), self.type_obj_of(b)) {
            if let Some(r) = self.call_dunder(b, rname, &[a.clone()]) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            } else if self.is_heap_instance(a)
                && !self.is_heap_instance(b)
                && self.user_dunder(a, name).is_some()
            {
                // a's own method declined; the built-in b's reflected method
                // accepts a subclass of its type (`Money(5) + 2.5`).
                if let Some(r) = self.native_binop(builtin_view(a), b, op.base()) {
                    return r;
                }
            }
        }
        Err(self.binop_type_error(a, b, op))
    }

    pub fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        if op.base() == BinOp::Power {
            return self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op.is_inplace() {
                    "**="
                } else {
                    "** or pow()"
                },
                self.type_name(a),
                self.type_name(b)
            ));
        }
        if op.base() == BinOp::Add && str_of(a).is_some() {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op.base() == BinOp::Add {
            if let Some(ObjKind::List(_)) = builtin_view(a).as_obj().map(|o| &o.kind) {
                if !op.is_inplace() {
                    return self.type_error(format!(
                        "can only concatenate list (not \"{}\") to list",
                        self.type_name(b)
                    ));
                }
            }
            if let Some(ObjKind::Bytes(_)) = builtin_view(a).as_obj().map(|o| &o.kind) {
                return self.type_error(format!(
                    "can't concat {} to {}",
                    self.type_name(b),
                    self.type_name(a)
                ));
            }
            if let Some(ObjKind::Tuple(_)) = builtin_view(a).as_obj().map(|o| &o.kind) {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ));
            }
        }
        if op.base() == BinOp::Multiply {
            // CPython's sequence_repeat, reached once neither operand's
            // number methods took the pair.
            let is_seq = |v: &Value| {
                matches!(
                    builtin_view(v).as_obj().map(|o| &o.kind),
                    Some(
                        ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Bytes(_)
                    )
                )
            };
            let other = if is_seq(a) {
                Some(b)
            } else if is_seq(b) {
                Some(a)
            } else {
                None
            };
            if let Some(n) = other.filter(|n| as_int(n).is_none()) {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(n)
                ));
            }
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Binary operators on built-in containers and strings.
    fn native_binop(&self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
        if let Some(r) = num::num_binop(self, op, a, b) {
            return Some(r);
        }
        let base = op.base();
        let oa = a.as_obj();
        let ob = b.as_obj();
        use ObjKind::*;
        let mutable_bytes =
            |o: Option<&Obj>| matches!(o.map(|o| &o.kind), Some(ByteArray(_) | MemoryView(_)));
        if mutable_bytes(oa) || mutable_bytes(ob) {
            return crate::builtins::bytearray::binop(self, a, b, op);
        }
        // `seq * n` and `n * seq`: the count, an int small or big (a big
        // one is an object too, so the patterns below cannot test for it).
        let count = match base {
            BinOp::Multiply if as_int(b).is_some() => Some(b),
            BinOp::Multiply if as_int(a).is_some() => Some(a),
            _ => None,
        };
        let seq_first = count.is_some_and(|n| n.is(b));
        match (oa.map(|o| &o.kind), ob.map(|o| &o.kind), base) {
            (Some(Str(x)), Some(Str(y)), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Some(Ok(self.new_str(s)))
            }
            (Some(Str(_)), _, BinOp::Remainder) => {
                Some(crate::builtins::percent_format(self, a, b))
            }
            (Some(Bytes(_)), _, BinOp::Remainder) => {
                Some(crate::builtins::percent_format(self, a, b))
            }
            (Some(Str(x)), _, BinOp::Multiply) | (_, Some(Str(x)), BinOp::Multiply)
                if count.is_some() =>
            {
                let n = if seq_first { b } else { a };
                Some(self.repeat_count(n).and_then(|n| {
                    let s = x.as_str();
                    let total = self.repeated_len(s.len(), n, "repeated string is too long")?;
                    if total == 0 {
                        return Ok(self.new_str(String::new()));
                    }
                    let mut r = String::new();
                    r.try_reserve_exact(total).map_err(|_| self.no_memory())?;
                    (0..n).for_each(|_| r.push_str(s));
                    Ok(self.new_str(r))
                }))
            }
            (Some(Bytes(x)), Some(Bytes(y)), BinOp::Add) => {
                Some(Ok(self.new_bytes([&x[..], &y[..]].concat())))
            }
            (Some(Bytes(x)), _, BinOp::Multiply) | (_, Some(Bytes(x)), BinOp::Multiply)
                if count.is_some() =>
            {
                let n = if seq_first { b } else { a };
                Some(self.repeat_count(n).and_then(|n| {
                    let r = self.repeated(x, n, "repeated bytes are too long")?;
                    Ok(self.new_bytes(r))
                }))
            }
            (Some(List(x)), Some(List(y)), BinOp::Add) if !op.is_inplace() => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Ok(self.new_list(v)))
            }
            (Some(List(x)), _, BinOp::Add) if op.is_inplace() => {
                let items = match self.to_vec(b) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                x.borrow_mut().extend(items);
                Some(Ok(a.clone()))
            }
            (Some(List(x)), _, BinOp::Multiply) | (_, Some(List(x)), BinOp::Multiply)
                if count.is_some() =>
            {
                let n = if seq_first { b } else { a };
                let n = match self.repeat_count(n) {
                    Ok(n) => n,
                    Err(e) => return Some(Err(e)),
                };
                let items = x.borrow().clone();
                let v = match self.repeated(&items, n, "") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                if op.is_inplace() && seq_first {
                    // The old items are dropped once the borrow ended (a
                    // `__del__` may read the list).
                    let old = std::mem::replace(&mut *x.borrow_mut(), v);
                    drop(old);
                    return Some(Ok(a.clone()));
                }
                Some(Ok(self.new_list(v)))
            }
            (Some(Tuple(x)), Some(Tuple(y)), BinOp::Add) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Some(Ok(self.new_tuple(v)))
            }
            (Some(Tuple(x)), _, BinOp::Multiply) | (_, Some(Tuple(x)), BinOp::Multiply)
                if count.is_some() =>
            {
                let n = if seq_first { b } else { a };
                Some(
                    self.repeat_count(n)
                        .and_then(|n| self.repeated(x, n, ""))
                        .map(|v| self.new_tuple(v)),
                )
            }
            (Some(Set(_)), Some(Set(_)), BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
                Some(crate::builtins::set_binop(self, a, b, op))
            }
            (Some(DictView(_)), _, BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor)
            | (_, Some(DictView(_)), BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
                match crate::builtins::containers_set::dictview_binop(self, a, b, base) {
                    Ok(r) if r.is(&self.not_implemented) => None,
                    r => Some(r),
                }
            }
            (Some(Type(_)), _, BinOp::Or) | (_, Some(Type(_)), BinOp::Or)
                if crate::builtins::alias::unionable(self, a)
                    && crate::builtins::alias::unionable(self, b) =>
            {
                Some(crate::builtins::alias::make_union(self, a, b))
            }
            (Some(Dict(x)), _, BinOp::Or) if op.is_inplace() => {
                let _ = x;
                Some(
                    crate::builtins::containers_dict::dict_update_arg(self, x, b)
                        .map(|_| a.clone()),
                )
            }
            (Some(Dict(x)), Some(Dict(_)), BinOp::Or) => {
                let target = if op.is_inplace() {
                    a.clone()
                } else {
                    let t = self.new_dict();
                    let items = x.borrow().items();
                    for (k, v) in items {
                        if let Err(e) = self.setitem(&t, k, v) {
                            return Some(Err(e));
                        }
                    }
                    t
                };
                Some(self.dict_update(&target, b).map(|_| target))
            }
            _ => None,
        }
    }

    /// The length of `n` repetitions of a sequence of `len` items (or
    /// bytes), or CPython's errors: past the largest size, the
    /// OverflowError `too_long` for str and bytes, a MemoryError for
    /// lists and tuples (an empty `too_long`).
    fn repeated_len(&self, len: usize, n: usize, too_long: &str) -> PyResult<usize> {
        match len.checked_mul(n) {
            Some(total) if total <= isize::MAX as usize => Ok(total),
            _ if too_long.is_empty() => Err(self.no_memory()),
            _ => Err(self.overflow_error(too_long)),
        }
    }
    /// `items` repeated `n` times (list, tuple, bytes and bytearray `*`):
    /// past the largest size, the OverflowError `too_long` (or a
    /// MemoryError if it is empty), and a MemoryError when that many
    /// cannot be allocated.
    pub(crate) fn repeated<T: Clone>(
        &self,
        items: &[T],
        n: usize,
        too_long: &str,
    ) -> PyResult<Vec<T>> {
        let total = self.repeated_len(items.len(), n, too_long)?;
        if total == 0 {
            return Ok(Vec::new());
        }
        let mut v = Vec::new();
        v.try_reserve_exact(total).map_err(|_| self.no_memory())?;
        (0..n).for_each(|_| v.extend_from_slice(items));
        Ok(v)
    }
    /// A MemoryError (without arguments, as CPython raises it).
    fn no_memory(&self) -> PyErr {
        self.err_args(Exc::MemoryError, vec![])
    }

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        match as_int(n) {
            Some(IntRef::Small(i)) => Ok(i.max(0) as usize),
            // Past 64 bits, negative or not: CPython's `PyNumber_AsSsize_t`
            // with an OverflowError.
            Some(IntRef::Big(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(n)
            ))),
        }
    }

    pub fn unary_negative(&self, v: &Value) -> PyResult<Value> {
        if let Some(i) = v.as_small_int() {
            return Ok(match i.checked_neg() {
                Some(n) => Value::int(n),
                None => self.new_bigint(-num_bigint::BigInt::from(i)),
            });
        }
        if let Some(f) = v.as_float() {
            return Ok(Value::float(-f));
        }
        if let Some(r) = self.call_dunder(v, "__neg__", &[]) {
            return r;
        }
        match as_int(v) {
            Some(IntRef::Big(b)) => Ok(self.new_bigint(-b.clone())),
            Some(IntRef::Small(i)) => self.unary_negative(&Value::int(i)),
            None => match as_float(v) {
                Some(f) => Ok(Value::float(-f)),
                None => Err(self.type_error(format!(
                    "bad operand type for unary -: '{}'",
                    self.type_name(v)
                ))),
            },
        }
    }
    pub fn unary_positive(&self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_dunder(v, "__pos__", &[]) {
            return r;
        }
        if let Some(b) = v.as_bool() {
            return Ok(Value::int(b as i64));
        }
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Value::int(i)),
            Some(IntRef::Big(b)) => Ok(self.new_bigint(b.clone())),
            None => match as_float(v) {
                Some(f) => Ok(Value::float(f)),
                None => Err(self.type_error(format!(
                    "bad operand type for unary +: '{}'",
                    self.type_name(v)
                ))),
            },
        }
    }
    pub fn unary_invert(&self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_dunder(v, "__invert__", &[]) {
            return r;
        }
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Value::int(!i)),
            Some(IntRef::Big(b)) => Ok(self.new_bigint(!b.clone())),
            None => Err(self.type_error(format!(
                "bad operand type for unary ~: '{}'",
                self.type_name(v)
            ))),
        }
    }

    // ----- length, containers -------------------------------------------

    pub fn len_result(&self, r: &Value) -> PyResult<usize> {
        match as_int(r) {
            Some(IntRef::Small(i)) if i >= 0 => Ok(i as usize),
            Some(IntRef::Small(_)) | Some(IntRef::Big(_))
                if as_int(r).is_some_and(|i| i.is_negative()) =>
            {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Some(_) => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    #[inline]
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        // The common built-in containers first, without a dunder lookup.
        match builtin_len(v) {
            Some(n) => Ok(n),
            None => self.len_general(v),
        }
    }

    fn len_general(&self, v: &Value) -> PyResult<usize> {
        if let Some(r) = self.call_dunder(v, "__len__", &[]) {
            return self.len_result(&r?);
        }
        let bv = builtin_view(v);
        match bv.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Str(s)) => Ok(s.len()),
            Some(ObjKind::Bytes(b)) => Ok(b.len()),
            Some(ObjKind::ByteArray(b)) => Ok(b.borrow().len()),
            Some(ObjKind::MemoryView(m)) => Ok(m.len),
            Some(ObjKind::Tuple(t)) => Ok(t.len()),
            Some(ObjKind::List(l)) => Ok(l.borrow().len()),
            Some(ObjKind::Dict(d)) => Ok(d.borrow().len()),
            Some(ObjKind::Set(s)) => Ok(s.borrow().len()),
            Some(ObjKind::Range(r)) => usize::try_from(r.len())
                .ok()
                .filter(|n| *n <= i64::MAX as usize)
                .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t")),
            Some(ObjKind::DictView(d)) => self.len(&d.0),
            _ => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_dunder(container, "__contains__", &[item.clone()]) {
            return self.truthy(&r?);
        }
        let c = builtin_view(container);
        match c.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Str(s)) => match str_of(item) {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_) | ObjKind::MemoryView(_)) => {
                let b = crate::builtins::strings::buffer_of(c).unwrap_or_default();
                match crate::builtins::strings::buffer_of(item) {
                    Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                    _ => match as_int(item) {
                        Some(IntRef::Small(i)) if (0..256).contains(&i) => {
                            Ok(b.contains(&(i as u8)))
                        }
                        Some(_) => Err(self.value_error("byte must be in range(0, 256)")),
                        None => Err(self.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            self.type_name(item)
                        ))),
                    },
                }
            }
            Some(ObjKind::Tuple(t)) => self.tuple_contains(t, item),
            Some(ObjKind::List(l)) => self.list_contains(l, item),
            Some(ObjKind::Dict(d)) => {
                let h = self.hash(item)?;
                Ok(crate::dict::find(self, d, item, h)?.is_some())
            }
            Some(ObjKind::Set(s)) => {
                let h = match self.hash(item) {
                    Ok(h) => h,
                    Err(e) => {
                        // `{1} in set_of_frozensets` tests a set as a frozenset.
                        if let Some(ObjKind::Set(inner)) = item.as_obj().map(|o| &o.kind) {
                            let hs: Vec<i64> = inner.borrow().iter().map(|e| e.hash).collect();
                            stitch_pyfmt::hash::hash_frozenset(&hs)
                        } else {
                            return Err(e);
                        }
                    }
                };
                crate::set::contains(self, s, item, h)
            }
            Some(ObjKind::Range(r)) => {
                let exact_int = item.as_small_int().is_some()
                    || matches!(item.as_obj().map(|o| &o.kind), Some(ObjKind::BigInt(_)));
                if exact_int {
                    let Some(i) =
                        as_int(item).and_then(|i| num_traits::ToPrimitive::to_i128(&i.to_big()))
                    else {
                        return Ok(false);
                    };
                    let r = *r;
                    let ok = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    return Ok(ok && (i - r.start) % r.step == 0);
                }
                self.contains_by_iter(container, item)
            }
            Some(ObjKind::DictView(d)) => match d.1 {
                DictIterKind::Keys => self.contains(&d.0, item),
                DictIterKind::Values => self.contains_by_iter(container, item),
                DictIterKind::Items => {
                    let Some(ObjKind::Tuple(kv)) = item.as_obj().map(|o| &o.kind) else {
                        return Ok(false);
                    };
                    if kv.len() != 2 {
                        return Ok(false);
                    }
                    match self.getitem_opt(&d.0, &kv[0])? {
                        Some(v) => self.eq_bool(&v, &kv[1]),
                        None => Ok(false),
                    }
                }
            },
            _ => self.contains_by_iter(container, item),
        }
    }

    /// `item in tuple` (CPython's tuplecontains): `x == item` for each
    /// item x in order, identity first, until one is true.
    pub fn tuple_contains(&self, items: &[Value], item: &Value) -> PyResult<bool> {
        let mut i = 0;
        loop {
            let x = loop {
                let Some(x) = items.get(i) else {
                    return Ok(false);
                };
                match self.pure_eq(x, item) {
                    Some(true) => return Ok(true),
                    Some(false) => i += 1,
                    None => break x,
                }
            };
            if self.eq_bool(x, item)? {
                return Ok(true);
            }
            i += 1;
        }
    }

    /// `item in list` (CPython's list_contains): as [`Vm::tuple_contains`];
    /// the list may change (even shrink) while `__eq__` methods run.
    pub fn list_contains(&self, items: &RefCell<Vec<Value>>, item: &Value) -> PyResult<bool> {
        let mut i = 0;
        loop {
            // Compare without Python code for as long as possible.
            let x = {
                let items = items.borrow();
                loop {
                    let Some(x) = items.get(i) else {
                        return Ok(false);
                    };
                    match self.pure_eq(x, item) {
                        Some(true) => return Ok(true),
                        Some(false) => i += 1,
                        None => break x.clone(),
                    }
                }
            };
            if self.eq_bool(&x, item)? {
                return Ok(true);
            }
            i += 1;
        }
    }

    /// `x == item` when it runs no Python code: identity, two ints, or two
    /// built-in values `fast_eq` knows; None when `__eq__` must be asked.
    #[inline(always)]
    fn pure_eq(&self, x: &Value, item: &Value) -> Option<bool> {
        if x.is(item) {
            return Some(true);
        }
        if let (Some(a), Some(b)) = (x.as_int(), item.as_int()) {
            return Some(a == b);
        }
        let r = crate::dict::fast_eq(x, item)?;
        (!self.is_heap_instance(x) && !self.is_heap_instance(item)).then_some(r)
    }

    fn contains_by_iter(&self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, Exc::TypeError) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `d.get(k)` semantics for any mapping: `None` if the key is missing.
    pub fn getitem_opt(&self, d: &Value, k: &Value) -> PyResult<Option<Value>> {
        if let Some(ObjKind::Dict(t)) = d.as_obj().map(|o| &o.kind) {
            let h = self.hash(k)?;
            return crate::dict::get(self, t, k, h);
        }
        match self.getitem(d, k) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, Exc::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Update a dict with a mapping or an iterable of pairs.
    pub fn dict_update(&self, target: &Value, other: &Value) -> PyResult<()> {
        if let Some(ObjKind::Dict(src)) = builtin_view(other).as_obj().map(|o| &o.kind) {
            if !self.is_heap_instance(other) || self.user_dunder(other, "keys").is_none() {
                let items = src.borrow().items();
                for (k, v) in items {
                    self.setitem(target, k, v)?;
                }
                return Ok(());
            }
        }
        if self.has_attr(other, "keys")? {
            let keys = self.call_method(other, "keys", &[])?;
            for k in self.to_vec(&keys)? {
                let v = self.getitem(other, &k)?;
                self.setitem(target, k, v)?;
            }
            return Ok(());
        }
        let mut idx = 0;
        self.for_each(other, |pair| {
            let kv = match self.to_vec(&pair) {
                Ok(kv) => kv,
                Err(_) => {
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{idx} to a sequence"
                    )));
                }
            };
            if kv.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{idx} has length {}; 2 is required",
                    kv.len()
                )));
            }
            let mut kv = kv.into_iter();
            let (k, v) = (kv.next().unwrap_or_default(), kv.next().unwrap_or_default());
            self.setitem(target, k, v)?;
            idx += 1;
            Ok(true)
        })
    }

    // ----- iteration ----------------------------------------------------

    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        if self.is_heap_instance(v) {
            if let Some(r) = self.call_dunder(v, "__iter__", &[]) {
                let it = r?;
                if !self.is_iterator(&it) {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                return Ok(it);
            }
            let has_builtin_iter =
                types::lookup(as_type(self.type_obj_of(v)), "__iter__").is_some();
            if !has_builtin_iter && self.user_dunder(v, "__getitem__").is_some() {
                return Ok(self.new_iter(
                    IterState::GetItem {
                        obj: v.clone(),
                        idx: 0,
                    },
                    &self.types.seq_iterator,
                ));
            }
        }
        let bv = builtin_view(v);
        let Some(o) = bv.as_obj() else {
            return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
        };
        let t = &self.types;
        Ok(match &o.kind {
            ObjKind::List(_) => self.new_iter(
                IterState::Seq {
                    seq: bv.clone(),
                    idx: 0,
                },
                &t.list_iterator,
            ),
            ObjKind::Tuple(_) => self.new_iter(
                IterState::Seq {
                    seq: bv.clone(),
                    idx: 0,
                },
                &t.tuple_iterator,
            ),
            ObjKind::Str(_) => self.new_iter(
                IterState::Seq {
                    seq: bv.clone(),
                    idx: 0,
                },
                &t.str_iterator,
            ),
            ObjKind::Bytes(_) => self.new_iter(
                IterState::Seq {
                    seq: bv.clone(),
                    idx: 0,
                },
                &t.bytes_iterator,
            ),
            ObjKind::ByteArray(_) => self.new_iter(
                IterState::Seq {
                    seq: bv.clone(),
                    idx: 0,
                },
                &t.bytearray_iterator,
            ),
            ObjKind::Range(r) => self.new_iter(
                IterState::Range {
                    next: r.start,
                    left: r.len(),
                    step: r.step,
                },
                &t.range_iterator,
            ),
            ObjKind::Dict(d) => {
                let used = d.borrow().len();
                self.new_iter(
                    IterState::Dict {
                        dict: bv.clone(),
                        pos: 0,
                        used,
                        kind: DictIterKind::Keys,
                    },
                    &t.dict_keyiterator,
                )
            }
            ObjKind::DictView(view) => {
                let used = self.len(&view.0)?;
                let ty = match view.1 {
                    DictIterKind::Keys => &t.dict_keyiterator,
                    DictIterKind::Values => &t.dict_valueiterator,
                    DictIterKind::Items => &t.dict_itemiterator,
                };
                self.new_iter(
                    IterState::Dict {
                        dict: view.0.clone(),
                        pos: 0,
                        used,
                        kind: view.1,
                    },
                    ty,
                )
            }
            ObjKind::Set(s) => {
                let used = s.borrow().len();
                self.new_iter(
                    IterState::Set {
                        set: bv.clone(),
                        pos: 0,
                        used,
                    },
                    &t.set_iterator,
                )
            }
            ObjKind::Iter(_) => v.clone(),
            ObjKind::Generator(g) if g.kind == crate::generator::GenKind::Generator => v.clone(),
            _ => {
                // Objects of built-in classes written with native methods (sys.stdin...).
                if let Some(f) = types::lookup(as_type(o.ty_obj()), "__iter__") {
                    return self.call_bound(&f, v, &[v.clone()]);
                }
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                );
            }
        })
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Iter(_)) => true,
            Some(ObjKind::Generator(g)) => g.kind == crate::generator::GenKind::Generator,
            _ => self.user_dunder(v, "__next__").is_some(),
        }
    }

    /// Advance an iterator: `Ok(None)` when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        let Some(o) = it.as_obj() else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match &o.kind {
            // A subclass (`class E(enumerate)`) may override `__next__`.
            ObjKind::Iter(state) if !as_type(o.ty_obj()).heap => {
                crate::builtins::iter_next(self, state)
            }
            ObjKind::Generator(g) if g.kind == crate::generator::GenKind::Generator => {
                self.gen_next(g)
            }
            _ => {
                let f = self
                    .user_dunder(it, "__next__")
                    .or_else(|| types::lookup(as_type(o.ty_obj()), "__next__"))
                    .ok_or_else(|| {
                        self.type_error(format!(
                            "'{}' object is not an iterator",
                            self.type_name(it)
                        ))
                    })?;
                match self.call_bound(&f, it, &[it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, Exc::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Call `f` on each item of an iterable until it returns `Ok(false)`.
    pub fn for_each(
        &self,
        iterable: &Value,
        mut f: impl FnMut(Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let bv = builtin_view(iterable);
        if !self.is_heap_instance(iterable) || self.user_dunder(iterable, "__iter__").is_none() {
            match bv.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Tuple(t)) => {
                    for x in t.iter() {
                        if !f(x.clone())? {
                            break;
                        }
                    }
                    return Ok(());
                }
                Some(ObjKind::List(l)) => {
                    let mut i = 0;
                    loop {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => return Ok(()),
                        };
                        if !f(x)? {
                            return Ok(());
                        }
                        i += 1;
                    }
                }
                _ => {}
            }
        }
        let it = self.iter(iterable)?;
        if let Some(ObjKind::Generator(g)) = it.as_obj().map(|o| &o.kind) {
            if g.kind == crate::generator::GenKind::Generator {
                return self.gen_for_each(g, f);
            }
        }
        while let Some(x) = self.next(&it)? {
            if !f(x)? {
                break;
            }
        }
        Ok(())
    }

    /// Collect an iterable into a vector.
    pub fn to_vec(&self, iterable: &Value) -> PyResult<Vec<Value>> {
        let bv = builtin_view(iterable);
        if !self.is_heap_instance(iterable) || self.user_dunder(iterable, "__iter__").is_none() {
            match bv.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Tuple(t)) => return Ok(t.to_vec()),
                Some(ObjKind::List(l)) => return Ok(l.borrow().clone()),
                _ => {}
            }
        }
        // Collected in a spare vector, then copied into one of the exact
        // size (a tuple made of it needs no shrinking reallocation).
        let mut buf = self
            .scratch_vecs
            .try_borrow_mut()
            .ok()
            .and_then(|mut s| s.pop())
            .unwrap_or_default();
        let r = self.for_each(iterable, |x| {
            buf.push(x);
            Ok(true)
        });
        let out = match r {
            Ok(()) => {
                let mut out = Vec::with_capacity(buf.len());
                out.append(&mut buf);
                Ok(out)
            }
            Err(e) => {
                buf.clear();
                Err(e)
            }
        };
        if buf.capacity() <= 4096 {
            if let Ok(mut s) = self.scratch_vecs.try_borrow_mut() {
                if s.len() < 16 {
                    s.push(buf);
                }
            }
        }
        out
    }

    // ----- subscripts ---------------------------------------------------

    pub fn getitem(&self, container: &Value, key: &Value) -> PyResult<Value> {
        if self.is_heap_instance(container) {
            if let Some(r) = self.call_dunder(container, "__getitem__", &[key.clone()]) {
                return r;
            }
        }
        if let Some(ObjKind::Type(t)) = container.as_obj().map(|o| &o.kind) {
            // `list[int]` and friends: generic aliases are just the class here.
            if let Some(f) = types::lookup(t, "__class_getitem__") {
                return self.call_bound_class(&f, container, &[key.clone()]);
            }
            if !t.heap {
                return crate::builtins::alias::generic_alias(self, container, key);
            }
            return Err(self.type_error(format!("type '{}' is not subscriptable", t.name.borrow())));
        }
        crate::builtins::getitem_native(self, builtin_view(container), key, container)
    }

    pub fn setitem(&self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if self.is_mapping_proxy(container) {
            return Err(self.type_error("'mappingproxy' object does not support item assignment"));
        }
        if self.is_heap_instance(container) {
            if let Some(r) =
                self.call_dunder(container, "__setitem__", &[key.clone(), value.clone()])
            {
                return r.map(|_| ());
            }
        }
        crate::builtins::setitem_native(self, builtin_view(container), key, value, container)
    }

    pub fn delitem(&self, container: &Value, key: &Value) -> PyResult<()> {
        if self.is_mapping_proxy(container) {
            return Err(self.type_error("'mappingproxy' object does not support item deletion"));
        }
        if self.is_heap_instance(container) {
            if let Some(r) = self.call_dunder(container, "__delitem__", &[key.clone()]) {
                return r.map(|_| ());
            }
        }
        crate::builtins::delitem_native(self, builtin_view(container), key, container)
    }

    /// Guard against unbounded recursion in native algorithms (repr, eq, hash
    /// of deeply nested containers): counts toward the recursion limit.
    pub fn enter_recursive(&self, what: &'static str) -> PyResult<RecursionGuard<'_>> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() + 50
            || self.native_depth.get() > crate::vm::MAX_NATIVE_DEPTH
        {
            return Err(self.err(
                Exc::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth.set(d);
        Ok(RecursionGuard { vm: self })
    }
}

pub struct RecursionGuard<'a> {
    vm: &'a Vm,
}

impl Drop for RecursionGuard<'_> {
    fn drop(&mut self) {
        self.vm.depth.set(self.vm.depth.get() - 1);
    }
}

#[inline]
pub fn cmp_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// CPython's pointer hash: the address rotated by 4 bits.
pub fn hash_pointer(p: i64) -> i64 {
    let y = (p as u64).rotate_right(4) as i64;
    if y == -1 { -2 } else { y }
}

/// `name` along the MRO of the Python-defined class `t`, if a Python-defined class defines it.
#[inline(never)]
fn heap_dunder(t: &crate::types::TypeObj, name: &str) -> Option<Value> {
    match types::lookup_ex(t, name) {
        Some((f, true)) => Some(f),
        _ => None,
    }
}

/// `len(v)` of an exact built-in list, tuple, str, dict or set (whose
/// length is a field: no `__len__` to look up, no code to run); None for
/// anything else.
#[inline(always)]
pub fn builtin_len(v: &Value) -> Option<usize> {
    let o = v.as_obj()?;
    if as_type(o.ty_obj()).heap {
        return None;
    }
    match &o.kind {
        ObjKind::List(l) => l.try_borrow().ok().map(|l| l.len()),
        ObjKind::Tuple(t) => Some(t.len()),
        ObjKind::Str(s) => Some(s.len()),
        ObjKind::Dict(d) => d.try_borrow().ok().map(|d| d.len()),
        ObjKind::Set(s) => s.try_borrow().ok().map(|s| s.len()),
        _ => None,
    }
}
