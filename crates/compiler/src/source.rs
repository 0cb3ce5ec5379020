//! Byte offsets to lines and columns.
//!
//! The parser reports byte ranges; code objects want CPython's
//! `co_positions` (1-based lines, 0-based UTF-8 byte columns) and
//! `SyntaxError` wants 1-based *character* columns and the offending line's
//! text. This module owns the one line table that answers all of those.

use ruff_text_size::TextRange;
use stitch_bytecode::Position;

/// Line starts of a source text. Lines end at `\n`, `\r\n` or a lone `\r`,
/// as Python's tokenizer counts them.
pub(crate) struct SourceMap<'s> {
    pub src: &'s str,
    starts: Vec<u32>,
}

impl<'s> SourceMap<'s> {
    pub fn new(src: &'s str) -> SourceMap<'s> {
        let bytes = src.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push((i + 1) as u32),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push((i + 1) as u32);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap { src, starts }
    }

    fn clamp(&self, off: u32) -> u32 {
        let mut off = (off as usize).min(self.src.len());
        while off > 0 && !self.src.is_char_boundary(off) {
            off -= 1;
        }
        off as u32
    }

    /// 0-based index of the line containing `off`.
    pub fn line_index(&self, off: u32) -> usize {
        let off = self.clamp(off);
        match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// 1-based line and 0-based byte column of `off`.
    pub fn line_col(&self, off: u32) -> (u32, u32) {
        let off = self.clamp(off);
        let li = self.line_index(off);
        ((li + 1) as u32, off - self.starts[li])
    }

    /// 1-based line of `off`.
    pub fn line(&self, off: u32) -> u32 {
        (self.line_index(off) + 1) as u32
    }

    /// The position of a byte range, as `co_positions` reports it.
    pub fn position(&self, range: TextRange) -> Position {
        let (line, col) = self.line_col(range.start().to_u32());
        let (end_line, end_col) = self.line_col(range.end().to_u32());
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// 1-based character column of `off` within its line (CPython's `SyntaxError.offset`).
    pub fn char_col(&self, off: u32) -> u32 {
        let off = self.clamp(off);
        let li = self.line_index(off);
        let start = self.starts[li] as usize;
        self.src[start..off as usize].chars().count() as u32 + 1
    }

    /// Text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let li = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(li)? as usize;
        let end = self
            .starts
            .get(li + 1)
            .map_or(self.src.len(), |e| *e as usize);
        let text = self.src.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    }

    /// Number of lines (a trailing newline does not start a new one).
    pub fn last_line(&self) -> u32 {
        let n = self.starts.len() as u32;
        if n > 1 && self.starts[n as usize - 1] as usize == self.src.len() {
            n - 1
        } else {
            n
        }
    }

    /// Byte offset where 1-based line `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        let li = (line as usize).saturating_sub(1).min(self.starts.len() - 1);
        self.starts[li]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_text_size::TextSize;

    #[test]
    fn lines_and_columns() {
        let sm = SourceMap::new("ab\r\ncé d\rx\n");
        assert_eq!(sm.line_col(0), (1, 0));
        assert_eq!(sm.line_col(4), (2, 0));
        assert_eq!(sm.line_col(8), (2, 4));
        assert_eq!(sm.char_col(8), 4);
        assert_eq!(sm.line_col(10), (3, 0));
        assert_eq!(sm.line_text(2).as_deref(), Some("cé d"));
        assert_eq!(sm.last_line(), 3);
        let p = sm.position(TextRange::new(TextSize::new(4), TextSize::new(8)));
        assert_eq!((p.line, p.col, p.end_line, p.end_col), (2, 0, 2, 4));
    }
}
