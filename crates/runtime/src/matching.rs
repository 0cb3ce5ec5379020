//! Run-time support of the `match` statement: which subjects are
//! sequences and mappings, key lookup for mapping patterns and attribute
//! extraction for class patterns (CPython's `match_keys`/`match_class`).

use crate::object::ObjKind;
use crate::protocol::str_of;
use crate::types::{BaseKind, TypeObj, collection, type_obj};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// The collection flags that apply to instances of `t`: the nearest class
/// in its MRO that is flagged (or is a built-in sequence or mapping) decides.
fn collection_kind(t: &TypeObj) -> u8 {
    for c in t.mro.borrow().iter() {
        let Some(ct) = type_obj(c) else { continue };
        let own = ct.collection_flags.get();
        if own != 0 {
            return own;
        }
        match ct.base_kind {
            BaseKind::List | BaseKind::Tuple => return collection::SEQUENCE,
            BaseKind::Dict => return collection::MAPPING,
            BaseKind::Str | BaseKind::Bytes => return 0,
            _ => {}
        }
    }
    0
}

impl Vm {
    /// Is `v` a sequence to a sequence pattern (`str`, `bytes` and
    /// `bytearray` are not)?
    pub fn match_is_sequence(&self, v: &Value) -> bool {
        if let Some(ObjKind::Range(_)) = v.as_obj().map(|o| &o.kind) {
            return true;
        }
        let t = self.type_of(v);
        type_obj(&t).is_some_and(|t| collection_kind(t) == collection::SEQUENCE)
    }

    /// Is `v` a mapping to a mapping pattern?
    pub fn match_is_mapping(&self, v: &Value) -> bool {
        if self.is_mapping_proxy(v) {
            return true;
        }
        let t = self.type_of(v);
        type_obj(&t).is_some_and(|t| collection_kind(t) == collection::MAPPING)
    }

    /// Registering `sub` with the collection ABC `abc` makes it a sequence
    /// or mapping to `match`, unless it is a built-in type (those keep
    /// what they are: `bytes` is registered as a `Sequence` but does not
    /// match sequence patterns) or already one of the two.
    pub fn inherit_collection_flags(&self, abc: &Value, sub: &Value) {
        let (Some(a), Some(s)) = (type_obj(abc), type_obj(sub)) else {
            return;
        };
        let flags = collection_kind(a);
        if flags != 0 && s.heap && collection_kind(s) == 0 {
            s.collection_flags.set(flags);
        }
    }

    /// The values of `keys` in the mapping `subject` (a tuple), or None if
    /// one is missing. Looked up with `subject.get(key, <sentinel>)`, so
    /// `__missing__` is never triggered.
    pub fn match_keys(&self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.to_vec(keys)?;
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let exact_dict = self.type_of(subject).is(&self.types.dict);
        let get = if exact_dict {
            None
        } else {
            Some(self.getattr_str(subject, "get")?)
        };
        let sentinel = self.new_list(Vec::new());
        let mut values = Vec::with_capacity(keys.len());
        for (i, key) in keys.iter().enumerate() {
            for seen in &keys[..i] {
                if self.eq_bool(seen, key)? {
                    let r = self.repr(key)?;
                    let r = str_of(&r).unwrap_or("");
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({r})"))
                    );
                }
            }
            let v = match &get {
                None => self.getitem_opt(subject, key)?,
                Some(get) => {
                    let v = self.call(get, &[key.clone(), sentinel.clone()], &[])?;
                    (!v.is(&sentinel)).then_some(v)
                }
            };
            match v {
                Some(v) => values.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// The attributes a class pattern `cls(<nargs positional>, names...)`
    /// extracts from `subject` (a tuple), or None if it does not match.
    pub fn match_class(
        &self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Some(t) = type_obj(cls) else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !crate::builtins::funcs::class_check(self, subject, cls, false, 0)? {
            return Ok(Value::NONE);
        }
        let tname = t.name.borrow().to_string();
        let mut seen: Vec<Value> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args = self.getattr_opt(cls, &self.intern("__match_args__"))?;
            let match_self = match_args.is_none()
                && matches!(
                    t.base_kind,
                    BaseKind::Int
                        | BaseKind::Bool
                        | BaseKind::Float
                        | BaseKind::Str
                        | BaseKind::Bytes
                        | BaseKind::Tuple
                        | BaseKind::List
                        | BaseKind::Dict
                        | BaseKind::Set
                        | BaseKind::FrozenSet
                );
            let match_args = match match_args {
                None => Vec::new(),
                Some(m) => match m.as_obj().map(|o| &o.kind) {
                    Some(ObjKind::Tuple(items)) if self.type_of(&m).is(&self.types.tuple) => {
                        items.to_vec()
                    }
                    _ => {
                        return Err(self.type_error(format!(
                            "{tname}.__match_args__ must be a tuple (got {})",
                            self.type_name(&m)
                        )));
                    }
                },
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let s = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{tname}() accepts {allowed} positional sub-pattern{s} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    if str_of(name).is_none() {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    }
                    match self.match_class_attr(subject, &tname, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::NONE),
                    }
                }
            }
        }
        for name in self.to_vec(names)? {
            match self.match_class_attr(subject, &tname, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// One attribute of a class pattern; a missing attribute is no match.
    fn match_class_attr(
        &self,
        subject: &Value,
        tname: &str,
        name: &Value,
        seen: &mut Vec<Value>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| str_of(s) == str_of(name)) {
            let r = self.repr(name)?;
            let r = str_of(&r).unwrap_or("");
            return Err(self.type_error(format!(
                "{tname}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.clone());
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, Exc::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
