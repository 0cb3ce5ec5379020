//! The methods of `bytes` (the receiver may be an instance of a subclass;
//! results are always plain `bytes`). Character classes and case are
//! ASCII-only, as in CPython.

use stitch_bytecode::{BinOp, CmpOp};

use super::text;
use super::{
    Arity, add_wrapped_method, buffer_of, bytes_of, check_arity, int_arg, kw_params, positional,
    receiver, slice_arg,
};
use crate::builtins::method;
use crate::num::{IntRef, as_int};
use crate::object::ObjKind;
use crate::protocol::{builtin_view, str_of};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = &vm.types.bytes;
    let methods: &[(&'static str, crate::function::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isascii", isascii),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdigit", isdigit),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__rmod__", dunder_rmod),
        ("__contains__", dunder_contains),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__iter__", dunder_iter),
        ("__hash__", dunder_hash),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__repr__", dunder_repr),
        ("__str__", dunder_repr),
        ("__getnewargs__", dunder_getnewargs),
        ("__bytes__", dunder_bytes),
    ];
    for &(name, f) in methods {
        method(vm, t, name, f);
    }
    add_wrapped_method(vm, t, "fromhex", fromhex, true);
    add_wrapped_method(vm, t, "maketrans", maketrans, false);
}

fn recv<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
    arity: Arity,
) -> PyResult<(&'a [u8], &'a [Value])> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "bytes", name, arity, |v| bytes_of(v).is_some())?;
    let b = bytes_of(this).ok_or_else(|| vm.type_error("expected bytes"))?;
    if !matches!(arity, Arity::Clinic(0, 0)) {
        check_arity(vm, "bytes", name, arity, p.len() - 1, kw)?;
    }
    Ok((b, &p[1..]))
}

/// The receiver of a method that takes keyword arguments.
fn recv_kw<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(&'a [u8], &'a [Value])> {
    recv(vm, args, kw, name, Arity::Clinic(0, 0))
}

/// A bytes-like argument.
fn buf_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    buffer_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// `Py_ISSPACE`: ASCII whitespace without the information separators.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn bytes(vm: &Vm, b: &[u8]) -> Value {
    vm.new_bytes(b.to_vec())
}

fn decode(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, p) = recv_kw(vm, args, kw, "decode")?;
    let [encoding, errors] = kw_params(vm, "decode", p, args, kw, ["encoding", "errors"])?;
    super::decode_with(vm, b, encoding, errors, "decode")
}

fn hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, p) = recv_kw(vm, args, kw, "hex")?;
    let [sep, per] = kw_params(vm, "hex", p, args, kw, ["sep", "bytes_per_sep"])?;
    let per = match per {
        Some(v) => match int_arg(vm, v) {
            Ok(n) if i32::try_from(n).is_ok() => n,
            Ok(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
            Err(e) if vm.err_matches(&e, Exc::OverflowError) => {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            Err(e) => return Err(e),
        },
        None => 1,
    };
    let sep: Option<char> = match sep {
        None => None,
        Some(v) => {
            let s: Vec<char> = if let Some(s) = str_of(v) {
                s.chars().collect()
            } else if let Some(sb) = buffer_of(v) {
                sb.iter().map(|&c| c as char).collect()
            } else {
                return Err(
                    vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                );
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s[0])
        }
    };
    let digits = |c: &u8| format!("{c:02x}");
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else {
        return Ok(vm.new_str(b.iter().map(digits).collect::<String>()));
    };
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<&[u8]> = Vec::new();
    if per > 0 {
        // Groups are counted from the right.
        let first = b.len() % n;
        if first > 0 {
            groups.push(&b[..first]);
        }
        groups.extend(b[first..].chunks(n));
    } else {
        groups.extend(b.chunks(n));
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|g| g.iter().map(digits).collect())
        .collect();
    Ok(vm.new_str(parts.join(&sep.to_string())))
}

/// `bytes.fromhex(string)` (a class method).
fn fromhex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_arity(
        vm,
        "bytes",
        "fromhex",
        Arity::One,
        args.len().saturating_sub(1),
        kw,
    )?;
    let cls = &args[0];
    let Some(s) = str_of(&args[1]) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    let bad = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    if !s.is_ascii() {
        return Err(bad(s.chars().position(|c| !c.is_ascii()).unwrap_or(0)));
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
        }
        let top = (b[i] as char).to_digit(16).ok_or_else(|| bad(i))?;
        i += 1;
        let bot = b
            .get(i)
            .and_then(|&c| (c as char).to_digit(16))
            .ok_or_else(|| bad(i))?;
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    let result = vm.new_bytes(out);
    if cls.is(&vm.types.bytes) {
        return Ok(result);
    }
    vm.call(cls, &[result], &[])
}

