//! When is the REPL's input a whole statement?
//!
//! CPython's REPL lets its tokenizer pull more lines while a statement is
//! unfinished. Stitch compiles whole sources with ruff's error-resilient
//! parser instead, so [`classify`] decides the same question the way
//! CPython's `codeop` module does — compile what was typed and look at the
//! error — with a small lexical scan to tell an error that more input could
//! fix from one it could not:
//!
//! * an unterminated triple-quoted string, a backslash continuation or a
//!   single-quoted string continued with a backslash at the end: more input;
//! * open brackets: the input is completed with the matching closers on a
//!   line of their own; if that compiles, or fails only at the closers, more
//!   input is needed, otherwise the error is in what was typed (`(1 2,` is
//!   reported at once, as by CPython);
//! * a compound statement (`if`, `for`, `def`, `@decorator`, ...) ends with
//!   an empty line, as in CPython: until then it needs more input when it
//!   compiles, when its error is past the last line (`try:` without
//!   `except`), or when it ends with a block header (`... :`) whose error
//!   goes away once a body is added (`if 1:` needs more, `def f(:` is an
//!   error at once);
//! * anything else is ready: it runs, or its error is reported.
//!
//! Lines containing only blanks and comments are skipped (CPython shows a
//! new primary prompt for them).

use std::rc::Rc;

use stitch_bytecode::{CodeObject, CompileError, Mode};

/// The file name the REPL compiles statements under (as CPython's).
pub const FILENAME: &str = "<stdin>";

/// What to do with the lines typed so far.
#[derive(Debug)]
pub enum Verdict {
    /// Only blank lines and comments: nothing to run.
    Empty,
    /// The statement goes on: ask for another line with the secondary prompt.
    Incomplete,
    /// A whole statement: its code to run, or the error to report.
    Ready(Result<Rc<CodeObject>, CompileError>),
}

/// Classify `src`, the lines typed since the primary prompt, each ended by
/// `'\n'` (an empty last line means the user entered an empty line).
///
/// Never panics: the compiler turns every problem into a `CompileError`.
pub fn classify(src: &str) -> Verdict {
    let scan = scan(src);
    if !scan.significant {
        return Verdict::Empty;
    }
    if scan.open_string || scan.continuation {
        return Verdict::Incomplete;
    }
    let lines = src.lines().count() as u32;
    if !scan.brackets.is_empty() && !scan.bracket_error {
        // Close the brackets on a line of their own (the last line may end
        // in a comment) and see whether the error moves past the input.
        let mut closed = String::with_capacity(src.len() + scan.brackets.len() + 1);
        closed.push_str(src);
        closed.extend(scan.brackets.iter().rev().map(|&c| closer(c)));
        closed.push('\n');
        return match compile(&closed) {
            Ok(_) => Verdict::Incomplete,
            Err(e) if past(&e, lines) => Verdict::Incomplete,
            Err(e) => Verdict::Ready(Err(e)),
        };
    }
    let result = compile(src);
    if !scan.compound || src.ends_with("\n\n") {
        return Verdict::Ready(result);
    }
    // A compound statement goes on until an empty line.
    match result {
        Ok(_) => Verdict::Incomplete,
        Err(e) if past(&e, lines) => Verdict::Incomplete,
        Err(e) if scan.ends_with_colon => {
            // A block header: does a body make the error go away?
            let body = format!("{src}{} pass\n", scan.last_indent);
            match compile(&body) {
                Ok(_) => Verdict::Incomplete,
                Err(e2) if past(&e2, lines) => Verdict::Incomplete,
                Err(_) => Verdict::Ready(Err(e)),
            }
        }
        Err(e) => Verdict::Ready(Err(e)),
    }
}

/// Compile one interactive statement.
pub fn compile(src: &str) -> Result<Rc<CodeObject>, CompileError> {
    stitch_compiler::compile(src, FILENAME, Mode::Single)
}

/// Is the error located after the first `lines` lines (at what was added)?
fn past(e: &CompileError, lines: u32) -> bool {
    e.line > lines
}

