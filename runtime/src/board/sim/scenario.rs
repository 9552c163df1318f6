//! The simulated pyboard's scenario files: what the outside world does, and when, one event a
//! line (`at 500ms tilt x=20`, `at 1.2s press switch`, `at 2s touch 40,60 for 300ms`).

use super::super::bus::PinId;

/// What happens at a moment of simulated time.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The accelerometer reads these raw counts (−32..31; an axis not given keeps its value).
    Tilt { x: Option<i8>, y: Option<i8>, z: Option<i8> },
    /// The USR switch is pressed (true) or let go (false).
    Switch(bool),
    /// A finger on the LCD at (x, y) in the display's current orientation, or lifted (None).
    Touch(Option<(u8, u8)>),
    /// Drive an input pin from outside: `at 1s pin X1 high`.
    Pin(PinId, bool),
    /// Put a voltage on a pin, as the ADC's 12-bit reading: `at 1s analog X19 2048`.
    Analog(PinId, u16),
    /// Bytes arrive on a UART: `at 1s uart 6 "hello\n"`.
    Uart(u8, Vec<u8>),
    /// Write the LCD as `<name>.png`.
    Screenshot(String),
    /// End the simulation.
    Stop,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Microseconds of simulated time.
    pub at: u64,
    pub action: Action,
}

/// Parses a duration: `500ms`, `1.2s`, `2s`, `300us`, `1m`.
pub fn duration(text: &str) -> Option<u64> {
    let t = text.trim();
    let (num, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 1_000.0)
    } else if let Some(n) = t.strip_suffix("us") {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1_000_000.0)
    } else if let Some(n) = t.strip_suffix("min").or_else(|| t.strip_suffix('m')) {
        (n, 60_000_000.0)
    } else {
        return None;
    };
    let v: f64 = num.trim().parse().ok()?;
    (v.is_finite() && v >= 0.0).then(|| (v * scale).round() as u64)
}

