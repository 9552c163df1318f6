//! `mpyc size`: where a firmware's flash and RAM go, by output section and by component (the
//! program, each runtime module, big ints, the Rust libraries), from the linker's map of input
//! sections: a component is the module path in a section's first symbol, else its crate.

use crate::board::Board;
use crate::link::Placement;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The crate and module path a mangled Rust symbol names (legacy `_ZN…E` mangling: the path's
/// identifiers; v0 `_R…` mangling: its crate only), e.g. `["mpyc_runtime", "int", "int_add"]`.
pub fn rust_path(symbol: &str) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(mut rest) = symbol.strip_prefix("_ZN") {
        while let Some(len_end) = rest.find(|c: char| !c.is_ascii_digit()).filter(|&n| n > 0) {
            let Ok(len) = rest[..len_end].parse::<usize>() else { break };
            let Some(ident) = rest.get(len_end..len_end + len) else { break };
            if parts.is_empty() && ident.starts_with("_$LT$") {
                // `<Type as Trait>::method`: the type's (or trait's) path stands for the impl.
                parts = impl_path(ident);
                if parts.is_empty() {
                    return parts;
                }
            } else {
                parts.push(ident.to_string());
            }
            rest = &rest[len_end + len..];
        }
    } else if let Some(rest) = symbol.strip_prefix("_R") {
        // The crate root: `C`, an optional disambiguator `s<base-62>_`, then `<len><name>`.
        let b = rest.as_bytes();
        for i in 0..b.len() {
            if b[i] != b'C' {
                continue;
            }
            let mut j = i + 1;
            if b.get(j) == Some(&b's') {
                match rest[j..].find('_') {
                    Some(k) => j += k + 1,
                    None => continue,
                }
            }
            let digits = rest[j..].bytes().take_while(u8::is_ascii_digit).count();
            let Ok(len) = rest[j..j + digits].parse::<usize>() else { continue };
            if let Some(name) = rest.get(j + digits..j + digits + len) {
                if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    parts.push(name.to_string());
                    break;
                }
            }
        }
    }
    // A crate name is an identifier of lower-case letters, digits and '_', never starting with
    // '_' (the compiler's own `__rustc` shims are not a crate of the program's).
    if parts.first().is_some_and(|c| c.starts_with('_') || c.contains('$')) {
        parts.clear();
    }
    parts
}

/// The path of a legacy-mangled trait impl's first identifier, `_$LT$Type$u20$as$u20$Trait$GT$`:
/// the type's path when it names one (`mpyc_runtime..gc..GcAllocator`), else the trait's.
fn impl_path(ident: &str) -> Vec<String> {
    let Some(inner) = ident.strip_prefix("_$LT$") else { return Vec::new() };
    let (ty, tr) = inner.split_once("$u20$as$u20$").unwrap_or((inner, ""));
    for side in [ty, tr] {
        let path: Vec<String> =
            side.split("$LT$").next().unwrap_or("").trim_end_matches("$GT$").split("..").map(str::to_string).collect();
        if path.len() > 1 && path[0].chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return path;
        }
    }
    Vec::new()
}

/// The crate an archive member was compiled from (`libx.a(mpyc_runtime-1f2e….rcgu.o)`).
fn object_crate(object: &str) -> Option<String> {
    let member = object.split_once('(')?.1;
    Some(member.split(['-', '.']).next()?.to_string())
}

/// What a placed input section belongs to.
pub fn component(p: &Placement) -> String {
    if p.object.starts_with("generated object") {
        return "program".into();
    }
    // The first symbol, else the name the section carries (`.text._ZN…`, `.rodata._ZN…`).
    let section_symbol = p.section.trim_start_matches('.').split_once('.').map(|(_, name)| name);
    let path = [p.symbol.as_deref(), section_symbol]
        .into_iter()
        .flatten()
        .map(rust_path)
        .find(|path| !path.is_empty())
        .unwrap_or_default();
    let krate = path.first().cloned().or_else(|| object_crate(&p.object)).unwrap_or_else(|| "other".into());
    match krate.as_str() {
        "mpyc_runtime" => match path.get(1) {
            // A type's or a built-in module's own file: by its name (`runtime::dict`). (The
            // modules folder's own items are `runtime::modules`'.)
            Some(folder) if folder == "objects" && path.len() > 3 || folder == "modules" && path.len() > 4 => {
                match path[2].as_str() {
                    "bigint" | "digits" => "big ints (runtime::bigint, digits)".into(),
                    module => format!("runtime::{module}"),
                }
            }
            Some(module) if path.len() > 3 && (module == "bigint" || module == "digits") => {
                "big ints (runtime::bigint, digits)".into()
            }
            // A module of the runtime, unless the name is the item itself (a static at the root).
            Some(module) if path.len() > 3 => format!("runtime::{module}"),
            _ => "runtime: string constants, rt_* entry points".into(),
        },
        "compiler_builtins" => "compiler-builtins (soft division, float conversion, mem*)".into(),
        "libm" => "libm (math)".into(),
        "core" => "Rust core (formatting, slices, str)".into(),
        "alloc" => "Rust alloc".into(),
        other => other.to_string(),
    }
}

