//! Running on a simulated board (`mpyc run --board pyboard-sim`): the board file's
//! `[simulator]`, the scenario file and the command line become the runtime's simulator
//! configuration ([`mpyc_runtime::board::sim`]).

use crate::board::Simulator;
use anyhow::{anyhow, bail, Context, Result};
use mpyc_runtime::board::bus::PinId;
use mpyc_runtime::board::sim::{scenario, Config, DeviceConfig};
use std::path::{Path, PathBuf};

/// The command line's simulator options.
#[derive(Default, Debug, Clone)]
pub struct SimOptions {
    pub time: Option<String>,
    pub scenario: Option<PathBuf>,
    pub out: Option<PathBuf>,
}

impl SimOptions {
    pub fn given(&self) -> bool {
        self.time.is_some() || self.scenario.is_some() || self.out.is_some()
    }
}

/// Simulated time when `--sim-time` is not given.
const DEFAULT_TIME_US: u64 = 10_000_000;

fn pin(name: &str, what: &str) -> Result<PinId> {
    PinId::parse(name).ok_or_else(|| anyhow!("board file: {what} `{name}` is not a CPU pin name (A0..I15)"))
}

/// The simulator's configuration for `file` on a board with `sim`.
pub fn config(file: &Path, sim: &Simulator, options: &SimOptions) -> Result<Config> {
    let given_end = match &options.time {
        Some(t) => Some(
            scenario::duration(t)
                .filter(|&t| t > 0)
                .ok_or_else(|| anyhow!("--sim-time {t}: expected a duration such as 5s or 1500ms"))?,
        ),
        None => None,
    };
    let scenario_file = match &options.scenario {
        Some(s) => Some(s.clone()),
        None => Some(file.with_extension("scenario")).filter(|p| p.exists()),
    };
    let events = match scenario_file {
        Some(path) => {
            let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
            scenario::parse(&text, &mpyc_runtime::pyb::pins::find)
                .map_err(|(line, msg)| anyhow!("{}:{line}: {msg}", path.display()))?
        }
        None => Vec::new(),
    };
    // Without --sim-time, a scenario's `stop` says how long the run may be (past the default).
    let stop = events.iter().find(|e| matches!(e.action, scenario::Action::Stop)).map(|e| e.at);
    let end = given_end.or(stop).unwrap_or(DEFAULT_TIME_US);
    let leds = sim.leds.iter().map(|l| pin(l, "LED")).collect::<Result<_>>()?;
    let switch = sim.switch.as_deref().map(|s| pin(s, "switch")).transpose()?;
    let mut devices = Vec::new();
    for d in &sim.devices {
        if d.addr > 0x7F {
            bail!("board file: device {} has I2C address {:#x}, above 0x7f", d.model, d.addr);
        }
        let power = d.power.as_deref().map(|p| pin(p, "power pin")).transpose()?;
        devices.push(DeviceConfig { model: d.model.clone(), bus: d.bus, addr: d.addr, power, spi: d.spi });
    }
    let out_dir = options
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-sim", file.file_stem().unwrap_or_default().to_string_lossy())));
    Ok(Config { leds, switch, devices, events, end, out_dir })
}
