//! `_struct`: conversion between Python values and C structs packed in
//! byte strings, with CPython 3.11's formats, range checks and messages.
//! The `struct` module (`lib/struct.py`) re-exports these functions and
//! adds the `Struct` class and the iterator of `iter_unpack`.
//!
//! A format is an optional byte order character (`@` native sizes and
//! alignment, `=` `<` little-endian and `>` `!` big-endian with standard
//! sizes and no alignment) followed by codes with optional repeat counts.
//! The platform is x86-64 Linux: native is little-endian, `long` and
//! `size_t` are 8 bytes. As in CPython, the little-endian standard table
//! packs with the native routines wherever the sizes agree (except `f`,
//! `d` and `?`), which is why `<h` and `>h` report ranges differently.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use super::modules::{module_dict, register};
use super::{check_args, check_kwargs, kwarg, pos};
use crate::num::{IntRef, as_int};
use crate::object::ObjKind;
use crate::protocol::{builtin_view, str_of};
use crate::types::type_obj;
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

pub fn init(vm: &Vm) {
    let m = register(vm, "_struct");
    let d = module_dict(&m);
    let ns = vm.new_dict();
    let _ = vm.dict_set_str(&ns, "__module__", vm.new_str("struct"));
    let bases = vm.new_tuple(vec![vm.exc_type(Exc::Exception).clone()]);
    if let Ok(cls) = vm.type_new(&vm.types.type_, &vm.new_str("error"), &bases, &ns, &[], &[]) {
        let _ = vm.dict_set_str(&d, "error", cls);
    }
    vm.add_fn(&d, "calcsize", calcsize);
    vm.add_fn(&d, "pack", pack);
    vm.add_fn(&d, "pack_into", pack_into);
    vm.add_fn(&d, "unpack", unpack);
    vm.add_fn(&d, "unpack_from", unpack_from);
    // The tuples `iter_unpack` yields, as a list (`struct.py` wraps them
    // in an `unpack_iterator`).
    vm.add_fn(&d, "_iter_unpack", iter_unpack);
    // The bytes of any bytes-like object (for the embedded `array` module).
    vm.add_fn(&d, "_tobytes", |vm, args, _| {
        check_args(vm, "_tobytes", args, 1, 1)?;
        Ok(vm.new_bytes(read_buffer(vm, &args[0])?.into_owned()))
    });
    vm.add_fn(&d, "_clearcache", |_, _, _| {
        CACHE.with(|c| c.borrow_mut().clear());
        Ok(Value::NONE)
    });
}

/// A `struct.error` with `msg`.
fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let cls = vm
        .dict_get_str(&vm.modules, "_struct")
        .and_then(|m| vm.dict_get_str(&module_dict(&m), "error"))
        .unwrap_or_else(|| vm.exc_type(Exc::Exception).clone());
    PyErr {
        exc: vm.new_exception(&cls, vec![vm.new_str(msg.into())]),
    }
}

// ----- formats ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@` (or no prefix): native sizes, alignment and byte order.
    Native,
    /// `<` and `=`: standard sizes, little-endian.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// A run of `repeat` items of code `ch`, each `size` bytes (for `s` and
/// `p`: one item of `size` bytes), the first at `offset`.
struct Code {
    ch: u8,
    offset: usize,
    size: usize,
    repeat: usize,
}

struct Layout {
    order: Order,
    codes: Vec<Code>,
    /// Total size in bytes.
    size: usize,
    /// Number of values packed / unpacked.
    len: usize,
}

/// (size, alignment) of a code in a table, `None` for a bad code.
fn entry(order: Order, c: u8) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let size = match c {
        b'x' | b'b' | b'B' | b'c' | b's' | b'p' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if native && !matches!(c, b'x' | b'b' | b'B' | b'c' | b's' | b'p') {
        size
    } else {
        0
    };
    Some((size, align))
}

