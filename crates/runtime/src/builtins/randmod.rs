//! `_random`: the Mersenne Twister (MT19937) generator behind the
//! embedded `random` module, written from the published algorithm
//! (Matsumoto & Nishimura, 1998). `random.py` keeps each generator's
//! state in a private bytearray (624 state words and the index of the next
//! one, little-endian) and passes it to these functions; seeding, the
//! distributions and the argument checks stay in Python. Outputs match
//! CPython 3.11's `_random` for the same seed: the same seeding from an
//! int's 32-bit digits, the same 53-bit floats, the same bit assembly.

use std::cell::RefMut;

use num_bigint::{BigInt, BigUint, Sign};

use super::check_args;
use super::modules::{module_dict, register};
use crate::num::{IntRef, as_int};
use crate::object::ObjKind;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// State words.
const N: usize = 624;
/// The middle word the recurrence mixes in.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;
/// Bytes of a state: the words, then the index of the next word to use.
const STATE_BYTES: usize = (N + 1) * 4;

pub fn init(vm: &Vm) {
    let m = register(vm, "_random");
    let d = module_dict(&m);
    vm.add_fn(&d, "new_state", |vm, args, _| {
        check_args(vm, "new_state", args, 0, 0)?;
        let mut b = vec![0u8; STATE_BYTES];
        b[N * 4..].copy_from_slice(&(N as u32).to_le_bytes());
        Ok(super::bytearray::new_bytearray(vm, b))
    });
    vm.add_fn(&d, "seed", seed);
    vm.add_fn(&d, "random", |vm, args, _| {
        check_args(vm, "random", args, 1, 1)?;
        let mut mt = state(vm, &args[0])?;
        let a = mt.next() >> 5;
        let b = mt.next() >> 6;
        Ok(Value::float(
            (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0),
        ))
    });
    vm.add_fn(&d, "getrandbits", getrandbits);
    vm.add_fn(&d, "randbelow", randbelow);
    vm.add_fn(&d, "getstate", |vm, args, _| {
        check_args(vm, "getstate", args, 1, 1)?;
        let mt = state(vm, &args[0])?;
        let items = (0..=N).map(|i| Value::int(mt.word(i) as i64)).collect();
        Ok(vm.new_tuple(items))
    });
    vm.add_fn(&d, "setstate", setstate);
}

/// A generator's state, borrowed from its bytearray.
struct Mt<'a>(RefMut<'a, Vec<u8>>);

impl Mt<'_> {
    #[inline]
    fn word(&self, i: usize) -> u32 {
        let b = &self.0[i * 4..i * 4 + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }
    #[inline]
    fn set(&mut self, i: usize, w: u32) {
        self.0[i * 4..i * 4 + 4].copy_from_slice(&w.to_le_bytes());
    }
    /// The next 32 random bits: twist all words when they are used up,
    /// then temper the next one.
    fn next(&mut self) -> u32 {
        let mut i = self.word(N) as usize;
        if i >= N {
            self.twist();
            i = 0;
        }
        self.set(N, i as u32 + 1);
        let mut y = self.word(i);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
    /// Advance the recurrence by N words, in place (words past N - M mix
    /// in words already advanced, as the algorithm defines).
    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.word(k) & UPPER) | (self.word((k + 1) % N) & LOWER);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            let w = self.word((k + M) % N) ^ (y >> 1) ^ mag;
            self.set(k, w);
        }
    }
    /// Seed from the words of `key`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.set(0, 19_650_218);
        for i in 1..N {
            let p = self.word(i - 1);
            self.set(
                i,
                1_812_433_253u32
                    .wrapping_mul(p ^ (p >> 30))
                    .wrapping_add(i as u32),
            );
        }
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = self.word(i - 1);
            let w = (self.word(i) ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set(i, w);
            i += 1;
            j += 1;
            if i >= N {
                self.set(0, self.word(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = self.word(i - 1);
            let w =
                (self.word(i) ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            self.set(i, w);
            i += 1;
            if i >= N {
                self.set(0, self.word(N - 1));
                i = 1;
            }
        }
        self.set(0, UPPER);
        self.set(N, N as u32);
    }
}

/// The state in `v`, which `random.py` made with `new_state`.
fn state<'a>(vm: &Vm, v: &'a Value) -> PyResult<Mt<'a>> {
    if let Some(ObjKind::ByteArray(b)) = v.as_obj().map(|o| &o.kind) {
        if let Ok(b) = b.try_borrow_mut() {
            if b.len() == STATE_BYTES {
                return Ok(Mt(b));
            }
        }
    }
    Err(vm.type_error("_random: not a generator state"))
}

