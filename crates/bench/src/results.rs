//! What a benchmark session measured, and the numbers derived from it.

use serde::Serialize;

use crate::impls::Implementation;
use crate::programs::{Group, Program};
use crate::stats;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    /// A nonzero exit status.
    Fail,
    /// The output differs from the reference output.
    Diff,
    Timeout,
    /// The process could not be started.
    Error,
}

impl Status {
    /// How a failed cell shows in the table.
    pub fn word(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Fail => "FAIL",
            Status::Diff => "DIFF",
            Status::Timeout => "TIMEOUT",
            Status::Error => "ERROR",
        }
    }
}

/// One program under one implementation.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub status: Status,
    /// Wall time in seconds of each run that exited successfully.
    pub times: Vec<f64>,
    /// Why it failed.
    pub detail: Option<String>,
}

impl Cell {
    pub fn ok(times: Vec<f64>) -> Cell {
        Cell {
            status: Status::Ok,
            times,
            detail: None,
        }
    }

    pub fn failed(status: Status, times: Vec<f64>, detail: String) -> Cell {
        Cell {
            status,
            times,
            detail: Some(detail),
        }
    }

    /// The median time, for successful cells only.
    pub fn median(&self) -> Option<f64> {
        if self.status == Status::Ok {
            stats::median(&self.times)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub program: Program,
    /// The size argument actually passed (after scaling).
    pub size: Option<String>,
    /// One per implementation, in `Results::impls` order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub impls: Vec<Implementation>,
    /// The index in `impls` that speedups are relative to.
    pub reference: usize,
    pub rows: Vec<Row>,
}

/// A geometric mean of speedups over the programs where it is defined.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Geomean {
    pub speedup: Option<f64>,
    /// Programs included.
    pub programs: usize,
    /// Programs in the group.
    pub of: usize,
}

impl Results {
    /// Reference time / implementation time: above 1 is faster than the
    /// reference. `None` unless both succeeded.
    pub fn speedup(&self, row: &Row, imp: usize) -> Option<f64> {
        let r = row.cells[self.reference].median()?;
        let t = row.cells[imp].median()?;
        (t > 0.0).then(|| r / t)
    }

    pub fn rows_in(&self, group: Group) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.program.group == group)
    }

    /// The geometric mean of `imp`'s speedups over `group`, leaving out
    /// programs where it or the reference failed.
    pub fn geomean(&self, group: Group, imp: usize) -> Geomean {
        let rows: Vec<&Row> = self.rows_in(group).collect();
        let speedups: Vec<f64> = rows.iter().filter_map(|r| self.speedup(r, imp)).collect();
        Geomean {
            speedup: stats::geomean(&speedups),
            programs: speedups.len(),
            of: rows.len(),
        }
    }

    /// The implementations compared against the reference.
    pub fn others(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.impls.len()).filter(move |&i| i != self.reference)
    }

    /// What speedups are relative to, for headings.
    pub fn reference_name(&self) -> String {
        let r = &self.impls[self.reference];
        if r.is_cpython() {
            "CPython".to_string()
        } else {
            r.label.clone()
        }
    }
}

/// Test fixtures shared by the report, JSON and chart tests.
#[cfg(test)]
pub mod fixture {
    use super::*;

    pub fn imp(label: &str, kind: &str) -> Implementation {
        Implementation {
            label: label.to_string(),
            kind: kind.to_string(),
            command: vec![format!("/usr/bin/{label}")],
            version: "1.0".to_string(),
        }
    }

    pub fn program(name: &str, group: Group) -> Program {
        let rel = format!("{}/{name}.py", group.dir());
        Program {
            name: name.to_string(),
            rel,
            group,
            size: Some("100".to_string()),
        }
    }

    /// CPython, PyPy and stitch-off on three classic programs (one where
    /// Stitch's output differs) and one micro-loop.
    pub fn results() -> Results {
        let row = |name, group, cells| Row {
            program: program(name, group),
            size: Some("100".into()),
            cells,
        };
        Results {
            impls: vec![
                imp("python3.11", "cpython"),
                imp("pypy3", "pypy"),
                imp("stitch-off", "stitch"),
            ],
            reference: 0,
            rows: vec![
                row(
                    "nbody",
                    Group::Classic,
                    vec![
                        Cell::ok(vec![2.0, 2.2, 1.9]),
                        Cell::ok(vec![0.5]),
                        Cell::ok(vec![1.0, 0.9, 1.1]),
                    ],
                ),
                row(
                    "richards",
                    Group::Classic,
                    vec![
                        Cell::ok(vec![1.0]),
                        Cell::ok(vec![0.25]),
                        Cell::failed(
                            Status::Diff,
                            vec![2.0],
                            "line 1: expected '1', got '2'".into(),
                        ),
                    ],
                ),
                row(
                    "spectral_norm",
                    Group::Classic,
                    vec![
                        Cell::ok(vec![3.0]),
                        Cell::ok(vec![0.75]),
                        Cell::ok(vec![4.0]),
                    ],
                ),
                row(
                    "int_loop",
                    Group::Micro,
                    vec![
                        Cell::ok(vec![1.0]),
                        Cell::failed(Status::Fail, vec![], "exit status: 1: NameError".into()),
                        Cell::ok(vec![0.5]),
                    ],
                ),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::results;
    use super::*;

    #[test]
    fn speedup_is_reference_over_implementation() {
        let r = results();
        let nbody = &r.rows[0];
        assert_eq!(r.speedup(nbody, 0), Some(1.0));
        assert_eq!(r.speedup(nbody, 1), Some(4.0)); // 2.0 / 0.5
        assert_eq!(r.speedup(nbody, 2), Some(2.0)); // 2.0 / 1.0
        assert_eq!(r.speedup(&r.rows[1], 2), None); // DIFF
    }

    #[test]
    fn geomean_leaves_out_failures() {
        let r = results();
        let g = r.geomean(Group::Classic, 2);
        assert_eq!((g.programs, g.of), (2, 3));
        assert!((g.speedup.unwrap() - (2.0f64 * 0.75).sqrt()).abs() < 1e-12);
        let g = r.geomean(Group::Classic, 1);
        assert_eq!((g.programs, g.of, g.speedup), (3, 3, Some(4.0)));
        let g = r.geomean(Group::Micro, 1);
        assert_eq!((g.programs, g.speedup), (0, None));
    }
}