const TOO_LONG: &str = "total struct size too long";

fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (order, s) = match fmt.first() {
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        Some(b'@') => (Order::Native, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let max = isize::MAX as usize;
    let (mut size, mut len) = (0usize, 0usize);
    let mut codes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let mut c = s[i];
        i += 1;
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            continue;
        }
        let mut num = 1usize;
        if c.is_ascii_digit() {
            num = (c - b'0') as usize;
            loop {
                let Some(&d) = s.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|&n| n <= max)
                    .ok_or(TOO_LONG)?;
            }
        }
        let (itemsize, align) = entry(order, c).ok_or("bad char in struct format")?;
        match c {
            b's' | b'p' => len += 1,
            b'x' => {}
            _ => len += num,
        }
        if align > 0 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            size = size
                .checked_add(extra)
                .filter(|&n| n <= max)
                .ok_or(TOO_LONG)?;
        }
        if num > (max - size) / itemsize {
            return Err(TOO_LONG);
        }
        match c {
            b's' | b'p' => codes.push(Code {
                ch: c,
                offset: size,
                size: num,
                repeat: 1,
            }),
            b'x' => {}
            _ if num > 0 => codes.push(Code {
                ch: c,
                offset: size,
                size: itemsize,
                repeat: num,
            }),
            _ => {}
        }
        size += num * itemsize;
    }
    Ok(Layout {
        order,
        codes,
        size,
        len,
    })
}

thread_local! {
    /// Parsed formats, as CPython caches its Struct objects (at most 100).
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Layout>>> = RefCell::new(HashMap::new());
}

/// The parsed layout of a format argument (a str or bytes).
fn layout(vm: &Vm, fmt: &Value) -> PyResult<Rc<Layout>> {
    let bytes: &[u8] = if let Some(s) = str_of(fmt) {
        if !s.is_ascii() {
            // Raises CPython's UnicodeEncodeError.
            let ascii = vm.new_str("ascii");
            super::strings::encode_str(vm, s, Some(&ascii), None)?;
        }
        s.as_bytes()
    } else if let Some(ObjKind::Bytes(b)) = builtin_view(fmt).as_obj().map(|o| &o.kind) {
        b
    } else {
        // CPython looks the format up in its cache first.
        vm.hash(fmt)?;
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(fmt)
        )));
    };
    if let Some(l) = CACHE.with(|c| c.borrow().get(bytes).cloned()) {
        return Ok(l);
    }
    let l = Rc::new(parse(bytes).map_err(|m| error(vm, m))?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 100 {
            c.clear();
        }
        c.insert(bytes.to_vec(), l.clone());
    });
    Ok(l)
}

// ----- buffers ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum BufKind {
    ByteArray,
    MemoryView,
    Array,
}

/// Which buffer-protocol class other than `bytes` `v` is an instance of
/// (found by name: `bytearray`, `memoryview`, `array.array`).
fn buffer_kind(vm: &Vm, v: &Value) -> Option<BufKind> {
    let t = vm.type_of(v);
    let tt = type_obj(&t)?;
    let mro = tt.mro.borrow();
    for c in std::iter::once(&t).chain(mro.iter()) {
        let Some(ct) = type_obj(c) else { continue };
        let (module, name) = (ct.module.borrow(), ct.name.borrow());
        match (&**module, &**name) {
            ("builtins", "bytearray") => return Some(BufKind::ByteArray),
            ("builtins", "memoryview") => return Some(BufKind::MemoryView),
            ("array", "array") => return Some(BufKind::Array),
            _ => {}
        }
    }
    None
}