// ----- case and classes ----------------------------------------------------

fn map_bytes(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (b, _) = recv(vm, args, kw, name, Arity::NoArgs)?;
    Ok(vm.new_bytes(f(b)))
}
fn upper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, kw, "upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, kw, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, kw, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn capitalize(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, kw, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, args, kw, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

macro_rules! all_bytes {
    ($name:ident, $pred:expr, $empty:expr) => {
        fn $name(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let (b, _) = recv(vm, args, kw, stringify!($name), Arity::NoArgs)?;
            let pred: fn(&u8) -> bool = $pred;
            Ok(Value::bool(if b.is_empty() {
                $empty
            } else {
                b.iter().all(pred)
            }))
        }
    };
}
all_bytes!(isascii, |c| c.is_ascii(), true);
all_bytes!(isalpha, |c| c.is_ascii_alphabetic(), false);
all_bytes!(isalnum, |c| c.is_ascii_alphanumeric(), false);
all_bytes!(isdigit, |c| c.is_ascii_digit(), false);
all_bytes!(isspace, |c| is_space(*c), false);

fn islower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, _) = recv(vm, args, kw, "islower", Arity::NoArgs)?;
    Ok(Value::bool(
        !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase),
    ))
}
fn isupper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, _) = recv(vm, args, kw, "isupper", Arity::NoArgs)?;
    Ok(Value::bool(
        !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase),
    ))
}
fn istitle(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, _) = recv(vm, args, kw, "istitle", Arity::NoArgs)?;
    let chars = b
        .iter()
        .map(|&c| if c.is_ascii() { c as char } else { '\0' });
    Ok(Value::bool(text::istitle(
        chars,
        |c| c.is_ascii_uppercase(),
        |c| c.is_ascii_lowercase(),
    )))
}

// ----- searching -----------------------------------------------------------

/// A `find`-style argument: bytes-like or an int in range(256).
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v) {
        return Ok(b.into_owned());
    }
    match as_int(v) {
        Some(IntRef::Small(i)) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => match vm.index_value(v)? {
            Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
            Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            None => Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn search(vm: &Vm, args: &[Value], kw: &[Value], name: &str, kind: Search) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, name, Arity::Old(1, 3))?;
    let sub = sub_arg(vm, &a[0])?;
    let (start, end) =
        text::adjust_indices(slice_arg(vm, a.get(1))?, slice_arg(vm, a.get(2))?, b.len());
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        let (start, end) = (start as usize, end as usize);
        let hay = &b[start..end];
        match kind {
            Search::Count => {
                let n = if sub.is_empty() {
                    end - start + 1
                } else {
                    text::count(hay, &sub, usize::MAX)
                };
                return Ok(Value::int(n as i64));
            }
            Search::Find | Search::Index => text::find(hay, &sub).map(|i| start + i),
            Search::RFind | Search::RIndex => text::rfind(hay, &sub).map(|i| start + i),
        }
    };
    match (found, kind) {
        (_, Search::Count) => Ok(Value::int(0)),
        (Some(i), _) => Ok(Value::int(i as i64)),
        (None, Search::Find | Search::RFind) => Ok(Value::int(-1)),
        (None, _) => Err(vm.value_error("subsection not found")),
    }
}

