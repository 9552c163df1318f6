//! The runtime library a board's firmware links with: the one built with mpyc and carried
//! inside it (`compiler/build.rs`), so that an installed mpyc needs no Rust toolchain and no
//! source tree; only a user's own board file whose runtime build differs from every carried
//! one (other features, other USB ids) is built here, from the source tree mpyc came from.

use crate::board::Board;
use crate::mcu_runtime;
use anyhow::{anyhow, bail, Result};
use std::borrow::Cow;

/// The libraries built with mpyc: each runtime build key ([`mcu_runtime::key`]) and its
/// archive's bytes.
mod carried {
    include!(concat!(env!("OUT_DIR"), "/runtimes.rs"));
}

/// The runtime library's file name (for messages, `mpyc size` and `--emit runtime-lib`).
pub const NAME: &str = "libmpyc_runtime.a";

/// A runtime library: its `ar` archive.
pub struct RuntimeLib {
    pub bytes: Cow<'static, [u8]>,
}

/// The runtime library for `board`.
pub fn for_board(board: &Board) -> Result<RuntimeLib> {
    let key = mcu_runtime::key(board).ok_or_else(|| anyhow!("board {} has no [runtime]", board.name))?;
    if let Some((_, bytes)) = carried::RUNTIMES.iter().find(|(k, _)| *k == key) {
        return Ok(RuntimeLib { bytes: Cow::Borrowed(bytes) });
    }
    let ws = mcu_runtime::workspace();
    if !ws.join("runtime").join("Cargo.toml").exists() {
        bail!(
            "board '{}' needs a runtime built with {key}, which this mpyc does not carry, and the \
             source tree it was built from ({}) is gone; put the board file in mpyc's targets/ and \
             build mpyc again",
            board.name,
            ws.display()
        );
    }
    let path = mcu_runtime::build(board, &ws.join("target").join("mcu-runtime"))?;
    let bytes = std::fs::read(&path).map_err(|e| anyhow!("reading {}: {e}", path.display()))?;
    Ok(RuntimeLib { bytes: Cow::Owned(bytes) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every board file mpyc carries has its runtime library carried too, so no build of a
    /// shipped board ever needs cargo.
    #[test]
    fn every_board_has_a_carried_runtime() {
        for name in crate::board::names().unwrap() {
            let board = crate::board::load(&name).unwrap();
            let Some(key) = mcu_runtime::key(&board) else { continue };
            assert!(carried::RUNTIMES.iter().any(|(k, b)| *k == key && b.starts_with(b"!<arch>\n")), "{name}: {key}");
        }
    }
}
