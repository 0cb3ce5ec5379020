//! `str.format` and `str.format_map`: the replacement-field grammar of
//! CPython's `Objects/stringlib/unicode_format.h`, error for error.
//!
//! ```text
//! field       ::= "{" [name] ["!" conversion] [":" spec] "}"
//! name        ::= (identifier | digits | "") ("." attribute | "[" key "]")*
//! spec        ::= text with nested fields, expanded first (two levels at most)
//! ```
//!
//! All the syntax characters are ASCII, so the parser walks bytes of the
//! UTF-8 text and only ever slices at ASCII positions.

use super::{Arity, check_arity, positional, receiver};
use crate::protocol::{pystr_of, str_of};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// Where `{name}` fields come from.
enum Kwargs<'a> {
    /// `str.format(**kwargs)`: the keyword names and values of the call.
    Call(&'a [Value], &'a [Value]),
    /// `str.format_map(mapping)`.
    Mapping(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) numbering: they cannot be mixed.
#[derive(Clone, Copy, PartialEq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    vm: &'a Vm,
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoState,
    next_auto: usize,
}

pub fn str_format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "str", "format", Arity::Clinic(0, usize::MAX), |v| {
        pystr_of(v).is_some()
    })?;
    let fmt = str_of(this).unwrap_or("");
    if no_fields(fmt) {
        return Ok(this.clone());
    }
    let kwvals = &args[args.len() - kw.len()..];
    let mut f = Formatter {
        vm,
        args: Some(&p[1..]),
        kwargs: Kwargs::Call(kw, kwvals),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(fmt.len());
    f.build(fmt, 2, &mut out)?;
    Ok(vm.new_str(out))
}

pub fn str_format_map(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw);
    let this = receiver(vm, p, "str", "format_map", Arity::One, |v| {
        pystr_of(v).is_some()
    })?;
    check_arity(vm, "str", "format_map", Arity::One, p.len() - 1, kw)?;
    let fmt = str_of(this).unwrap_or("");
    if no_fields(fmt) {
        return Ok(this.clone());
    }
    let mut f = Formatter {
        vm,
        args: None,
        kwargs: Kwargs::Mapping(&p[1]),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(fmt.len());
    f.build(fmt, 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// A non-empty template without braces formats to itself: CPython then
/// returns the receiver object (an instance of a subclass stays one).
fn no_fields(fmt: &str) -> bool {
    !fmt.is_empty() && !fmt.bytes().any(|c| c == b'{' || c == b'}')
}

/// One parsed replacement field.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_needs_expanding: bool,
}

impl Formatter<'_> {
    fn value_error(&self, msg: &str) -> crate::vm::PyErr {
        self.vm.value_error(msg)
    }

    /// `build_string`: expand `fmt` into `out`.
    fn build(&mut self, fmt: &str, depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return Err(self.value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Literal text up to the first brace (`MarkupIterator_next`).
            let start = i;
            let mut brace = None;
            while i < b.len() {
                let c = b[i];
                i += 1;
                if c == b'{' || c == b'}' {
                    brace = Some(c);
                    break;
                }
            }
            let at_end = i >= b.len();
            let Some(c) = brace else {
                out.push_str(&fmt[start..i]);
                break;
            };
            if c == b'}' && (at_end || b[i] != b'}') {
                return Err(self.value_error("Single '}' encountered in format string"));
            }
            if at_end && c == b'{' {
                return Err(self.value_error("Single '{' encountered in format string"));
            }
            if b[i] == c {
                // `{{` or `}}`: the literal includes one brace.
                out.push_str(&fmt[start..i]);
                i += 1;
                continue;
            }
            out.push_str(&fmt[start..i - 1]);
            let field = parse_field(self.vm, fmt, &mut i)?;
            self.output_field(&field, depth, out)?;
        }
        Ok(())
    }

    fn output_field(&mut self, f: &Field<'_>, depth: u32, out: &mut String) -> PyResult<()> {
        let vm = self.vm;
        let mut obj = self.field_object(f.name)?;
        if let Some(c) = f.conversion {
            obj = match c {
                'r' => vm.repr(&obj)?,
                's' => vm.str(&obj)?,
                'a' => vm.ascii(&obj)?,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    );
                }
            };
        }
        let spec = if f.spec_needs_expanding {
            let mut s = String::new();
            self.build(f.spec, depth - 1, &mut s)?;
            s
        } else {
            f.spec.to_string()
        };
        if spec.is_empty() {
            if !vm.is_heap_instance(&obj) {
                if let Some(s) = str_of(&obj) {
                    out.push_str(s);
                    return Ok(());
                }
            }
            // Every built-in `__format__` is `str(self)` for an empty spec.
            if vm.user_dunder(&obj, "__format__").is_none() {
                out.push_str(&vm.str_string(&obj)?);
                return Ok(());
            }
        }
        let r = vm.format(&obj, &vm.new_str(spec))?;
        out.push_str(str_of(&r).unwrap_or(""));
        Ok(())
    }

    /// `get_field_object`: the value a field name designates.
    fn field_object(&mut self, name: &str) -> PyResult<Value> {
        let vm = self.vm;
        let b = name.as_bytes();
        let first_end = b
            .iter()
            .position(|&c| c == b'.' || c == b'[')
            .unwrap_or(b.len());
        let first = &name[..first_end];
        let mut index = get_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.auto == AutoState::Init {
                self.auto = if empty {
                    AutoState::Auto
                } else {
                    AutoState::Manual
                };
            }
            if self.auto == AutoState::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto == AutoState::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            None => {
                let key = vm.new_str(first);
                match &self.kwargs {
                    Kwargs::Call(names, vals) => {
                        match names.iter().position(|n| str_of(n) == Some(first)) {
                            Some(k) => vals[k].clone(),
                            None => return Err(vm.err_args(Exc::KeyError, vec![key])),
                        }
                    }
                    Kwargs::Mapping(m) => super::mapping_get(vm, m, &key)?,
                }
            }
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(vm.value_error("Format string contains positional fields"));
                };
                match args.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.err(
                            Exc::IndexError,
                            format!("Replacement index {i} out of range for positional args tuple"),
                        ));
                    }
                }
            }
        };
        // The rest: `.attr` and `[key]` parts (`FieldNameIterator_next`).
        let mut i = first_end;
        while i < b.len() {
            let c = b[i];
            i += 1;
            let (part, is_attr) = match c {
                b'.' => {
                    let start = i;
                    while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                        i += 1;
                    }
                    (&name[start..i], true)
                }
                b'[' => {
                    let start = i;
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    if i >= b.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    i += 1;
                    (&name[start..i - 1], false)
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            };
            let idx = if is_attr {
                None
            } else {
                get_integer(vm, part)?
            };
            if part.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            obj = if is_attr {
                vm.getattr_str(&obj, part)?
            } else {
                match idx {
                    Some(n) => vm.getitem(&obj, &Value::int(n as i64))?,
                    None => vm.getitem(&obj, &vm.new_str(part))?,
                }
            };
        }
        Ok(obj)
    }
}

