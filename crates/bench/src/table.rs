//! The text report: one table per group of programs, then what failed.

use crate::programs::Group;
use crate::results::{Results, Row};

const GAP: &str = "  ";

/// The whole report for stdout.
pub fn render(results: &Results, runs: usize) -> String {
    let mut out = String::new();
    for group in Group::ALL {
        let rows: Vec<&Row> = results.rows_in(group).collect();
        if !rows.is_empty() {
            out += &group_table(results, group, &rows, runs);
            out.push('\n');
        }
    }
    out += &problems(results);
    out
}

fn group_table(results: &Results, group: Group, rows: &[&Row], runs: usize) -> String {
    let reference = results.reference_name();
    let others: Vec<usize> = results.others().collect();
    let n_impls = results.impls.len();

    let mut header = vec!["program".to_string(), "size".to_string()];
    header.extend(results.impls.iter().map(|i| i.label.clone()));
    // Speedups keep a last character for the `*` of a partial geomean, so
    // that the numbers stay aligned.
    header.extend(
        others
            .iter()
            .map(|&i| format!("{} ", results.impls[i].label)),
    );

    let mut body: Vec<Vec<String>> = Vec::new();
    for row in rows {
        let mut line = vec![
            row.program.name.clone(),
            row.size.clone().unwrap_or_else(|| "-".into()),
        ];
        for cell in &row.cells {
            line.push(match cell.median() {
                Some(t) => format!("{t:.3}"),
                None => cell.status.word().to_string(),
            });
        }
        for &i in &others {
            line.push(results.speedup(row, i).map_or("-".to_string(), speedup) + " ");
        }
        body.push(line);
    }

    let mut partial = Vec::new();
    let mut geo = vec!["geomean".to_string(), String::new()];
    geo.extend(std::iter::repeat_n(String::new(), n_impls));
    for &i in &others {
        let g = results.geomean(group, i);
        let mut s = g.speedup.map_or("-".to_string(), speedup);
        if g.speedup.is_some() && g.programs < g.of {
            s.push('*');
            partial.push(format!(
                "{} ({} of {})",
                results.impls[i].label, g.programs, g.of
            ));
        } else {
            s.push(' ');
        }
        geo.push(s);
    }

    // Column widths, then widen the last column of each span so the span's
    // heading fits.
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for line in body.iter().chain([&geo]) {
        for (w, c) in widths.iter_mut().zip(line) {
            *w = (*w).max(c.chars().count());
        }
    }
    let time_span = (2, 2 + n_impls);
    let ratio_span = (2 + n_impls, 2 + n_impls + others.len());
    let time_title = "median time (s)".to_string();
    let ratio_title = format!("speedup vs {reference} ");
    for ((from, to), title) in [(time_span, &time_title), (ratio_span, &ratio_title)] {
        if to > from {
            let span = widths[from..to].iter().sum::<usize>() + GAP.len() * (to - from - 1);
            widths[to - 1] += title.chars().count().saturating_sub(span);
        }
    }

    let fmt_line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(k, (c, &w))| {
                if k == 0 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        parts.join(GAP).trim_end().to_string()
    };
    let col_start = |k: usize| widths[..k].iter().sum::<usize>() + GAP.len() * k;
    let total_width = col_start(widths.len()) - GAP.len();

    let mut out = format!(
        "{}: median of {runs} run{}",
        group.title(),
        if runs == 1 { "" } else { "s" }
    );
    if !others.is_empty() {
        out += &format!("; speedup = {reference} time / time (above 1 is faster)");
    }
    out += "\n\n";
    // The span headings, centred over their columns.
    let mut spans = String::new();
    for ((from, to), title) in [(time_span, &time_title), (ratio_span, &ratio_title)] {
        if to > from {
            let span = col_start(to) - GAP.len() - col_start(from);
            let start = col_start(from) + (span - title.chars().count()) / 2;
            spans += &" ".repeat(start.saturating_sub(spans.chars().count()));
            spans += title;
        }
    }
    out += spans.trim_end();
    out.push('\n');
    out += &fmt_line(&header);
    out.push('\n');
    out += &"-".repeat(total_width);
    out.push('\n');
    for line in &body {
        out += &fmt_line(line);
        out.push('\n');
    }
    if !others.is_empty() {
        out += &"-".repeat(total_width);
        out.push('\n');
        out += &fmt_line(&geo);
        out.push('\n');
        if !partial.is_empty() {
            out += &format!(
                "* over the programs that ran correctly: {}\n",
                partial.join(", ")
            );
        }
    }
    out
}