fn find(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "find", Search::Find)
}
fn rfind(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "rfind", Search::RFind)
}
fn index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "index", Search::Index)
}
fn rindex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "rindex", Search::RIndex)
}
fn count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "count", Search::Count)
}

fn tailmatch(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = text::adjust_indices(start, end, b.len());
    if end - (sub.len() as i64) < start {
        return false;
    }
    if at_end {
        b[..end as usize].ends_with(sub)
    } else {
        b[start as usize..].starts_with(sub)
    }
}

fn starts_ends(vm: &Vm, args: &[Value], kw: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, name, Arity::Old(1, 3))?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    if let Some(ObjKind::Tuple(items)) = builtin_view(&a[0]).as_obj().map(|o| &o.kind) {
        for it in items.iter() {
            if tailmatch(b, &*buf_arg(vm, it)?, start, end, at_end) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(sub) = buffer_of(&a[0]) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&a[0])
        )));
    };
    Ok(Value::bool(tailmatch(b, &sub, start, end, at_end)))
}

fn startswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "startswith", false)
}
fn endswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "endswith", true)
}

// ----- splitting and joining -----------------------------------------------

fn split_impl(vm: &Vm, args: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let (b, p) = recv_kw(vm, args, kw, name)?;
    let [sep, maxsplit] = kw_params(vm, name, p, args, kw, ["sep", "maxsplit"])?;
    let maxsplit = match maxsplit {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let spans = match sep {
        Some(v) if !v.is_none() => {
            let sep = &*buf_arg(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                text::rsplit_sep(b, sep, maxsplit)
            } else {
                text::split_sep(b, sep, maxsplit)
            }
        }
        _ => {
            let space = |i: usize| is_space(b[i]);
            if right {
                text::rsplit_ws(b.len(), space, maxsplit)
            } else {
                text::split_ws(b.len(), space, maxsplit)
            }
        }
    };
    Ok(vm.new_list(
        spans
            .into_iter()
            .map(|(x, y)| bytes(vm, &b[x..y]))
            .collect(),
    ))
}

fn split(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", false)
}
fn rsplit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", true)
}

fn splitlines(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, p) = recv_kw(vm, args, kw, "splitlines")?;
    let [keepends] = kw_params(vm, "splitlines", p, args, kw, ["keepends"])?;
    let keepends = match keepends {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let spans = text::splitlines(
        b.len(),
        |i| b[i] as u32,
        |c| c == 0x0a || c == 0x0d,
        keepends,
    );
    Ok(vm.new_list(
        spans
            .into_iter()
            .map(|(x, y)| bytes(vm, &b[x..y]))
            .collect(),
    ))
}

fn join(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, a) = recv(vm, args, kw, "join", Arity::One)?;
    let items = super::str_methods::join_items(vm, &a[0])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(part) = buffer_of(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(vm.new_bytes(out))
}

fn strip_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, name, Arity::Clinic(0, 1))?;
    let (lo, hi) = match a.first() {
        Some(v) if !v.is_none() => {
            let set = &*buf_arg(vm, v)?;
            text::strip_span(b.len(), |i| set.contains(&b[i]), left, right)
        }
        _ => text::strip_span(b.len(), |i| is_space(b[i]), left, right),
    };
    Ok(bytes(vm, &b[lo..hi]))
}