/// The contents of a bytes-like argument.
fn read_buffer<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(ObjKind::Bytes(b)) = builtin_view(v).as_obj().map(|o| &o.kind) {
        return Ok(Cow::Borrowed(b));
    }
    let copy = match buffer_kind(vm, v) {
        Some(BufKind::ByteArray | BufKind::MemoryView) => {
            vm.call(&vm.types.bytes, std::slice::from_ref(v), &[])?
        }
        Some(BufKind::Array) => vm.call_method(v, "tobytes", &[])?,
        None => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )));
        }
    };
    match builtin_view(&copy).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Bytes(b)) => Ok(Cow::Owned(b.to_vec())),
        _ => Err(vm.type_error("a bytes-like object is required")),
    }
}

/// The length in bytes of a writable buffer (a `bytearray`, a writable
/// `memoryview` or an `array.array`), or CPython's TypeError.
fn writable_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    let not_writable = || {
        vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(v)
        ))
    };
    match buffer_kind(vm, v) {
        Some(BufKind::ByteArray) => vm.len(v),
        Some(BufKind::MemoryView) => {
            if vm.truthy(&vm.getattr_str(v, "readonly")?)? {
                return Err(not_writable());
            }
            let n = vm.getattr_str(v, "nbytes")?;
            Ok(n.as_int().unwrap_or(0).max(0) as usize)
        }
        Some(BufKind::Array) => {
            let itemsize = vm.getattr_str(v, "itemsize")?;
            Ok(vm.len(v)? * itemsize.as_int().unwrap_or(1).max(0) as usize)
        }
        None => Err(not_writable()),
    }
}

/// `buf[offset:offset+len(data)] = data` (for an array, through its
/// `_write_bytes` method).
fn write_buffer(vm: &Vm, buf: &Value, offset: usize, data: Vec<u8>) -> PyResult<()> {
    if buffer_kind(vm, buf) == Some(BufKind::Array) {
        let args = [Value::int(offset as i64), vm.new_bytes(data)];
        return vm.call_method(buf, "_write_bytes", &args).map(|_| ());
    }
    let end = offset + data.len();
    let key = vm.new_slice(
        Value::int(offset as i64),
        Value::int(end as i64),
        Value::NONE,
    );
    vm.setitem(buf, key, vm.new_bytes(data))
}

/// An index-sized offset: `overflow` builds the error for ints too large.
fn offset_arg(vm: &Vm, v: &Value, overflow: fn(&Vm) -> PyErr) -> PyResult<i64> {
    let i = super::numbers::index(vm, v)?;
    match as_int(&i) {
        Some(IntRef::Small(n)) => Ok(n),
        _ => Err(overflow(vm)),
    }
}

// ----- packing ---------------------------------------------------------------