fn closer(c: char) -> char {
    match c {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// The lexical state at the end of the input.
#[derive(Debug, Default)]
struct Scan {
    /// Anything besides blanks and comments?
    significant: bool,
    /// Brackets still open, innermost last.
    brackets: Vec<char>,
    /// A closing bracket that does not match (the compiler reports it).
    bracket_error: bool,
    /// Inside a triple-quoted string, or a single-quoted one continued by a
    /// backslash at the end of the line.
    open_string: bool,
    /// The input ends with a backslash continuation.
    continuation: bool,
    /// The first word is a compound statement's keyword (or a decorator).
    compound: bool,
    /// The last significant character (outside comments) is `:`.
    ends_with_colon: bool,
    /// Leading whitespace of the line holding the last significant character.
    last_indent: String,
}

/// Find brackets, strings, comments and continuations, as the tokenizer
/// would. Only the end state matters; string prefixes need no attention
/// (a backslash keeps a quote from closing a string even in raw strings).
fn scan(src: &str) -> Scan {
    let mut s = Scan::default();
    let chars: Vec<char> = src.chars().collect();
    let mut line_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line_start = i + 1;
                i += 1;
                continue;
            }
            ' ' | '\t' | '\x0c' | '\r' => {
                i += 1;
                continue;
            }
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\\' => {
                s.continuation = ends_after(&chars, i + 1);
                i += 1;
                continue;
            }
            _ => {}
        }
        if !s.significant {
            s.significant = true;
            s.compound = starts_compound(&chars[i..]);
        }
        s.ends_with_colon = c == ':';
        s.last_indent = chars[line_start..]
            .iter()
            .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
            .collect();
        match c {
            '(' | '[' | '{' => s.brackets.push(c),
            ')' | ']' | '}' => match s.brackets.pop() {
                Some(open) if closer(open) == c => {}
                _ => s.bracket_error = true,
            },
            '\'' | '"' => {
                let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                i += if triple { 3 } else { 1 };
                loop {
                    let Some(&d) = chars.get(i) else {
                        // The end of the input inside a string: a triple-quoted
                        // one goes on; a single-quoted one only after a
                        // backslash-newline (otherwise the compiler reports it).
                        s.open_string = triple || s.open_string;
                        break;
                    };
                    if d == '\\' {
                        if !triple && ends_after(&chars, i + 1) {
                            s.open_string = true;
                        }
                        i += 2;
                        continue;
                    }
                    if d == '\n' && !triple {
                        break; // unterminated: left to the compiler
                    }
                    if d == c
                        && (!triple
                            || (chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c)))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    s
}

/// Is `chars[at..]` nothing, or just the last line's end (`\n` or `\r\n`)?
fn ends_after(chars: &[char], at: usize) -> bool {
    matches!(
        chars.get(at..).unwrap_or(&[]),
        [] | ['\n'] | ['\r'] | ['\r', '\n']
    )
}

/// Does the statement starting at `rest` open with a compound statement's
/// keyword? (`match` is a soft keyword: only when its line ends with `:`.)
fn starts_compound(rest: &[char]) -> bool {
    if rest.first() == Some(&'@') {
        return true;
    }
    let word: String = rest
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_')
        .collect();
    match word.as_str() {
        "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async" => true,
        "match" => {
            let line: String = rest.iter().take_while(|c| **c != '\n').collect();
            let code = line.split('#').next().unwrap_or("");
            code.trim_end().ends_with(':')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(src: &str) -> &'static str {
        match classify(src) {
            Verdict::Empty => "empty",
            Verdict::Incomplete => "more",
            Verdict::Ready(Ok(_)) => "ok",
            Verdict::Ready(Err(_)) => "error",
        }
    }

    fn check(cases: &[(&str, &str)]) {
        for (src, want) in cases {
            assert_eq!(verdict(src), *want, "input {src:?}");
        }
    }

    #[test]
    fn blank_and_comment_lines_are_empty() {
        check(&[
            ("\n", "empty"),
            ("   \n", "empty"),
            ("# c\n", "empty"),
            ("  # c\n", "empty"),
        ]);
    }

    #[test]
    fn simple_statements_are_ready_at_once() {
        check(&[
            ("1+1\n", "ok"),
            ("x = 5\n", "ok"),
            ("print(1); print(2)\n", "ok"),
            ("x = 1 # (\n", "ok"),
            ("s = ')'\n", "ok"),
            ("lambda: (yield)\n", "ok"),
            ("match(1)\n", "ok"),
        ]);
    }

    #[test]
    fn errors_are_ready_at_once() {
        check(&[
            ("1 +\n", "error"),
            ("x = 1 +\n", "error"),
            ("else:\n", "error"),
            ("  1\n", "error"),
            ("s = \"abc\n", "error"),
            ("(1]\n", "error"),
            (")\n", "error"),
            ("def f(:\n", "error"),
            ("(1 2,\n", "error"),
            ("for x in (1 2,\n", "error"),
        ]);
    }

    #[test]
    fn open_brackets_need_more() {
        check(&[
            ("(1,\n", "more"),
            ("x = [1,\n", "more"),
            ("x = [1,\n\n", "more"),
            ("d = {1:\n", "more"),
            ("print(1, # comment\n", "more"),
            ("if (a and\n", "more"),
            ("def f(a,\n", "more"),
            ("foo(1,\n  2 +\n", "more"),
            ("x = [1,\n\n2]\n", "ok"),
        ]);
    }

    #[test]
    fn strings_and_continuations_need_more() {
        check(&[
            ("x = \"\"\"abc\n", "more"),
            ("'''a\n\n", "more"),
            ("\"\"\"a\nb\"\"\"\n", "ok"),
            ("1 + \\\n", "more"),
            ("1 + \\\n2\n", "ok"),
            ("s = 'ab\\\n", "more"),
            ("s = 'ab\\\ncd'\n", "ok"),
            ("x = 1 # \\\n", "ok"),
            ("f(\"\"\"a\n", "more"),
        ]);
    }

    #[test]
    fn compound_statements_end_with_an_empty_line() {
        check(&[
            ("if 1:\n", "more"),
            ("if 1:\n  x = 1\n", "more"),
            ("if 1:\n  x = 1\n\n", "ok"),
            ("if 1: print(1)\n", "more"),
            ("if 1: print(1)\n\n", "ok"),
            ("for i in range(3):\n    print(i)\n", "more"),
            ("for i in range(3):\n    print(i)\n\n", "ok"),
            ("def f(a):\n    return a\n", "more"),
            ("def f(a):\n    return a\n\n", "ok"),
            ("def f():\n  for x in y:\n", "more"),
            ("if 1:\n  x=1\nelse:\n", "more"),
            ("if 1:\n  x=1\nelse:\n  x=2\n\n", "ok"),
            ("try:\n  1/0\n", "more"),
            ("try:\n  1/0\nexcept ZeroDivisionError:\n  pass\n\n", "ok"),
            ("class A:\n  def f(self): return 1\n", "more"),
            ("@dec\n", "more"),
            ("@dec\ndef f(): pass\n\n", "ok"),
            ("while True:\n    x = (1,\n\n    2)\n", "more"),
            ("if 1:\n  pass\n    \n", "more"),
            ("if 1:\n  pass\n  # c\n", "more"),
            ("with open(f) as g:\n", "more"),
        ]);
    }

    #[test]
    fn errors_inside_compound_statements() {
        check(&[
            ("if 1:\n\n", "error"),
            ("if 1:\n  pass\nprint(2)\n", "error"),
            ("if x:\n  1 +\n", "error"),
            ("if 1:\n 2\n  3\n", "error"),
            ("def f():\n  return (1 2,\n", "error"),
            ("if 1:\n  x = 1\n\n", "ok"),
        ]);
    }

    #[test]
    fn hostile_input_never_panics() {
        for src in [
            "\\\n",
            "\\",
            "'\\",
            "\"\"\"\\",
            "(((((\n",
            ")))))\n",
            "@\n",
            "if\n",
            "\x00\n",
            "é(\n",
            "\r\n",
            "if 1:\r\n",
            "\u{feff}1\n",
            "'''\n'\n\"\n",
            "\\\r\n",
            "#\\\n",
            "class",
            "x = [\n]]\n",
        ] {
            let _ = classify(src);
        }
        let deep = "(".repeat(10_000) + "\n";
        let _ = classify(&deep);
    }
}
