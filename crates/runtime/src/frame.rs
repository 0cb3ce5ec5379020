//! Frames and the chunked value stack they live on.
//!
//! A frame's values (local slots followed by its value stack) occupy one
//! contiguous window. For ordinary calls the window is carved from a
//! chunked stack whose chunks are allocated once and never move, so code
//! (including native code later) may hold pointers into it; a generator's
//! frame owns its window instead, since it outlives the call that made it.
//!
//! # Unsafe
//! The frame reaches its window through raw pointers. Invariants:
//! * `base..base + framesize` is a window of initialized `Value`s owned by
//!   this frame (a chunk region reserved for it, or its own box);
//! * `base + nlocalsplus <= sp <= base + framesize`: the compiler's
//!   `stacksize` bounds the depth (checked in debug builds);
//! * slots at or above `sp` hold NULL.
//!
//! A function's frame borrows its namespaces and its code object from its
//! function ([`Lent`]): their values are bit copies made without a count.
//! Invariant: a borrowed `Lent` is only made from a `Function`'s
//! `globals`/`builtins` (fields that never change and that the collector
//! never clears) or its code (which `__code__` assignment does not free:
//! the function keeps replaced code, see `Function::retired_code`), for a
//! frame that owns that function in `func` until it takes them back
//! (`owns_lent` false); `Frame::take_lent` (also run by the frame's
//! `Drop`) forgets them.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

use stitch_bytecode::CodeUnit;

use crate::function::CodeRt;
use crate::value::Value;

/// Values per stack chunk. A frame larger than this gets a chunk of its own size.
const CHUNK_VALUES: usize = 16 * 1024;

/// How the caller takes what a frame in the same loop yields or returns,
/// when that is not simply pushing the returned value.
///
/// `ForIter`/`Send`: a generator's frame the caller's `FOR_ITER_GEN` or
/// `SEND_GEN` linked in front of it (the generator itself is the caller's
/// top of stack while the frame runs). A generator's frame resumed from
/// Rust (`Vm::gen_send`) runs in a loop of its own and has `None`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Link {
    None,
    /// Yielded values are pushed for the loop body; on return the caller
    /// pops the generator and jumps to the target (past the loop).
    ForIter(u32),
    /// Yielded values are pushed after the receiver; on return the caller
    /// replaces the receiver by the return value and jumps to the target.
    Send(u32),
    /// A Python `__add__`-style method run by `BINARY_OP_PY_DUNDER`: the
    /// operands stay on the caller's stack; on return they are replaced by
    /// the result, unless it is NotImplemented, in which case the binary
    /// operation goes on (the right operand's reflected method, else a
    /// TypeError).
    BinaryOp,
}

impl Link {
    /// Is this the frame of a generator resumed inside its caller's loop?
    #[inline(always)]
    pub fn is_gen(self) -> bool {
        matches!(self, Link::ForIter(_) | Link::Send(_))
    }
}

/// Where a frame's window came from.
pub enum Storage {
    /// Reserved from the value stack; `mark` restores its top on release.
    Stack { mark: Mark },
    /// Owned by the frame (generators).
    Owned(Box<[Value]>),
}

/// What a frame takes from the function it runs: its globals, its
/// builtins and its code object. Module, class-body and `exec` frames own
/// theirs; a function's frame borrows its function's (see the module
/// invariants), which saves a count up and down of each per call. Which
/// one is the frame's `owns_lent`; the frame drops owned values
/// ([`Frame::take_lent`], or its `Drop`). Reads see a plain `Value`
/// through `Deref`.
pub struct Lent(ManuallyDrop<Value>);

impl Lent {
    /// A value the frame will own (`owns_lent` true).
    pub fn owned(v: Value) -> Lent {
        Lent(ManuallyDrop::new(v))
    }
    /// A value borrowed from the function a frame runs (`owns_lent` false).
    ///
    /// # Safety
    /// `v` is the `globals`, `builtins` or code of a `Function` that the
    /// frame holding this `Lent` owns (in `func`) until it takes them back.
    #[inline(always)]
    pub unsafe fn borrowed(v: &Value) -> Lent {
        // SAFETY: a bit copy without a count, never dropped (the frame's
        // `owns_lent` is false); the caller guarantees the original outlives it.
        Lent(ManuallyDrop::new(unsafe { std::ptr::read(v) }))
    }
}

impl std::ops::Deref for Lent {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.0
    }
}

