//! `%`-formatting of `str` and `bytes` (printf-style), as CPython 3.11's
//! `PyUnicode_Format` and `_PyBytes_FormatEx` do it:
//!
//! ```text
//! %[(key)][flags][width][.precision][h|l|L]conversion
//! flags: - + space # 0      width/precision: digits or *
//! ```
//!
//! One driver parses the template for both types (over *units*: the
//! characters of a `str`, the bytes of a `bytes`) and fetches arguments in
//! CPython's order, so the same error wins when several apply. A
//! [`Target`] turns each conversion into text; the number conversions and
//! the field padding come from `stitch_pyfmt`.

use num_bigint::BigInt;
use stitch_pyfmt::printf::{PrintfSpec, pad};
use stitch_pyfmt::spec::{ErrorKind, FormatError};

use crate::num::{IntRef, as_float, as_int};
use crate::object::ObjKind;
use crate::protocol::{builtin_view, str_of};
use crate::value::Value;
use crate::vm::{Exc, PyErr, PyResult, Vm};

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    match builtin_view(fmt).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => {
            let text = s.as_str();
            let chars: Vec<char> = if s.is_ascii() {
                Vec::new()
            } else {
                text.chars().collect()
            };
            let mut t = StrTarget {
                text,
                chars,
                out: String::with_capacity(text.len() + 16),
            };
            drive(vm, &mut t, args)?;
            Ok(vm.new_str(t.out))
        }
        Some(ObjKind::Bytes(b)) => {
            let mut t = BytesTarget {
                fmt: b,
                out: Vec::with_capacity(b.len() + 16),
            };
            drive(vm, &mut t, args)?;
            Ok(vm.new_bytes(t.out))
        }
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for %: '{}' and '{}'",
            vm.type_name(fmt),
            vm.type_name(args)
        ))),
    }
}

/// The argument cursor (`unicode_format_getnextarg`): a tuple is consumed
/// item by item; any other value is the single argument.
struct Args {
    args: Value,
    /// -1 for a single argument.
    arglen: isize,
    /// -2 before a single argument is used.
    argidx: isize,
    /// The mapping for `%(key)` conversions.
    dict: Option<Value>,
}

