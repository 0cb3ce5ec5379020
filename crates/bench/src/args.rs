//! Command-line options, parsed by hand (a dozen flags do not need a crate).

use std::path::PathBuf;
use std::time::Duration;

pub const USAGE: &str = "\
usage: stitch-bench [OPTIONS] [PROGRAM...]

Times bench/programs/*.py (classic programs) and bench/micro/*.py (micro-loops)
under Stitch and other Python implementations, checks that their outputs agree,
and prints median times and speedups relative to CPython. Writes JSON and an SVG
chart to bench/results/.

PROGRAM            a program's file name without .py (e.g. nbody richards);
                   `micro/fib` or `programs/fib` picks one group. Default: all.

options:
  --runs N         timed runs per program and implementation (default 5)
  --size-scale F   multiply each size from bench/sizes.txt by F (default 1)
  --quick          a smoke test: --runs 1 --size-scale 0.1
  --modes LIST     Stitch tiers, comma-separated: off,uops,native (default off);
                   `none` runs no Stitch
  --compare LIST   other implementations, comma-separated commands or paths
                   (default python3.11,pypy3, those found); `none` for none
  --stitch PATH    the stitch binary (default $STITCH, else the workspace's
                   target/release/stitch, built first with cargo)
  --no-build       do not run `cargo build --release -p stitch-cli` first
  --timeout SECS   kill a run after SECS seconds (default 300)
  --out DIR        where to write JSON and SVG (default bench/results)
  -h, --help       show this help";

/// The Stitch tiers `-X jit=MODE` accepts.
pub const KNOWN_MODES: &[&str] = &["off", "uops", "native"];

pub const DEFAULT_COMPARE: &[&str] = &["python3.11", "pypy3"];

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Program filters (file stems, or `group/stem`); empty means all.
    pub programs: Vec<String>,
    pub runs: usize,
    pub size_scale: f64,
    /// Stitch tiers to run, in order.
    pub modes: Vec<String>,
    /// Other implementations; `None` means the defaults, whichever are found.
    pub compare: Option<Vec<String>>,
    pub stitch: Option<PathBuf>,
    pub build: bool,
    pub timeout: Duration,
    pub out: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            programs: Vec::new(),
            runs: 5,
            size_scale: 1.0,
            modes: vec!["off".to_string()],
            compare: None,
            stitch: None,
            build: true,
            timeout: Duration::from_secs(300),
            out: None,
        }
    }
}

#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Run(Options),
}

/// Parses the arguments after the program name.
pub fn parse<I: IntoIterator<Item = String>>(args: I) -> Result<Command, String> {
    let mut opts = Options::default();
    let mut quick = false;
    let mut runs = None;
    let mut scale = None;
    let mut args = args.into_iter();
    let mut only_positional = false;
    while let Some(arg) = args.next() {
        if only_positional || !arg.starts_with('-') || arg == "-" {
            opts.programs.push(arg);
            continue;
        }
        // `--name=value` or `--name value`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        if inline.is_some() && matches!(name.as_str(), "--help" | "--quick" | "--no-build") {
            return Err(format!("option {name} takes no value"));
        }
        let mut value = |what: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("option {name} needs {what}"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--" => only_positional = true,
            "--quick" => quick = true,
            "--no-build" => opts.build = false,
            "--runs" => runs = Some(parse_runs(&value("a number")?)?),
            "--size-scale" => scale = Some(parse_positive(&name, &value("a number")?)?),
            "--timeout" => {
                opts.timeout = Duration::from_secs_f64(parse_positive(&name, &value("seconds")?)?)
            }
            "--modes" => opts.modes = parse_modes(&value("a list of modes")?)?,
            "--compare" => opts.compare = Some(parse_compare(&value("a list of commands")?)),
            "--stitch" => opts.stitch = Some(PathBuf::from(value("a path")?)),
            "--out" => opts.out = Some(PathBuf::from(value("a directory")?)),
            _ => return Err(format!("unknown option '{arg}' (see --help)")),
        }
    }
    // Explicit --runs / --size-scale win over --quick, in any order.
    opts.runs = runs.unwrap_or(if quick { 1 } else { opts.runs });
    opts.size_scale = scale.unwrap_or(if quick { 0.1 } else { opts.size_scale });
    if opts.modes.is_empty() && opts.compare.as_ref().is_some_and(|c| c.is_empty()) {
        return Err("nothing to run: --modes none and --compare none".to_string());
    }
    Ok(Command::Run(opts))
}

fn parse_runs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "--runs expects a whole number of at least 1, not '{s}'"
        )),
    }
}

fn parse_positive(name: &str, s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 => Ok(x),
        _ => Err(format!("{name} expects a positive number, not '{s}'")),
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

fn parse_modes(s: &str) -> Result<Vec<String>, String> {
    if s.trim() == "none" {
        return Ok(Vec::new());
    }
    let mut modes: Vec<String> = Vec::new();
    for m in split_list(s) {
        if !KNOWN_MODES.contains(&m.as_str()) {
            return Err(format!(
                "unknown Stitch mode '{m}' (expected {})",
                KNOWN_MODES.join(", ")
            ));
        }
        if !modes.contains(&m) {
            modes.push(m);
        }
    }
    if modes.is_empty() {
        return Err("--modes needs at least one mode, or `none`".to_string());
    }
    Ok(modes)
}

fn parse_compare(s: &str) -> Vec<String> {
    if s.trim() == "none" {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for c in split_list(s) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Options, String> {
        match parse(args.iter().map(|s| s.to_string()))? {
            Command::Run(o) => Ok(o),
            Command::Help => Err("help".to_string()),
        }
    }

    #[test]
    fn defaults() {
        let o = run(&[]).unwrap();
        assert_eq!(o, Options::default());
        assert_eq!(o.runs, 5);
        assert_eq!(o.modes, ["off"]);
        assert_eq!(o.compare, None);
        assert!(o.build);
    }

    #[test]
    fn programs_and_options() {
        let o = run(&[
            "nbody",
            "--runs",
            "3",
            "richards",
            "--compare=python3.11,pypy3",
            "--modes",
            "off,uops",
            "--stitch",
            "/x/stitch",
            "--no-build",
            "--out",
            "o",
            "--timeout=2.5",
        ])
        .unwrap();
        assert_eq!(o.programs, ["nbody", "richards"]);
        assert_eq!(o.runs, 3);
        assert_eq!(
            o.compare,
            Some(vec!["python3.11".to_string(), "pypy3".to_string()])
        );
        assert_eq!(o.modes, ["off", "uops"]);
        assert_eq!(o.stitch, Some(PathBuf::from("/x/stitch")));
        assert!(!o.build);
        assert_eq!(o.out, Some(PathBuf::from("o")));
        assert_eq!(o.timeout, Duration::from_millis(2500));
    }

    #[test]
    fn quick_yields_to_explicit_values() {
        let o = run(&["--quick"]).unwrap();
        assert_eq!((o.runs, o.size_scale), (1, 0.1));
        let o = run(&["--runs", "2", "--quick", "--size-scale", "0.5"]).unwrap();
        assert_eq!((o.runs, o.size_scale), (2, 0.5));
    }

    #[test]
    fn none_lists() {
        let o = run(&["--compare", "none"]).unwrap();
        assert_eq!(o.compare, Some(vec![]));
        let o = run(&["--modes", "none"]).unwrap();
        assert!(o.modes.is_empty());
        assert!(run(&["--modes", "none", "--compare", "none"]).is_err());
    }

    #[test]
    fn errors() {
        assert!(
            run(&["--bogus"])
                .unwrap_err()
                .contains("unknown option '--bogus'")
        );
        assert!(run(&["--runs"]).unwrap_err().contains("needs"));
        assert!(run(&["--runs", "0"]).is_err());
        assert!(run(&["--runs", "x"]).is_err());
        assert!(run(&["--size-scale", "-1"]).is_err());
        assert!(
            run(&["--modes", "of"])
                .unwrap_err()
                .contains("unknown Stitch mode 'of'")
        );
        assert!(run(&["--quick=1"]).is_err());
        assert_eq!(parse(["-h".to_string()]), Ok(Command::Help));
    }

    #[test]
    fn double_dash_ends_options() {
        let o = run(&["--", "--weird"]).unwrap();
        assert_eq!(o.programs, ["--weird"]);
    }
}
