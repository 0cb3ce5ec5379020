//! The SVG bar chart: per program, each implementation's speedup over the
//! reference, on a log scale with bars growing up (faster) or down (slower)
//! from 1; one panel per group, each ending with the geometric mean.

use std::error::Error;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::programs::Group;
use crate::results::Results;

const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

const FONT: &str = "sans-serif";
const PANEL_HEIGHT: u32 = 380;
const LEGEND_HEIGHT: u32 = 34;

/// One implementation's bar in a slot: a speedup, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bar {
    Speedup(f64),
    Missing(&'static str),
}

struct Panel {
    title: String,
    /// The slots: program names, then `geomean`.
    names: Vec<String>,
    /// `bars[slot][k]` for the k-th compared implementation.
    bars: Vec<Vec<Bar>>,
}

/// The chart as SVG text; `None` when there is nothing to compare.
pub fn render(results: &Results) -> Result<Option<String>, Box<dyn Error>> {
    let others: Vec<usize> = results.others().collect();
    if others.is_empty() {
        return Ok(None);
    }
    let panels: Vec<Panel> = Group::ALL
        .into_iter()
        .filter_map(|g| panel(results, g, &others))
        .collect();
    let Some(slots) = panels.iter().map(|p| p.names.len()).max() else {
        return Ok(None);
    };
    let slot_width = (24 * others.len() as u32 + 36).max(96);
    let width = (130 + slots as u32 * slot_width).max(640);
    let height = LEGEND_HEIGHT + PANEL_HEIGHT * panels.len() as u32;
    let labels: Vec<String> = others
        .iter()
        .map(|&i| results.impls[i].label.clone())
        .collect();
    let reference = results.reference_name();

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let (legend, rest) = root.split_vertically(LEGEND_HEIGHT);
        draw_legend(&legend, &labels)?;
        for (area, p) in rest.split_evenly((panels.len(), 1)).iter().zip(&panels) {
            draw_panel(area, p, &labels, &reference)?;
        }
        root.present()?;
    }
    Ok(Some(svg))
}

fn panel(results: &Results, group: Group, others: &[usize]) -> Option<Panel> {
    let mut names = Vec::new();
    let mut bars = Vec::new();
    for row in results.rows_in(group) {
        names.push(row.program.name.clone());
        bars.push(
            others
                .iter()
                .map(|&i| match results.speedup(row, i) {
                    Some(s) => Bar::Speedup(s),
                    None if row.cells[results.reference].median().is_none() => Bar::Missing("-"),
                    None => Bar::Missing(row.cells[i].status.word()),
                })
                .collect(),
        );
    }
    if names.is_empty() {
        return None;
    }
    names.push("geomean".to_string());
    bars.push(
        others
            .iter()
            .map(|&i| {
                results
                    .geomean(group, i)
                    .speedup
                    .map_or(Bar::Missing("-"), Bar::Speedup)
            })
            .collect(),
    );
    let title = format!(
        "{}: speedup vs {} (log scale, higher is faster)",
        group.title(),
        results.reference_name()
    );
    Some(Panel { title, names, bars })
}

