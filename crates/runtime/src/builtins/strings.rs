//! Methods of `str` and `bytes`, and text encoding/decoding.

use crate::protocol::str_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &Vm) {}

fn encoding_name(vm: &Vm, e: Option<&Value>) -> PyResult<String> {
    match e {
        None => Ok("utf-8".into()),
        Some(v) => match str_of(v) {
            Some(s) => Ok(s.to_ascii_lowercase().replace('_', "-")),
            None => Err(vm.type_error(format!("encoding must be str, not {}", vm.type_name(v)))),
        },
    }
}

/// `bytes.decode` / `str(b, encoding)`.
pub fn decode_bytes(vm: &Vm, b: &[u8], encoding: Option<&Value>, _errors: Option<&Value>) -> PyResult<Value> {
    let enc = encoding_name(vm, encoding)?;
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => Err(vm.err(
                crate::vm::Exc::UnicodeDecodeError,
                format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", b[e.valid_up_to()], e.valid_up_to()),
            )),
        },
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            if enc == "ascii" {
                if let Some(p) = b.iter().position(|c| *c >= 0x80) {
                    return Err(vm.err(
                        crate::vm::Exc::UnicodeDecodeError,
                        format!("'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)", b[p]),
                    ));
                }
            }
            Ok(vm.new_str(b.iter().map(|c| *c as char).collect::<String>()))
        }
        _ => Err(vm.err(crate::vm::Exc::LookupError, format!("unknown encoding: {enc}"))),
    }
}

/// `str.encode` / `bytes(s, encoding)`.
pub fn encode_str(vm: &Vm, s: &str, encoding: Option<&Value>, _errors: Option<&Value>) -> PyResult<Value> {
    let enc = encoding_name(vm, encoding)?;
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(vm.new_bytes(s.as_bytes().to_vec())),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) >= limit {
                    let name = if enc == "ascii" { "ascii" } else { "latin-1" };
                    return Err(vm.err(
                        crate::vm::Exc::UnicodeEncodeError,
                        format!("'{name}' codec can't encode character '\\x{:02x}' in position {i}: ordinal not in range({limit})", c as u32),
                    ));
                }
                out.push(c as u8);
            }
            Ok(vm.new_bytes(out))
        }
        _ => Err(vm.err(crate::vm::Exc::LookupError, format!("unknown encoding: {enc}"))),
    }
}