impl Args {
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(ObjKind::Tuple(t)) = self.args.as_obj().map(|o| &o.kind) {
                if let Some(v) = t.get(idx as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// A template and its output: `str` or `bytes`.
trait Target {
    fn len(&self) -> usize;
    fn unit(&self, i: usize) -> u32;
    fn literal(&mut self, a: usize, b: usize);
    fn push_percent(&mut self);
    /// The key of `%(key)`, units `a..b`.
    fn key(&self, vm: &Vm, a: usize, b: usize) -> Value;
    /// Does `v` count as a mapping for `%(key)`?
    fn excluded_from_mapping(&self, v: &Value) -> bool;
    /// Format one conversion of `v` (already fetched); `index` is where
    /// the conversion character is (for the error message).
    fn convert(
        &mut self,
        vm: &Vm,
        conv: u32,
        spec: &PrintfSpec,
        v: Value,
        index: usize,
    ) -> PyResult<()>;
}

/// `PyMapping_Check`: has a `__getitem__`.
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match builtin_view(v).as_obj().map(|o| &o.kind) {
        Some(
            ObjKind::Dict(_)
            | ObjKind::List(_)
            | ObjKind::Tuple(_)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::Range(_),
        ) => true,
        _ => vm.user_dunder(v, "__getitem__").is_some(),
    }
}

fn is_tuple(v: &Value) -> bool {
    matches!(
        builtin_view(v).as_obj().map(|o| &o.kind),
        Some(ObjKind::Tuple(_))
    )
}

const PERCENT: u32 = b'%' as u32;

fn drive<T: Target>(vm: &Vm, t: &mut T, args: &Value) -> PyResult<()> {
    let mut a = if is_tuple(args) {
        let tv = builtin_view(args).clone();
        let n = vm.len(&tv)? as isize;
        Args {
            args: tv,
            arglen: n,
            argidx: 0,
            dict: None,
        }
    } else {
        Args {
            args: args.clone(),
            arglen: -1,
            argidx: -2,
            dict: None,
        }
    };
    if is_mapping(vm, args) && !is_tuple(args) && !t.excluded_from_mapping(args) {
        a.dict = Some(args.clone());
    }
    let n = t.len();
    let mut i = 0;
    while i < n {
        if t.unit(i) != PERCENT {
            let j = (i..n).find(|&j| t.unit(j) == PERCENT).unwrap_or(n);
            t.literal(i, j);
            i = j;
            continue;
        }
        i += 1;
        if i < n && t.unit(i) == PERCENT {
            t.push_percent();
            i += 1;
            continue;
        }
        i = conversion(vm, t, &mut a, i)?;
    }
    if a.argidx < a.arglen && a.dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(())
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

/// Parse and perform one conversion starting just after its `%`; returns
/// the position after it.
fn conversion<T: Target>(vm: &Vm, t: &mut T, a: &mut Args, mut i: usize) -> PyResult<usize> {
    let n = t.len();
    let incomplete = || vm.value_error("incomplete format");
    if i < n && t.unit(i) == b'(' as u32 {
        let Some(dict) = a.dict.clone() else {
            return Err(vm.type_error("format requires a mapping"));
        };
        i += 1;
        let start = i;
        let mut depth = 1;
        while depth > 0 && i < n {
            match t.unit(i) {
                0x29 => depth -= 1,
                0x28 => depth += 1,
                _ => {}
            }
            i += 1;
        }
        if depth > 0 {
            return Err(vm.value_error("incomplete format key"));
        }
        let key = t.key(vm, start, i - 1);
        a.args = super::strings::mapping_get(vm, &dict, &key)?;
        a.arglen = -1;
        a.argidx = -2;
    }
    let mut spec = PrintfSpec::default();
    // Flags.
    let mut ch;
    loop {
        if i >= n {
            return Err(incomplete());
        }
        ch = t.unit(i);
        i += 1;
        match char::from_u32(ch).unwrap_or('\0') {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    // Width.
    if ch == b'*' as u32 {
        let v = a.next(vm)?;
        let w = star_value(vm, &v, false)?;
        if w < 0 {
            spec.left = true;
        }
        // CPython negates in C: -(-2**63) stays negative, which means no width.
        spec.width = if w == i64::MIN {
            None
        } else {
            Some(w.unsigned_abs() as usize)
        };
        if i >= n {
            return Err(incomplete());
        }
        ch = t.unit(i);
        i += 1;
    } else if is_digit(ch) {
        let mut w: usize = (ch - b'0' as u32) as usize;
        loop {
            if i >= n {
                return Err(incomplete());
            }
            ch = t.unit(i);
            i += 1;
            if !is_digit(ch) {
                break;
            }
            let d = (ch - b'0' as u32) as usize;
            if w > (isize::MAX as usize - d) / 10 {
                return Err(vm.value_error("width too big"));
            }
            w = w * 10 + d;
        }
        spec.width = Some(w);
    }
    // Precision.
    if ch == b'.' as u32 {
        spec.precision = Some(0);
        if i >= n {
            return Err(incomplete());
        }
        ch = t.unit(i);
        i += 1;
        if ch == b'*' as u32 {
            let v = a.next(vm)?;
            let p = star_value(vm, &v, true)?;
            spec.precision = Some(p.max(0) as usize);
            if i >= n {
                return Err(incomplete());
            }
            ch = t.unit(i);
            i += 1;
        } else if is_digit(ch) {
            let mut p: usize = (ch - b'0' as u32) as usize;
            loop {
                if i >= n {
                    return Err(incomplete());
                }
                ch = t.unit(i);
                i += 1;
                if !is_digit(ch) {
                    break;
                }
                let d = (ch - b'0' as u32) as usize;
                if p > (i32::MAX as usize - d) / 10 {
                    return Err(vm.value_error("precision too big"));
                }
                p = p * 10 + d;
            }
            spec.precision = Some(p);
        }
    }
    // Length modifiers are ignored.
    if matches!(char::from_u32(ch), Some('h' | 'l' | 'L')) {
        if i >= n {
            return Err(incomplete());
        }
        ch = t.unit(i);
        i += 1;
    }
    let v = a.next(vm)?;
    t.convert(vm, ch, &spec, v, i - 1)?;
    if a.dict.is_some() && a.argidx < a.arglen {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(i)
}

/// A `*` width or precision: must be an int.
fn star_value(vm: &Vm, v: &Value, int32: bool) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) if !int32 || i32::try_from(i).is_ok() => Ok(i),
        Some(_) if int32 => Err(vm.overflow_error("Python int too large to convert to C int")),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(vm.type_error("* wants int")),
    }
}

fn unsupported(vm: &Vm, conv: u32, index: usize) -> PyErr {
    let shown = if (31..=126).contains(&conv) {
        char::from_u32(conv).unwrap_or('?')
    } else {
        '?'
    };
    vm.value_error(format!(
        "unsupported format character '{shown}' (0x{conv:x}) at index {index}"
    ))
}

pub(crate) fn fmt_error(vm: &Vm, e: FormatError, type_name: &str) -> PyErr {
    let msg = e.message(type_name);
    match e.kind() {
        ErrorKind::ValueError => vm.value_error(msg),
        ErrorKind::OverflowError => vm.overflow_error(msg),
        ErrorKind::MemoryError => vm.err(Exc::MemoryError, msg),
    }
}

/// `PyNumber_Check` for values that are not ints.
fn is_number(vm: &Vm, v: &Value) -> bool {
    as_float(v).is_some()
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| vm.user_dunder(v, n).is_some())
}

enum IntVal {
    Small(i64),
    Big(BigInt),
}

/// The integer for `%d %i %u %o %x %X` (`mainformatlong`).
fn int_for(vm: &Vm, v: &Value, conv: char) -> PyResult<IntVal> {
    let wrong = || {
        if matches!(conv, 'o' | 'x' | 'X') {
            vm.type_error(format!(
                "%{conv} format: an integer is required, not {}",
                vm.type_name(v)
            ))
        } else {
            vm.type_error(format!(
                "%{conv} format: a real number is required, not {}",
                vm.type_name(v)
            ))
        }
    };
    let conv_int = |r: &Value| match as_int(r) {
        Some(IntRef::Small(i)) => Some(IntVal::Small(i)),
        Some(IntRef::Big(b)) => Some(IntVal::Big(b.clone())),
        None => None,
    };
    if let Some(i) = conv_int(v) {
        return Ok(i);
    }
    if !is_number(vm, v) {
        return Err(wrong());
    }
    let r = if matches!(conv, 'o' | 'x' | 'X') {
        match vm.call_dunder(v, "__index__", &[]) {
            Some(r) => {
                let r = r?;
                if as_int(&r).is_none() {
                    return Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    )));
                }
                r
            }
            None => return Err(wrong()),
        }
    } else {
        match crate::builtins::numbers::int_from(vm, v, None) {
            Ok(r) => r,
            Err(e) if vm.err_matches(&e, Exc::TypeError) => return Err(wrong()),
            Err(e) => return Err(e),
        }
    };
    conv_int(&r).ok_or_else(wrong)
}

