//! The JSON record of a session.

use serde::Serialize;

use crate::impls::Implementation;
use crate::programs::Group;
use crate::results::{Geomean, Results, Status};
use crate::sysinfo::Machine;

#[derive(Debug, Serialize)]
pub struct Settings {
    pub runs: usize,
    pub size_scale: f64,
    pub timeout_seconds: f64,
}

#[derive(Serialize)]
struct Report<'a> {
    harness: String,
    /// UTC, ISO 8601.
    timestamp: &'a str,
    machine: &'a Machine,
    settings: &'a Settings,
    /// The label speedups are relative to.
    reference: &'a str,
    implementations: &'a [Implementation],
    programs: Vec<ProgramJson<'a>>,
    /// Per group, per implementation label.
    geomeans: Vec<GeomeanJson<'a>>,
}

#[derive(Serialize)]
struct ProgramJson<'a> {
    name: &'a str,
    path: String,
    group: Group,
    size: Option<&'a str>,
    results: Vec<CellJson<'a>>,
}

#[derive(Serialize)]
struct CellJson<'a> {
    implementation: &'a str,
    status: Status,
    ok: bool,
    times: &'a [f64],
    median: Option<f64>,
    /// Reference median / this median.
    speedup: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
}

#[derive(Serialize)]
struct GeomeanJson<'a> {
    group: Group,
    implementation: &'a str,
    #[serde(flatten)]
    geomean: Geomean,
}

pub fn render(
    results: &Results,
    machine: &Machine,
    settings: &Settings,
    timestamp: &str,
) -> String {
    let programs = results
        .rows
        .iter()
        .map(|row| ProgramJson {
            name: &row.program.name,
            path: format!("bench/{}", row.program.rel),
            group: row.program.group,
            size: row.size.as_deref(),
            results: results
                .impls
                .iter()
                .zip(&row.cells)
                .enumerate()
                .map(|(i, (imp, cell))| CellJson {
                    implementation: &imp.label,
                    status: cell.status,
                    ok: cell.status == Status::Ok,
                    times: &cell.times,
                    median: cell.median(),
                    speedup: results.speedup(row, i),
                    detail: cell.detail.as_deref(),
                })
                .collect(),
        })
        .collect();
    let geomeans = Group::ALL
        .into_iter()
        .filter(|&g| results.rows_in(g).next().is_some())
        .flat_map(|g| {
            results.others().map(move |i| GeomeanJson {
                group: g,
                implementation: &results.impls[i].label,
                geomean: results.geomean(g, i),
            })
        })
        .collect();
    let report = Report {
        harness: format!("stitch-bench {}", env!("CARGO_PKG_VERSION")),
        timestamp,
        machine,
        settings,
        reference: &results.impls[results.reference].label,
        implementations: &results.impls,
        programs,
        geomeans,
    };
    let mut text = serde_json::to_string_pretty(&report).expect("the report serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::fixture;

    #[test]
    fn record() {
        let machine = Machine {
            hostname: Some("box".into()),
            cpus: 2,
            cpu_model: None,
            os: "linux".into(),
            arch: "x86_64".into(),
            load_average: None,
            git_commit: None,
        };
        let settings = Settings {
            runs: 3,
            size_scale: 1.0,
            timeout_seconds: 300.0,
        };
        let text = render(
            &fixture::results(),
            &machine,
            &settings,
            "2026-01-02T03:04:05Z",
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["reference"], "python3.11");
        assert_eq!(v["machine"]["cpus"], 2);
        assert_eq!(v["implementations"][2]["label"], "stitch-off");
        let nbody = &v["programs"][0];
        assert_eq!(nbody["path"], "bench/programs/nbody.py");
        assert_eq!(nbody["group"], "classic");
        assert_eq!(nbody["results"][2]["median"], 1.0);
        assert_eq!(nbody["results"][2]["speedup"], 2.0);
        assert_eq!(nbody["results"][0]["times"].as_array().unwrap().len(), 3);
        let richards = &v["programs"][1]["results"][2];
        assert_eq!(richards["status"], "diff");
        assert_eq!(richards["ok"], false);
        assert_eq!(richards["speedup"], serde_json::Value::Null);
        let geo = v["geomeans"].as_array().unwrap();
        assert_eq!(geo.len(), 4); // two groups x two implementations
        assert_eq!(geo[1]["implementation"], "stitch-off");
        assert_eq!(geo[1]["programs"], 2);
        assert_eq!(geo[1]["of"], 3);
    }
}