fn strip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}
fn lstrip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}
fn rstrip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn replace(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, "replace", Arity::Clinic(2, 3))?;
    let old = &*buf_arg(vm, &a[0])?;
    let new = &*buf_arg(vm, &a[1])?;
    let count = match a.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    if old.is_empty() {
        let max = if count < 0 {
            b.len() + 1
        } else {
            (count as usize).min(b.len() + 1)
        };
        let mut out = Vec::new();
        out.try_reserve(b.len().saturating_add(new.len().saturating_mul(max)))
            .map_err(|_| vm.err(Exc::MemoryError, ""))?;
        for (i, &c) in b.iter().enumerate() {
            if i < max {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if b.len() < max {
            out.extend_from_slice(new);
        }
        return Ok(vm.new_bytes(out));
    }
    Ok(vm.new_bytes(text::replace(b, old, new, count)))
}

fn partition_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, name, Arity::One)?;
    let sep = &*buf_arg(vm, &a[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        text::rfind(b, sep)
    } else {
        text::find(b, sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if right => [b"", b"", b],
        None => [b, b"", b""],
    };
    Ok(vm.new_tuple(parts.iter().map(|p| bytes(vm, p)).collect()))
}

fn partition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}
fn rpartition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

// ----- padding -------------------------------------------------------------

fn padded(vm: &Vm, b: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Value> {
    let mut out = Vec::new();
    out.try_reserve(left.saturating_add(right).saturating_add(b.len()))
        .map_err(|_| vm.err(Exc::MemoryError, ""))?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    Ok(vm.new_bytes(out))
}

fn justify(vm: &Vm, args: &[Value], kw: &[Value], name: &str, how: u8) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, name, Arity::Clinic(1, 2))?;
    let width = int_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match buffer_of(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    if width <= b.len() as i64 {
        return Ok(bytes(vm, b));
    }
    let width = width as usize;
    let (l, r) = match how {
        b'l' => (0, width - b.len()),
        b'r' => (width - b.len(), 0),
        _ => text::center_margins(b.len(), width),
    };
    padded(vm, b, l, r, fill)
}

fn center(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "center", b'c')
}
fn ljust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", b'l')
}
fn rjust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", b'r')
}

fn zfill(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, "zfill", Arity::One)?;
    let width = int_arg(vm, &a[0])?;
    if width <= b.len() as i64 {
        return Ok(bytes(vm, b));
    }
    let fill = width as usize - b.len();
    let (sign, rest) = match b.first() {
        Some(b'+') | Some(b'-') => b.split_at(1),
        _ => (&b[..0], b),
    };
    let mut out = Vec::new();
    out.try_reserve(width as usize)
        .map_err(|_| vm.err(Exc::MemoryError, ""))?;
    out.extend_from_slice(sign);
    out.resize(sign.len() + fill, b'0');
    out.extend_from_slice(rest);
    Ok(vm.new_bytes(out))
}

fn expandtabs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, p) = recv_kw(vm, args, kw, "expandtabs")?;
    let [tabsize] = kw_params(vm, "expandtabs", p, args, kw, ["tabsize"])?;
    let tabsize = match tabsize {
        Some(t) => int_arg(vm, t)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.try_reserve(incr as usize)
                    .map_err(|_| vm.err(Exc::MemoryError, ""))?;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_bytes(out))
}

fn removeprefix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, "removeprefix", Arity::One)?;
    let pre = &*buf_arg(vm, &a[0])?;
    Ok(bytes(vm, b.strip_prefix(pre).unwrap_or(b)))
}
fn removesuffix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, a) = recv(vm, args, kw, "removesuffix", Arity::One)?;
    let suf = &*buf_arg(vm, &a[0])?;
    Ok(bytes(vm, b.strip_suffix(suf).unwrap_or(b)))
}

