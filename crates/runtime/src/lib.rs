//! stitch-runtime