/// CPython's `get_pylong`: an int, through `__index__` for other objects.
fn get_pylong(vm: &Vm, v: &Value) -> PyResult<Value> {
    if as_int(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[]) {
        let r = r?;
        if as_int(&r).is_none() {
            return Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    Err(error(vm, "required argument is not an integer"))
}

fn get_long(vm: &Vm, v: &Value) -> PyResult<i64> {
    let p = get_pylong(vm, v)?;
    match as_int(&p) {
        Some(IntRef::Small(i)) => Ok(i),
        _ => Err(error(vm, "argument out of range")),
    }
}

fn get_ulong(vm: &Vm, v: &Value) -> PyResult<u64> {
    let p = get_pylong(vm, v)?;
    match as_int(&p) {
        Some(IntRef::Small(i)) if i >= 0 => Ok(i as u64),
        Some(IntRef::Big(b)) => b.to_u64().ok_or_else(|| error(vm, "argument out of range")),
        _ => Err(error(vm, "argument out of range")),
    }
}

/// The float value of an argument (`PyFloat_AsDouble`), any failure
/// reported as a struct.error.
fn get_double(vm: &Vm, v: &Value) -> PyResult<f64> {
    super::numbers::to_f64(vm, v).map_err(|_| error(vm, "required argument is not a float"))
}

/// CPython's `_range_error`: the message for an int outside the range of
/// a `size`-byte code.
fn range_error(vm: &Vm, c: u8, size: usize, unsigned: bool) -> PyErr {
    let ulargest = u64::MAX >> ((8 - size) * 8);
    let c = c as char;
    if unsigned {
        error(
            vm,
            format!("'{c}' format requires 0 <= number <= {ulargest}"),
        )
    } else {
        let largest = (ulargest >> 1) as i64;
        error(
            vm,
            format!("'{c}' format requires {} <= number <= {largest}", !largest),
        )
    }
}

fn float_overflow(vm: &Vm, code: char) -> PyErr {
    vm.overflow_error(format!("float too large to pack with {code} format"))
}

/// Store the low `out.len()` bytes of `x` in the layout's byte order.
fn put_int(out: &mut [u8], order: Order, x: u64) {
    let n = out.len();
    if order == Order::Big {
        out.copy_from_slice(&x.to_be_bytes()[8 - n..]);
    } else {
        out.copy_from_slice(&x.to_le_bytes()[..n]);
    }
}

fn put_bytes(out: &mut [u8], order: Order, le: &[u8]) {
    if order == Order::Big {
        for (o, b) in out.iter_mut().zip(le.iter().rev()) {
            *o = *b;
        }
    } else {
        out.copy_from_slice(le);
    }
}

/// Pack one value of a numeric (or `c`/`?`) code into `out`.
fn pack_one(vm: &Vm, order: Order, c: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let big = order == Order::Big;
    let native = order == Order::Native;
    let size = out.len();
    let x: u64 = match c {
        b'b' => {
            let x = get_long(vm, v)?;
            if !(-128..=127).contains(&x) {
                return Err(error(vm, "byte format requires -128 <= number <= 127"));
            }
            x as u64
        }
        b'B' => {
            let x = get_long(vm, v)?;
            if !(0..=255).contains(&x) {
                return Err(error(vm, "ubyte format requires 0 <= number <= 255"));
            }
            x as u64
        }
        b'c' => match builtin_view(v).as_obj().map(|o| &o.kind) {
            Some(ObjKind::Bytes(b)) if b.len() == 1 => b[0] as u64,
            _ => {
                return Err(error(vm, "char format requires a bytes object of length 1"));
            }
        },
        b'h' if !big => {
            let x = get_long(vm, v)?;
            if !(-32768..=32767).contains(&x) {
                return Err(error(vm, "short format requires -32768 <= number <= 32767"));
            }
            x as u64
        }
        b'H' if !big => {
            let x = get_long(vm, v)?;
            if !(0..=65535).contains(&x) {
                return Err(error(vm, "ushort format requires 0 <= number <= 65535"));
            }
            x as u64
        }
        // `q`, `n` (and `l` with native size): the full 64-bit range.
        b'q' | b'n' | b'l' if !big && (c != b'l' || native) => get_long(vm, v)? as u64,
        b'Q' | b'N' | b'L' if !big && (c != b'L' || native) => get_ulong(vm, v)?,
        b'h' | b'i' | b'l' => {
            let x = get_long(vm, v)?;
            let half = 1i64 << (size * 8 - 1);
            if x < -half || x >= half {
                return Err(range_error(vm, c, size, false));
            }
            x as u64
        }
        b'H' | b'I' | b'L' => {
            let x = get_ulong(vm, v)?;
            if x >> (size * 8) != 0 {
                return Err(range_error(vm, c, size, true));
            }
            x
        }
        // Big-endian 8-byte ints go through `_PyLong_AsByteArray`.
        b'q' | b'Q' => {
            let p = get_pylong(vm, v)?;
            match as_int(&p) {
                Some(IntRef::Small(i)) if c == b'q' || i >= 0 => i as u64,
                Some(IntRef::Small(_)) => {
                    return Err(vm.overflow_error("can't convert negative int to unsigned"));
                }
                Some(IntRef::Big(b)) if c == b'Q' && !b.is_negative() => b
                    .to_u64()
                    .ok_or_else(|| vm.overflow_error("int too big to convert"))?,
                Some(IntRef::Big(b)) if c == b'Q' && b.is_negative() => {
                    return Err(vm.overflow_error("can't convert negative int to unsigned"));
                }
                _ => return Err(vm.overflow_error("int too big to convert")),
            }
        }
        b'P' => {
            let p = get_pylong(vm, v)?;
            match as_int(&p) {
                Some(IntRef::Small(i)) => i as u64,
                Some(IntRef::Big(b)) if b.is_negative() => {
                    return Err(vm.overflow_error("Python int too large to convert to C long"));
                }
                Some(IntRef::Big(b)) => b.to_u64().ok_or_else(|| {
                    vm.overflow_error("Python int too large to convert to C unsigned long")
                })?,
                None => 0,
            }
        }
        b'?' => vm.truthy(v)? as u64,
        b'e' => {
            let f = get_double(vm, v)?;
            pack_half(f).ok_or_else(|| float_overflow(vm, 'e'))? as u64
        }
        b'f' => {
            let f = get_double(vm, v)?;
            let y = f as f32;
            if !native && y.is_infinite() && !f.is_infinite() {
                return Err(float_overflow(vm, 'f'));
            }
            put_bytes(out, order, &y.to_le_bytes());
            return Ok(());
        }
        b'd' => {
            let f = get_double(vm, v)?;
            put_bytes(out, order, &f.to_le_bytes());
            return Ok(());
        }
        _ => 0,
    };
    put_int(out, order, x);
    Ok(())
}

/// The bytes of an `s`/`p` argument (a bytes or bytearray object).
fn string_arg<'a>(vm: &Vm, v: &'a Value, c: u8) -> PyResult<Cow<'a, [u8]>> {
    if let Some(ObjKind::Bytes(b)) = builtin_view(v).as_obj().map(|o| &o.kind) {
        return Ok(Cow::Borrowed(b));
    }
    if buffer_kind(vm, v) == Some(BufKind::ByteArray) {
        return read_buffer(vm, v);
    }
    Err(error(
        vm,
        format!("argument for '{}' must be a bytes object", c as char),
    ))
}

