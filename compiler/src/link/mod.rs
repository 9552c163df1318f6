//! Linker (work in progress).
use crate::board::Board;
pub fn link(_objects: &[Vec<u8>], _runtime: &std::path::Path, _board: &Board) -> anyhow::Result<Vec<u8>> {
    anyhow::bail!("not yet")
}
