//! CPython-exact text and hashing algorithms for Stitch, with no dependency
//! on the VM's value types.
//!
//! Everything here reproduces CPython 3.11 output character for character
//! (and hash for hash, under `PYTHONHASHSEED=0` on 64-bit Linux), so that
//! programs print what CPython prints. The runtime wraps these functions in
//! its `__format__`, `__repr__`, `__hash__`, `int()`, `float()`, `round()`
//! and `%` implementations and turns the errors into Python exceptions:
//!
//! * [`spec`]: the format-spec mini-language ([`spec::FormatSpec`],
//!   [`spec::FormatError`]) and `str.__format__` ([`spec::format_str`]);
//! * [`printf`]: field padding shared by all `%` conversions;
//! * [`float`]: `repr`, `format`, `%`-conversions, `round`, `float(str)`;
//! * [`int`]: `format`, `%`-conversions, `str(int)` with the digit limit,
//!   `int(str, base)`, `float(int)`;
//! * [`hash`]: numeric, `str`/`bytes`, tuple and frozenset hashes;
//! * [`unicode`]: the Unicode digit and whitespace facts number parsing needs.
//!
//! Left to the caller, because they involve objects: `format(x, '')` is
//! `str(x)` in CPython (which a subclass may override); `'%d' % 3.7` first
//! converts with `int()`; error texts that quote the argument take its
//! Python `repr` ([`int::ParseIntError::message`]) or type name
//! ([`spec::FormatError::message`]); a nan's hash is its identity.
//!
//! Nothing panics on any input: absurd widths and precisions give CPython's
//! errors or [`spec::FormatError::Memory`].
//!
//! The unit tests' expected values come from python3.11; `testdata/gen.py`
//! regenerates the tables in `testdata/`.

pub mod float;
pub mod hash;
pub mod int;
pub mod printf;
pub mod spec;
pub mod unicode;

#[cfg(test)]
mod testdata;
