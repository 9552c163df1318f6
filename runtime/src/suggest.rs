//! "Did you mean": the near miss CPython 3.11 suggests for a misspelt name, shared by the
//! runtime's AttributeError and the compiler's diagnostics.

/// The candidate CPython 3.11 would suggest for a misspelt `name`: the first with the least
/// edit distance (substitutions and moves cost 2, a change of case 1), if within
/// (len(name) + len(candidate) + 3) / 3.
pub fn suggestion<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let cost = |a: &[u8], b: &[u8]| -> usize {
        let mut prev: alloc::vec::Vec<usize> = (0..=b.len()).map(|j| 2 * j).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut cur = alloc::vec![2 * (i + 1)];
            for (j, cb) in b.iter().enumerate() {
                let sub = if ca == cb {
                    0
                } else if ca.eq_ignore_ascii_case(cb) {
                    1
                } else {
                    2
                };
                cur.push((prev[j] + sub).min(prev[j + 1] + 2).min(cur[j] + 2));
            }
            prev = cur;
        }
        prev[b.len()]
    };
    // (As CPython: names longer than 40 bytes are never compared, nor the name itself.)
    const MAX: usize = 40;
    if name.len() > MAX {
        return None;
    }
    let mut best: Option<(usize, &'a str)> = None;
    for c in candidates.iter().filter(|c| **c != name && c.len() <= MAX) {
        let limit = (name.len() + c.len() + 3) * 2 / 6;
        let d = cost(name.as_bytes(), c.as_bytes());
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggestions_match_cpython() {
        let led = ["off", "on", "toggle"];
        assert_eq!(super::suggestion("of", &led), Some("off"));
        assert_eq!(super::suggestion("toggel", &led), Some("toggle"));
        assert_eq!(super::suggestion("ON", &led), Some("on"));
        assert_eq!(super::suggestion("blink", &led), None);
        assert_eq!(super::suggestion("sys", &["pyb", "time"]), None);
        assert_eq!(super::suggestion("dely", &["LED", "delay", "millis"]), Some("delay"));
        assert_eq!(super::suggestion("led", &["led", "LED"]), Some("LED"));
        assert_eq!(super::suggestion(&"x".repeat(41), &[&"x".repeat(40)]), None);
    }
}