#[repr(C)]
pub struct Frame {
    /// Local slot 0.
    pub base: *mut Value,
    /// Next free value-stack slot.
    pub sp: *mut Value,
    pub code: *const CodeRt,
    /// Next instruction to execute.
    pub ip: u32,
    /// Instruction being executed (for errors and tracebacks).
    pub lasti: u32,
    /// Keeps `code` alive (borrowed from `func` unless `owns_lent`).
    pub code_obj: Lent,
    /// The function running (NULL for module and class-body code).
    pub func: Value,
    pub globals: Lent,
    /// The builtins namespace (a dict).
    pub builtins: Lent,
    /// The locals mapping of module and class-body code, else NULL.
    pub locals: Value,
    pub storage: Storage,
    /// How the caller takes what this frame yields or returns (see [`Link`]).
    pub link: Link,
    /// Whether `globals`, `builtins` and `code_obj` are counted references
    /// (else they are borrowed from `func`; see [`Lent`]).
    pub owns_lent: bool,
    /// Is this an ordinary call's frame ([`Frame::is_plain_call`])? Set
    /// when the frame is made, cleared by whatever makes it otherwise (a
    /// link, an `__init__` instance): one test on every return instead of
    /// five.
    pub plain: bool,
    /// The calling frame in the same interpreter loop (owned while this one runs).
    pub prev: Option<Box<Frame>>,
    /// NULL, or the new instance when this frame runs `__init__` for a
    /// specialized class call (`CALL_ALLOC_AND_ENTER_INIT`): the frame must
    /// return None, and the caller receives this instance instead.
    pub init_self: Value,
}

impl Drop for Frame {
    fn drop(&mut self) {
        drop(self.take_lent());
    }
}