fn draw_panel(
    area: &DrawingArea<SVGBackend, Shift>,
    p: &Panel,
    labels: &[String],
    reference: &str,
) -> Result<(), Box<dyn Error>> {
    let n = p.names.len();
    let values = p.bars.iter().flatten().filter_map(|b| match b {
        Bar::Speedup(s) => Some(*s),
        Bar::Missing(_) => None,
    });
    let (lo, hi) = values.fold((1.0f64, 1.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = ((lo / 1.5).min(0.7), (hi * 1.5).max(1.4));
    // Ticks at powers of two: 0.25x 0.5x 1x 2x 4x ...
    let ticks: Vec<f64> = (-12..=12)
        .map(|e| 2f64.powi(e))
        .filter(|t| (lo..=hi).contains(t))
        .collect();

    let mut chart = ChartBuilder::on(area)
        .caption(&p.title, (FONT, 17))
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(60)
        .build_cartesian_2d(
            -0.5..n as f64 - 0.5,
            (lo..hi).log_scale().with_key_points(ticks),
        )?;

    // Slot i is centred on x = i; asking for n + 1 labels over a range of
    // length n makes plotters pick a step of 1, so the labels are the slots.
    let x_label = |x: &f64| {
        let i = x.round();
        if (x - i).abs() < 1e-6 && i >= 0.0 {
            p.names.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    };
    let y_label = |y: &f64| tick_label(*y);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n + 1)
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .y_desc(format!("speedup vs {reference}"))
        .label_style((FONT, 12))
        .axis_desc_style((FONT, 12))
        .draw()?;
    chart.draw_series(LineSeries::new(
        [(-0.5, 1.0), (n as f64 - 0.5, 1.0)],
        BLACK.stroke_width(1),
    ))?;
    // Set the geometric mean apart from the programs.
    let sep = n as f64 - 1.5;
    chart.draw_series(DashedLineSeries::new(
        [(sep, lo), (sep, hi)],
        4,
        4,
        BLACK.mix(0.4).stroke_width(1),
    ))?;

    let width = (0.8 / labels.len() as f64).min(0.3);
    let small = |v: VPos| TextStyle::from((FONT, 10).into_font()).pos(Pos::new(HPos::Center, v));
    for k in 0..labels.len() {
        let color = COLORS[k % COLORS.len()];
        let left = |slot: usize| slot as f64 - width * labels.len() as f64 / 2.0 + k as f64 * width;
        let bars = p
            .bars
            .iter()
            .enumerate()
            .filter_map(|(slot, b)| match b[k] {
                Bar::Speedup(s) => Some(Rectangle::new(
                    [(left(slot), 1.0), (left(slot) + width, s)],
                    color.filled(),
                )),
                Bar::Missing(_) => None,
            });
        chart.draw_series(bars)?;
        // The value at the end of each bar, or why there is no bar.
        let notes = p.bars.iter().enumerate().map(|(slot, b)| {
            let x = left(slot) + width / 2.0;
            match b[k] {
                Bar::Speedup(s) if s >= 1.0 => {
                    Text::new(format!("{s:.2}"), (x, s), small(VPos::Bottom))
                }
                Bar::Speedup(s) => Text::new(format!("{s:.2}"), (x, s), small(VPos::Top)),
                Bar::Missing(why) => Text::new(why.to_string(), (x, 1.0), small(VPos::Bottom)),
            }
        });
        chart.draw_series(notes)?;
    }
    Ok(())
}

/// One legend for all panels, in a strip across the top.
fn draw_legend(
    area: &DrawingArea<SVGBackend, Shift>,
    labels: &[String],
) -> Result<(), Box<dyn Error>> {
    let style = TextStyle::from((FONT, 13).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    let y = LEGEND_HEIGHT as i32 / 2 + 4;
    let mut x = 72;
    for (k, label) in labels.iter().enumerate() {
        let color = COLORS[k % COLORS.len()];
        area.draw(&Rectangle::new(
            [(x, y - 6), (x + 12, y + 6)],
            color.filled(),
        ))?;
        area.draw(&Text::new(label.as_str(), (x + 18, y), style.clone()))?;
        x += 18 + 7 * label.chars().count() as i32 + 28;
    }
    Ok(())
}

/// `0.25x`, `1x`, `16x`.
fn tick_label(v: f64) -> String {
    let s = format!("{v:.3}");
    format!("{}x", s.trim_end_matches('0').trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::fixture;

    #[test]
    fn svg_has_panels_bars_and_labels() {
        let svg = render(&fixture::results()).unwrap().unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..100]);
        for text in [
            "Classic programs",
            "Micro-loops",
            "nbody",
            "spectral_norm",
            "int_loop",
            "geomean",
            "stitch-off",
            "pypy3",
            "DIFF",
            "FAIL",
            "4.00",
            "1x",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(svg.contains("<rect"));
    }

    #[test]
    fn nothing_to_compare_gives_no_chart() {
        let mut r = fixture::results();
        r.impls.truncate(1);
        for row in &mut r.rows {
            row.cells.truncate(1);
        }
        assert!(render(&r).unwrap().is_none());
    }

    #[test]
    fn ticks() {
        assert_eq!(tick_label(0.25), "0.25x");
        assert_eq!(tick_label(1.0), "1x");
        assert_eq!(tick_label(16.0), "16x");
    }
}
