//! The benchmark programs: discovery under `bench/`, selection by name, and
//! their size arguments from `bench/sizes.txt`.

use std::fs;
use std::path::Path;

use serde::Serialize;

/// Classic programs are summarised apart from micro-loops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Classic,
    Micro,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Classic, Group::Micro];

    /// The folder under `bench/`.
    pub fn dir(self) -> &'static str {
        match self {
            Group::Classic => "programs",
            Group::Micro => "micro",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Group::Classic => "Classic programs",
            Group::Micro => "Micro-loops",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// The file stem, e.g. `nbody`.
    pub name: String,
    /// The path relative to `bench/`, e.g. `programs/nbody.py`.
    pub rel: String,
    pub group: Group,
    /// The size argument (`sys.argv[1]`), if any.
    pub size: Option<String>,
}

/// Lists `bench/programs/*.py` then `bench/micro/*.py`, each sorted by name.
pub fn discover(bench: &Path) -> Result<Vec<Program>, String> {
    let mut all = Vec::new();
    for group in Group::ALL {
        let dir = bench.join(group.dir());
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".py") && !n.starts_with('.'))
            .collect();
        names.sort();
        all.extend(names.into_iter().map(|file| Program {
            name: file.trim_end_matches(".py").to_string(),
            rel: format!("{}/{file}", group.dir()),
            group,
            size: None,
        }));
    }
    if all.is_empty() {
        return Err(format!(
            "no programs found in {0}/programs or {0}/micro",
            bench.display()
        ));
    }
    Ok(all)
}

/// Keeps the programs named by `filters` (all if none), in discovery order.
/// A filter is a file stem (`fib`, matching every group) or `group/stem`
/// (`micro/fib`); a trailing `.py` and a leading `bench/` are allowed.
pub fn select(all: &[Program], filters: &[String]) -> Result<Vec<Program>, String> {
    if filters.is_empty() {
        return Ok(all.to_vec());
    }
    let matches = |f: &str, p: &Program| {
        let f = f.trim_end_matches(".py");
        let f = f.strip_prefix("bench/").unwrap_or(f);
        if f.contains('/') {
            p.rel.trim_end_matches(".py") == f
        } else {
            p.name == f
        }
    };
    let unknown: Vec<&str> = filters
        .iter()
        .map(String::as_str)
        .filter(|f| !all.iter().any(|p| matches(f, p)))
        .collect();
    if !unknown.is_empty() {
        let mut names: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        return Err(format!(
            "unknown program{} {} (available: {})",
            if unknown.len() > 1 { "s" } else { "" },
            unknown
                .iter()
                .map(|u| format!("'{u}'"))
                .collect::<Vec<_>>()
                .join(", "),
            names.join(" ")
        ));
    }
    Ok(all
        .iter()
        .filter(|p| filters.iter().any(|f| matches(f, p)))
        .cloned()
        .collect())
}

/// One line of `bench/sizes.txt`.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeEntry {
    /// The program path relative to `bench/`, e.g. `programs/nbody.py`.
    pub rel: String,
    pub size: String,
}

/// Parses `sizes.txt`: `<path relative to bench/> <size>` per line, `#`
/// comments and blank lines ignored.
pub fn parse_sizes(text: &str) -> Result<Vec<SizeEntry>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [path, size] = fields[..] else {
            return Err(format!(
                "line {}: expected '<program path> <size>', got '{line}'",
                i + 1
            ));
        };
        let rel = path.strip_prefix("./").unwrap_or(path);
        let rel = rel.strip_prefix("bench/").unwrap_or(rel);
        out.push(SizeEntry {
            rel: rel.to_string(),
            size: size.to_string(),
        });
    }
    Ok(out)
}

/// Sets each program's size from `entries` (the last entry for a path wins);
/// returns warnings for programs without a size.
pub fn apply_sizes(programs: &mut [Program], entries: &[SizeEntry]) -> Vec<String> {
    let mut missing = Vec::new();
    for p in programs.iter_mut() {
        p.size = entries
            .iter()
            .rev()
            .find(|e| e.rel == p.rel)
            .map(|e| e.size.clone());
        if p.size.is_none() {
            missing.push(p.rel.as_str());
        }
    }
    if missing.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "warning: bench/sizes.txt has no size for {}; running with the program's default",
            missing.join(", ")
        )]
    }
}

