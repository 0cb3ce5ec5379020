//! Methods of `str` and `bytes`, and text encoding/decoding.
//!
//! The methods live in submodules: `strings_str.rs` (`str`),
//! `strings_bytes.rs` (`bytes`), `strings_format.rs` (`str.format`), with
//! the value-free algorithms in `strings_text.rs`. This file holds what
//! they share: argument checking with CPython's messages (which depend on
//! the calling convention CPython happens to use for each method) and the
//! codecs behind `str.encode` / `bytes.decode`.

#[path = "strings_bytes.rs"]
mod bytes_methods;
#[path = "strings_format.rs"]
pub mod format;
#[path = "strings_str.rs"]
mod str_methods;
#[path = "strings_text.rs"]
pub mod text;

use super::pos;
use crate::num::{IntRef, as_int};
use crate::object::{self, ObjKind};
use crate::protocol::{builtin_view, str_of};
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

pub fn init(vm: &Vm) {
    str_methods::init(vm);
    bytes_methods::init(vm);
}

/// Register `f` as a static method (`str.maketrans`) or class method
/// (`bytes.fromhex`) of a built-in type.
pub(crate) fn add_wrapped_method(
    vm: &Vm,
    ty: &Value,
    name: &'static str,
    f: crate::function::NativeFn,
    class: bool,
) {
    let func = vm.new_builtin(name, f);
    let wrapped = if class {
        object::alloc(ObjKind::ClassMethod(func), &vm.types.classmethod)
    } else {
        object::alloc(ObjKind::StaticMethod(func), &vm.types.staticmethod)
    };
    if let Some(t) = crate::types::type_obj(ty) {
        let _ = vm.dict_set_str(&t.dict, name, wrapped);
    }
}

// ----- arguments ---------------------------------------------------------

/// How a method reports a wrong argument count. CPython's messages depend
/// on the calling convention each method happens to use.
#[derive(Clone, Copy)]
pub(crate) enum Arity {
    /// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "str.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic, positional only: "center expected at least 1 argument, got 0".
    Clinic(usize, usize),
    /// `PyArg_ParseTuple`: "find() takes at least 1 argument (0 given)".
    Old(usize, usize),
    /// A slot wrapper (`__add__`): "expected 1 argument, got 0".
    Wrapper(usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub(crate) fn check_arity(
    vm: &Vm,
    owner: &str,
    name: &str,
    arity: Arity,
    n: usize,
    kw: &[Value],
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(match arity {
            Arity::Wrapper(_) => format!("wrapper {name}() takes no keyword arguments"),
            Arity::Old(..) => format!("{name}() takes no keyword arguments"),
            _ => format!("{owner}.{name}() takes no keyword arguments"),
        }));
    }
    let msg = match arity {
        Arity::NoArgs if n != 0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
        Arity::One if n != 1 => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        Arity::Clinic(min, max) if min == max && n != min => {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        }
        Arity::Clinic(min, _) if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        Arity::Clinic(_, max) if n > max => format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
        Arity::Old(min, _) if n < min => format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        ),
        Arity::Old(_, max) if n > max => format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        ),
        Arity::Wrapper(k) if n != k => format!("expected {k} argument{}, got {n}", plural(k)),
        _ => return Ok(()),
    };
    Err(vm.type_error(msg))
}

/// The receiver of a method of `owner` (the positional `args[0]`), checked
/// with `is_ok`; CPython's descriptor errors otherwise.
pub(crate) fn receiver<'a>(
    vm: &Vm,
    p: &'a [Value],
    owner: &str,
    name: &str,
    arity: Arity,
    is_ok: impl Fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let wrapper = matches!(arity, Arity::Wrapper(_));
    match p.first() {
        None if wrapper => Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        ))),
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
        Some(v) if is_ok(v) => Ok(v),
        Some(v) if wrapper => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(v)
        ))),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// Keyword-capable parameters `names` (Argument Clinic with keywords):