/// Pack `args` (exactly `l.len` of them) into `buf` (`l.size` zero bytes).
/// On error the values before the failing one have been stored, as
/// CPython leaves them in a `pack_into` target.
fn pack_values(vm: &Vm, l: &Layout, args: &[Value], buf: &mut [u8]) -> PyResult<()> {
    let mut it = args.iter();
    for code in &l.codes {
        let mut off = code.offset;
        for _ in 0..code.repeat {
            let Some(v) = it.next() else {
                return Ok(());
            };
            let out = &mut buf[off..off + code.size];
            match code.ch {
                b's' => {
                    let b = string_arg(vm, v, b's')?;
                    let n = b.len().min(code.size);
                    out[..n].copy_from_slice(&b[..n]);
                }
                b'p' => {
                    let b = string_arg(vm, v, b'p')?;
                    if code.size > 0 {
                        let n = b.len().min(code.size - 1);
                        out[1..1 + n].copy_from_slice(&b[..n]);
                        out[0] = n.min(255) as u8;
                    }
                }
                c => {
                    if let Err(e) = pack_one(vm, l.order, c, v, out) {
                        if as_int(v).is_some() && vm.err_matches(&e, Exc::OverflowError) {
                            return Err(error(vm, "int too large to convert"));
                        }
                        return Err(e);
                    }
                }
            }
            off += code.size;
        }
    }
    Ok(())
}

