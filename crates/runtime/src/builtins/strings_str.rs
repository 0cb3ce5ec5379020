//! The methods of `str` (the receiver may be an instance of a subclass;
//! results are always plain `str`).

use stitch_bytecode::{BinOp, CmpOp};

use super::text;
use super::{
    Arity, add_wrapped_method, check_arity, int_arg, kw_params, positional, receiver, slice_arg,
};
use crate::builtins::method;
use crate::num::as_int;
use crate::object::ObjKind;
use crate::protocol::{builtin_view, pystr_of, str_of};
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &Vm) {
    let t = &vm.types.str_;
    let methods: &[(&'static str, crate::function::NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isascii", isascii),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("isspace", isspace),
        ("isprintable", isprintable),
        ("isidentifier", isidentifier),
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
        ("encode", encode),
        ("translate", translate),
        ("format", super::format::str_format),
        ("format_map", super::format::str_format_map),
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
        ("__str__", dunder_str),
        ("__format__", dunder_format),
        ("__getnewargs__", dunder_getnewargs),
    ];
    for &(name, f) in methods {
        method(vm, t, name, f);
    }
    add_wrapped_method(vm, t, "maketrans", maketrans, false);
}

/// The receiver and the positional arguments after it.
fn recv<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
    arity: Arity,
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "str", name, arity, |v| pystr_of(v).is_some())?;
    let s = pystr_of(this).ok_or_else(|| vm.type_error("expected str"))?;
    check_arity(vm, "str", name, arity, p.len() - 1, kw)?;
    Ok((s, &p[1..]))
}

/// The receiver of a method that takes keyword arguments.
fn recv_kw<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "str", name, Arity::Clinic(0, 0), |v| {
        pystr_of(v).is_some()
    })?;
    let s = pystr_of(this).ok_or_else(|| vm.type_error("expected str"))?;
    Ok((s, &p[1..]))
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, msg: impl FnOnce(String) -> String) -> PyResult<&'a PyStr> {
    pystr_of(v).ok_or_else(|| vm.type_error(msg(vm.type_name(v))))
}

fn new_str(vm: &Vm, s: &str) -> Value {
    vm.new_str(s)
}

// ----- case ----------------------------------------------------------------

macro_rules! case_method {
    ($name:ident, $f:path) => {
        fn $name(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let (s, _) = recv(vm, args, kw, stringify!($name), Arity::NoArgs)?;
            Ok(vm.new_str($f(s.as_str())))
        }
    };
}
case_method!(upper, text::upper);
case_method!(lower, text::lower);
case_method!(casefold, text::casefold);
case_method!(swapcase, text::swapcase);
case_method!(title, text::title);
case_method!(capitalize, text::capitalize);

// ----- predicates ----------------------------------------------------------

macro_rules! all_chars {
    ($name:ident, $pred:path, $empty:expr) => {
        fn $name(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let (s, _) = recv(vm, args, kw, stringify!($name), Arity::NoArgs)?;
            let s = s.as_str();
            Ok(Value::bool(if s.is_empty() {
                $empty
            } else {
                s.chars().all($pred)
            }))
        }
    };
}
all_chars!(isalpha, text::is_alpha, false);
all_chars!(isalnum, text::is_alnum, false);
all_chars!(isdecimal, text::is_decimal, false);
all_chars!(isdigit, text::is_digit, false);
all_chars!(isnumeric, text::is_numeric, false);
all_chars!(isspace, text::is_space, false);
all_chars!(isprintable, text::is_printable, true);

