//! stitch-bench: times the programs under `bench/` under each Stitch mode
//! and the other Python implementations on the machine, checks that their
//! outputs agree, and reports median times and speedups relative to CPython
//! as a table (stdout), JSON and an SVG chart (`bench/results/`).
//!
//! `stitch-bench --help` lists the options.

mod args;
mod chart;
mod impls;
mod json;
mod programs;
mod results;
mod run;
mod stats;
mod sysinfo;
mod table;

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Command, Options};
use impls::Implementation;
use results::{Results, Row};
use run::{Job, Progress};

fn main() -> ExitCode {
    let opts = match args::parse(env::args().skip(1)) {
        Ok(Command::Run(opts)) => opts,
        Ok(Command::Help) => {
            println!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("stitch-bench: {e}");
            return ExitCode::from(2);
        }
    };
    match bench(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stitch-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace this harness was built in; `bench/` and `target/` are there.
fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

fn bench(opts: &Options) -> Result<(), String> {
    let root = workspace_root();
    let bench_dir = root.join("bench");
    let mut progress = Progress::new();

    let mut selected = programs::select(&programs::discover(&bench_dir)?, &opts.programs)?;
    let sizes_path = bench_dir.join("sizes.txt");
    match fs::read_to_string(&sizes_path) {
        Ok(text) => {
            let entries = programs::parse_sizes(&text)
                .map_err(|e| format!("{}: {e}", sizes_path.display()))?;
            for warning in programs::apply_sizes(&mut selected, &entries) {
                progress.note(&warning);
            }
        }
        Err(_) => progress
            .note("warning: bench/sizes.txt not found; running each program at its default size"),
    }

    let mut impls = other_implementations(opts, &mut progress);
    impls.extend(stitch_implementations(opts, &root)?);
    if impls.is_empty() {
        return Err(
            "no implementation to run (none of the --compare commands was found)".to_string(),
        );
    }
    let reference = impls::reference(&impls);
    progress.note("implementations:");
    for imp in &impls {
        progress.note(&format!(
            "  {:<12} {}  ({})",
            imp.label,
            imp.command.join(" "),
            imp.version
        ));
    }
    if !impls[reference].is_cpython() {
        progress.note(&format!(
            "note: no CPython; speedups are relative to {}",
            impls[reference].label
        ));
    }

    let machine = sysinfo::Machine::describe(&root);
    let (timestamp, stamp) = sysinfo::timestamps();

    // The reference runs first: its output is what the others must print.
    let order: Vec<usize> = std::iter::once(reference)
        .chain((0..impls.len()).filter(|&i| i != reference))
        .collect();
    let mut rows = Vec::new();
    for (n, program) in selected.iter().enumerate() {
        let size = program.size.as_ref().map(|s| {
            programs::scale_size(s, opts.size_scale).unwrap_or_else(|| {
                progress.note(&format!(
                    "warning: cannot scale size '{s}' of {}; using it as is",
                    program.rel
                ));
                s.clone()
            })
        });
        let script = bench_dir.join(&program.rel);
        let label = match program.group {
            programs::Group::Classic => program.name.clone(),
            programs::Group::Micro => format!("micro/{}", program.name),
        };
        let job = Job {
            script: &script,
            size: size.as_deref(),
            cwd: &root,
            runs: opts.runs,
            timeout: opts.timeout,
            index: n + 1,
            total: selected.len(),
            name: &label,
        };
        let cells = run::measure(&impls, &order, &job, &mut progress);
        rows.push(Row {
            program: program.clone(),
            size,
            cells,
        });
    }
    progress.clear();

    let results = Results {
        impls,
        reference,
        rows,
    };
    println!();
    print!("{}", table::render(&results, opts.runs));

    let out_dir = match &opts.out {
        Some(dir) => dir.clone(),
        None => bench_dir.join("results"),
    };
    fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let settings = json::Settings {
        runs: opts.runs,
        size_scale: opts.size_scale,
        timeout_seconds: opts.timeout.as_secs_f64(),
    };
    let mut written = Vec::new();
    let record = json::render(&results, &machine, &settings, &timestamp);
    for name in [format!("bench-{stamp}.json"), "latest.json".to_string()] {
        written.push(write(&out_dir.join(name), &record)?);
    }
    match chart::render(&results) {
        Ok(Some(svg)) => {
            for name in [format!("bench-{stamp}.svg"), "latest.svg".to_string()] {
                written.push(write(&out_dir.join(name), &svg)?);
            }
        }
        Ok(None) => eprintln!("no chart: only one implementation ran"),
        Err(e) => eprintln!("warning: could not draw the chart: {e}"),
    }
    eprintln!("wrote {}", written.join(", "));
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<String, String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path.display().to_string())
}

/// The `--compare` interpreters (by default python3.11 and pypy3) that are
/// found; missing ones are skipped with a note.
fn other_implementations(opts: &Options, progress: &mut Progress) -> Vec<Implementation> {
    let names: Vec<String> = match &opts.compare {
        Some(names) => names.clone(),
        None => args::DEFAULT_COMPARE
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    let mut found: Vec<Implementation> = Vec::new();
    for name in names {
        match impls::probe_python(&name) {
            Ok(imp) if found.iter().any(|f| f.label == imp.label) => {
                progress.note(&format!(
                    "note: skipping {name}: {} is already compared",
                    imp.label
                ));
            }
            Ok(imp) => found.push(imp),
            Err(why) => progress.note(&format!("note: skipping {name}: {why}")),
        }
    }
    found
}

/// One implementation per `--modes` entry, all running the stitch binary:
/// `--stitch`, else `$STITCH`, else the workspace's, built first unless
/// `--no-build`.
fn stitch_implementations(opts: &Options, root: &Path) -> Result<Vec<Implementation>, String> {
    if opts.modes.is_empty() {
        return Ok(Vec::new());
    }
    let from_env = env::var_os("STITCH")
        .filter(|s| !s.is_empty())
        .map(PathBuf::from);
    let binary = match opts.stitch.clone().or(from_env) {
        Some(path) => path,
        None if opts.build => impls::build_stitch(root)?,
        None => root.join("target/release/stitch"),
    };
    if !binary.is_file() {
        return Err(format!(
            "the stitch binary is not at {}\n  build it with `cargo build --release -p stitch-cli`, \
             pass --stitch PATH (or set STITCH), or leave Stitch out with --modes none",
            binary.display()
        ));
    }
    // Programs run in the workspace root: make a relative path absolute.
    let binary = std::path::absolute(&binary).unwrap_or(binary);
    impls::stitch(&binary, &opts.modes)
}