/// Multiplies a size argument by `scale`: integers (Python's `int()` syntax,
/// underscores allowed) are rounded and kept at least 1; decimals are scaled
/// as floats. `None` for anything else.
pub fn scale_size(size: &str, scale: f64) -> Option<String> {
    if scale == 1.0 {
        return Some(size.to_string());
    }
    let plain = size.replace('_', "");
    if let Ok(n) = plain.parse::<i64>() {
        return Some(((n as f64 * scale).round() as i64).max(1).to_string());
    }
    match plain.parse::<f64>() {
        Ok(x) if x.is_finite() => Some(format!("{}", x * scale)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prog(rel: &str) -> Program {
        let (dir, file) = rel.split_once('/').unwrap();
        Program {
            name: file.trim_end_matches(".py").to_string(),
            rel: rel.to_string(),
            group: if dir == "micro" {
                Group::Micro
            } else {
                Group::Classic
            },
            size: None,
        }
    }

    #[test]
    fn sizes_parse() {
        let text = "# sizes taking ~1 s on CPython\n\nprograms/nbody.py 150000\n  micro/fib.py\t27  # comment\n./bench/programs/x.py 1_000\n";
        let e = parse_sizes(text).unwrap();
        assert_eq!(
            e,
            [
                SizeEntry {
                    rel: "programs/nbody.py".into(),
                    size: "150000".into()
                },
                SizeEntry {
                    rel: "micro/fib.py".into(),
                    size: "27".into()
                },
                SizeEntry {
                    rel: "programs/x.py".into(),
                    size: "1_000".into()
                },
            ]
        );
    }

    #[test]
    fn sizes_errors_name_the_line() {
        let err = parse_sizes("programs/a.py 1\nprograms/b.py\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        assert!(parse_sizes("programs/a.py 1 2").is_err());
    }

    #[test]
    fn sizes_apply() {
        let mut ps = vec![
            prog("programs/nbody.py"),
            prog("micro/fib.py"),
            prog("programs/fib.py"),
        ];
        let e =
            parse_sizes("programs/nbody.py 5\nprograms/fib.py 30\nprograms/fib.py 31\n").unwrap();
        let warnings = apply_sizes(&mut ps, &e);
        assert_eq!(ps[0].size.as_deref(), Some("5"));
        assert_eq!(ps[1].size, None);
        assert_eq!(ps[2].size.as_deref(), Some("31"));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("micro/fib.py"));
    }

    #[test]
    fn selection() {
        let all = vec![
            prog("programs/fib.py"),
            prog("programs/nbody.py"),
            prog("micro/fib.py"),
        ];
        assert_eq!(select(&all, &[]).unwrap().len(), 3);
        let s = select(&all, &["nbody".into(), "fib".into()]).unwrap();
        assert_eq!(
            s.iter().map(|p| p.rel.as_str()).collect::<Vec<_>>(),
            ["programs/fib.py", "programs/nbody.py", "micro/fib.py"]
        );
        let s = select(&all, &["micro/fib".into()]).unwrap();
        assert_eq!(s, [prog("micro/fib.py")]);
        let s = select(&all, &["bench/programs/nbody.py".into()]).unwrap();
        assert_eq!(s, [prog("programs/nbody.py")]);
        let err = select(&all, &["nbody".into(), "richard".into()]).unwrap_err();
        assert!(
            err.contains("unknown program 'richard'") && err.contains("nbody"),
            "{err}"
        );
    }

    #[test]
    fn scaling() {
        assert_eq!(scale_size("150000", 0.1).as_deref(), Some("15000"));
        assert_eq!(scale_size("1_000_000", 0.5).as_deref(), Some("500000"));
        assert_eq!(scale_size("3", 0.1).as_deref(), Some("1"));
        assert_eq!(scale_size("2.5", 2.0).as_deref(), Some("5"));
        assert_eq!(scale_size("abc", 1.0).as_deref(), Some("abc"));
        assert_eq!(scale_size("abc", 0.5), None);
    }
}