fn isascii(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(vm, args, kw, "isascii", Arity::NoArgs)?;
    Ok(Value::bool(s.is_ascii()))
}
fn isidentifier(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(vm, args, kw, "isidentifier", Arity::NoArgs)?;
    Ok(Value::bool(text::is_identifier(s.as_str())))
}
fn islower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(vm, args, kw, "islower", Arity::NoArgs)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if text::is_upper(c) || text::is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= text::is_lower(c);
    }
    Ok(Value::bool(cased))
}
fn isupper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(vm, args, kw, "isupper", Arity::NoArgs)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if text::is_lower(c) || text::is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= text::is_upper(c);
    }
    Ok(Value::bool(cased))
}
fn istitle(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(vm, args, kw, "istitle", Arity::NoArgs)?;
    Ok(Value::bool(text::istitle(
        s.as_str().chars(),
        text::is_upper,
        text::is_lower,
    )))
}

// ----- searching -----------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

/// `find`, `rfind`, `index`, `rindex`, `count`.
fn search(vm: &Vm, args: &[Value], kw: &[Value], name: &str, kind: Search) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, name, Arity::Old(1, 3))?;
    let sub = str_arg(vm, &a[0], |t| format!("must be str, not {t}"))?;
    let (start, end) =
        text::adjust_indices(slice_arg(vm, a.get(1))?, slice_arg(vm, a.get(2))?, s.len());
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        let (start, end) = (start as usize, end as usize);
        let (bs, be) = (s.byte_offset(start), s.byte_offset(end));
        let hay = &s.as_str().as_bytes()[bs..be];
        let needle = sub.as_str().as_bytes();
        match kind {
            Search::Count => {
                let n = if needle.is_empty() {
                    end - start + 1
                } else {
                    text::count(hay, needle, usize::MAX)
                };
                return Ok(Value::int(n as i64));
            }
            Search::Find | Search::Index => text::find(hay, needle).map(|i| s.char_index(bs + i)),
            Search::RFind | Search::RIndex => {
                text::rfind(hay, needle).map(|i| s.char_index(bs + i))
            }
        }
    };
    match (found, kind) {
        (_, Search::Count) => Ok(Value::int(0)),
        (Some(i), _) => Ok(Value::int(i as i64)),
        (None, Search::Find | Search::RFind) => Ok(Value::int(-1)),
        (None, _) => Err(vm.value_error("substring not found")),
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

/// Does `sub` match `s` at the start (or end) of `s[start:end]`? (`tailmatch`)
fn tailmatch(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = text::adjust_indices(start, end, s.len());
    let n = sub.len() as i64;
    if end - n < start {
        return false;
    }
    let (start, end) = (start as usize, end as usize);
    let bytes = s.as_str().as_bytes();
    let needle = sub.as_str().as_bytes();
    if at_end {
        bytes[..s.byte_offset(end)].ends_with(needle)
    } else {
        bytes[s.byte_offset(start)..].starts_with(needle)
    }
}

fn starts_ends(vm: &Vm, args: &[Value], kw: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, name, Arity::Old(1, 3))?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    if let Some(ObjKind::Tuple(items)) = builtin_view(&a[0]).as_obj().map(|o| &o.kind) {
        for it in items.iter() {
            let sub = str_arg(vm, it, |t| {
                format!("tuple for {name} must only contain str, not {t}")
            })?;
            if tailmatch(s, sub, start, end, at_end) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let sub = str_arg(vm, &a[0], |t| {
        format!("{name} first arg must be str or a tuple of str, not {t}")
    })?;
    Ok(Value::bool(tailmatch(s, sub, start, end, at_end)))
}

fn startswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "startswith", false)
}
fn endswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "endswith", true)
}

// ----- splitting and joining -----------------------------------------------

