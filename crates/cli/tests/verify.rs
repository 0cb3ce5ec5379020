//! Every program of the corpus compiles to code objects that pass the
//! bytecode verifier (programs that CPython rejects must be rejected).

use std::path::Path;

use stitch_bytecode::Mode;

#[test]
fn corpus_compiles_to_verified_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut checked = 0;
    for dir in ["py", "wishlist"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "py") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap_or_default();
            let status = std::fs::read_to_string(p.with_extension("status")).unwrap_or_default();
            let cpython_rejects = ["SyntaxError", "IndentationError", "TabError"]
                .iter()
                .any(|k| status.lines().any(|l| l.starts_with(&format!("error {k}"))))
                && status.lines().any(|l| l.starts_with("line "));
            let name = p.display().to_string();
            match stitch_compiler::compile(&src, &name, Mode::Exec) {
                Ok(code) => {
                    if let Err(e) = stitch_bytecode::verify(&code) {
                        panic!("{name}: verifier: {e}");
                    }
                    checked += 1;
                }
                Err(e) => {
                    // A syntax error raised at run time (exec/compile of a string) still compiles here.
                    assert!(cpython_rejects, "{name}: unexpected compile error {e}");
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} programs compiled");
}