/// `seed(state, n)`: seed from a non-negative int, by its 32-bit digits
/// least significant first (`[0]` for 0), as CPython seeds from `abs(n)`.
fn seed(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "seed", args, 2, 2)?;
    let mut key = match as_int(&args[1]) {
        Some(IntRef::Small(i)) if i >= 0 => vec![i as u32, (i >> 32) as u32],
        Some(IntRef::Big(b)) if b.sign() != Sign::Minus => b.magnitude().to_u32_digits(),
        _ => return Err(vm.type_error("_random: seed must be a non-negative int")),
    };
    while key.len() > 1 && key.last() == Some(&0) {
        key.pop();
    }
    state(vm, &args[0])?.init_by_array(&key);
    Ok(Value::NONE)
}

/// `getrandbits(state, k)`: an int of k random bits, built from 32-bit
/// outputs least significant first (the last one's top bits when k is
/// not a multiple of 32).
fn getrandbits(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "getrandbits", args, 2, 2)?;
    let k = match as_int(&args[1]) {
        Some(IntRef::Small(k)) if k < 0 => {
            return Err(vm.err(Exc::ValueError, "number of bits must be non-negative"));
        }
        Some(IntRef::Small(k)) if k <= i32::MAX as i64 => k as u64,
        _ => {
            return Err(vm.err(
                Exc::OverflowError,
                "Python int too large to convert to C int",
            ));
        }
    };
    let mut mt = state(vm, &args[0])?;
    if k <= 32 {
        return Ok(Value::int(if k == 0 {
            0
        } else {
            (mt.next() >> (32 - k)) as i64
        }));
    }
    let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
    let mut left = k;
    while left > 0 {
        let r = mt.next();
        words.push(if left < 32 { r >> (32 - left) } else { r });
        left = left.saturating_sub(32);
    }
    drop(mt);
    Ok(vm.new_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::from_slice(&words),
    )))
}

/// `randbelow(state, n)`: a random int in [0, n) for 0 < n < 2**32, by
/// drawing n's bit length of bits until one is below n (as `random`'s
/// `_randbelow_with_getrandbits` does, one output per draw).
fn randbelow(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "randbelow", args, 2, 2)?;
    let n = match args[1].as_small_int() {
        Some(n) if n > 0 && n <= u32::MAX as i64 => n as u64,
        _ => {
            return Err(vm.err(
                Exc::ValueError,
                "_random.randbelow: n must be in [1, 2**32)",
            ));
        }
    };
    let shift = n.leading_zeros() - 32;
    let mut mt = state(vm, &args[0])?;
    loop {
        let r = (mt.next() >> shift) as u64;
        if r < n {
            return Ok(Value::int(r as i64));
        }
    }
}

/// `setstate(state, words, index)`: restore N words (ints already
/// reduced to 32 bits by `random.py`) and the index.
fn setstate(vm: &Vm, args: &[Value], _: &[Value]) -> PyResult<Value> {
    check_args(vm, "setstate", args, 3, 3)?;
    let words: Vec<u32> = match args[1].as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => t.iter().map(|v| v.as_small_int().unwrap_or(-1)),
        _ => return Err(vm.type_error("_random.setstate: words must be a tuple")),
    }
    .map(|w| u32::try_from(w).map_err(|_| vm.err(Exc::ValueError, "invalid state")))
    .collect::<PyResult<_>>()?;
    let index = args[2]
        .as_small_int()
        .filter(|i| (0..=N as i64).contains(i));
    let (true, Some(index)) = (words.len() == N, index) else {
        return Err(vm.err(Exc::ValueError, "invalid state"));
    };
    let mut mt = state(vm, &args[0])?;
    for (i, w) in words.into_iter().enumerate() {
        mt.set(i, w);
    }
    mt.set(N, index as u32);
    Ok(Value::NONE)
}
