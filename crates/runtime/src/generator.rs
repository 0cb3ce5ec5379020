//! Generator objects. A generator owns its frame (with its own value
//! window) between resumptions; `None` once it has finished.

use std::cell::{Cell, RefCell};

use crate::frame::Frame;
use crate::value::Value;

/// What kind of suspendable function made the object (its type tells too).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    /// An `async def` without `yield` (PEP 492).
    Coroutine,
    /// An `async def` with `yield` (PEP 525).
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use for it.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct Generator {
    pub kind: GenKind,
    /// An async generator that was closed (`aclose()`, or it finished by
    /// raising StopAsyncIteration or GeneratorExit).
    pub closed: Cell<bool>,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// Has it been resumed at least once (so `send` may pass non-None)?
    pub started: Cell<bool>,
    pub name: Value,
    pub qualname: Value,
    /// The exception being handled inside the generator when it last
    /// yielded (None while it runs: the VM's `cur_exc` holds it then).
    pub saved_exc: Cell<Value>,
    /// While it runs: did its caller's exception being handled (not None)
    /// go on `Vm::exc_chain`?
    pub caller_exc_saved: Cell<bool>,
}

impl Generator {
    /// A new, not yet started generator owning `frame`.
    #[inline]
    pub fn new(kind: GenKind, frame: Box<Frame>, name: Value, qualname: Value) -> Generator {
        Generator {
            kind,
            closed: Cell::new(false),
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            name,
            qualname,
            saved_exc: Cell::new(Value::NONE),
            caller_exc_saved: Cell::new(false),
        }
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.qualname);
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = f.as_ref() {
                f.traverse(visit);
            }
        }
        let e = self.saved_exc.replace(Value::NONE);
        visit(&e);
        self.saved_exc.set(e);
    }
    pub fn clear_refs(&self, out: &mut Vec<Value>) {
        if let Ok(mut f) = self.frame.try_borrow_mut() {
            if let Some(mut fr) = f.take() {
                fr.clear_values();
                out.push(fr.func.take());
                out.extend(fr.take_lent());
                out.push(fr.locals.take());
            }
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if let Some(mut f) = self.frame.get_mut().take() {
            f.clear_values();
        }
    }
}