fn translate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, p) = recv_kw(vm, args, kw, "translate")?;
    if p.is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete] = kw_params(vm, "translate", p, args, kw, ["", "delete"])?;
    let table = match table {
        Some(t) if !t.is_none() => {
            let t = buf_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match delete {
        Some(d) => &*buf_arg(vm, d)?,
        None => b"",
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(vm.new_bytes(out))
}

/// `bytes.maketrans(frm, to)` (a static method).
fn maketrans(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_arity(
        vm,
        "bytes",
        "maketrans",
        Arity::Clinic(2, 2),
        args.len(),
        kw,
    )?;
    let frm = &*buf_arg(vm, &args[0])?;
    let to = &*buf_arg(vm, &args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in frm.iter().zip(to.iter()) {
        t[a as usize] = b;
    }
    Ok(vm.new_bytes(t))
}

// ----- dunders ---------------------------------------------------------------

fn wrapper<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
    n: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "bytes", name, Arity::Wrapper(n), |v| {
        bytes_of(v).is_some()
    })?;
    check_arity(vm, "bytes", name, Arity::Wrapper(n), p.len() - 1, kw)?;
    Ok((builtin_view(this), &p[1..]))
}

fn dunder_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__add__", 1)?;
    match (bytes_of(this), buffer_of(&a[0])) {
        (Some(x), Some(y)) => Ok(vm.new_bytes([x, &y[..]].concat())),
        _ => Err(vm.type_error(format!("can't concat {} to bytes", vm.type_name(&a[0])))),
    }
}
fn dunder_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__mul__", 1)?;
    if as_int(&a[0]).is_some() {
        // The operator reports a count past 64 bits as CPython does.
        return vm.binary_op(this, builtin_view(&a[0]), BinOp::Multiply);
    }
    let n = int_arg(vm, &a[0])?;
    vm.binary_op(this, &Value::int(n), BinOp::Multiply)
}
fn dunder_mod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__mod__", 1)?;
    crate::builtins::percent_format(vm, this, &a[0])
}
fn dunder_rmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__rmod__", 1)?;
    if bytes_of(&a[0]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    crate::builtins::percent_format(vm, builtin_view(&a[0]), this)
}
fn dunder_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__contains__", 1)?;
    Ok(Value::bool(vm.contains(this, &a[0])?))
}
fn dunder_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, _) = wrapper(vm, args, kw, "__len__", 0)?;
    Ok(Value::int(bytes_of(this).map_or(0, |b| b.len()) as i64))
}
fn dunder_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__getitem__", 1)?;
    vm.getitem(this, &a[0])
}
fn dunder_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, _) = wrapper(vm, args, kw, "__iter__", 0)?;
    vm.iter(this)
}
fn dunder_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, _) = wrapper(vm, args, kw, "__hash__", 0)?;
    Ok(Value::int(stitch_pyfmt::hash::hash_bytes(
        bytes_of(this).unwrap_or(b""),
    )))
}

fn rich(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, name, 1)?;
    match (bytes_of(this), buffer_of(&a[0])) {
        (Some(x), Some(y)) => Ok(Value::bool(crate::protocol::cmp_holds(op, x.cmp(&y[..])))),
        _ => Ok(vm.not_implemented.clone()),
    }
}
fn dunder_eq(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rich(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn dunder_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rich(vm, args, kw, "__ne__", CmpOp::Ne)
}
fn dunder_lt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rich(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn dunder_le(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rich(vm, args, kw, "__le__", CmpOp::Le)
}
fn dunder_gt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rich(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn dunder_ge(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rich(vm, args, kw, "__ge__", CmpOp::Ge)
}
fn dunder_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, _) = wrapper(vm, args, kw, "__repr__", 0)?;
    Ok(vm.new_str(crate::builtins::repr::bytes_repr(
        bytes_of(this).unwrap_or(b""),
    )))
}
fn dunder_getnewargs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, _) = recv(vm, args, kw, "__getnewargs__", Arity::NoArgs)?;
    Ok(vm.new_tuple(vec![bytes(vm, b)]))
}
fn dunder_bytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "bytes", "__bytes__", Arity::NoArgs, |v| {
        bytes_of(v).is_some()
    })?;
    check_arity(vm, "bytes", "__bytes__", Arity::NoArgs, p.len() - 1, kw)?;
    if vm.is_heap_instance(this) {
        return Ok(bytes(vm, bytes_of(this).unwrap_or(b"")));
    }
    Ok(this.clone())
}
