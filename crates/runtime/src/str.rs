//! The payload of `str` objects.
//!
//! Text is kept as UTF-8 (so Rust's string algorithms apply directly) with
//! its length in characters cached, the hash computed once, and, for
//! non-ASCII strings, a lazily built table of character offsets that makes
//! indexing O(1) as PEP 393's fixed-width layout does. Hashing follows
//! CPython exactly (over the PEP 393 representation), so set and dict
//! orders that depend on hashes print the same.

use std::cell::{Cell, OnceCell};

pub struct PyStr {
    s: Box<str>,
    nchars: usize,
    hash: Cell<i64>,
    /// Byte offset of every character, for non-ASCII strings, built on first index.
    offsets: OnceCell<Box<[u32]>>,
}

const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(NO_HASH),
            offsets: OnceCell::new(),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in characters.
    #[inline]
    pub fn len(&self) -> usize {
        self.nchars
    }
    pub fn is_empty(&self) -> bool {
        self.nchars == 0
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = stitch_pyfmt::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }
    fn offsets(&self) -> &[u32] {
        self.offsets.get_or_init(|| {
            let mut v: Vec<u32> = self.s.char_indices().map(|(i, _)| i as u32).collect();
            v.push(self.s.len() as u32);
            v.into_boxed_slice()
        })
    }
    /// Byte offset of character `i` (`i <= len`).
    #[inline]
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.offsets()[i] as usize
        }
    }
    /// Character `i` (`i < len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let off = self.offsets()[i] as usize;
            self.s[off..].chars().next().unwrap_or('\0')
        }
    }
    /// Characters `start..end` (character indices, `start <= end <= len`).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.s[self.byte_offset(start)..self.byte_offset(end)]
    }
    /// Character index of a byte offset that lies on a character boundary.
    pub fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            match self.offsets().binary_search(&(byte as u32)) {
                Ok(i) | Err(i) => i,
            }
        }
    }
}
