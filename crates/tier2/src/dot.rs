//! `--dump-executors FILE.dot`: the executor graph in Graphviz DOT. Nodes
//! are the live executors with their uops; edges are linked exits (solid,
//! labelled with the exit's target offset and times taken) and each
//! primary's jump to its own top (dashed).

use std::fmt::Write;

use stitch_bytecode::Uop;

use crate::arena::{Arena, Kind};
use crate::text;

/// The graph of no executors (tier 2 off).
pub fn empty() -> String {
    "digraph executors {\n}\n".to_string()
}

/// DOT's escaping inside a double-quoted label, lines left-aligned.
fn label(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        for c in line.chars() {
            match c {
                '"' | '\\' | '{' | '}' | '<' | '>' | '|' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
        out.push_str("\\l");
    }
    out
}

pub fn graph(arena: &Arena) -> String {
    let mut out = String::from("digraph executors {\n  node [shape=box, fontname=monospace];\n");
    for r in arena.iter() {
        let kind = match r.kind {
            Kind::Primary => "primary",
            Kind::Secondary => "secondary",
            Kind::Cold => "cold",
        };
        let insts = r.insts();
        let head = format!(
            "executor {} ({kind}, code {} @{}{})\n",
            r.id.slot,
            r.code_id,
            r.start,
            if r.valid.get() { "" } else { ", invalid" }
        );
        let _ = writeln!(
            out,
            "  e{} [label=\"{}\"];",
            r.id.slot,
            label(&(head + &text::print(&insts)))
        );
        if insts.iter().any(|i| i.uop == Uop::JUMP_TO_TOP) {
            let _ = writeln!(
                out,
                "  e{0} -> e{0} [style=dashed, label=\"loop\"];",
                r.id.slot
            );
        }
    }
    for r in arena.iter() {
        for (n, e) in r.exits.iter().enumerate() {
            if arena.is_cold(e.next.get()) {
                continue;
            }
            let to = e.next_rec();
            let _ = writeln!(
                out,
                "  e{} -> e{} [label=\"exit {n} @{} ({}x)\"];",
                r.id.slot,
                to.id.slot,
                e.target,
                e.taken.get()
            );
        }
    }
    out.push_str("}\n");
    out
}
