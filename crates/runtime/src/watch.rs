//! Watchers: how tier 2 learns that something its executors rely on
//! changed (DESIGN §2, "Versions and watchers").
//!
//! A dict can be *watched* ([`watch_dict`]): every store into it, every
//! key added or removed, reaches the registered [`Watcher`], so that code
//! may treat the dict's values as constants and be invalidated when one
//! changes. A store to a key the dict has is told as a change of that
//! entry alone, so that a global a loop keeps assigning does not cost
//! the others their constancy. What a version tag stands for changing
//! reaches it too: a class modified (its tag changes, as its subclasses'
//! do), an instance leaving its class (`__class__` assignment: told as a
//! change of the old class's version, which stays), a function given new
//! code or defaults (its tag changes); class and function versions come
//! from one counter, so a version names one of them. The watcher answers a dict
//! change with how to go on watching it ([`Watch`]): an entry that
//! changes often stops being told, a dict whose keys change often stops
//! being watched. One watcher per thread (the VM's): the runtime never
//! names tier 2.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::ObjKind;
use crate::value::Value;

/// Told of changes to watched dicts and class versions.
pub trait Watcher {
    /// The watched dict `dict` (its [`dict_id`]) changed: `Some(i)`, a
    /// value was stored under the key of its entry `i` (nothing else
    /// changed); `None`, a key was added or removed, or the entries moved
    /// (entry numbers from before mean nothing now). Returns how to go
    /// on watching it. Must not touch any dict.
    fn dict_changed(&self, dict: usize, entry: Option<usize>) -> Watch;
    /// What version tag `version` stood for changed: the class or
    /// function that had it was modified (its tag changed), or an
    /// instance left the class that has it. Must not touch any dict.
    fn version_changed(&self, version: u32);
}

/// How a watched dict goes on after telling the watcher of a change.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Watch {
    /// Tell every change, as before.
    Keep,
    /// Stop telling stores to the entry that changed (until the entries
    /// move); tell the rest.
    QuietEntry,
    /// Stop watching the dict.
    Stop,
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

/// A watched dict changed (called by the dict with its table's id; see
/// [`Watcher::dict_changed`]).
#[cold]
#[inline(never)]
pub(crate) fn dict_changed(id: usize, entry: Option<usize>) -> Watch {
    match watcher() {
        Some(w) => w.dict_changed(id, entry),
        None => Watch::Stop,
    }
}

/// What version tag `version` stood for changed (see
/// [`Watcher::version_changed`]).
pub(crate) fn version_changed(version: u32) {
    if version == 0 {
        return;
    }
    if let Some(w) = watcher() {
        w.version_changed(version);
    }
}
