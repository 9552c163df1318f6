//! Builds the runtime for a board (not yet).
use crate::board::Board;
pub fn build(_board: &Board) -> anyhow::Result<std::path::PathBuf> {
    anyhow::bail!("not yet")
}
