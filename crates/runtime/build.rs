//! Embeds the Python modules of `lib/` (our own standard-library modules
//! written in Python) into the runtime: generates a table of
//! (module name, source, is-package) compiled on first import.

use std::fmt::Write;
use std::path::Path;

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, std::path::PathBuf, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let Some(name) = p.file_name().and_then(|n| n.to_str()).map(String::from) else {
            continue;
        };
        if p.is_dir() {
            let pkg = format!("{prefix}{name}");
            walk(&p, &format!("{pkg}."), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem == "__init__" {
                out.push((prefix.trim_end_matches('.').to_string(), p.clone(), true));
            } else {
                out.push((format!("{prefix}{stem}"), p.clone(), false));
            }
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    walk(&lib, "", &mut modules);
    let mut src = String::from(
        "/// Embedded Python modules: (name, source, is_package).\npub static EMBEDDED: &[(&str, &str, bool)] = &[\n",
    );
    for (name, path, pkg) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            src,
            "    ({name:?}, include_str!({:?}), {pkg}),",
            path.display().to_string()
        );
    }
    src.push_str("];\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("embedded.rs");
    if let Err(e) = std::fs::write(&out, src) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}
