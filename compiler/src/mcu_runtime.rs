//! Builds the runtime crate as a static library for a board's Rust target, with whichever
//! toolchain this machine has: a rustup toolchain with the target installed, or Debian's
//! rustc-web with rust-web-src (core and alloc built from source). mpyc's build script runs
//! this for every board file (`compiler/build.rs`, which carries the libraries into mpyc);
//! mpyc itself only for a user's board file that needs a build of its own.

use crate::board::Board;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The source tree mpyc was built from.
pub fn workspace() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// What a board's runtime library is built from besides the sources: the Rust target, the
/// runtime's features and the USB console's ids. Boards with the same key share a library.
pub fn key(board: &Board) -> Option<String> {
    let rt = board.runtime.as_ref()?;
    Some(format!(
        "{} {:?} {:?} {}",
        rt.rust_target,
        board.runtime_features(),
        board.usb.map(|u| (u.vendor, u.product)),
        FLAGS.join(" ")
    ))
}

/// The compiler's flags for the runtime. Panic locations (a file name, line and column for
/// every bounds check, `unwrap` and division of the runtime and its crates: 7–9 KB of a small
/// firmware) are left out: a runtime panic is a bug, whose report still says what panicked
/// (and `mpyc run` on the host has the locations). The symbols keep the stable toolchain's
/// mangling (the `-Z` flags need RUSTC_BOOTSTRAP, which would change it). One code-generation
/// unit: the whole crate optimized together is 2–14 KB smaller per example firmware than in
/// 16 pieces, at the same speed (docs/benchmarks.md, stop 58).
const FLAGS: [&str; 4] =
    ["-Zlocation-detail=none", "-Zunstable-options", "-Csymbol-mangling-version=legacy", "-Ccodegen-units=1"];

/// How to invoke cargo for the target.
enum Toolchain {
    /// `cargo` from rustup, with the target's standard library installed.
    Rustup,
    /// Debian's rustc-web: build core and alloc from the rust-src it ships.
    Debian,
}

fn rustup_has_target(triple: &str) -> bool {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == triple))
        .unwrap_or(false)
}

fn find_toolchain(triple: &str) -> Result<Toolchain> {
    if std::env::var_os("MPYC_NO_RUSTUP_TARGET").is_none() && rustup_has_target(triple) {
        return Ok(Toolchain::Rustup);
    }
    let debian_src = Path::new("/usr/lib/rustlib/src/rust/library/core");
    if Path::new("/usr/bin/rustc").exists() && Path::new("/usr/bin/cargo").exists() && debian_src.exists() {
        return Ok(Toolchain::Debian);
    }
    bail!(
        "no Rust toolchain here can build for {triple}.\n\
         Install one of:\n  rustup target add {triple}\n  \
         apt-get install rustc-web cargo-web rust-web-src   (Debian 12: builds core from source)"
    )
}

/// Where cargo keeps the registry's sources: `$CARGO_HOME`, else `~/.cargo`.
fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

