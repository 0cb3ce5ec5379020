//! `Value`: the 16-byte tagged representation of every Python value.
//!
//! ```text
//!  0        8        16
//!  +--------+--------+
//!  |  tag   | payload|    tag: u64 with pinned numbers (see `tag`)
//!  +--------+--------+    payload: i64 / f64 bits / bool / *const Obj
//! ```
//!
//! `None`, `bool`, ints that fit in 64 bits and floats are immediates and
//! never touch memory. Everything else is a thin pointer to a heap [`Obj`]
//! whose header holds the reference count and the type. `Clone` increments
//! the count and `Drop` decrements it; the native back end relies on this
//! exact layout, so the tag numbers are pinned and tested.
//!
//! # Unsafe
//! This module and `object.rs` are the only places that turn the payload
//! back into a reference. Invariant: a `Value` with tag `OBJ` always holds
//! one counted reference to a live `Obj`, so `as_obj` may hand out `&Obj`
//! for as long as the `Value` is borrowed.

use std::fmt;

use crate::object::{self, Obj};

/// Pinned tag numbers. Changing one breaks generated code.
pub mod tag {
    /// The empty value: an unbound local, an absent stack slot, "no self".
    pub const NULL: u64 = 0;
    pub const NONE: u64 = 1;
    pub const BOOL: u64 = 2;
    pub const INT: u64 = 3;
    pub const FLOAT: u64 = 4;
    pub const OBJ: u64 = 5;
}

#[repr(C)]
pub struct Value {
    tag: u64,
    payload: u64,
}

impl Value {
    pub const NULL: Value = Value {
        tag: tag::NULL,
        payload: 0,
    };
    pub const NONE: Value = Value {
        tag: tag::NONE,
        payload: 0,
    };
    pub const TRUE: Value = Value {
        tag: tag::BOOL,
        payload: 1,
    };
    pub const FALSE: Value = Value {
        tag: tag::BOOL,
        payload: 0,
    };

    #[inline(always)]
    pub fn int(i: i64) -> Value {
        Value {
            tag: tag::INT,
            payload: i as u64,
        }
    }
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value {
            tag: tag::FLOAT,
            payload: f.to_bits(),
        }
    }
    /// The immediate value of `tag` and `payload` (None, a bool, an int or a
    /// float: values that own nothing); None for any other tag.
    #[inline(always)]
    pub fn immediate(tag: u64, payload: u64) -> Value {
        match tag {
            tag::BOOL | tag::INT | tag::FLOAT => Value { tag, payload },
            _ => Value::NONE,
        }
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value {
            tag: tag::BOOL,
            payload: b as u64,
        }
    }
    /// Take ownership of one reference to `ptr`.
    ///
    /// # Safety
    /// `ptr` must point to a live `Obj` and the caller gives up one counted reference.
    #[inline(always)]
    pub(crate) unsafe fn from_raw(ptr: *const Obj) -> Value {
        Value {
            tag: tag::OBJ,
            payload: ptr as u64,
        }
    }

    #[inline(always)]
    pub fn tag(&self) -> u64 {
        self.tag
    }
    #[inline(always)]
    pub fn raw_payload(&self) -> u64 {
        self.payload
    }
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.tag == tag::NULL
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.tag == tag::NONE
    }
    #[inline(always)]
    pub fn is_obj(&self) -> bool {
        self.tag == tag::OBJ
    }
    #[inline(always)]
    pub fn as_int(&self) -> Option<i64> {
        if self.tag == tag::INT {
            Some(self.payload as i64)
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.tag == tag::FLOAT {
            Some(f64::from_bits(self.payload))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_bool(&self) -> Option<bool> {
        if self.tag == tag::BOOL {
            Some(self.payload != 0)
        } else {
            None
        }
    }
    /// An int or a bool as an i64 (bool is a subclass of int).
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.tag == tag::INT || self.tag == tag::BOOL {
            Some(self.payload as i64)
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&Obj> {
        if self.tag == tag::OBJ {
            // SAFETY: see the module invariant.
            Some(unsafe { &*(self.payload as *const Obj) })
        } else {
            None
        }
    }
    #[inline(always)]
    pub(crate) fn obj_ptr(&self) -> *const Obj {
        if self.tag == tag::OBJ {
            self.payload as *const Obj
        } else {
            std::ptr::null()
        }
    }
    /// Identity (`is`): same immediate or same object.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.tag == other.tag && self.payload == other.payload
    }
    /// A number identifying the value for `id()`; equal for `is`-identical values.
    pub fn id(&self) -> i64 {
        match self.tag {
            tag::OBJ => self.payload as i64,
            _ => (self.payload as i64)
                .wrapping_mul(31)
                .wrapping_add(self.tag as i64 * 8 + 0x1000),
        }
    }
    /// Replace with NULL, returning the old value.
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::NULL)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.tag == tag::OBJ {
            // SAFETY: see the module invariant.
            unsafe { object::incref(self.payload as *const Obj) };
        }
        Value {
            tag: self.tag,
            payload: self.payload,
        }
    }
}

impl Value {
    /// Drop this value unless it holds the last reference to its object
    /// (dropping it would free the object): then return it, for the
    /// caller to drop where a call costs less ([`crate::uops::Flow::Release`]).
    #[inline(always)]
    pub fn drop_unless_last(self) -> Option<Value> {
        // SAFETY: we own one reference, given up when the count is
        // decremented (the value is then forgotten).
        if self.tag == tag::OBJ
            && !unsafe { object::decref_unless_last(self.payload as *const Obj) }
        {
            return Some(self);
        }
        // An immediate owns nothing; an object's reference was given up.
        std::mem::forget(self);
        None
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.tag == tag::OBJ {
            // SAFETY: we own one reference.
            unsafe { object::decref(self.payload as *const Obj) };
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.tag {
            tag::NULL => write!(f, "NULL"),
            tag::NONE => write!(f, "None"),
            tag::BOOL => write!(f, "{}", if self.payload != 0 { "True" } else { "False" }),
            tag::INT => write!(f, "{}", self.payload as i64),
            tag::FLOAT => write!(f, "{:?}", f64::from_bits(self.payload)),
            _ => match self.as_obj() {
                Some(o) => write!(f, "<{} object>", o.type_name()),
                None => write!(f, "<bad value>"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::align_of::<Value>(), 8);
    }

    #[test]
    fn tags_are_pinned() {
        assert_eq!(Value::NULL.tag(), 0);
        assert_eq!(Value::NONE.tag(), 1);
        assert_eq!(Value::TRUE.tag(), 2);
        assert_eq!(Value::int(7).tag(), 3);
        assert_eq!(Value::float(1.5).tag(), 4);
        assert_eq!(Value::int(-3).as_int(), Some(-3));
        assert_eq!(
            Value::float(-0.0).as_float().map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
    }
}