fn format_int(vm: &Vm, v: &Value, conv: char, spec: &PrintfSpec) -> PyResult<String> {
    let r = match int_for(vm, v, conv)? {
        IntVal::Small(i) => stitch_pyfmt::int::format_i64_printf(i, spec, conv),
        IntVal::Big(b) => stitch_pyfmt::int::format_int_printf(&b, spec, conv, Some(4300)),
    };
    r.map_err(|e| fmt_error(vm, e, "int"))
}

/// `PyFloat_AsDouble`.
fn float_for(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return i
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[]) {
        let r = r?;
        return as_float(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[]) {
        let r = r?;
        if let Some(i) = as_int(&r) {
            return i
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
        }
        return Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn format_float(vm: &Vm, v: &Value, conv: char, spec: &PrintfSpec) -> PyResult<String> {
    let x = float_for(vm, v)?;
    stitch_pyfmt::float::format_float_printf(x, spec, conv).map_err(|e| fmt_error(vm, e, "float"))
}

/// An int argument of `%c` through `__index__`; `None` if it is not an int.
fn char_code(vm: &Vm, v: &Value) -> PyResult<Option<Option<i64>>> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(Some(i))),
        Some(IntRef::Big(_)) => Ok(Some(None)),
        None => match vm.call_dunder(v, "__index__", &[]) {
            Some(r) => {
                let r = r?;
                match as_int(&r) {
                    Some(IntRef::Small(i)) => Ok(Some(Some(i))),
                    Some(IntRef::Big(_)) => Ok(Some(None)),
                    None => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                }
            }
            None => Ok(None),
        },
    }
}