/// Builds (or finds up to date) the runtime library for `board` under `target_root`
/// (`<target_root>/<board>/…`); returns the `.a` file.
pub fn build(board: &Board, target_root: &Path) -> Result<PathBuf> {
    let rt = board.runtime.as_ref().ok_or_else(|| anyhow!("board {} has no [runtime]", board.name))?;
    let triple = &rt.rust_target;
    let ws = workspace();
    let target_dir = target_root.join(&board.name);
    let lib = target_dir.join(triple).join("release").join("libmpyc_runtime.a");
    // What the build depends on besides the sources: when it and they are as the last build
    // left them, neither rustup nor cargo is asked (together ~0.25 s of every build).
    let key = format!("{} {}", key(board).unwrap_or_default(), std::env::var_os("MPYC_NO_RUSTUP_TARGET").is_some());
    let stamp = target_dir.join("mpyc-stamp");
    if lib.exists() && up_to_date(&stamp, &key, &ws) {
        return Ok(lib);
    }
    let started = std::time::SystemTime::now();
    let toolchain = find_toolchain(triple)?;
    let mut cmd = match toolchain {
        Toolchain::Rustup => Command::new("cargo"),
        Toolchain::Debian => Command::new("/usr/bin/cargo"),
    };
    // Nothing of an outer cargo (mpyc's build script, or `cargo test` running mpyc) may leak
    // into this build: what cargo sets for build scripts and the build's own settings go
    // (the registry's, network's and proxy's settings stay).
    for (var, _) in std::env::vars_os() {
        let var = var.to_string_lossy();
        let keep = ["CARGO_HOME", "CARGO_HTTP_", "CARGO_NET_", "CARGO_REGISTRIES_", "CARGO_REGISTRY_"]
            .iter()
            .any(|k| var.starts_with(k));
        let outer = (var.starts_with("CARGO") && !keep)
            || var.starts_with("RUSTC")
            || var.starts_with("RUSTDOC")
            || var == "RUSTFLAGS"
            || ["OUT_DIR", "TARGET", "HOST", "NUM_JOBS", "OPT_LEVEL", "DEBUG", "PROFILE", "MAKEFLAGS", "MFLAGS"]
                .contains(&&*var);
        if outer {
            cmd.env_remove(&*var);
        }
    }
    if matches!(toolchain, Toolchain::Debian) {
        cmd.env("RUSTC", "/usr/bin/rustc");
    }
    // (`-Z` flags on a stable toolchain: [`FLAGS`].)
    cmd.env("RUSTC_BOOTSTRAP", "1");
    let mut flags: Vec<String> = FLAGS.iter().map(|f| f.to_string()).collect();
    // The crates' source paths end up in the firmware (what is left of panic locations): name
    // the registry's directory by a fixed prefix, so that the firmware is the same whoever
    // builds it (its read-only data, and with it where everything after lands, does not depend
    // on $HOME).
    if let Some(home) = cargo_home() {
        let src = home.join("registry").join("src");
        flags.push(format!("--remap-path-prefix={}=/crates", src.display()));
    }
    cmd.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
    cmd.current_dir(&ws)
        .args(["rustc", "--quiet", "--release", "-p", "mpyc-runtime", "--lib", "--crate-type", "staticlib"])
        .args(["--target", triple])
        .arg("--target-dir")
        .arg(&target_dir);
    if matches!(toolchain, Toolchain::Debian) {
        cmd.arg("-Zbuild-std=core,alloc");
    }
    let features = board.runtime_features();
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    // The USB console's ids, from the board file (the runtime reads them with `option_env!`,
    // and cargo rebuilds it when they change).
    match board.usb {
        Some(ids) => {
            cmd.env("MPYC_USB_VID", format!("{:#06x}", ids.vendor))
                .env("MPYC_USB_PID", format!("{:#06x}", ids.product));
        }
        None => {
            cmd.env_remove("MPYC_USB_VID").env_remove("MPYC_USB_PID");
        }
    }
    cmd.args(["--", "-C", "llvm-args=-enable-machine-outliner=never", "-C", "llvm-args=-arm-global-merge=false"]);
    let out = cmd.output().context("cannot run cargo to build the runtime")?;
    if !out.status.success() {
        bail!("building the runtime for {} failed:\n{}", board.name, String::from_utf8_lossy(&out.stderr));
    }
    if !lib.exists() {
        bail!("the runtime build did not produce {}", lib.display());
    }
    // Dated when the build started: a source changed while cargo ran is newer than the stamp.
    if let Ok(f) = std::fs::File::create(&stamp) {
        use std::io::Write;
        let _ = (&f).write_all(key.as_bytes()).and_then(|_| f.set_modified(started));
    }
    Ok(lib)
}

/// Whether the runtime built under `stamp` (its key `key`) is newer than every source it is
/// built from: the runtime crate's files, the workspace's manifest and lock file. (A new Rust
/// toolchain is not seen: `rm -r target/mcu-runtime` then, or touch a runtime source.)
fn up_to_date(stamp: &Path, key: &str, ws: &Path) -> bool {
    let Ok(built) = std::fs::metadata(stamp).and_then(|m| m.modified()) else { return false };
    if std::fs::read_to_string(stamp).ok().as_deref() != Some(key) {
        return false;
    }
    let newer = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).map_or(true, |t| t > built);
    fn any_newer(dir: &Path, newer: &dyn Fn(&Path) -> bool) -> bool {
        let Ok(entries) = std::fs::read_dir(dir) else { return true };
        entries.flatten().any(|e| {
            let p = e.path();
            if p.is_dir() {
                newer(&p) || any_newer(&p, newer)
            } else {
                newer(&p)
            }
        })
    }
    let rt = ws.join("runtime");
    !(newer(&ws.join("Cargo.toml"))
        || newer(&ws.join("Cargo.lock"))
        || newer(&rt.join("Cargo.toml"))
        || newer(&rt)
        || newer(&rt.join("src"))
        || any_newer(&rt.join("src"), &newer))
}