fn split_impl(vm: &Vm, args: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let (s, p) = recv_kw(vm, args, kw, name)?;
    let [sep, maxsplit] = kw_params(vm, name, p, args, kw, ["sep", "maxsplit"])?;
    let maxsplit = match maxsplit {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let sep = match sep {
        Some(v) if !v.is_none() => {
            Some(str_arg(vm, v, |t| format!("must be str or None, not {t}"))?)
        }
        _ => None,
    };
    let text = s.as_str();
    let parts: Vec<Value> = match sep {
        None => {
            let space = |i: usize| text::is_space(s.char_at(i));
            let spans = if right {
                text::rsplit_ws(s.len(), space, maxsplit)
            } else {
                text::split_ws(s.len(), space, maxsplit)
            };
            spans
                .into_iter()
                .map(|(a, b)| new_str(vm, s.slice(a, b)))
                .collect()
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let (hay, needle) = (text.as_bytes(), sep.as_str().as_bytes());
            let spans = if right {
                text::rsplit_sep(hay, needle, maxsplit)
            } else {
                text::split_sep(hay, needle, maxsplit)
            };
            spans
                .into_iter()
                .map(|(a, b)| new_str(vm, text.get(a..b).unwrap_or("")))
                .collect()
        }
    };
    Ok(vm.new_list(parts))
}

fn split(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", false)
}
fn rsplit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", true)
}

fn splitlines(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, p) = recv_kw(vm, args, kw, "splitlines")?;
    let [keepends] = kw_params(vm, "splitlines", p, args, kw, ["keepends"])?;
    let keepends = match keepends {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let spans = text::splitlines(
        s.len(),
        |i| s.char_at(i) as u32,
        text::is_linebreak,
        keepends,
    );
    Ok(vm.new_list(
        spans
            .into_iter()
            .map(|(a, b)| new_str(vm, s.slice(a, b)))
            .collect(),
    ))
}

/// The items of an iterable for `join` (CPython's `PySequence_Fast`).
pub(crate) fn join_items(vm: &Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    let fast = !vm.is_heap_instance(iterable) || vm.user_dunder(iterable, "__iter__").is_none();
    if fast {
        match builtin_view(iterable).as_obj().map(|o| &o.kind) {
            Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) => return vm.to_vec(iterable),
            _ => {}
        }
    }
    let it = match vm.iter(iterable) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, Exc::TypeError) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

fn join(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, a) = recv(vm, args, kw, "join", Arity::One)?;
    let items = join_items(vm, &a[0])?;
    let sep = sep.as_str();
    let mut total = 0usize;
    for (i, it) in items.iter().enumerate() {
        match str_of(it) {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )));
            }
        }
    }
    total = total.saturating_add(sep.len().saturating_mul(items.len().saturating_sub(1)));
    let mut out = String::new();
    out.try_reserve(total)
        .map_err(|_| vm.err(Exc::MemoryError, ""))?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_of(it).unwrap_or(""));
    }
    Ok(vm.new_str(out))
}

fn strip_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, name, Arity::Clinic(0, 1))?;
    let chars = match a.first() {
        Some(v) if !v.is_none() => Some(str_arg(vm, v, |_| {
            format!("{name} arg must be None or str")
        })?),
        _ => None,
    };
    let (lo, hi) = match chars {
        None => text::strip_span(s.len(), |i| text::is_space(s.char_at(i)), left, right),
        Some(set) => {
            let set: Vec<char> = set.as_str().chars().collect();
            text::strip_span(s.len(), |i| set.contains(&s.char_at(i)), left, right)
        }
    };
    Ok(new_str(vm, s.slice(lo, hi)))
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
    let (s, a) = recv(vm, args, kw, "replace", Arity::Clinic(2, 3))?;
    let old = str_arg(vm, &a[0], |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(vm, &a[1], |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = match a.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let (text, new) = (s.as_str(), new.as_str());
    if old.is_empty() {
        let n = s.len();
        let max = if count < 0 {
            n + 1
        } else {
            (count as usize).min(n + 1)
        };
        let mut out = String::new();
        out.try_reserve(text.len().saturating_add(new.len().saturating_mul(max)))
            .map_err(|_| vm.err(Exc::MemoryError, ""))?;
        for (i, c) in text.chars().enumerate() {
            if i < max {
                out.push_str(new);
            }
            out.push(c);
        }
        if n < max {
            out.push_str(new);
        }
        return Ok(vm.new_str(out));
    }
    let out = text::replace(
        text.as_bytes(),
        old.as_str().as_bytes(),
        new.as_bytes(),
        count,
    );
    Ok(vm.new_str(String::from_utf8(out).unwrap_or_default()))
}

fn partition_impl(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, name, Arity::One)?;
    let sep = str_arg(vm, &a[0], |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text::rfind(text.as_bytes(), sep.as_str().as_bytes())
    } else {
        text::find(text.as_bytes(), sep.as_str().as_bytes())
    };
    let parts = match found {
        Some(i) => {
            let j = i + sep.as_str().len();
            [
                text.get(..i).unwrap_or(""),
                sep.as_str(),
                text.get(j..).unwrap_or(""),
            ]
        }
        None if right => ["", "", text],
        None => [text, "", ""],
    };
    Ok(vm.new_tuple(parts.iter().map(|p| new_str(vm, p)).collect()))
}

