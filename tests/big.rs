//! Programs too big or too deep to check in, generated here: each must compile in bounded
//! time and run as CPython runs it (or print what is written here, where CPython itself
//! refuses the program), or be refused with a clean diagnostic at a line and column.

use super::{compare, run, temp, text, Case, Expected, MPYC};
use std::fmt::Write;
use std::process::Command;

/// What a generated program must do.
enum Want {
    /// Print what CPython prints.
    CPython,
    /// Print this (CPython refuses the program: it nests deeper than its own limits).
    Prints(String),
    /// Be refused with this diagnostic (`LINE:COL: message`), exit 2.
    Refused(&'static str),
}

/// Seconds a generated case may take, compile and run, on one board.
const SECONDS: u64 = 120;

fn cases_of(name: &'static str, source: String, want: Want, out: &mut Vec<Case>) {
    let boards: &[&str] = match want {
        Want::Refused(_) => &["host"],
        _ => &["host", "qemu"],
    };
    let source = std::sync::Arc::new(source);
    let want = std::sync::Arc::new(want);
    for &board in boards {
        let (source, want) = (source.clone(), want.clone());
        out.push(Case {
            name: format!("generated/{name} [{board}]"),
            check: Box::new(move || {
                let py = temp(&format!("big-{name}-{board}.py"));
                std::fs::write(&py, source.as_bytes()).map_err(|e| e.to_string())?;
                let out = run(Command::new(MPYC).arg("run").arg(&py).args(["--board", board]), SECONDS)?;
                let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
                if stderr.contains("panicked") || stderr.contains("stack overflow") {
                    return Err(format!("the compiler crashed:\n{stderr}"));
                }
                let expected = match &*want {
                    Want::Refused(diagnostic) => {
                        let first = stderr.lines().next().unwrap_or("");
                        let got = first.strip_prefix(&format!("{}:", py.display())).unwrap_or(first);
                        let want = diagnostic.replacen(": ", ": error: ", 1);
                        return if got == want && out.status.code() == Some(2) {
                            Ok(())
                        } else {
                            Err(format!("expected exit 2 and `{want}`, got exit {:?}:\n{stderr}", out.status.code()))
                        };
                    }
                    Want::Prints(s) => s.clone(),
                    Want::CPython => {
                        let cpython = run(Command::new("python3").arg(&py), SECONDS)?;
                        if !cpython.status.success() {
                            return Err(format!("CPython failed:\n{}", text(&cpython.stderr)));
                        }
                        text(&cpython.stdout)
                    }
                };
                compare(&Expected { stdout: expected, error: None }, out.status.code(), &stdout, &stderr)
            }),
        });
    }
}

/// `if x == 0: … elif x == 1: …` with `n` branches.
fn elif_chain(n: usize, x: usize) -> String {
    let mut s = format!("x = {x}\nif x == 0:\n    print(0)\n");
    for i in 1..n {
        let _ = write!(s, "elif x == {i}:\n    print({i})\n");
    }
    s + "else:\n    print('none')\n"
}

/// `x = [[…]]`, `n` deep, and how deep it is, counted at run time.
fn nested_lists(n: usize) -> String {
    format!("x = {}{}\nd = 0\nwhile x:\n    x = x[0]\n    d += 1\nprint(d)\n", "[".repeat(n), "]".repeat(n))
}

fn sum_chain(n: usize) -> String {
    format!("a = 1\nx = {}\nprint(x)\n", vec!["a"; n].join("+"))
}

/// Literals, names and frames past the Thumb-2 immediate offsets (4095 bytes).
fn backend_limits(out: &mut Vec<Case>) {
    let items = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(", ");
    let dict =
        format!("d = {{{}}}\nprint(len(d), sum(d.values()), d[599])\n", items(600, &|i| format!("{i}: {}", 2 * i)));
    cases_of("dict_literal_600", dict, Want::CPython, out);
    let list = format!("l = [{}]\nprint(len(l), sum(l), l[1099])\n", items(1100, &|i| i.to_string()));
    cases_of("list_literal_1100", list, Want::CPython, out);
    let names: String = (0..1100).map(|i| format!("v{i} = {i}\n")).collect();
    cases_of("module_names_1100", names + "print(v0 + v1099, v550)\n", Want::CPython, out);
    let fields = "{x}-".repeat(1000);
    cases_of("fstring_fields_1000", format!("x = 7\ns = f\"{fields}\"\nprint(len(s), s[:12])\n"), Want::CPython, out);
    let mut unpack = String::from("def g(i):\n    return i, i + 1, i / 2\n\ndef f(n):\n");
    for i in 0..100 {
        let _ = writeln!(unpack, "    a{i}, b{i}, c{i} = g(n + {i})");
    }
    unpack += "    s = 0.0\n";
    for i in 0..100 {
        let _ = writeln!(unpack, "    s += a{i} * b{i} + c{i}");
    }
    cases_of("tuple_unpacking_100", unpack + "    return s\n\nprint(f(3))\n", Want::CPython, out);
    let frame = format!(
        "def k(v):\n    p = 1.5 * v\n    q = 2.5 * v\n    d = {{{}}}\n    return p + q + len(d)\n\nprint(k(2.0))\n",
        items(700, &|i| format!("{i}: v"))
    );
    cases_of("frame_past_4k_with_floats", frame, Want::CPython, out);
}

/// Programs of many thousands of statements, definitions or arguments: what once took the
/// compiler time quadratic in their size (a landing block with a predecessor per statement,
/// one constant's live range across a whole module body, scans of every block per block).
fn long_programs(out: &mut Vec<Case>) {
    let defs: String = (0..10_000).map(|i| format!("def f{i}(x):\n    return x + {i}\n")).collect();
    cases_of("defs_10000", defs + "print(f0(1), f9999(1), f7777(0))\n", Want::CPython, out);
    let args = vec!["1"; 20_000].join(", ");
    cases_of("call_arguments_20000", format!("print(sum([{args}]), len(({args},)))\n"), Want::CPython, out);
    let mut ifs = String::from("def f(x):\n");
    for i in 0..10_000 {
        let _ = writeln!(ifs, "    if x == {i}:\n        return {i} * 2");
    }
    cases_of("ifs_10000", ifs + "    return -1\n\nprint(f(9999), f(5), f(10001))\n", Want::CPython, out);
    // A module body of more than 1 MiB of code: its exception checks branch to cold blocks
    // farther than a conditional branch reaches (±1 MiB), through an inverted one over a `b.w`.
    let mut far = String::from("def g(i):\n    return i\n\nt = 0\n");
    for i in 0..20_000 {
        let _ = writeln!(far, "t += g({})", i % 7);
    }
    cases_of("module_body_over_1mib", far + "print(t)\n", Want::CPython, out);
}

pub fn cases(out: &mut Vec<Case>) {
    backend_limits(out);
    long_programs(out);
    // Deep nesting: CPython refuses all of these; mpyc compiles up to 20,000 levels.
    cases_of("elif_chain_5000", elif_chain(5000, 4321), Want::Prints("4321\n".into()), out);
    cases_of("nested_lists_10000", nested_lists(10_000), Want::Prints("9999\n".into()), out);
    cases_of("sum_chain_5000", sum_chain(5000), Want::Prints("5000\n".into()), out);
    let too_deep = "too deeply nested: more than 20000 levels of blocks and expressions";
    let refused = |at: &str| -> &'static str { Box::leak(format!("{at}: {too_deep}").into_boxed_str()) };
    cases_of("sum_chain_100000", sum_chain(100_000), Want::Refused(refused("2:5")), out);
    cases_of(
        "unary_minus_100000",
        format!("x = {}1\nprint(x)\n", "-".repeat(100_000)),
        Want::Refused(refused("1:20004")),
        out,
    );
    cases_of(
        "attribute_chain_100000",
        format!("class A:\n    pass\na = A()\na.a = a\nprint(a{} is a)\n", ".a".repeat(100_000)),
        Want::Refused(refused("5:7")),
        out,
    );
    cases_of("nested_lists_30000", nested_lists(30_000), Want::Refused(refused("1:20004")), out);
}
