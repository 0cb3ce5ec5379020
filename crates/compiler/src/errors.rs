//! Compile errors: the internal error type of the passes, and the mapping
//! of ruff's parse errors onto CPython's `SyntaxError` wording.
//!
//! The passes after parsing report a [`CErr`] (a message and a byte range);
//! [`Reporter`] turns it into the public [`CompileError`] with CPython's
//! line, 1-based character column and line text. Parse errors go through
//! [`Reporter::parse_error`], which rewrites ruff's messages into CPython's
//! where the two differ and the intent can be recognized.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::visitor::source_order::{SourceOrderVisitor, TraversalSignal};
use ruff_python_ast::{AnyNodeRef, Expr, Mod, Stmt, UnaryOp};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    UnsupportedSyntaxError,
};
use ruff_text_size::{Ranged, TextRange, TextSize};
use stitch_bytecode::{CompileError, CompileErrorKind};

use crate::prescan::{Scan, ScanError};
use crate::source::SourceMap;

/// An error found by a pass after parsing: a message and where it applies.
#[derive(Debug, Clone)]
pub(crate) struct CErr {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub range: TextRange,
}

impl CErr {
    pub fn syntax(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            kind: CompileErrorKind::SyntaxError,
            msg: msg.into(),
            range,
        }
    }
}

pub(crate) type CResult<T> = Result<T, CErr>;

/// Builds public errors for one source text.
pub(crate) struct Reporter<'s> {
    pub sm: &'s SourceMap<'s>,
    pub filename: &'s str,
}

