//! Text-file tests of the optimizer: each file in `tests/opt/` holds a
//! region (uops in `stitch_tier2::text`'s form, the root first, forks
//! linking to their other side by index), a line `----`, and the region
//! as the optimizer leaves it (removed uops are `NOP`s). With
//! `STITCH_BLESS=1` the expectations are rewritten from what the optimizer
//! does now (review the diff).

use std::path::Path;

use stitch_tier2::optimize::{Removed, optimize};
use stitch_tier2::text;

const SEPARATOR: &str = "----\n";

fn check(path: &Path) -> Result<(), String> {
    let file = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let (input, expected) = file
        .split_once(SEPARATOR)
        .ok_or_else(|| format!("{}: no '----' line", path.display()))?;
    let mut insts = text::parse(input).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut removed = Removed::default();
    optimize(&mut insts, &mut removed, &[]);
    let got = text::print(&insts);
    if std::env::var_os("STITCH_BLESS").is_some() {
        std::fs::write(path, format!("{input}{SEPARATOR}{got}")).map_err(|e| e.to_string())?;
        return Ok(());
    }
    if got != expected {
        return Err(format!(
            "{}:\n--- expected\n{expected}--- got\n{got}",
            path.display()
        ));
    }
    Ok(())
}

#[test]
fn optimizer_text_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/opt");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/opt")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let failures: Vec<String> = files.iter().filter_map(|f| check(f).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