/// The bytes of a double-quoted string with C-like escapes, which must end the line (a `#`
/// comment may follow).
fn quoted(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = text.strip_prefix('"')?.chars();
    loop {
        match chars.next()? {
            '"' => break,
            '\\' => match chars.next()? {
                'n' => out.push(b'\n'),
                'r' => out.push(b'\r'),
                't' => out.push(b'\t'),
                '0' => out.push(0),
                '\\' => out.push(b'\\'),
                '"' => out.push(b'"'),
                'x' => {
                    let hex: String = [chars.next()?, chars.next()?].iter().collect();
                    out.push(u8::from_str_radix(&hex, 16).ok()?);
                }
                _ => return None,
            },
            c => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    let rest = chars.as_str().trim();
    (rest.is_empty() || rest.starts_with('#')).then_some(out)
}

/// Parses a scenario; `pin` resolves a pin name (board names such as `X1`, or CPU names). An
/// error names the line (1-based) and what is wrong. Events come back in time order (those at
/// the same time in file order).
pub fn parse(text: &str, pin: &dyn Fn(&str) -> Option<PinId>) -> Result<Vec<Event>, (usize, String)> {
    let mut events = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let e = |m: &str| (i + 1, m.to_string());
        // `uart N "text"` keeps its text whole (it may hold spaces and a `#`).
        let raw_words: Vec<&str> = raw.split_whitespace().collect();
        if raw_words.len() >= 5 && raw_words[0] == "at" && raw_words[2] == "uart" {
            let at = duration(raw_words[1]).ok_or_else(|| e(&format!("`{}` is not a time", raw_words[1])))?;
            let id = raw_words[3].parse::<u8>().ok().filter(|n| (1..=6).contains(n));
            let id = id.ok_or_else(|| e("uart N: the pyboard's UARTs are 1 to 6"))?;
            let start = raw.find('"').ok_or_else(|| e("uart N \"TEXT\": the bytes in double quotes"))?;
            let bytes = quoted(&raw[start..])
                .ok_or_else(|| e("uart N \"TEXT\": a double-quoted string with \\n \\r \\t \\\\ \\\" \\xHH escapes"))?;
            events.push(Event { at, action: Action::Uart(id, bytes) });
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        if words[0] != "at" || words.len() < 3 {
            return Err(e("expected `at TIME WHAT`, e.g. `at 500ms tilt x=20`"));
        }
        let at = duration(words[1]).ok_or_else(|| e(&format!("`{}` is not a time (500ms, 1.2s, 300us)", words[1])))?;
        let rest = &words[2..];
        // `for DURATION` at the end: the action, then its undoing that much later.
        let (rest, hold) = match rest {
            [head @ .., "for", d] => {
                (head, Some(duration(d).ok_or_else(|| e(&format!("`{d}` is not a duration (300ms, 1s)")))?))
            }
            _ => (rest, None),
        };
        let (action, undo) = match rest {
            ["tilt", axes @ ..] if !axes.is_empty() => {
                let (mut x, mut y, mut z) = (None, None, None);
                for a in axes {
                    let (k, v) = a.split_once('=').ok_or_else(|| e("tilt takes x=N y=N z=N"))?;
                    let v: i8 = v
                        .parse()
                        .ok()
                        .filter(|v| (-32..=31).contains(v))
                        .ok_or_else(|| e(&format!("tilt {k}={v}: the MMA7660 reads -32..31")))?;
                    match k {
                        "x" => x = Some(v),
                        "y" => y = Some(v),
                        "z" => z = Some(v),
                        _ => return Err(e(&format!("tilt has axes x, y and z, not `{k}`"))),
                    }
                }
                (Action::Tilt { x, y, z }, None)
            }
            ["press", "switch"] => (Action::Switch(true), Some(Action::Switch(false))),
            ["release", "switch"] => (Action::Switch(false), None),
            ["touch", xy] => {
                let (x, y) = xy.split_once(',').ok_or_else(|| e("touch takes X,Y, e.g. `touch 40,60`"))?;
                let x: u8 = x.parse().map_err(|_| e("touch X is 0..159"))?;
                let y: u8 = y.parse().map_err(|_| e("touch Y is 0..159"))?;
                (Action::Touch(Some((x, y))), Some(Action::Touch(None)))
            }
            ["release", "touch"] => (Action::Touch(None), None),
            ["pin", name, level @ ("high" | "low" | "1" | "0")] => {
                let p = pin(name).ok_or_else(|| e(&format!("no pin called `{name}` (X1..X22, Y1..Y12, A0..)")))?;
                let high = matches!(*level, "high" | "1");
                (Action::Pin(p, high), Some(Action::Pin(p, !high)))
            }
            ["analog", name, value] => {
                let p = pin(name).ok_or_else(|| e(&format!("no pin called `{name}` (X1..X22, Y1..Y12, A0..)")))?;
                let v = value.parse::<u16>().ok().filter(|&v| v <= 4095);
                (Action::Analog(p, v.ok_or_else(|| e("analog VALUE is the ADC's reading, 0..4095"))?), None)
            }
            ["screenshot", name] => {
                if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                    return Err(e("a screenshot name is letters, digits, `_` and `-`"));
                }
                (Action::Screenshot(name.to_string()), None)
            }
            ["stop"] => (Action::Stop, None),
            _ => {
                return Err(e("expected one of: tilt x=N y=N z=N, press switch, release switch, touch X,Y, \
                     release touch, pin NAME high|low, analog NAME 0..4095, uart N \"TEXT\", screenshot NAME, stop"))
            }
        };
        match (hold, undo) {
            (Some(d), Some(u)) => {
                events.push(Event { at, action });
                events.push(Event { at: at + d, action: u });
            }
            (Some(_), None) => return Err(e("`for DURATION` goes with press, touch and pin")),
            (None, _) => events.push(Event { at, action }),
        }
    }
    events.sort_by_key(|e| e.at);
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pins(n: &str) -> Option<PinId> {
        (n == "X1").then_some(PinId::new(0, 0))
    }

    #[test]
    fn uart_text_keeps_spaces_and_escapes() {
        let ev = parse("at 1.5s uart 6 \"go # now\\r\\n\\x01\"  # a comment\n", &pins).unwrap();
        assert_eq!(ev, vec![Event { at: 1_500_000, action: Action::Uart(6, b"go # now\r\n\x01".to_vec()) }]);
    }

    #[test]
    fn durations() {
        assert_eq!(duration("500ms"), Some(500_000));
        assert_eq!(duration("1.2s"), Some(1_200_000));
        assert_eq!(duration("300us"), Some(300));
        assert_eq!(duration("2m"), Some(120_000_000));
        assert_eq!(duration("5"), None);
        assert_eq!(duration("-1s"), None);
    }

    #[test]
    fn events_in_time_order() {
        let s = "# a comment\nat 2s touch 40,60 for 300ms\nat 500ms tilt x=20\nat 1.2s press switch\n\
                 at 3s screenshot end_of_game\nat 1s pin X1 high\nat 4s analog X1 4095\n";
        let ev = parse(s, &pins).unwrap();
        let got: Vec<(u64, Action)> = ev.into_iter().map(|e| (e.at, e.action)).collect();
        assert_eq!(
            got,
            vec![
                (500_000, Action::Tilt { x: Some(20), y: None, z: None }),
                (1_000_000, Action::Pin(PinId::new(0, 0), true)),
                (1_200_000, Action::Switch(true)),
                (2_000_000, Action::Touch(Some((40, 60)))),
                (2_300_000, Action::Touch(None)),
                (3_000_000, Action::Screenshot("end_of_game".into())),
                (4_000_000, Action::Analog(PinId::new(0, 0), 4095)),
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse("\nat 1s tilt x=40", &pins).unwrap_err().0, 2);
        assert!(parse("at soon press switch", &pins).unwrap_err().1.contains("not a time"));
        assert!(parse("at 1s wave", &pins).unwrap_err().1.contains("expected one of"));
        assert!(parse("at 1s uart 7 \"x\"", &pins).unwrap_err().1.contains("1 to 6"));
        assert!(parse("at 1s uart 6 \"x", &pins).is_err());
        assert!(parse("at 1s uart 6 \"\\q\"", &pins).is_err());
        assert!(parse("at 1s pin Q9 high", &pins).unwrap_err().1.contains("no pin"));
        assert!(parse("at 1s screenshot a/b", &pins).is_err());
        assert!(parse("at 1s analog X1 4096", &pins).unwrap_err().1.contains("0..4095"));
        assert!(parse("at 1s release switch for 2s", &pins).is_err());
    }
}