/// `get_integer`: a run of Unicode decimal digits as an index, `None` otherwise.
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = stitch_pyfmt::unicode::decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
        {
            Some(a) => a,
            None => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// `parse_field`: `*i` is just after the opening brace; on return it is
/// just after the closing one.
fn parse_field<'s>(vm: &Vm, fmt: &'s str, i: &mut usize) -> PyResult<Field<'s>> {
    let b = fmt.as_bytes();
    let name_start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
                continue;
            }
            b'}' | b':' | b'!' => break,
            _ => continue,
        }
    }
    let terminated = matches!(c, b'}' | b':' | b'!') && *i <= b.len() && *i > name_start;
    let name = if terminated {
        &fmt[name_start..*i - 1]
    } else {
        &fmt[name_start..*i]
    };
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_needs_expanding: false,
    };
    if !terminated {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    if c == b'}' {
        return Ok(field);
    }
    if c == b'!' {
        let Some(conv) = fmt[*i..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        *i += conv.len_utf8();
        field.conversion = Some(conv);
        if *i < b.len() {
            let c2 = b[*i];
            *i += 1;
            if c2 == b'}' {
                return Ok(field);
            }
            if c2 != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < b.len() {
        let c = b[*i];
        *i += 1;
        match c {
            b'{' => {
                field.spec_needs_expanding = true;
                count += 1;
            }
            b'}' => {
                count -= 1;
                if count == 0 {
                    field.spec = &fmt[spec_start..*i - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(vm: &Vm, f: &str, args: &[Value]) -> Result<String, String> {
        let mut all = vec![vm.new_str(f)];
        all.extend_from_slice(args);
        match str_format(vm, &all, &[]) {
            Ok(v) => Ok(str_of(&v).unwrap_or("?").to_string()),
            Err(e) => Err(vm.str_string(&e.exc).unwrap_or_default()),
        }
    }

    // Expected values from python3.11.
    #[test]
    fn fields_and_errors() {
        let vm = Vm::new(crate::vm::Config::default(), None);
        let (a, b) = (vm.new_str("ab"), Value::int(5));
        assert_eq!(
            format(&vm, "{0}{1}{0}|{{x}}", &[a.clone(), b.clone()]),
            Ok("ab5ab|{x}".into())
        );
        assert_eq!(
            format(&vm, "{:>{}}|{0[1]!r}", &[a.clone(), b.clone()]),
            Err(
                "cannot switch from automatic field numbering to manual field specification".into()
            )
        );
        assert_eq!(
            format(&vm, "{:>{}}|", &[a.clone(), b.clone()]),
            Ok("   ab|".into())
        );
        assert_eq!(format(&vm, "{0[1]!r:^5}", &[a.clone()]), Ok(" 'b' ".into()));
        assert_eq!(
            format(&vm, "}", &[]),
            Err("Single '}' encountered in format string".into())
        );
        assert_eq!(
            format(&vm, "{", &[]),
            Err("Single '{' encountered in format string".into())
        );
        assert_eq!(
            format(&vm, "{2}", &[b.clone()]),
            Err("Replacement index 2 out of range for positional args tuple".into())
        );
        assert_eq!(
            format(&vm, "{0!x}", &[b.clone()]),
            Err("Unknown conversion specifier x".into())
        );
        assert_eq!(
            format(&vm, "{:{:{}}}", &[b.clone(), b.clone(), b]),
            Err("Max string recursion exceeded".into())
        );
    }
}