impl Frame {
    /// Empty `globals`, `builtins` and `code_obj`, giving back the
    /// references the frame held (NULLs when it borrowed them).
    #[inline(always)]
    pub fn take_lent(&mut self) -> [Value; 3] {
        let taken = [
            std::mem::replace(&mut *self.globals.0, Value::NULL),
            std::mem::replace(&mut *self.builtins.0, Value::NULL),
            std::mem::replace(&mut *self.code_obj.0, Value::NULL),
        ];
        if std::mem::replace(&mut self.owns_lent, false) {
            taken
        } else {
            std::mem::forget(taken);
            [Value::NULL, Value::NULL, Value::NULL]
        }
    }
    /// Empty borrowed `globals`, `builtins` and `code_obj` (`owns_lent`
    /// false): they hold no references to give back.
    #[inline(always)]
    pub fn forget_lent(&mut self) {
        debug_assert!(!self.owns_lent);
        std::mem::forget(std::mem::replace(&mut *self.globals.0, Value::NULL));
        std::mem::forget(std::mem::replace(&mut *self.builtins.0, Value::NULL));
        std::mem::forget(std::mem::replace(&mut *self.code_obj.0, Value::NULL));
    }
    /// Cache unit `n` of the instruction `skip` units after `lasti`,
    /// without the bounds check (for the hot paths of jumps).
    ///
    /// # Safety
    /// An instruction of the frame's code with more than `n` cache units
    /// starts at `lasti + skip` (the bytecode verifier proved its cache
    /// inside the code).
    #[inline(always)]
    pub unsafe fn cache_unit_unchecked(&self, skip: u32, n: u32) -> &Cell<CodeUnit> {
        let at = (self.lasti + skip + 1 + n) as usize;
        // SAFETY: the caller's guarantee: `at` is inside the code.
        unsafe { self.code().code.get_unchecked(at) }
    }
    #[inline(always)]
    pub fn code(&self) -> &CodeRt {
        // SAFETY: `code_obj` (or, when borrowed, the function, which keeps
        // replaced code) keeps the CodeRt alive and boxed (it never moves).
        unsafe { &*self.code }
    }
    #[inline(always)]
    fn stack_base(&self) -> *mut Value {
        // SAFETY: within the window (see the module invariants).
        unsafe { self.base.add(self.code().nlocalsplus) }
    }
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        debug_assert!(self.stack_len() < self.code().co.stacksize as usize + 1);
        // SAFETY: the slot at sp is inside the window and holds NULL.
        unsafe {
            std::ptr::write(self.sp, v);
            self.sp = self.sp.add(1);
        }
    }
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        debug_assert!(self.stack_len() > 0);
        // SAFETY: the stack is not empty; we move the value out and leave NULL.
        unsafe {
            self.sp = self.sp.sub(1);
            std::ptr::replace(self.sp, Value::NULL)
        }
    }
    /// The n-th value from the top (1 = top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        debug_assert!(n >= 1 && n <= self.stack_len());
        // SAFETY: n is within the live stack.
        unsafe { &*self.sp.sub(n) }
    }
    #[inline(always)]
    pub fn peek_mut(&mut self, n: usize) -> &mut Value {
        debug_assert!(n >= 1 && n <= self.stack_len());
        // SAFETY: n is within the live stack.
        unsafe { &mut *self.sp.sub(n) }
    }
    /// The top `n` values, bottom first.
    #[inline(always)]
    pub fn top_slice(&self, n: usize) -> &[Value] {
        debug_assert!(n <= self.stack_len());
        // SAFETY: the top n slots are live values.
        unsafe { std::slice::from_raw_parts(self.sp.sub(n), n) }
    }
    /// The top `n` values, bottom first, to move out of.
    #[inline(always)]
    pub fn top_slice_mut(&mut self, n: usize) -> &mut [Value] {
        debug_assert!(n <= self.stack_len());
        // SAFETY: the top n slots are live values (a value moved out leaves NULL).
        unsafe { std::slice::from_raw_parts_mut(self.sp.sub(n), n) }
    }
    /// Pop the top `n` slots, whose values were already moved out (they
    /// hold NULL): nothing to drop.
    #[inline(always)]
    pub fn pop_moved(&mut self, n: usize) {
        debug_assert!(self.top_slice(n).iter().all(Value::is_null));
        // SAFETY: the top n slots are in the live stack; they hold NULL, so
        // the invariant that slots at or above `sp` hold NULL still holds.
        unsafe { self.sp = self.sp.sub(n) };
    }
    /// Drop the top `n` values.
    #[inline(always)]
    pub fn drop_n(&mut self, n: usize) {
        for _ in 0..n {
            drop(self.pop());
        }
    }
    #[inline(always)]
    pub fn stack_len(&self) -> usize {
        // SAFETY: both pointers are in the same window.
        unsafe { self.sp.offset_from(self.stack_base()) as usize }
    }
    /// Pop down to `depth` values.
    pub fn truncate_stack(&mut self, depth: usize) {
        while self.stack_len() > depth {
            drop(self.pop());
        }
    }
    #[inline(always)]
    pub fn local(&self, i: usize) -> &Value {
        debug_assert!(i < self.code().nlocalsplus);
        // SAFETY: local indices come from the compiler and are < nlocalsplus.
        unsafe { &*self.base.add(i) }
    }
    #[inline(always)]
    pub fn local_mut(&mut self, i: usize) -> &mut Value {
        debug_assert!(i < self.code().nlocalsplus);
        // SAFETY: as above.
        unsafe { &mut *self.base.add(i) }
    }
    /// All local slots.
    pub fn locals_slice(&self) -> &[Value] {
        // SAFETY: the first nlocalsplus slots of the window are locals.
        unsafe { std::slice::from_raw_parts(self.base, self.code().nlocalsplus) }
    }
    pub fn locals_slice_mut(&mut self) -> &mut [Value] {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts_mut(self.base, self.code().nlocalsplus) }
    }
    /// Every live value of the frame (locals and stack), for the collector.
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        // A borrowed value is not a reference the frame holds.
        if self.owns_lent {
            visit(&self.globals);
            visit(&self.builtins);
            visit(&self.code_obj);
        }
        visit(&self.locals);
        self.locals_slice().iter().for_each(&mut *visit);
        self.top_slice(self.stack_len())
            .iter()
            .for_each(&mut *visit);
    }
    /// Is this the frame of an ordinary call (a function's, with its
    /// window on the value stack, no locals mapping, returning its value
    /// to the caller as is)? Such a frame returns by
    /// `Vm::release_plain_frame`.
    #[inline(always)]
    pub fn is_plain_call(&self) -> bool {
        debug_assert_eq!(
            self.plain,
            matches!(self.storage, Storage::Stack { .. })
                && self.link == Link::None
                && !self.owns_lent
                && self.locals.is_null()
                && self.init_self.is_null()
        );
        self.plain
    }
    /// Drop every value in the window (leaving NULLs).
    pub fn clear_values(&mut self) {
        self.drop_values();
        self.sp = self.stack_base();
    }
    /// [`Frame::clear_values`] but for the stack pointer, for a frame
    /// that is done with its window (a new window gives it a new one).
    #[inline(always)]
    pub fn drop_values(&mut self) {
        // SAFETY: `base..sp` are the frame's live slots: its locals, then
        // its value stack (see the module invariants).
        let live = unsafe {
            std::slice::from_raw_parts_mut(self.base, self.sp.offset_from(self.base) as usize)
        };
        for v in live {
            if !v.is_null() {
                drop(v.take());
            }
        }
    }
}

/// Recycled generator windows, by length: a finished generator's window
/// (all NULL again) serves the next generator of the same size, so making
/// and finishing a generator or coroutine does not allocate a window.
#[derive(Default)]
pub struct WindowPool {
    by_len: Vec<Vec<Box<[Value]>>>,
}