fn in_flash(out: &str) -> bool {
    !matches!(out, ".bss")
}

fn in_ram(out: &str) -> bool {
    matches!(out, ".data" | ".bss")
}

/// The report: sections (from the ELF's section sizes), then components (from the map), with
/// the figures the board allows and how many built-in methods and how many functions, classes
/// and methods of the Python library were `left_out`.
pub fn report(
    board: &Board,
    sections: &[(String, u64)],
    map: &[Placement],
    heap: u64,
    stack: u64,
    left_out: (usize, usize),
) -> String {
    let mut out = String::new();
    let mem = board.memory.as_ref();
    let flash_total: u64 = sections.iter().filter(|(n, _)| in_flash(n)).map(|(_, s)| s).sum();
    let ram_total: u64 = sections.iter().filter(|(n, _)| in_ram(n)).map(|(_, s)| s).sum();
    let flash_cap = mem.map_or(0, |m| m.flash.length as u64 + m.boot.map_or(0, |b| b.length as u64));
    let ram_cap = mem.map_or(0, |m| m.ram.length as u64);
    let _ = writeln!(out, "firmware for {} ({})", board.name, board.description);
    let _ = writeln!(
        out,
        "  flash {:>9} B of {} ({:.1}%)",
        group(flash_total),
        group(flash_cap),
        pct(flash_total, flash_cap)
    );
    let _ = writeln!(
        out,
        "  RAM   {:>9} B of {} static; heap {}, stack {}",
        group(ram_total),
        group(ram_cap),
        group(heap),
        group(stack)
    );
    let (methods, library) = left_out;
    if methods > 0 {
        let _ = writeln!(
            out,
            "  {methods} built-in methods left out: the program never names them (--keep-methods keeps them)"
        );
    }
    if library > 0 {
        let _ = writeln!(
            out,
            "  {library} functions, classes and methods of mpyc's Python library left out: nothing kept names them"
        );
    }
    let _ = writeln!(out, "\n{:<16}{:>10}{:>10}", "section", "flash", "RAM");
    for (name, size) in sections {
        let f = if in_flash(name) { group(*size) } else { String::new() };
        let r = if in_ram(name) { group(*size) } else { String::new() };
        let _ = writeln!(out, "{name:<16}{f:>10}{r:>10}");
    }
    let _ = writeln!(out, "{:<16}{:>10}{:>10}", "total", group(flash_total), group(ram_total));

    let mut by: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for p in map {
        if std::env::var_os("MPYC_SIZE_DEBUG").is_some() && component(p).starts_with("runtime: ") {
            eprintln!("{} {} {} {:?}", p.size, p.out, p.section, p.symbol);
        }
        let e = by.entry(component(p)).or_default();
        if in_flash(p.out) {
            e.0 += p.size as u64;
        }
        if in_ram(p.out) {
            e.1 += p.size as u64;
        }
    }
    let mut rows: Vec<(String, (u64, u64))> = by.into_iter().collect();
    rows.sort_by(|a, b| (b.1 .0, b.1 .1).cmp(&(a.1 .0, a.1 .1)).then(a.0.cmp(&b.0)));
    let (f_sum, r_sum) = rows.iter().fold((0, 0), |(f, r), (_, (a, b))| (f + a, r + b));
    rows.push(("alignment padding".into(), (flash_total.saturating_sub(f_sum), ram_total.saturating_sub(r_sum))));
    let _ = writeln!(out, "\n{:<58}{:>10}{:>10}", "component", "flash", "RAM");
    for (name, (f, r)) in &rows {
        let _ = writeln!(out, "{name:<58}{:>10}{:>10}", group(*f), group(*r));
    }
    out
}

fn pct(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 * 100.0 / b as f64
    }
}

