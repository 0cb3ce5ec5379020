//! Line-based delta debugging: remove chunks of lines, then whole
//! indented blocks, from a failing program as long as it keeps failing.
//!
//! The predicate decides what "keeps failing" means (the campaign asks
//! that CPython still accepts the program and that Stitch still differs in
//! the same way), so a removal that breaks the indentation is simply
//! rejected.

/// Shrink `program` while `fails` holds for the smaller text (`fails` is
/// assumed to hold for `program` itself). Returns the smallest program
/// found; `budget` bounds the number of `fails` calls.
pub fn shrink(program: &str, mut budget: usize, mut fails: impl FnMut(&str) -> bool) -> String {
    let mut lines: Vec<String> = program.lines().map(str::to_string).collect();
    let mut try_lines = |lines: &[String], budget: &mut usize| {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        fails(&join(lines))
    };
    loop {
        let before = lines.len();
        // Whole blocks first: a header line and everything indented under
        // it is the unit most likely to leave a valid program behind.
        let mut i = 0;
        while i < lines.len() {
            let end = block_end(&lines, i);
            if end > i + 1 {
                let candidate = without(&lines, i, end);
                if try_lines(&candidate, &mut budget) {
                    lines = candidate;
                    continue;
                }
            }
            i += 1;
        }
        // Then chunks of halving size (ddmin's complement step).
        let mut chunk = (lines.len() / 2).max(1);
        loop {
            let mut i = 0;
            while i < lines.len() {
                let end = (i + chunk).min(lines.len());
                let candidate = without(&lines, i, end);
                if try_lines(&candidate, &mut budget) {
                    lines = candidate;
                } else {
                    i += chunk;
                }
            }
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
        if lines.len() == before || budget == 0 {
            return join(&lines);
        }
    }
}

/// `lines` without the range `start..end`.
fn without(lines: &[String], start: usize, end: usize) -> Vec<String> {
    let mut v = lines[..start].to_vec();
    v.extend_from_slice(&lines[end..]);
    v
}

/// The end (exclusive) of the block that starts at line `i`: the lines
/// after it that are indented deeper (and blank lines among them). `i + 1`
/// when nothing is.
fn block_end(lines: &[String], i: usize) -> usize {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let base = indent(&lines[i]);
    let mut j = i + 1;
    while j < lines.len() && (lines[j].trim().is_empty() || indent(&lines[j]) > base) {
        j += 1;
    }
    j
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_lines_that_matter() {
        let program = "a = 1\nb = 2\nif x:\n    c = 3\n    boom\nd = 4\n";
        // "Fails" while the program still has its `if` and `boom`.
        let out = shrink(program, 1000, |p| p.contains("if x:") && p.contains("boom"));
        assert_eq!(out, "if x:\n    boom\n");
    }

    #[test]
    fn respects_the_budget() {
        let program = "1\n2\n3\n4\n";
        let mut calls = 0;
        let out = shrink(program, 2, |_| {
            calls += 1;
            false
        });
        assert_eq!(calls, 2);
        assert_eq!(out, program);
    }

    #[test]
    fn blocks_end_at_the_dedent() {
        let lines: Vec<String> = ["for i in r:", "    a", "", "    b", "c"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(block_end(&lines, 0), 4);
        assert_eq!(block_end(&lines, 1), 3, "a blank line goes with the block");
    }
}