/// `PyFloat_Pack2`: a double as IEEE 754 half precision (round half to
/// even), `None` if it is too large.
fn pack_half(x: f64) -> Option<u16> {
    let (sign, mut e, mut bits): (u16, i32, u16);
    if x == 0.0 {
        (sign, e, bits) = (x.is_sign_negative() as u16, 0, 0);
    } else if x.is_infinite() {
        (sign, e, bits) = ((x < 0.0) as u16, 0x1f, 0);
    } else if x.is_nan() {
        (sign, e, bits) = (x.is_sign_negative() as u16, 0x1f, 512);
    } else {
        sign = (x < 0.0) as u16;
        let (mut f, ex) = frexp(x.abs());
        // Normalize f to [1.0, 2.0).
        f *= 2.0;
        e = ex - 1;
        if e >= 16 {
            return None;
        } else if e < -25 {
            // Underflow to zero.
            f = 0.0;
            e = 0;
        } else if e < -14 {
            // Gradual underflow.
            f /= (1u64 << -(14 + e)) as f64;
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = f as u16;
        let rest = f - bits as f64;
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
    }
    Some(bits | ((e as u16) << 10) | (sign << 15))
}

/// `frexp` for a finite positive double: (m, e) with x = m * 2**e and
/// 0.5 <= m < 1.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `PyFloat_Unpack2`.
fn unpack_half(h: u16) -> f64 {
    let negative = h >> 15 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 { f64::INFINITY } else { f64::NAN }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if negative { -x } else { x }
}

// ----- unpacking -------------------------------------------------------------

fn unpack_values(vm: &Vm, l: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(l.len);
    for code in &l.codes {
        for r in 0..code.repeat {
            let off = code.offset + r * code.size;
            let b = &data[off..off + code.size];
            let v = match code.ch {
                b's' => vm.new_bytes(b.to_vec()),
                b'p' => {
                    if b.is_empty() {
                        vm.new_bytes(Vec::new())
                    } else {
                        let n = (b[0] as usize).min(code.size - 1);
                        vm.new_bytes(b[1..1 + n].to_vec())
                    }
                }
                b'c' => vm.new_bytes(b.to_vec()),
                b'?' => Value::bool(b[0] != 0),
                b'e' => Value::float(unpack_half(get_uint(l.order, b) as u16)),
                b'f' => Value::float(f32::from_bits(get_uint(l.order, b) as u32) as f64),
                b'd' => Value::float(f64::from_bits(get_uint(l.order, b))),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    let shift = 64 - 8 * b.len();
                    Value::int(((get_uint(l.order, b) << shift) as i64) >> shift)
                }
                _ => vm.new_int128(get_uint(l.order, b) as i128),
            };
            out.push(v);
        }
    }
    vm.new_tuple(out)
}

/// The unsigned integer stored in `b` (at most 8 bytes).
fn get_uint(order: Order, b: &[u8]) -> u64 {
    let mut x = 0u64;
    if order == Order::Big {
        for &byte in b {
            x = (x << 8) | byte as u64;
        }
    } else {
        for &byte in b.iter().rev() {
            x = (x << 8) | byte as u64;
        }
    }
    x
}

// ----- module functions ------------------------------------------------------

fn calcsize(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "calcsize", kw, &[])?;
    check_args(vm, "_struct.calcsize", args, 1, 1)?;
    Ok(Value::int(layout(vm, &args[0])?.size as i64))
}

fn pack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "pack", kw, &[])?;
    let Some(fmt) = args.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let l = layout(vm, fmt)?;
    let vals = &args[1..];
    if vals.len() != l.len {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                l.len,
                vals.len()
            ),
        ));
    }
    let mut buf = vec![0u8; l.size];
    pack_values(vm, &l, vals, &mut buf)?;
    Ok(vm.new_bytes(buf))
}

