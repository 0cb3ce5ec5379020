//! Deciding whether Stitch behaved like CPython on a program: the same
//! standard output, the same exit status and, when the program failed, the
//! same last line of standard error (`TypeName: message`). This is what
//! the test suite compares (`tests/README.md`), less the traceback's line
//! number.

use crate::exec::{Outcome, Status};

/// How Stitch's run differed from CPython's, coarsely: the shrinker keeps
/// a smaller program only if it fails in the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Stitch panicked (`stitch: internal error`) or died from a signal.
    Crash,
    /// Stitch ran past the deadline that CPython met.
    Timeout,
    /// Different exit status.
    Status,
    /// Same exit status, different final error line.
    ErrorLine,
    /// Same status, different standard output.
    Stdout,
}

/// A difference, with a human-readable description of the first place it
/// shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub kind: Kind,
    pub detail: String,
    /// What the shrinker must keep besides the kind: for a stdout
    /// difference the first word of CPython's differing line (the tag a
    /// generated program prints first), for an error line CPython's
    /// exception type; empty otherwise.
    pub signature: String,
}

/// The last non-empty line of `stderr`, which for a program killed by an
/// exception is `TypeName: message`.
pub fn last_line(stderr: &[u8]) -> Option<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
}

/// Did the run crash (a Rust panic or a fatal signal)?
fn crashed(o: &Outcome) -> bool {
    matches!(o.status, Status::Signaled(_))
        || String::from_utf8_lossy(&o.stderr).contains("panicked at")
        || last_line(&o.stderr).as_deref() == Some("stitch: internal error")
}

/// Cut `s` to at most `n` characters for a message.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let head: String = s.chars().take(n).collect();
        format!("{head}...")
    }
}

/// Where two outputs first differ (`line N: expected ... got ...`), and
/// the first word of the expected line there.
fn first_difference(expected: &[u8], actual: &[u8]) -> (String, String) {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let (el, al): (Vec<&str>, Vec<&str>) = (e.lines().collect(), a.lines().collect());
    for i in 0..el.len().max(al.len()) {
        let (x, y) = (el.get(i), al.get(i));
        if x != y {
            // Long lines are shown from a little before the first column
            // where they differ.
            let col = match (x, y) {
                (Some(x), Some(y)) => x.chars().zip(y.chars()).take_while(|(a, b)| a == b).count(),
                _ => 0,
            };
            let skip = col.saturating_sub(60);
            let show = |l: Option<&&str>| match l {
                Some(l) if skip > 0 => {
                    let tail: String = l.chars().skip(skip).collect();
                    format!("...{:?}", clip(&tail, 140))
                }
                Some(l) => format!("{:?}", clip(l, 160)),
                None => "<end of output>".to_string(),
            };
            let word = x
                .and_then(|l| l.split_whitespace().next())
                .unwrap_or("<end>")
                .to_string();
            let detail = format!(
                "stdout line {}: CPython {} / Stitch {}",
                i + 1,
                show(x),
                show(y)
            );
            return (detail, word);
        }
    }
    (
        "stdout differs in line endings or a final newline".to_string(),
        String::new(),
    )
}

