//! The payload of module objects: a name and a namespace dict.

use crate::value::Value;

pub struct Module {
    pub name: Value,
    /// The module's globals (a dict object).
    pub dict: Value,
}