impl<'s> Reporter<'s> {
    pub fn at_range(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let start = range.start().to_u32();
        let end = range.end().to_u32();
        let line = self.sm.line(start);
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col: self.sm.char_col(start),
            end_line: self.sm.line(end),
            end_col: self.sm.char_col(end),
            text: self.sm.line_text(line),
        }
    }

    pub fn cerr(&self, e: CErr) -> CompileError {
        self.at_range(e.kind, e.msg, e.range)
    }

    pub fn scan_error(&self, e: ScanError) -> CompileError {
        let off = TextSize::new(e.offset);
        let mut err = self.at_range(e.kind, e.msg, TextRange::new(off, off));
        if let Some(col) = e.col {
            err.col = col;
            err.end_col = col;
        } else {
            err.end_col = err.col;
        }
        err
    }

    /// The error CPython would report for a source that ruff could not parse.
    pub fn parse_error(
        &self,
        err: &ParseError,
        scan: &Scan,
        tokens: &Tokens,
        syntax: &Mod,
    ) -> CompileError {
        use CompileErrorKind::*;
        let range = err.location;
        let start = range.start().to_u32();
        let sm = self.sm;
        let at_eof = matches!(err.error, ParseErrorType::Lexical(LexicalErrorType::Eof));
        // A malformed number literal is a tokenizer error: it wins when the
        // parser failed at or after it.
        if let Some((msg, off)) = &scan.number_error
            && start >= *off
        {
            let o = TextSize::new(*off);
            return self.at_range(SyntaxError, msg.clone(), TextRange::new(o, o));
        }
        // A bracket still open at the end wins when the parser hit the end of
        // the input or failed on a later line (CPython's tokenizer check).
        if let Some((c, off)) = scan.unclosed
            && start >= off
            && (at_eof || sm.line(start) > sm.line(off))
        {
            let o = TextSize::new(off);
            let mut e = self.at_range(
                SyntaxError,
                format!("'{c}' was never closed"),
                TextRange::new(o, o),
            );
            e.end_col = 0;
            return e;
        }
        let text_at = |r: TextRange| {
            sm.src
                .get(r.start().to_usize()..r.end().to_usize())
                .unwrap_or("")
        };
        // CPython re-tokenizes the rest of the source after a generic syntax
        // error, so a bracket error anywhere replaces "invalid syntax".
        let generic = || match scan.bracket_error.as_ref().or(scan.number_error.as_ref()) {
            Some((msg, off)) => {
                let o = TextSize::new(*off);
                self.at_range(SyntaxError, msg.clone(), TextRange::new(o, o))
            }
            None => self.at_range(SyntaxError, "invalid syntax", range),
        };
        match &err.error {
            ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after") => {
                self.indented_block_error(msg, range, tokens)
            }
            ParseErrorType::OtherError(msg) if msg.starts_with("Only single target") => {
                let mut m = msg.clone();
                m.replace_range(0..1, "o");
                self.at_range(SyntaxError, m, range)
            }
            ParseErrorType::UnexpectedIndentation => {
                let mut e = self.at_range(IndentationError, "unexpected indent", range);
                let line_start = sm.line_start(e.line);
                let indent = sm.src.get(line_start as usize..range.end().to_usize()).map_or(0, |s| s.chars().count());
                e.col = (indent as u32).max(1);
                e.end_col = e.col;
                e
            }
            ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
                let msg = "unindent does not match any outer indentation level";
                match scan.dedent_error {
                    Some((line_start, col)) => {
                        let o = TextSize::new(line_start);
                        let mut e = self.at_range(IndentationError, msg, TextRange::new(o, o));
                        e.col = col;
                        e.end_col = col;
                        e
                    }
                    None => self.at_range(IndentationError, msg, range),
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
                let text = sm.src.get(range.start().to_usize()..).unwrap_or("");
                let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                let triple = body.starts_with("'''") || body.starts_with("\"\"\"");
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {})", sm.last_line())
                } else {
                    format!("unterminated string literal (detected at line {})", sm.line(start))
                };
                self.at_range(SyntaxError, msg, TextRange::new(range.start(), range.start()))
            }
            ParseErrorType::Lexical(LexicalErrorType::OtherError(msg)) => {
                let tok = text_at(range);
                if msg.contains("decimal integer") && tok.starts_with('0') {
                    self.at_range(
                        SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        range,
                    )
                } else if tok.starts_with("0x") || tok.starts_with("0X") {
                    self.at_range(SyntaxError, "invalid hexadecimal literal", range)
                } else if tok.starts_with("0o") || tok.starts_with("0O") {
                    self.at_range(SyntaxError, "invalid octal literal", range)
                } else if tok.starts_with("0b") || tok.starts_with("0B") {
                    self.at_range(SyntaxError, "invalid binary literal", range)
                } else if tok.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                    self.at_range(SyntaxError, "invalid decimal literal", range)
                } else {
                    generic()
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                let c = *tok;
                if c.is_ascii_graphic() {
                    generic()
                } else if c.is_control() || c == '\u{feff}' || c == '\u{a0}' {
                    self.at_range(SyntaxError, format!("invalid non-printable character U+{:04X}", c as u32), range)
                } else {
                    self.at_range(SyntaxError, format!("invalid character '{c}' (U+{:04X})", c as u32), range)
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
                self.at_range(SyntaxError, "unexpected character after line continuation character", range)
            }
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
                self.at_range(SyntaxError, "bytes can only contain ASCII literal characters", range)
            }
            ParseErrorType::Lexical(
                LexicalErrorType::UnicodeError
                | LexicalErrorType::MissingUnicodeLbrace
                | LexicalErrorType::MissingUnicodeRbrace,
            ) => self.at_range(
                SyntaxError,
                "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape",
                range,
            ),
            ParseErrorType::Lexical(LexicalErrorType::Eof) => generic(),
            ParseErrorType::FStringError(e) | ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => {
                let msg = match e {
                    InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
                    InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
                    InterpolatedStringErrorType::InvalidConversionFlag => {
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                    }
                    InterpolatedStringErrorType::UnterminatedString
                    | InterpolatedStringErrorType::UnterminatedTripleQuotedString => "f-string: unterminated string",
                    _ => "f-string: invalid syntax",
                };
                self.at_range(SyntaxError, msg, range)
            }
            ParseErrorType::InvalidAssignmentTarget => {
                let (name, direct) = target_kind(syntax, range);
                match name {
                    Some(n) if direct => self.at_range(
                        SyntaxError,
                        format!("cannot assign to {n} here. Maybe you meant '==' instead of '='?"),
                        range,
                    ),
                    Some(n) => self.at_range(SyntaxError, format!("cannot assign to {n}"), range),
                    None => generic(),
                }
            }
            ParseErrorType::InvalidDeleteTarget => match target_kind(syntax, range).0 {
                Some(n) => self.at_range(SyntaxError, format!("cannot delete {n}"), range),
                None => generic(),
            },
            ParseErrorType::InvalidAugmentedAssignmentTarget => match target_kind(syntax, range).0 {
                Some(n) => self.at_range(
                    SyntaxError,
                    format!("'{n}' is an illegal expression for augmented assignment"),
                    range,
                ),
                None => generic(),
            },
            ParseErrorType::InvalidNamedAssignmentTarget => match target_kind(syntax, range).0 {
                Some(n) => self.at_range(SyntaxError, format!("cannot use assignment expressions with {n}"), range),
                None => generic(),
            },
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                self.at_range(SyntaxError, "illegal target for annotation", range)
            }
            ParseErrorType::PositionalAfterKeywordArgument => {
                self.at_range(SyntaxError, "positional argument follows keyword argument", range)
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                self.at_range(SyntaxError, "positional argument follows keyword argument unpacking", range)
            }
            ParseErrorType::InvalidArgumentUnpackingOrder => {
                self.at_range(SyntaxError, "iterable argument unpacking follows keyword argument unpacking", range)
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => {
                self.at_range(SyntaxError, "non-default argument follows default argument", range)
            }
            ParseErrorType::ParamAfterVarKeywordParam => {
                self.at_range(SyntaxError, "arguments cannot follow var-keyword argument", range)
            }
            ParseErrorType::VarParameterWithDefault => {
                let before = sm.src.get(..range.start().to_usize()).unwrap_or("");
                let kw = before.rfind("**").is_some_and(|i| before.rfind('*') == Some(i + 1));
                let msg = if kw {
                    "var-keyword argument cannot have default value"
                } else {
                    "var-positional argument cannot have default value"
                };
                self.at_range(SyntaxError, msg, range)
            }
            ParseErrorType::ExpectedKeywordParam => {
                self.at_range(SyntaxError, "named arguments must follow bare *", range)
            }
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                self.at_range(SyntaxError, "Generator expression must be parenthesized", range)
            }
            ParseErrorType::IterableUnpackingInComprehension => {
                self.at_range(SyntaxError, "iterable unpacking cannot be used in comprehension", range)
            }
            ParseErrorType::InvalidStarredExpressionUsage => {
                self.at_range(SyntaxError, "can't use starred expression here", range)
            }
            ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found: TokenKind::Equal } => {
                self.at_range(SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", range)
            }
            ParseErrorType::ExpectedToken { expected: TokenKind::Colon, .. } => {
                self.at_range(SyntaxError, "expected ':'", range)
            }
            ParseErrorType::ExpectedToken { expected: TokenKind::Else, .. } => {
                self.at_range(SyntaxError, "expected 'else' after 'if' expression", range)
            }
            ParseErrorType::SimpleStatementsOnSameLine => {
                // `print x`: CPython's friendlier message.
                let line = sm.line(start);
                let ls = sm.line_start(line) as usize;
                let prefix = sm.src.get(ls..range.start().to_usize()).unwrap_or("");
                let trimmed = prefix.trim_start();
                if (trimmed.starts_with("print ") || trimmed == "print") && !trimmed.contains(['(', '=']) {
                    let s = TextSize::new((ls + prefix.len() - trimmed.len()) as u32);
                    let e = TextSize::new(sm.line_text(line).map_or(0, |t| t.len() as u32) + ls as u32);
                    return self.at_range(
                        SyntaxError,
                        "Missing parentheses in call to 'print'. Did you mean print(...)?",
                        TextRange::new(s, e.max(s)),
                    );
                }
                generic()
            }
            _ => generic(),
        }
    }

    fn indented_block_error(&self, msg: &str, range: TextRange, tokens: &Tokens) -> CompileError {
        let what = msg.trim_start_matches("Expected an indented block after ");
        let (kind, cpy) = if what.starts_with("`if`") {
            (Some(TokenKind::If), "'if' statement")
        } else if what.starts_with("`elif`") {
            (Some(TokenKind::Elif), "'elif' statement")
        } else if what.starts_with("`else`") {
            (Some(TokenKind::Else), "'else' statement")
        } else if what.starts_with("`for`") {
            (Some(TokenKind::For), "'for' statement")
        } else if what.starts_with("`while`") {
            (Some(TokenKind::While), "'while' statement")
        } else if what.starts_with("`with`") {
            (Some(TokenKind::With), "'with' statement")
        } else if what.starts_with("`try`") {
            (Some(TokenKind::Try), "'try' statement")
        } else if what.starts_with("`except`") {
            (Some(TokenKind::Except), "'except' statement")
        } else if what.starts_with("`finally`") {
            (Some(TokenKind::Finally), "'finally' statement")
        } else if what.starts_with("`class`") {
            (Some(TokenKind::Class), "class definition")
        } else if what.starts_with("function") {
            (Some(TokenKind::Def), "function definition")
        } else if what.starts_with("`match`") {
            (Some(TokenKind::Match), "'match' statement")
        } else if what.starts_with("`case`") {
            (Some(TokenKind::Case), "'case' statement")
        } else {
            (None, "statement")
        };
        // The header's line: the last such keyword that starts a logical line before the error.
        let mut header_line = None;
        if let Some(kind) = kind {
            let mut prev: Option<TokenKind> = None;
            for tok in tokens.iter() {
                if tok.start() >= range.start() {
                    break;
                }
                let starts_line = matches!(
                    prev,
                    None | Some(
                        TokenKind::Newline
                            | TokenKind::Indent
                            | TokenKind::Dedent
                            | TokenKind::Colon
                    )
                ) || (kind == TokenKind::Def && prev == Some(TokenKind::Async));
                if tok.kind() == kind && starts_line {
                    header_line = Some(self.sm.line(tok.start().to_u32()));
                }
                if !matches!(
                    tok.kind(),
                    TokenKind::Comment | TokenKind::NonLogicalNewline
                ) {
                    prev = Some(tok.kind());
                }
            }
        }
        let line = header_line.unwrap_or_else(|| {
            self.sm
                .line(range.start().to_u32())
                .saturating_sub(1)
                .max(1)
        });
        self.at_range(
            CompileErrorKind::IndentationError,
            format!("expected an indented block after {cpy} on line {line}"),
            range,
        )
    }

    /// A version-related error: syntax newer than Python 3.11, reported with
    /// what CPython 3.11 says about it where that is known, else ruff's message.
    pub fn unsupported(&self, err: &UnsupportedSyntaxError) -> CompileError {
        let src = self.sm.src;
        let r = err.range;
        let start = r.start().to_usize();
        let at = |off: usize, msg: &str| {
            let o = TextSize::new(off as u32);
            self.at_range(CompileErrorKind::SyntaxError, msg, TextRange::new(o, o))
        };
        // Some kinds carry a payload whose type is not exported; match on its name.
        let kind = format!("{:?}", err.kind);
        match kind.as_str() {
            "TypeParameterList" => {
                // `def f[T]` expects '(' where CPython 3.11 sees the '['; `class C[T]` is invalid.
                let before = src.get(..start).unwrap_or("").trim_end();
                let before = before
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || !c.is_ascii());
                if before.trim_end().ends_with("def") {
                    at(start, "expected '('")
                } else {
                    at(start, "invalid syntax")
                }
            }
            "TypeAliasStatement" => {
                // CPython 3.11 reads `type` as a name and fails at the next token.
                let rest = src.get(start..).unwrap_or("");
                let after_kw = rest.strip_prefix("type").unwrap_or(rest);
                let name_off = start + (rest.len() - after_kw.trim_start().len());
                at(name_off, "invalid syntax")
            }
            "TemplateStrings" | "LazyImportStatement" => at(start, "invalid syntax"),
            // 3.11 ends the f-string at the reused quote and fails right after it.
            "Pep701FString(NestedQuote)" => at(start + 1, "f-string: expecting '}'"),
            "Pep701FString(Backslash)" => {
                at(start, "f-string expression part cannot include a backslash")
            }
            "Pep701FString(Comment)" => at(start, "f-string expression part cannot include '#'"),
            "UnparenthesizedExceptionTypes" => {
                at(start, "multiple exception types must be parenthesized")
            }
            "UnpackingInComprehension(DictInDict)" => {
                at(start, "dict unpacking cannot be used in dict comprehension")
            }
            k if k.starts_with("UnpackingInComprehension") => {
                at(start, "iterable unpacking cannot be used in comprehension")
            }
            "ParenthesizedKeywordArgumentName" => at(
                start,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
            ),
            _ => self.at_range(CompileErrorKind::SyntaxError, err.to_string(), err.range),
        }
    }
}