fn partition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}
fn rpartition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

// ----- padding -------------------------------------------------------------

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = pystr_of(v) else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    if s.len() != 1 {
        return Err(vm.type_error("The fill character must be exactly one character long"));
    }
    Ok(s.char_at(0))
}

/// `s` with `left` and `right` fill characters around it.
fn padded(vm: &Vm, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let mut out = String::new();
    let n = left
        .saturating_add(right)
        .saturating_mul(fill.len_utf8())
        .saturating_add(s.len());
    out.try_reserve(n)
        .map_err(|_| vm.err(Exc::MemoryError, ""))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(out))
}

#[derive(Clone, Copy)]
enum Just {
    Left,
    Right,
    Center,
}

fn justify(vm: &Vm, args: &[Value], kw: &[Value], name: &str, how: Just) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, name, Arity::Clinic(1, 2))?;
    let width = int_arg(vm, &a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    let len = s.len();
    if width <= len as i64 {
        return Ok(new_str(vm, s.as_str()));
    }
    let width = width as usize;
    let (l, r) = match how {
        Just::Left => (0, width - len),
        Just::Right => (width - len, 0),
        Just::Center => text::center_margins(len, width),
    };
    padded(vm, s.as_str(), l, r, fill)
}

fn center(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "center", Just::Center)
}
fn ljust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", Just::Left)
}
fn rjust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", Just::Right)
}

fn zfill(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, "zfill", Arity::One)?;
    let width = int_arg(vm, &a[0])?;
    let text = s.as_str();
    if width <= s.len() as i64 {
        return Ok(new_str(vm, text));
    }
    let fill = width as usize - s.len();
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::new();
    out.try_reserve(fill.saturating_add(text.len()))
        .map_err(|_| vm.err(Exc::MemoryError, ""))?;
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

fn expandtabs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, p) = recv_kw(vm, args, kw, "expandtabs")?;
    let [tabsize] = kw_params(vm, "expandtabs", p, args, kw, ["tabsize"])?;
    let tabsize = match tabsize {
        Some(t) => int_arg(vm, t)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.try_reserve(incr as usize)
                    .map_err(|_| vm.err(Exc::MemoryError, ""))?;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn removeprefix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, "removeprefix", Arity::One)?;
    let pre = str_arg(vm, &a[0], |t| {
        format!("removeprefix() argument must be str, not {t}")
    })?;
    let text = s.as_str();
    Ok(new_str(vm, text.strip_prefix(pre.as_str()).unwrap_or(text)))
}
fn removesuffix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, "removesuffix", Arity::One)?;
    let suf = str_arg(vm, &a[0], |t| {
        format!("removesuffix() argument must be str, not {t}")
    })?;
    let text = s.as_str();
    Ok(new_str(vm, text.strip_suffix(suf.as_str()).unwrap_or(text)))
}

fn encode(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, p) = recv_kw(vm, args, kw, "encode")?;
    let [encoding, errors] = kw_params(vm, "encode", p, args, kw, ["encoding", "errors"])?;
    super::encode_with(vm, s.as_str(), encoding, errors, "encode")
}