impl WindowPool {
    /// Windows longer than this are not kept.
    const MAX_LEN: usize = 64;
    /// Windows kept per length.
    const PER_LEN: usize = 16;

    /// A window of `n` NULL values.
    pub fn take(&mut self, n: usize) -> Box<[Value]> {
        match self.by_len.get_mut(n).and_then(Vec::pop) {
            Some(w) => w,
            None => (0..n).map(|_| Value::NULL).collect(),
        }
    }
    /// Keep a window whose values are all NULL (`Frame::clear_values`).
    pub fn give(&mut self, w: Box<[Value]>) {
        let n = w.len();
        if n == 0 || n > Self::MAX_LEN {
            return;
        }
        debug_assert!(w.iter().all(Value::is_null));
        if self.by_len.len() <= n {
            self.by_len.resize_with(n + 1, Vec::new);
        }
        let kept = &mut self.by_len[n];
        if kept.len() < Self::PER_LEN {
            kept.push(w);
        }
    }
}

/// Where a window was reserved: its chunk and its offset in that chunk
/// (32 bits each keeps `Storage`, and so the frame header, small; a
/// window is far smaller than 2^32 values).
pub type Mark = (u32, u32);

/// The chunked stack that ordinary frames' windows are carved from.
///
/// Every Python call reserves a window and every return releases one, so
/// the common case touches only cells: the current chunk's start and
/// length are cached beside the position, and the chunk list is borrowed
/// only to move to another chunk.
pub struct ValueStack {
    chunks: RefCell<Vec<Box<[Value]>>>,
    /// Current chunk, and the first free slot in it.
    cur: Cell<u32>,
    top: Cell<u32>,
    /// Start and length of chunk `cur` (null and 0 before the first chunk).
    cur_ptr: Cell<*mut Value>,
    cur_len: Cell<usize>,
}

impl Default for ValueStack {
    fn default() -> Self {
        ValueStack {
            chunks: RefCell::new(Vec::new()),
            cur: Cell::new(0),
            top: Cell::new(0),
            cur_ptr: Cell::new(std::ptr::null_mut()),
            cur_len: Cell::new(0),
        }
    }
}

impl ValueStack {
    /// Reserve a window of `n` NULL values; returns its start and the mark
    /// that `release` needs.
    #[inline(always)]
    pub fn reserve(&self, n: usize) -> (*mut Value, Mark) {
        let (cur, top) = (self.cur.get(), self.top.get());
        if n <= self.cur_len.get() - top as usize {
            self.top.set(top + n as u32);
            // SAFETY: `top + n <= cur_len`: the window is inside chunk `cur`,
            // which starts at `cur_ptr` and never moves (boxed, never freed).
            return (unsafe { self.cur_ptr.get().add(top as usize) }, (cur, top));
        }
        self.reserve_in_next_chunk(n)
    }

    /// `reserve` when the current chunk is full (or there is none yet).
    #[inline(never)]
    fn reserve_in_next_chunk(&self, n: usize) -> (*mut Value, Mark) {
        let mark = (self.cur.get(), self.top.get());
        let mut chunks = self.chunks.borrow_mut();
        if chunks.is_empty() {
            chunks.push(new_chunk(CHUNK_VALUES.max(n)));
        }
        let (mut cur, mut top) = (mark.0 as usize, mark.1 as usize);
        if chunks[cur].len() - top < n {
            // Move to the next chunk that can hold the window.
            let mut next = cur + 1;
            while next < chunks.len() && chunks[next].len() < n {
                next += 1;
            }
            if next >= chunks.len() {
                chunks.push(new_chunk(CHUNK_VALUES.max(n)));
                next = chunks.len() - 1;
            }
            cur = next;
            top = 0;
        }
        let chunk = &mut chunks[cur];
        self.cur_ptr.set(chunk.as_mut_ptr());
        self.cur_len.set(chunk.len());
        self.cur.set(cur as u32);
        self.top.set((top + n) as u32);
        (chunk[top..].as_mut_ptr(), mark)
    }
    /// Give back a window (its values must already be NULL).
    #[inline(always)]
    pub fn release(&self, mark: Mark) {
        if mark.0 != self.cur.get() {
            self.back_to_chunk(mark.0);
        }
        self.top.set(mark.1);
    }
    #[inline(never)]
    fn back_to_chunk(&self, cur: u32) {
        let mut chunks = self.chunks.borrow_mut();
        let chunk = &mut chunks[cur as usize];
        self.cur_ptr.set(chunk.as_mut_ptr());
        self.cur_len.set(chunk.len());
        self.cur.set(cur);
    }
}

fn new_chunk(n: usize) -> Box<[Value]> {
    (0..n).map(|_| Value::NULL).collect()
}