/// CPython's name for an expression kind in target errors (`_PyPegen_get_expr_name`).
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Finds the expression spanning exactly `range` in a (possibly error-recovered)
/// tree; also tells whether it is the whole single target of an `=` statement.
struct FindExpr<'a> {
    range: TextRange,
    depth: usize,
    entered: Vec<bool>,
    found: Option<&'a Expr>,
    direct: bool,
}

/// Give up looking deeper than this (the tree may be pathologically deep).
const FIND_DEPTH_LIMIT: usize = 400;

impl<'a> SourceOrderVisitor<'a> for FindExpr<'a> {
    fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
        if self.found.is_some()
            || self.depth > FIND_DEPTH_LIMIT
            || !node.range().contains_range(self.range)
        {
            self.entered.push(false);
            return TraversalSignal::Skip;
        }
        self.depth += 1;
        self.entered.push(true);
        TraversalSignal::Traverse
    }
    fn leave_node(&mut self, _node: AnyNodeRef<'a>) {
        if self.entered.pop() == Some(true) {
            self.depth -= 1;
        }
    }
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assign(a) = stmt
            && a.targets.len() == 1
            && a.targets[0].range() == self.range
        {
            let t = &a.targets[0];
            let excluded = matches!(
                t,
                Expr::List(_)
                    | Expr::Tuple(_)
                    | Expr::Generator(_)
                    | Expr::BooleanLiteral(_)
                    | Expr::NoneLiteral(_)
                    | Expr::Compare(_)
                    | Expr::BoolOp(_)
                    | Expr::If(_)
                    | Expr::Lambda(_)
                    | Expr::Named(_)
                    | Expr::Yield(_)
                    | Expr::YieldFrom(_)
                    | Expr::Starred(_)
            ) || matches!(t, Expr::UnaryOp(u) if u.op == UnaryOp::Not);
            self.direct = !excluded;
        }
        ruff_python_ast::visitor::source_order::walk_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_none() && expr.range() == self.range {
            self.found = Some(expr);
            return;
        }
        ruff_python_ast::visitor::source_order::walk_expr(self, expr);
    }
}

fn target_kind(syntax: &Mod, range: TextRange) -> (Option<&'static str>, bool) {
    let mut f = FindExpr {
        range,
        depth: 0,
        entered: Vec::new(),
        found: None,
        direct: false,
    };
    match syntax {
        Mod::Module(m) => {
            for s in &m.body {
                if f.found.is_some() {
                    break;
                }
                if s.range().contains_range(range) {
                    f.visit_stmt(s);
                }
            }
        }
        Mod::Expression(e) => f.visit_expr(&e.body),
    }
    (f.found.map(expr_kind_name), f.direct && f.found.is_some())
}
