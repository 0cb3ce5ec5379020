//! Float text algorithms, exactly as CPython 3.11 computes them:
//!
//! * [`repr`]: `repr(x)` and `str(x)`: shortest round-trip digits, exponent
//!   form when the decimal exponent is below -4 or at least 16, `inf`,
//!   `nan`, `-0.0`, and a `.0` on integral values;
//! * [`format_float`]: `format(x, spec)` / `float.__format__`;
//! * [`format_float_printf`]: `'%e' % x`, `'%10.3f' % x`, ...;
//! * [`double_to_string`]: the shared core (`PyOS_double_to_string`), for
//!   other callers such as complex formatting;
//! * [`round_float`] / [`round_half_even`]: `round(x, n)` / `round(x)`;
//! * [`parse_float`] / [`parse_float_bytes`]: `float(str)` / `float(bytes)`.
//!
//! The digits come from Rust's exact float formatting (see `dtoa.rs`), the
//! layout is CPython's.

mod dtoa;
mod format;
mod parse;
mod round;

pub use dtoa::{DtoaFlags, double_to_string, repr};
pub use format::{format_float, format_float_printf};
pub use parse::{parse_float, parse_float_bytes};
pub use round::{round_float, round_half_even};

#[cfg(test)]
mod tests;