struct StrTarget<'a> {
    text: &'a str,
    /// The characters, for non-ASCII templates (empty for ASCII ones).
    chars: Vec<char>,
    out: String,
}

impl Target for StrTarget<'_> {
    fn len(&self) -> usize {
        if self.chars.is_empty() {
            self.text.len()
        } else {
            self.chars.len()
        }
    }
    fn unit(&self, i: usize) -> u32 {
        if self.chars.is_empty() {
            self.text.as_bytes()[i] as u32
        } else {
            self.chars[i] as u32
        }
    }
    fn literal(&mut self, a: usize, b: usize) {
        if self.chars.is_empty() {
            self.out.push_str(self.text.get(a..b).unwrap_or(""));
        } else {
            self.out.extend(&self.chars[a..b]);
        }
    }
    fn push_percent(&mut self) {
        self.out.push('%');
    }
    fn key(&self, vm: &Vm, a: usize, b: usize) -> Value {
        if self.chars.is_empty() {
            vm.new_str(self.text.get(a..b).unwrap_or(""))
        } else {
            vm.new_str(self.chars[a..b].iter().collect::<String>())
        }
    }
    fn excluded_from_mapping(&self, v: &Value) -> bool {
        str_of(v).is_some()
    }
    fn convert(
        &mut self,
        vm: &Vm,
        conv: u32,
        spec: &PrintfSpec,
        v: Value,
        index: usize,
    ) -> PyResult<()> {
        let c = char::from_u32(conv).unwrap_or('\0');
        let text = match c {
            's' | 'r' | 'a' => {
                let s = match c {
                    's' => vm.str_string(&v)?,
                    'r' => vm.repr_string(&v)?,
                    _ => str_of(&vm.ascii(&v)?).unwrap_or("").to_string(),
                };
                pad(&s, spec, c).map_err(|e| fmt_error(vm, e, "str"))?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => format_int(vm, &v, c, spec)?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_float(vm, &v, c, spec)?,
            'c' => {
                let ch = if let Some(s) = crate::protocol::pystr_of(&v) {
                    if s.len() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    s.char_at(0)
                } else {
                    match char_code(vm, &v)? {
                        None => return Err(vm.type_error("%c requires int or char")),
                        Some(Some(i)) if (0..0x110000).contains(&i) => {
                            match char::from_u32(i as u32) {
                                Some(ch) => ch,
                                None => {
                                    return Err(vm.value_error(
                                        "surrogate characters are not supported by Stitch",
                                    ));
                                }
                            }
                        }
                        Some(_) => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                };
                pad(ch.encode_utf8(&mut [0; 4]), spec, 'c').map_err(|e| fmt_error(vm, e, "str"))?
            }
            _ => return Err(unsupported(vm, conv, index)),
        };
        self.out.push_str(&text);
        Ok(())
    }
}

struct BytesTarget<'a> {
    fmt: &'a [u8],
    out: Vec<u8>,
}

/// Pad arbitrary bytes with `pad` by mapping them to the first 256 code points.
fn pad_bytes(vm: &Vm, b: &[u8], spec: &PrintfSpec, conv: char) -> PyResult<Vec<u8>> {
    let s: String = b.iter().map(|&c| c as char).collect();
    let r = pad(&s, spec, conv).map_err(|e| fmt_error(vm, e, "bytes"))?;
    Ok(r.chars().map(|c| c as u32 as u8).collect())
}

