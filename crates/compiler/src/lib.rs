//! stitch-compiler
