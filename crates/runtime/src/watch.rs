//! Watchers: how tier 2 learns that something its executors rely on
//! changed (DESIGN §2, "Versions and watchers").
//!
//! A dict can be *watched* ([`watch_dict`]): every store into it, every
//! key added or removed, reaches the registered [`Watcher`], so that code
//! may treat the dict's values as constants and be invalidated when one
//! changes. A class's version tag changing (the class or a base was
//! modified) reaches it too. The watcher answers a dict change with
//! whether to go on watching it: a dict that changes often stops being
//! watched. One watcher per thread (the VM's): the runtime never names
//! tier 2.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::ObjKind;
use crate::value::Value;

/// Told of changes to watched dicts and class versions.
pub trait Watcher {
    /// The watched dict `dict` (its [`dict_id`]) changed: a value was
    /// stored, or a key added or removed. Returns whether to go on
    /// watching it. Must not touch any dict.
    fn dict_changed(&self, dict: usize) -> bool;
    /// The class whose version tag was `version` was modified (its tag
    /// changed). Must not touch any dict.
    fn type_changed(&self, version: u32);
}

thread_local! {
    static WATCHER: RefCell<Option<Rc<dyn Watcher>>> = const { RefCell::new(None) };
}

/// Register the thread's watcher (`None`: no one watches).
pub fn set_watcher(w: Option<Rc<dyn Watcher>>) {
    WATCHER.with(|c| *c.borrow_mut() = w);
}

fn watcher() -> Option<Rc<dyn Watcher>> {
    WATCHER.try_with(|c| c.borrow().clone()).ok().flatten()
}

/// The identity of dict `d` for watchers (stable while it lives).
pub fn dict_id(d: &Value) -> Option<usize> {
    match d.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Dict(t)) => Some(t.as_ptr() as usize),
        _ => None,
    }
}

/// Watch dict `d`; returns its id, or `None` if it is not a dict or is
/// being changed right now.
pub fn watch_dict(d: &Value) -> Option<usize> {
    let Some(ObjKind::Dict(t)) = d.as_obj().map(|o| &o.kind) else {
        return None;
    };
    t.try_borrow_mut().ok()?.watched = true;
    Some(t.as_ptr() as usize)
}

/// A watched dict changed (called by the dict with its table's id).
#[cold]
#[inline(never)]
pub(crate) fn dict_changed(id: usize) -> bool {
    match watcher() {
        Some(w) => w.dict_changed(id),
        None => false,
    }
}

/// The class with version tag `version` got a new one.
pub(crate) fn type_changed(version: u32) {
    if version == 0 {
        return;
    }
    if let Some(w) = watcher() {
        w.type_changed(version);
    }
}