// ----- translate -------------------------------------------------------------

fn translate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, "translate", Arity::One)?;
    let table = &a[0];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let r = match vm.getitem(table, &Value::int(c as i64)) {
            Ok(r) => r,
            Err(e) if vm.err_matches(&e, Exc::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(i) = crate::num::as_int(&r) {
            let code = match i {
                crate::num::IntRef::Small(n) if (0..0x110000).contains(&n) => n as u32,
                _ => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            };
            match char::from_u32(code) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(vm.value_error("surrogate characters are not supported by Stitch"));
                }
            }
        } else if let Some(t) = str_of(&r) {
            out.push_str(t);
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn maketrans(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_arity(vm, "str", "maketrans", Arity::Clinic(1, 3), args.len(), kw)?;
    let d = vm.new_dict();
    if args.len() == 1 {
        let x = &args[0];
        if !matches!(
            builtin_view(x).as_obj().map(|o| &o.kind),
            Some(ObjKind::Dict(_))
        ) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        let items = match builtin_view(x).as_obj().map(|o| &o.kind) {
            Some(ObjKind::Dict(t)) => t.borrow().items(),
            _ => Vec::new(),
        };
        for (k, v) in items {
            let key = if let Some(ks) = pystr_of(&k) {
                if ks.len() != 1 {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                Value::int(ks.char_at(0) as i64)
            } else if crate::num::as_int(&k).is_some() {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.setitem(&d, key, v)?;
        }
        return Ok(d);
    }
    let Some(x) = pystr_of(&args[0]) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_arg(vm, &args[1], |t| {
        format!("maketrans() argument 2 must be str, not {t}")
    })?;
    let z = match args.get(2) {
        Some(z) => Some(str_arg(vm, z, |t| {
            format!("maketrans() argument 3 must be str, not {t}")
        })?),
        None => None,
    };
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.setitem(&d, Value::int(a as i64), Value::int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.setitem(&d, Value::int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

// ----- dunders ---------------------------------------------------------------

/// The receiver (a str, seen through subclasses) and the argument of a slot wrapper.
fn wrapper<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
    n: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "str", name, Arity::Wrapper(n), |v| {
        pystr_of(v).is_some()
    })?;
    check_arity(vm, "str", name, Arity::Wrapper(n), p.len() - 1, kw)?;
    Ok((builtin_view(this), &p[1..]))
}

fn dunder_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, "__add__", 1)?;
    if pystr_of(&a[0]).is_none() {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&a[0])
        )));
    }
    vm.binary_op(this, builtin_view(&a[0]), BinOp::Add)
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
    if pystr_of(&a[0]).is_none() {
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
    Ok(Value::int(pystr_of(this).map_or(0, |s| s.len()) as i64))
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
    Ok(Value::int(pystr_of(this).map_or(0, |s| s.hash())))
}

fn rich(vm: &Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let (this, a) = wrapper(vm, args, kw, name, 1)?;
    match (pystr_of(this), pystr_of(&a[0])) {
        (Some(x), Some(y)) => Ok(Value::bool(crate::protocol::cmp_holds(
            op,
            x.as_str().cmp(y.as_str()),
        ))),
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
    Ok(vm.new_str(crate::builtins::repr::str_repr(str_of(this).unwrap_or(""))))
}
fn dunder_str(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, _) = wrapper(vm, args, kw, "__str__", 0)?;
    Ok(this.clone())
}
fn dunder_format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = recv(vm, args, kw, "__format__", Arity::One)?;
    if pystr_of(&a[0]).is_none() {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    }
    let plain = vm.new_str(s.as_str());
    vm.format(&plain, builtin_view(&a[0]))
}
fn dunder_getnewargs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(vm, args, kw, "__getnewargs__", Arity::NoArgs)?;
    Ok(vm.new_tuple(vec![vm.new_str(s.as_str())]))
}