fn speedup(x: f64) -> String {
    format!("{x:.2}x")
}

/// The failures, one line each, with why.
fn problems(results: &Results) -> String {
    let mut out = String::new();
    for row in &results.rows {
        for (imp, cell) in results.impls.iter().zip(&row.cells) {
            if let Some(detail) = &cell.detail {
                out += &format!(
                    "  {} under {}: {} ({detail})\n",
                    row.program.rel,
                    imp.label,
                    cell.status.word()
                );
            }
        }
    }
    if out.is_empty() {
        out
    } else {
        format!("Problems (left out of the geometric means):\n{out}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::fixture;

    #[test]
    fn renders_times_speedups_and_geomeans() {
        let text = render(&fixture::results(), 3);
        let expected = "\
Classic programs: median of 3 runs; speedup = CPython time / time (above 1 is faster)

                            median time (s)         speedup vs CPython
program        size  python3.11  pypy3  stitch-off  pypy3   stitch-off
-----------------------------------------------------------------------
nbody           100       2.000  0.500       1.000  4.00x        2.00x
richards        100       1.000  0.250        DIFF  4.00x            -
spectral_norm   100       3.000  0.750       4.000  4.00x        0.75x
-----------------------------------------------------------------------
geomean                                             4.00x        1.22x*
* over the programs that ran correctly: stitch-off (2 of 3)

Micro-loops: median of 3 runs; speedup = CPython time / time (above 1 is faster)

                       median time (s)         speedup vs CPython
program   size  python3.11  pypy3  stitch-off  pypy3   stitch-off
------------------------------------------------------------------
int_loop   100       1.000   FAIL       0.500      -        2.00x
------------------------------------------------------------------
geomean                                            -        2.00x

Problems (left out of the geometric means):
  programs/richards.py under stitch-off: DIFF (line 1: expected '1', got '2')
  micro/int_loop.py under pypy3: FAIL (exit status: 1: NameError)
";
        assert_eq!(text, expected, "\n{text}");
    }

    #[test]
    fn ratios_are_cpython_over_implementation() {
        // Stitch twice as fast as CPython shows 2.00x; twice as slow 0.50x.
        let mut r = fixture::results();
        r.rows.truncate(1);
        r.rows[0].cells[0].times = vec![1.0];
        r.rows[0].cells[2].times = vec![0.5];
        r.rows[0].cells[1].times = vec![2.0];
        let text = render(&r, 1);
        let nbody = text.lines().find(|l| l.starts_with("nbody")).unwrap();
        let cols: Vec<&str> = nbody.split_whitespace().collect();
        assert_eq!(
            cols,
            ["nbody", "100", "1.000", "2.000", "0.500", "0.50x", "2.00x"]
        );
        assert!(text.contains("median of 1 run;"));
    }

    #[test]
    fn reference_only_has_no_speedup_columns() {
        let mut r = fixture::results();
        r.impls.truncate(1);
        for row in &mut r.rows {
            row.cells.truncate(1);
        }
        let text = render(&r, 1);
        assert!(
            !text.contains("geomean") && !text.contains("speedup"),
            "{text}"
        );
        assert!(
            text.contains("\nnbody           100            2.000\n"),
            "{text}"
        );
    }
}