impl Target for BytesTarget<'_> {
    fn len(&self) -> usize {
        self.fmt.len()
    }
    fn unit(&self, i: usize) -> u32 {
        self.fmt[i] as u32
    }
    fn literal(&mut self, a: usize, b: usize) {
        self.out.extend_from_slice(&self.fmt[a..b]);
    }
    fn push_percent(&mut self) {
        self.out.push(b'%');
    }
    fn key(&self, vm: &Vm, a: usize, b: usize) -> Value {
        vm.new_bytes(self.fmt[a..b].to_vec())
    }
    fn excluded_from_mapping(&self, v: &Value) -> bool {
        matches!(
            builtin_view(v).as_obj().map(|o| &o.kind),
            Some(ObjKind::Bytes(_) | ObjKind::Str(_))
        )
    }
    fn convert(
        &mut self,
        vm: &Vm,
        conv: u32,
        spec: &PrintfSpec,
        v: Value,
        index: usize,
    ) -> PyResult<()> {
        let c = char::from_u32(conv).unwrap_or('\0');
        let text: Vec<u8> = match c {
            's' | 'b' => {
                let raw = if let Some(b) = super::strings::buffer_of(&v) {
                    b.into_owned()
                } else if let Some(r) = vm.call_dunder(&v, "__bytes__", &[]) {
                    let r = r?;
                    match super::strings::bytes_of(&r) {
                        Some(b) => b.to_vec(),
                        None => {
                            return Err(vm.type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                vm.type_name(&r)
                            )));
                        }
                    }
                } else {
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        vm.type_name(&v)
                    )));
                };
                pad_bytes(vm, &raw, spec, 's')?
            }
            'r' | 'a' => {
                let s = vm.ascii(&v)?;
                pad_bytes(vm, str_of(&s).unwrap_or("").as_bytes(), spec, c)?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => format_int(vm, &v, c, spec)?.into_bytes(),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_float(vm, &v, c, spec)?.into_bytes(),
            'c' => {
                let byte = if let Some(b) = super::strings::buffer_of(&v) {
                    match &b[..] {
                        [x] => *x,
                        _ => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ));
                        }
                    }
                } else {
                    match char_code(vm, &v)? {
                        None => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ));
                        }
                        Some(Some(i)) if (0..256).contains(&i) => i as u8,
                        Some(_) => return Err(vm.overflow_error("%c arg not in range(256)")),
                    }
                };
                pad_bytes(vm, &[byte], spec, 'c')?
            }
            _ => return Err(unsupported(vm, conv, index)),
        };
        self.out.extend_from_slice(&text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(vm: &Vm, f: &str, args: Value) -> Result<String, String> {
        match percent_format(vm, &vm.new_str(f), &args) {
            Ok(v) => Ok(str_of(&v).unwrap_or("?").to_string()),
            Err(e) => Err(vm.str_string(&e.exc).unwrap_or_default()),
        }
    }

    // Expected values from python3.11.
    #[test]
    fn conversions_and_errors() {
        let vm = Vm::new(crate::vm::Config::default(), None);
        let t = |items: Vec<Value>| vm.new_tuple(items);
        assert_eq!(
            fmt(
                &vm,
                "%5.1f|%-4d|%x",
                t(vec![Value::float(3.14159), Value::int(7), Value::int(255)])
            ),
            Ok("  3.1|7   |ff".into())
        );
        assert_eq!(
            fmt(&vm, "%s %r", t(vec![vm.new_str("é"), vm.new_str("é")])),
            Ok("é 'é'".into())
        );
        assert_eq!(
            fmt(
                &vm,
                "%*d|%.*s",
                t(vec![
                    Value::int(-4),
                    Value::int(1),
                    Value::int(2),
                    vm.new_str("xyz")
                ])
            ),
            Ok("1   |xy".into())
        );
        assert_eq!(fmt(&vm, "%c%%", Value::int(0x263a)), Ok("☺%".into()));
        assert_eq!(
            fmt(&vm, "%d %d", t(vec![Value::int(1)])),
            Err("not enough arguments for format string".into())
        );
        assert_eq!(
            fmt(&vm, "%d", t(vec![Value::int(1), Value::int(2)])),
            Err("not all arguments converted during string formatting".into())
        );
        assert_eq!(
            fmt(&vm, "%d", vm.new_str("x")),
            Err("%d format: a real number is required, not str".into())
        );
        assert_eq!(
            fmt(&vm, "ab %y", Value::int(1)),
            Err("unsupported format character 'y' (0x79) at index 4".into())
        );
        assert_eq!(
            fmt(&vm, "%(a)s", Value::int(1)),
            Err("format requires a mapping".into())
        );
        assert_eq!(
            fmt(&vm, "%5", Value::int(1)),
            Err("incomplete format".into())
        );
    }
}
