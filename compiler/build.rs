//! Builds the runtime library for every board file in `targets/` and carries them inside mpyc
//! (`$OUT_DIR/runtimes.rs`, read by `src/runtime_lib.rs`): an installed mpyc then needs no
//! cargo, no rustc and no source tree to build firmware.

#[allow(dead_code)]
#[path = "src/board.rs"]
mod board;
#[allow(dead_code)]
#[path = "src/mcu_runtime.rs"]
mod mcu_runtime;

use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() {
    for path in ["../runtime", "../targets", "../Cargo.lock", "../Cargo.toml", "src/board.rs", "src/mcu_runtime.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-env-changed=MPYC_NO_RUSTUP_TARGET");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    // The runtimes go beside the build's own target directory (`<target>/mcu-runtime/<board>`:
    // OUT_DIR is `<target>/<profile>/build/mpyc-<hash>/out`), shared by every profile.
    let target = out.ancestors().nth(4).map(PathBuf::from).unwrap_or_else(|| out.clone());
    let root = target.join("mcu-runtime");
    // One build per distinct key, named after the first board (by name) that needs it.
    let mut builds: BTreeMap<String, board::Board> = BTreeMap::new();
    for name in board::names().unwrap_or_else(|e| fail(&format!("{e:#}"))) {
        let b = board::load(&name).unwrap_or_else(|e| fail(&format!("{e:#}")));
        if let Some(key) = mcu_runtime::key(&b) {
            builds.entry(key).or_insert(b);
        }
    }
    // Two at a time: each is mostly one crate's code generation, on one core.
    let builds: Vec<(String, board::Board)> = builds.into_iter().collect();
    let mut libs = Vec::new();
    for pair in builds.chunks(2) {
        let results: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> =
                pair.iter().map(|(key, b)| s.spawn(|| (key.clone(), mcu_runtime::build(b, &root)))).collect();
            handles.into_iter().map(|h| h.join().expect("a runtime build thread")).collect()
        });
        for (key, lib) in results {
            libs.push((key, lib.unwrap_or_else(|e| fail(&format!("{e:#}")))));
        }
    }
    let mut text =
        String::from("/// Each runtime build key and its library.\npub static RUNTIMES: &[(&str, &[u8])] = &[\n");
    for (key, lib) in &libs {
        text += &format!("    ({key:?}, include_bytes!({:?})),\n", lib.display().to_string());
    }
    text += "];\n";
    std::fs::write(out.join("runtimes.rs"), text).expect("writing runtimes.rs");
}

/// Stops the build with `why`, and what to do.
fn fail(why: &str) -> ! {
    eprintln!("mpyc's build could not build its runtime library for the boards:\n{why}");
    std::process::exit(1)
}