fn pack_into(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "pack_into", kw, &[])?;
    let Some(fmt) = args.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let l = layout(vm, fmt)?;
    let rest = &args[1..];
    if rest.len() != l.len + 2 {
        return Err(match rest.len() {
            0 => error(vm, "pack_into expected buffer argument"),
            1 => error(vm, "pack_into expected offset argument"),
            n => error(
                vm,
                format!(
                    "pack_into expected {} items for packing (got {})",
                    l.len,
                    n - 2
                ),
            ),
        });
    }
    let target = &rest[0];
    let buf_len = writable_len(vm, target)? as i64;
    let mut offset = offset_arg(vm, &rest[1], |vm| {
        vm.index_error("cannot fit 'int' into an index-sized integer")
    })?;
    let size = l.size as i64;
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(
                vm,
                format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        if offset + buf_len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {buf_len}-byte buffer"),
            ));
        }
        offset += buf_len;
    }
    if buf_len - offset < size {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {buf_len})",
                size + offset
            ),
        ));
    }
    let mut buf = vec![0u8; l.size];
    let r = pack_values(vm, &l, &rest[2..], &mut buf);
    write_buffer(vm, target, offset as usize, buf)?;
    r.map(|_| Value::NONE)
}

fn unpack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "unpack", kw, &[])?;
    check_args(vm, "unpack", args, 2, 2)?;
    let l = layout(vm, &args[0])?;
    let data = read_buffer(vm, &args[1])?;
    if data.len() != l.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(unpack_values(vm, &l, &data))
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pos(args, kw);
    for k in kw {
        let k = str_of(k).unwrap_or("?");
        if k != "buffer" && k != "offset" {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for unpack_from()"
            )));
        }
    }
    if p.len() + kw.len() > 3 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 3 arguments ({} given)",
            p.len() + kw.len()
        )));
    }
    let Some(fmt) = p.first() else {
        return Err(vm.type_error(format!(
            "unpack_from() takes at least 1 positional argument ({} given)",
            p.len()
        )));
    };
    let buffer = p.get(1).or_else(|| kwarg(args, kw, "buffer"));
    let offset = p.get(2).or_else(|| kwarg(args, kw, "offset"));
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let l = layout(vm, fmt)?;
    let data = read_buffer(vm, buffer)?;
    let mut offset = match offset {
        Some(o) => offset_arg(vm, o, |vm| {
            vm.overflow_error("Python int too large to convert to C ssize_t")
        })?,
        None => 0,
    };
    let (size, len) = (l.size as i64, data.len() as i64);
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(
                vm,
                format!("not enough data to unpack {size} bytes at offset {offset}"),
            ));
        }
        if offset + len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
                size + offset
            ),
        ));
    }
    let start = offset as usize;
    Ok(unpack_values(vm, &l, &data[start..start + l.size]))
}

fn iter_unpack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kwargs(vm, "iter_unpack", kw, &[])?;
    check_args(vm, "iter_unpack", args, 2, 2)?;
    let l = layout(vm, &args[0])?;
    if l.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = read_buffer(vm, &args[1])?;
    if data.len() % l.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let items: Vec<Value> = data
        .chunks(l.size)
        .map(|chunk| unpack_values(vm, &l, chunk))
        .collect();
    Ok(vm.new_list(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_round_trip() {
        for (x, h) in [
            (1.0, 0x3c00u16),
            (-2.0, 0xc000),
            (65504.0, 0x7bff),
            (6.103515625e-05, 0x0400),
            (5.960464477539063e-08, 0x0001),
            (0.0, 0),
        ] {
            assert_eq!(pack_half(x), Some(h));
            assert_eq!(unpack_half(h), x);
        }
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(1e-30), Some(0));
    }

    #[test]
    fn sizes_and_alignment() {
        let size = |f: &str| parse(f.as_bytes()).map(|l| l.size);
        assert_eq!(size("ci"), Ok(8));
        assert_eq!(size("<ci"), Ok(5));
        assert_eq!(size("c0i"), Ok(4));
        assert_eq!(size("hq"), Ok(16));
        assert_eq!(size("<n"), Err("bad char in struct format"));
        assert_eq!(
            size("3"),
            Err("repeat count given without format specifier")
        );
    }
}