/// `p` are the positional arguments after self.
pub(crate) fn kw_params<'a, const N: usize>(
    vm: &Vm,
    fname: &str,
    p: &'a [Value],
    args: &'a [Value],
    kw: &[Value],
    names: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    if p.len() > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} argument{} ({} given)",
            plural(N),
            p.len()
        )));
    }
    let mut out: [Option<&'a Value>; N] = [None; N];
    for (i, v) in p.iter().enumerate() {
        out[i] = Some(v);
    }
    let base = args.len() - kw.len();
    for (k, name) in kw.iter().enumerate() {
        let ks = str_of(name).unwrap_or("?");
        match names.iter().position(|n| *n == ks) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{ks}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(&args[base + k]),
            None => {
                return Err(vm.type_error(format!(
                    "'{ks}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// An integer argument (`__index__`), as a C `Py_ssize_t`.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => match vm.index_value(v)? {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// A `start`/`end` argument of `find` and friends: None or an index.
pub(crate) fn slice_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// `mapping[key]` for `format_map` and `%(key)s`. A dict subclass's
/// `__missing__` is honoured here too, in case the generic subscript does
/// not do it.
pub(crate) fn mapping_get(vm: &Vm, m: &Value, key: &Value) -> PyResult<Value> {
    match vm.getitem(m, key) {
        Err(e)
            if vm.err_matches(&e, Exc::KeyError)
                && matches!(
                    builtin_view(m).as_obj().map(|o| &o.kind),
                    Some(ObjKind::Dict(_))
                )
                && vm.user_dunder(m, "__getitem__").is_none() =>
        {
            match vm.call_dunder(m, "__missing__", &[key.clone()]) {
                Some(r) => r,
                None => Err(e),
            }
        }
        r => r,
    }
}

/// Positional arguments including the receiver.
pub(crate) fn positional<'a>(args: &'a [Value], kw: &[Value]) -> &'a [Value] {
    pos(args, kw)
}

// ----- codecs ------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn str_param(vm: &Vm, v: Option<&Value>, fname: &str, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn lookup_codec(vm: &Vm, name: Option<&str>) -> PyResult<Codec> {
    let Some(name) = name else {
        return Ok(Codec::Utf8);
    };
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "cp367" | "csascii" | "ibm367"
        | "iso646-us" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" | "iso-8859-1:1987" | "ibm819" => Codec::Latin1,
        _ => return Err(vm.err(Exc::LookupError, format!("unknown encoding: {name}"))),
    })
}

/// Build a `UnicodeEncodeError`/`UnicodeDecodeError` with its attributes.
fn codec_error(
    vm: &Vm,
    kind: Exc,
    msg: String,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let e = vm.err(kind, msg);
    let _ = vm.set_instance_attr_raw(&e.exc, "encoding", vm.new_str(codec.name()));
    let _ = vm.set_instance_attr_raw(&e.exc, "object", object);
    let _ = vm.set_instance_attr_raw(&e.exc, "start", Value::int(start as i64));
    let _ = vm.set_instance_attr_raw(&e.exc, "end", Value::int(end as i64));
    let _ = vm.set_instance_attr_raw(&e.exc, "reason", vm.new_str(reason));
    e
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.err(
        Exc::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `bytes.decode` / `str(b, encoding)`.
pub fn decode_bytes(
    vm: &Vm,
    b: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    decode_with(vm, b, encoding, errors, "str")
}

pub(crate) fn decode_with(
    vm: &Vm,
    b: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
    fname: &str,
) -> PyResult<Value> {
    let enc = str_param(vm, encoding, fname, "encoding")?;
    let errors = str_param(vm, errors, fname, "errors")?;
    let codec = lookup_codec(vm, enc.as_deref())?;
    let errors = errors.as_deref().unwrap_or("strict");
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // Decode a valid run, then handle one bad range [i, j).
        let (j, reason) = match codec {
            Codec::Latin1 => {
                out.extend(b[i..].iter().map(|&c| c as char));
                break;
            }
            Codec::Ascii => match b[i..].iter().position(|&c| c >= 0x80) {
                None => {
                    out.extend(b[i..].iter().map(|&c| c as char));
                    break;
                }
                Some(p) => {
                    out.extend(b[i..i + p].iter().map(|&c| c as char));
                    i += p;
                    (i + 1, "ordinal not in range(128)")
                }
            },
            Codec::Utf8 => match std::str::from_utf8(&b[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or(""));
                    i += good;
                    match e.error_len() {
                        None => (b.len(), "unexpected end of data"),
                        Some(n) => {
                            let lead = b[i];
                            let reason = if (0x80..0xc2).contains(&lead) || lead > 0xf4 {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (i + n, reason)
                        }
                    }
                }
            },
        };
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let msg = if j - i == 1 {
                    format!(
                        "'{}' codec can't decode byte 0x{:02x} in position {i}: {reason}",
                        codec.name(),
                        b[i]
                    )
                } else {
                    format!(
                        "'{}' codec can't decode bytes in position {i}-{}: {reason}",
                        codec.name(),
                        j - 1
                    )
                };
                return Err(codec_error(
                    vm,
                    Exc::UnicodeDecodeError,
                    msg,
                    codec,
                    vm.new_bytes(b.to_vec()),
                    i,
                    j,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => b[i..j]
                .iter()
                .for_each(|c| out.push_str(&format!("\\x{c:02x}"))),
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(vm.new_str(out))
}

/// `str.encode` / `bytes(s, encoding)`.
pub fn encode_str(
    vm: &Vm,
    s: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    encode_with(vm, s, encoding, errors, "bytes")
}

pub(crate) fn encode_with(
    vm: &Vm,
    s: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    fname: &str,
) -> PyResult<Value> {
    let enc = str_param(vm, encoding, fname, "encoding")?;
    let errors = str_param(vm, errors, fname, "errors")?;
    let codec = lookup_codec(vm, enc.as_deref())?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(vm.new_bytes(s.as_bytes().to_vec())),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(vm.new_bytes(s.as_bytes().to_vec()));
    }
    let errors = errors.as_deref().unwrap_or("strict");
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        let bad = &chars[i..j];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => {
                let reason = format!("ordinal not in range({limit})");
                let msg = if j - i == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {i}: {reason}",
                        codec.name(),
                        escape_char(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {i}-{}: {reason}",
                        codec.name(),
                        j - 1
                    )
                };
                return Err(codec_error(
                    vm,
                    Exc::UnicodeEncodeError,
                    msg,
                    codec,
                    vm.new_str(s),
                    i,
                    j,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(bad.iter().map(|_| b'?')),
            "xmlcharrefreplace" => bad
                .iter()
                .for_each(|&c| out.extend_from_slice(format!("&#{};", c as u32).as_bytes())),
            "backslashreplace" => bad
                .iter()
                .for_each(|&c| out.extend_from_slice(escape_char(c).as_bytes())),
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(vm.new_bytes(out))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// The bytes of a bytes-like argument (`bytes` or a subclass).
pub(crate) fn bytes_of(v: &Value) -> Option<&[u8]> {
    match &builtin_view(v).as_obj()?.kind {
        ObjKind::Bytes(b) => Some(b),
        _ => None,
    }
}

/// The contents of any bytes-like object: bytes (borrowed), or a snapshot
/// of a bytearray or memoryview.
pub(crate) fn buffer_of(v: &Value) -> Option<std::borrow::Cow<'_, [u8]>> {
    use std::borrow::Cow;
    match &builtin_view(v).as_obj()?.kind {
        ObjKind::Bytes(b) => Some(Cow::Borrowed(b)),
        ObjKind::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        ObjKind::MemoryView(m) => Some(Cow::Owned(super::bytearray::memview_bytes(m))),
        _ => None,
    }
}
