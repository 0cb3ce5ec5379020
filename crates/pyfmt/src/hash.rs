//! Hash values identical to CPython 3.11 on 64-bit Linux run with
//! `PYTHONHASHSEED=0`, so that set and dict iteration orders print the same.
//!
//! * Numbers hash to their value modulo the Mersenne prime `2**61 - 1`
//!   ([`MODULUS`]), negated for negative values, which makes
//!   `hash(1) == hash(1.0)` and extends to every rational a float can hold.
//!   Infinities hash to ±[`HASH_INF`]; a nan hashes by object identity, so
//!   [`hash_float`] leaves it to the caller.
//! * `str` and `bytes` hash with SipHash-1-3 under an all-zero key (what
//!   seed 0 selects). A `str` is hashed over its PEP 393 buffer: one byte per
//!   character when all are below 256, else two (UTF-16 code units, little
//!   endian) when all are below 65536, else four. The empty string hashes
//!   to 0.
//! * Tuples combine item hashes with CPython's xxHash-derived loop;
//!   frozensets XOR shuffled item hashes, then disperse.
//!
//! No hash is ever -1 (CPython's error marker): -1 becomes -2.

use num_bigint::BigInt;

/// The modulus of numeric hashes, `2**61 - 1` (`sys.hash_info.modulus`).
pub const MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))` (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314_159;
/// Bits in the modulus.
const BITS: u32 = 61;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for an int that fits in 64 bits.
pub fn hash_int_i64(v: i64) -> i64 {
    let h = (v.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if v < 0 { -h } else { h })
}

/// `hash(n)` for any int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let mut acc: u64 = 0;
    // Most significant 64-bit digit first: acc = acc * 2^64 + d (mod P).
    for d in v.magnitude().iter_u64_digits().rev() {
        acc = ((u128::from(acc) << 64 | u128::from(d)) % u128::from(MODULUS)) as u64;
    }
    let h = acc as i64;
    fix_minus_one(if v.sign() == num_bigint::Sign::Minus {
        -h
    } else {
        h
    })
}

/// `hash(x)` for a float; `None` for a nan (CPython hashes those by
/// identity since 3.10).
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    // |x| = m · 2^e exactly, with m < 2^53 < MODULUS.
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp_bits - 1075)
    };
    // 2^61 ≡ 1, so multiplying by 2^e is a rotation by e mod 61 within
    // 61 bits.
    let k = e.rem_euclid(i64::from(BITS)) as u32;
    let h = if k == 0 {
        m
    } else {
        ((m << k) & MODULUS) | (m >> (BITS - k))
    };
    let h = h as i64;
    Some(fix_minus_one(if x < 0.0 { -h } else { h }))
}

/// `hash(s)` for a `str`.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let mut sip = Sip13::new();
    if max < 0x100 {
        s.chars().for_each(|c| sip.write(&[c as u8]));
    } else if max < 0x10000 {
        s.chars().for_each(|c| sip.write(&(c as u16).to_le_bytes()));
    } else {
        s.chars()
            .for_each(|c| sip.write(&u32::from(c).to_le_bytes()));
    }
    finish(sip)
}

/// `hash(s)` for a string held as PEP 393 one-byte (Latin-1) units.
pub fn hash_latin1(units: &[u8]) -> i64 {
    hash_bytes(units)
}

/// `hash(s)` for a string held as PEP 393 two-byte units (some unit must be
/// at least 256 for this to be the canonical form).
pub fn hash_ucs2(units: &[u16]) -> i64 {
    let mut sip = Sip13::new();
    units.iter().for_each(|u| sip.write(&u.to_le_bytes()));
    finish(sip)
}

/// `hash(s)` for a string held as PEP 393 four-byte units (some unit must
/// be at least 65536 for this to be the canonical form).
pub fn hash_ucs4(units: &[u32]) -> i64 {
    let mut sip = Sip13::new();
    units.iter().for_each(|u| sip.write(&u.to_le_bytes()));
    finish(sip)
}

/// `hash(b)` for `bytes` (and the Latin-1 form of `str`).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut sip = Sip13::new();
    sip.write(b);
    finish(sip)
}

fn finish(sip: Sip13) -> i64 {
    if sip.len == 0 {
        return 0;
    }
    fix_minus_one(sip.finish() as i64)
}

/// `hash(t)` for a tuple, given its items' hashes (CPython 3.11's
/// xxHash-based `tuplehash`).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    // The length, mangled so that hash(()) keeps its historical value.
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(s)` for a frozenset, given the hashes of its (distinct) items in
/// any order.
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash = item_hashes
        .iter()
        .fold(0u64, |acc, &h| acc ^ shuffle(h as u64));
    hash ^= (item_hashes.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1_927_868_237);
    // Disperse patterns arising in nested frozensets.
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

/// Streaming SipHash-1-3 with the all-zero key.
struct Sip13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    len: usize,
}

impl Sip13 {
    fn new() -> Self {
        // The key is (0, 0), so the initial state is the constants alone.
        Sip13 {
            v: [
                0x736f_6d65_7073_6575,
                0x646f_7261_6e64_6f6d,
                0x6c79_6765_6e65_7261,
                0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v2 = v2.wrapping_add(v3);
        v1 = v1.rotate_left(13) ^ v0;
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v1);
        v0 = v0.wrapping_add(v3);
        v1 = v1.rotate_left(17) ^ v2;
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    fn write(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
        let mut rest = bytes;
        while self.ntail != 0 || rest.len() < 8 {
            let Some((&b, r)) = rest.split_first() else {
                return;
            };
            self.tail |= u64::from(b) << (8 * self.ntail);
            self.ntail += 1;
            rest = r;
            if self.ntail == 8 {
                let m = self.tail;
                self.compress(m);
                self.tail = 0;
                self.ntail = 0;
            }
        }
        let mut chunks = rest.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.compress(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.tail |= u64::from(b) << (8 * self.ntail);
            self.ntail += 1;
        }
    }

    fn finish(mut self) -> u64 {
        let last = ((self.len as u64) << 56) | self.tail;
        self.compress(last);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

#[cfg(test)]
mod tests;