/// Compare Stitch's run (`actual`) with CPython's (`expected`).
pub fn compare(expected: &Outcome, actual: &Outcome) -> Option<Mismatch> {
    let mismatch = |kind, detail: String| {
        Some(Mismatch {
            kind,
            detail,
            signature: String::new(),
        })
    };
    if crashed(actual) {
        let tail = last_line(&actual.stderr).unwrap_or_default();
        let panic = String::from_utf8_lossy(&actual.stderr)
            .lines()
            .find(|l| l.contains("panicked at"))
            .map(str::to_string);
        let what = panic.unwrap_or(tail);
        return mismatch(
            Kind::Crash,
            format!("Stitch crashed ({:?}): {}", actual.status, clip(&what, 200)),
        );
    }
    if actual.status == Status::TimedOut {
        return mismatch(
            Kind::Timeout,
            format!(
                "Stitch timed out (CPython took {:.2} s)",
                expected.elapsed.as_secs_f64()
            ),
        );
    }
    if actual.status != expected.status {
        return mismatch(
            Kind::Status,
            format!(
                "exit status: CPython {:?} / Stitch {:?} (Stitch's last stderr line: {:?})",
                expected.status,
                actual.status,
                last_line(&actual.stderr).unwrap_or_default()
            ),
        );
    }
    if expected.status != Status::Exited(0) {
        let (e, a) = (last_line(&expected.stderr), last_line(&actual.stderr));
        if e != a {
            let exc_type = e.as_deref().unwrap_or("").split(':').next().unwrap_or("");
            return Some(Mismatch {
                kind: Kind::ErrorLine,
                detail: format!(
                    "last stderr line: CPython {:?} / Stitch {:?}",
                    e.clone().unwrap_or_default(),
                    a.unwrap_or_default()
                ),
                signature: exc_type.to_string(),
            });
        }
    }
    if expected.stdout != actual.stdout {
        let (detail, word) = first_difference(&expected.stdout, &actual.stdout);
        return Some(Mismatch {
            kind: Kind::Stdout,
            detail,
            signature: word,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn outcome(status: Status, stdout: &str, stderr: &str) -> Outcome {
        Outcome {
            status,
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            elapsed: Duration::from_millis(10),
        }
    }

    #[test]
    fn identical_runs_agree() {
        let a = outcome(Status::Exited(0), "1\n2\n", "");
        assert_eq!(compare(&a, &a.clone()), None);
        let e = outcome(
            Status::Exited(1),
            "x\n",
            "Traceback...\n  File \"p.py\", line 3\nKeyError: 'k'\n\n",
        );
        let f = outcome(
            Status::Exited(1),
            "x\n",
            "Traceback (other body)\nKeyError: 'k'\n",
        );
        assert_eq!(compare(&e, &f), None, "only the last stderr line counts");
    }

    #[test]
    fn stdout_difference_names_the_line() {
        let e = outcome(Status::Exited(0), "a\nb\nc\n", "");
        let a = outcome(Status::Exited(0), "a\nB\nc\n", "");
        let m = compare(&e, &a).unwrap();
        assert_eq!(m.kind, Kind::Stdout);
        assert!(m.detail.contains("line 2"), "{}", m.detail);
        assert_eq!(m.signature, "b");
        let short = outcome(Status::Exited(0), "a\n", "");
        assert!(
            compare(&e, &short)
                .unwrap()
                .detail
                .contains("<end of output>")
        );
        let no_newline = outcome(Status::Exited(0), "a\nb\nc", "");
        assert_eq!(compare(&e, &no_newline).unwrap().kind, Kind::Stdout);
    }

    #[test]
    fn status_error_line_crash_and_timeout() {
        let ok = outcome(Status::Exited(0), "", "");
        let failed = outcome(Status::Exited(1), "", "TypeError: bad\n");
        assert_eq!(compare(&ok, &failed).unwrap().kind, Kind::Status);
        let other = outcome(Status::Exited(1), "", "TypeError: worse\n");
        let m = compare(&failed, &other).unwrap();
        assert_eq!(
            (m.kind, m.signature.as_str()),
            (Kind::ErrorLine, "TypeError")
        );
        let panic = outcome(
            Status::Exited(70),
            "",
            "thread 'stitch-vm' panicked at src/x.rs:1:1:\nboom\nstitch: internal error\n",
        );
        let m = compare(&ok, &panic).unwrap();
        assert_eq!(m.kind, Kind::Crash);
        assert!(m.detail.contains("panicked at src/x.rs"), "{}", m.detail);
        assert_eq!(
            compare(&ok, &outcome(Status::Signaled(11), "", ""))
                .unwrap()
                .kind,
            Kind::Crash
        );
        assert_eq!(
            compare(&ok, &outcome(Status::TimedOut, "", ""))
                .unwrap()
                .kind,
            Kind::Timeout
        );
    }

    #[test]
    fn last_line_skips_blank_lines() {
        assert_eq!(
            last_line(b"a\nValueError: x  \n\n \n").as_deref(),
            Some("ValueError: x")
        );
        assert_eq!(last_line(b""), None);
    }
}