/// 227480 → "227,480".
fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A section's readable name: its first symbol's path (`mpyc_runtime::int::int_add` for
/// legacy-mangled Rust names), else the symbol or the section name as they are.
pub fn readable(p: &Placement) -> String {
    match &p.symbol {
        Some(sym) => {
            let path = rust_path(sym);
            if sym.starts_with("_ZN") && !path.is_empty() {
                let mut path = path;
                if path.last().is_some_and(|h| h.len() == 17 && h.starts_with('h')) {
                    path.pop();
                }
                // An identifier that starts with an escape has a `_` before it.
                let parts: Vec<&str> =
                    path.iter().map(|p| p.strip_prefix('_').filter(|r| r.starts_with('$')).unwrap_or(p)).collect();
                unescape(&parts.join("::"))
            } else {
                sym.clone()
            }
        }
        None => p.section.clone(),
    }
}

/// A legacy-mangled identifier's escapes (`$LT$`, `$u7b$`, …) as the characters they stand for.
fn unescape(s: &str) -> String {
    const ESCAPES: [(&str, &str); 10] = [
        ("$LT$", "<"),
        ("$GT$", ">"),
        ("$RF$", "&"),
        ("$BP$", "*"),
        ("$LP$", "("),
        ("$RP$", ")"),
        ("$C$", ","),
        ("$SP$", "@"),
        ("$u7b$", "{"),
        ("$u7d$", "}"),
    ];
    let mut out = s.to_string();
    for (from, to) in ESCAPES {
        out = out.replace(from, to);
    }
    out.replace("$u20$", " ").replace("$u27$", "'").replace("..", "::")
}

/// `mpyc size --why TEXT`: for the largest sections whose name contains `text`, the chain of
/// references from the vector table that keeps each in the firmware (`lld --why-live`).
pub fn why(map: &[Placement], text: &str) -> String {
    let mut hits: Vec<usize> =
        (0..map.len()).filter(|&i| readable(&map[i]).contains(text) || map[i].section.contains(text)).collect();
    // (A section named exactly so is the one meant: `mpyc_SET_TYPE`, not the gates keyed by it.)
    if hits.iter().any(|&i| readable(&map[i]) == text) {
        hits.retain(|&i| readable(&map[i]) == text);
    }
    if hits.is_empty() {
        return format!("no section of the firmware is named like `{text}`: it is not linked\n");
    }
    hits.sort_by_key(|&i| std::cmp::Reverse(map[i].size));
    let mut out = String::new();
    for &i in hits.iter().take(3) {
        let mut chain = vec![i];
        while let Some(parent) = map[*chain.last().expect("not empty")].reached_from {
            if chain.contains(&parent) || chain.len() > 200 {
                break;
            }
            chain.push(parent);
        }
        let _ = writeln!(out, "{} ({} bytes) is linked because", readable(&map[i]), group(map[i].size as u64));
        for (depth, &c) in chain.iter().rev().enumerate() {
            let _ =
                writeln!(out, "  {:width$}{} ({})", "", readable(&map[c]), component(&map[c]), width = depth.min(40));
        }
        let others: Vec<String> = (0..map.len())
            .filter(|&r| map[r].refers_to.contains(&i) && Some(r) != map[i].reached_from)
            .map(|r| readable(&map[r]))
            .collect();
        if !others.is_empty() {
            let _ = writeln!(out, "also referred to by {}", others.join(", "));
        }
    }
    if hits.len() > 3 {
        let _ = writeln!(out, "({} more sections match)", hits.len() - 3);
    }
    out
}

/// `mpyc size --hubs`: the dominator tree of the firmware's references, as far as each node
/// keeps at least `min` bytes of flash. A section's figure is what leaving it out would save:
/// itself and everything that only it, directly or through others, refers to. The edges worth
/// cutting (a gate, a split of a function) are where a large figure hangs under a small one.
pub fn hubs(map: &[Placement], min: u64) -> String {
    let n = map.len();
    let root = n; // a node above every section no reference reaches (the vector table)
    let succ = |v: usize| -> Vec<usize> {
        if v == root {
            (0..n).filter(|&i| map[i].reached_from.is_none()).collect()
        } else {
            map[v].refers_to.clone()
        }
    };
    // Reverse postorder from the root, and each node's predecessors.
    let mut order = Vec::with_capacity(n + 1);
    let mut seen = vec![false; n + 1];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    let mut stack = vec![(root, succ(root), 0usize)];
    seen[root] = true;
    while let Some((v, next, i)) = stack.last_mut() {
        if let Some(&w) = next.get(*i) {
            *i += 1;
            let v = *v;
            preds[w].push(v);
            if !seen[w] {
                seen[w] = true;
                let s = succ(w);
                stack.push((w, s, 0));
            }
        } else {
            order.push(*v);
            stack.pop();
        }
    }
    order.reverse();
    let mut rank = vec![usize::MAX; n + 1];
    for (i, &v) in order.iter().enumerate() {
        rank[v] = i;
    }
    // Cooper, Harvey and Kennedy's iteration.
    let mut idom = vec![usize::MAX; n + 1];
    idom[root] = root;
    let mut changed = true;
    while changed {
        changed = false;
        for &v in order.iter().skip(1) {
            let mut new = usize::MAX;
            for &p in &preds[v] {
                if idom[p] == usize::MAX {
                    continue;
                }
                new = if new == usize::MAX {
                    p
                } else {
                    let (mut a, mut b) = (p, new);
                    while a != b {
                        while rank[a] > rank[b] {
                            a = idom[a];
                        }
                        while rank[b] > rank[a] {
                            b = idom[b];
                        }
                    }
                    a
                };
            }
            if new != usize::MAX && idom[v] != new {
                idom[v] = new;
                changed = true;
            }
        }
    }
    // What each node keeps: its flash and its dominator subtree's, summed bottom up.
    let mut keeps: Vec<u64> =
        (0..=n).map(|v| if v < n && in_flash(map[v].out) { map[v].size as u64 } else { 0 }).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for &v in order.iter().rev() {
        if v != root && idom[v] != usize::MAX {
            keeps[idom[v]] += keeps[v];
            children[idom[v]].push(v);
        }
    }
    for c in &mut children {
        c.sort_by_key(|&v| std::cmp::Reverse(keeps[v]));
    }
    let mut out = format!("{:>10}  section (what leaving it out would save, over what it keeps alone)\n", "flash");
    let mut todo: Vec<(usize, usize)> = children[root].iter().rev().map(|&v| (v, 0)).collect();
    while let Some((v, depth)) = todo.pop() {
        if keeps[v] < min {
            continue;
        }
        let _ = writeln!(
            out,
            "{:>10}  {:width$}{} ({})",
            group(keeps[v]),
            "",
            readable(&map[v]),
            component(&map[v]),
            width = depth.min(40)
        );
        todo.extend(children[v].iter().rev().map(|&c| (c, depth + 1)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_mangled_names() {
        assert_eq!(
            rust_path("_ZN12mpyc_runtime3int7int_add17h0123456789abcdefE"),
            ["mpyc_runtime", "int", "int_add", "h0123456789abcdef"]
        );
        assert_eq!(rust_path("_RNvNtNtCs7NhdfSRABLd_17compiler_builtins5float3div8___divdf3"), ["compiler_builtins"]);
        assert_eq!(rust_path("_RNvNtCs7ldSeZOOJos_4core3str19slice_error_fail_rt"), ["core"]);
        assert!(rust_path("rt_add").is_empty());
        let gc_impl = "_ZN82_$LT$mpyc_runtime..gc..GcAllocator$u20$as$u20$core..alloc..global..GlobalAlloc$GT$5alloc17h0123456789abcdefE";
        assert_eq!(rust_path(gc_impl)[..2], ["mpyc_runtime", "gc"]);
        let generic = "_ZN45_$LT$T$u20$as$u20$alloc..string..ToString$GT$9to_string17h0123456789abcdefE";
        assert_eq!(rust_path(generic)[0], "alloc");
        assert!(rust_path("_ZN8___rust_alloc17h0123456789abcdefE").is_empty());
        assert_eq!(group(1234567), "1,234,567");
        assert_eq!(group(999), "999");
    }

    #[test]
    fn why_follows_the_chain_to_the_root() {
        let p = |symbol: &str, from: Option<usize>| Placement {
            out: ".text",
            size: 10,
            object: "lib.a(x.o)".into(),
            section: format!(".text.{symbol}"),
            symbol: Some(symbol.into()),
            reached_from: from,
            refers_to: Vec::new(),
        };
        let map = vec![
            p("__VECTOR_TABLE", None),
            p("_ZN12mpyc_runtime2gc7collect17h0123456789abcdefE", Some(2)),
            p("Reset", Some(0)),
            p("_ZN12mpyc_runtime2gc7collect28_$u7b$$u7b$closure$u7d$$u7d$17h0123456789abcdefE", Some(1)),
        ];
        let text = why(&map, "gc::collect");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "mpyc_runtime::gc::collect (10 bytes) is linked because");
        assert_eq!(
            &lines[1..4],
            ["  __VECTOR_TABLE (x)", "   Reset (x)", "    mpyc_runtime::gc::collect (runtime::gc)"]
        );
        assert_eq!(lines[4], "mpyc_runtime::gc::collect::{{closure}} (10 bytes) is linked because");
        assert!(why(&map, "nothing").contains("not linked"));
        // A cycle (which the linker never makes) ends the chain instead of looping.
        let mut cyclic = map.clone();
        cyclic[0].reached_from = Some(3);
        assert!(why(&cyclic, "Reset").lines().count() < 10);
    }

    #[test]
    fn hubs_are_what_only_they_keep() {
        // root -> a -> {b, c}; b -> d; c -> d; d -> e; a -> f (big); root -> g -> f.
        let p = |symbol: &str, size: u32, from: Option<usize>, to: &[usize]| Placement {
            out: ".text",
            size,
            object: "lib.a(x.o)".into(),
            section: format!(".text.{symbol}"),
            symbol: Some(symbol.into()),
            reached_from: from,
            refers_to: to.to_vec(),
        };
        let map = vec![
            p("root", 1, None, &[1, 7]),
            p("a", 10, Some(0), &[2, 3, 6]),
            p("b", 100, Some(1), &[4]),
            p("c", 1000, Some(1), &[4]),
            p("d", 10000, Some(2), &[5]),
            p("e", 100000, Some(4), &[]),
            p("f", 1000000, Some(1), &[]),
            p("g", 1, Some(0), &[6]),
        ];
        let text = hubs(&map, 1);
        let lines: Vec<&str> = text.lines().skip(1).collect();
        // f is kept by a and by g, so only by the root; d and e hang under a, not under b or c.
        let want = [
            ("1,111,112", 0, "root"),
            ("1,000,000", 1, "f"),
            ("111,110", 1, "a"),
            ("110,000", 2, "d"),
            ("100,000", 3, "e"),
            ("1,000", 2, "c"),
            ("100", 2, "b"),
            ("1", 1, "g"),
        ]
        .map(|(n, depth, name)| format!("{n:>10}  {:depth$}{name} (x)", ""));
        assert_eq!(lines, want);
        assert_eq!(hubs(&map, 1000).lines().count(), 1 + 6);
    }

    #[test]
    fn components() {
        let p = |object: &str, symbol: Option<&str>| Placement {
            out: ".text",
            size: 1,
            object: object.into(),
            section: String::new(),
            symbol: symbol.map(str::to_string),
            reached_from: None,
            refers_to: Vec::new(),
        };
        let rt = "libmpyc_runtime.a(mpyc_runtime-925ac.mpyc_runtime.86ab-cgu.00.rcgu.o)";
        assert_eq!(component(&p("generated object 0", Some("mpy_main"))), "program");
        assert_eq!(component(&p(rt, Some("_ZN12mpyc_runtime2gc5alloc17h0123456789abcdefE"))), "runtime::gc");
        assert_eq!(component(&p(rt, Some("rt_add"))), "runtime: string constants, rt_* entry points");
        let get = "_ZN12mpyc_runtime7objects4dict3get17h0123456789abcdefE";
        assert_eq!(component(&p(rt, Some(get))), "runtime::dict");
        let led = "_ZN12mpyc_runtime7modules3pyb3led2on17h0123456789abcdefE";
        assert_eq!(component(&p(rt, Some(led))), "runtime::pyb");
        let find = "_ZN12mpyc_runtime7modules4find17h0123456789abcdefE";
        assert_eq!(component(&p(rt, Some(find))), "runtime::modules");
        let add = "_ZN12mpyc_runtime6bigint7BigUint7add_ref17h0123456789abcdefE";
        assert_eq!(component(&p(rt, Some(add))), "big ints (runtime::bigint, digits)");
        let cb = "libmpyc_runtime.a(compiler_builtins-77aa.compiler_builtins.1-cgu.0.rcgu.o)";
        assert!(component(&p(cb, Some("__aeabi_memcpy"))).starts_with("compiler-builtins"));
        let mut anon = p(rt, Some(".Lanon.1234.5"));
        anon.section = ".rodata._ZN12mpyc_runtime3str5SHORT17h0123456789abcdefE".into();
        assert_eq!(component(&anon), "runtime::str");
    }
}
