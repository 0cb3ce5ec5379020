//! The eval breaker: one word of request bits, checked by the interpreter
//! at backward jumps and calls. Anything that needs the running code to
//! stop at a safepoint sets a bit: Ctrl-C (from a signal handler, hence an
//! atomic), the cycle collector, pending finalizers, executor sweeps.

use std::sync::atomic::{AtomicU32, Ordering};

pub const INTERRUPT: u32 = 1 << 0;
pub const GC: u32 = 1 << 1;
pub const FINALIZERS: u32 = 1 << 2;
pub const SWEEP: u32 = 1 << 3;

static REQUESTS: AtomicU32 = AtomicU32::new(0);

/// Ask the running code to stop at its next safepoint.
#[inline]
pub fn request(bits: u32) {
    REQUESTS.fetch_or(bits, Ordering::Relaxed);
}

/// Are any requests pending? (The fast check on every back edge.)
#[inline(always)]
pub fn pending() -> bool {
    REQUESTS.load(Ordering::Relaxed) != 0
}

/// Take and clear all pending requests.
pub fn take() -> u32 {
    REQUESTS.swap(0, Ordering::Relaxed)
}

extern "C" fn on_sigint(_: i32) {
    request(INTERRUPT);
}

/// Route SIGINT (Ctrl-C) to the breaker so it raises `KeyboardInterrupt`.
pub fn install_sigint_handler() {
    unsafe extern "C" {
        fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
    }
    const SIGINT: i32 = 2;
    // SAFETY: the handler only performs an atomic store, which is async-signal-safe.
    unsafe {
        signal(SIGINT, on_sigint);
    }
}
