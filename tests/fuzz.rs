//! Fuzzing: valid Python programs generated from a grammar (seeded, so a failure reproduces),
//! each run by mpyc and by CPython, which must print the same; and byte- and token-level
//! mutations of the conformance programs, on which the compiler must finish in bounded time
//! with firmware or a diagnostic — never a panic or an internal error.
//!
//! CI runs a bounded number of each (`FUZZ_PROGRAMS`, `FUZZ_MUTANTS`); a long run sets
//! `MPYC_FUZZ_PROGRAMS`, `MPYC_FUZZ_MUTANTS` and `MPYC_FUZZ_SEED` (docs/testing.md). A failing
//! program is kept under the suite's temporary directory and named in the failure.

use super::{collect, root, run, temp, text, Case, MPYC};
use std::fmt::Write;
use std::process::Command;

/// Generated programs per CI run, in batches of [`BATCH`] (one case each).
const FUZZ_PROGRAMS: usize = 48;
/// Mutants per CI run.
const FUZZ_MUTANTS: usize = 300;
const BATCH: usize = 8;
/// Seconds the compiler may take on one mutant, and one program may take to compile and run.
const SECONDS: u64 = 60;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// xorshift64*: small, seedable, the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The kinds of value the generator keeps track of, so that most operations are well typed
/// (and some, on purpose, are not: their exceptions are compared too).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Int,
    Float,
    Str,
    List,
    Dict,
    Tuple,
}

const KINDS: [Kind; 6] = [Kind::Int, Kind::Float, Kind::Str, Kind::List, Kind::Dict, Kind::Tuple];

/// One function being generated: its variables with their kinds, and the text.
struct Gen<'r> {
    rng: &'r mut Rng,
    /// Ints between 2**31 and 2**63 are left out for a 32-bit board: as an index or a count
    /// they fit CPython's 64-bit word and not the board's, where the answers differ by design.
    narrow: bool,
    vars: Vec<(String, Kind)>,
    out: String,
    depth: usize,
    /// Counters of the `while` loops, so each has its own.
    loops: usize,
    /// Inside a loop: no loop nests in another, so that values growing a loop turn (`s = s * 3`,
    /// `v *= v`) stay small.
    in_loop: bool,
}

impl Gen<'_> {
    fn var_of(&mut self, kind: Kind) -> Option<String> {
        let of: Vec<&String> = self.vars.iter().filter(|v| v.1 == kind).map(|v| &v.0).collect();
        if of.is_empty() {
            None
        } else {
            Some(of[self.rng.below(of.len())].clone())
        }
    }

    fn literal(&mut self, kind: Kind) -> String {
        let r = &mut *self.rng;
        match kind {
            Kind::Int if self.narrow => r
                .pick(&["0", "1", "-1", "2", "3", "7", "-13", "100", "255", "10**20", "12345678901234567890"])
                .to_string(),
            Kind::Int => r
                .pick(&[
                    "0",
                    "1",
                    "-1",
                    "2",
                    "3",
                    "7",
                    "-13",
                    "100",
                    "255",
                    "2**31",
                    "-2**40",
                    "10**20",
                    "12345678901234567890",
                ])
                .to_string(),
            Kind::Float => {
                r.pick(&["0.0", "1.5", "-2.25", "0.1", "3.0", "1e10", "-1e-3", "2.5e-7", "1e22", "123.456"]).to_string()
            }
            Kind::Str => r
                .pick(&["''", "'a'", "'abc'", "'Hello'", "'x y z'", "'1,2,3'", "'  pad  '", "'ünï'", "'AbBa'"])
                .to_string(),
            Kind::List => r
                .pick(&["[]", "[1, 2, 3]", "[3, 1, 2]", "['a', 'b']", "[1.5, -2]", "[[1], [2, 3]]", "[0] * 4"])
                .to_string(),
            Kind::Dict => {
                r.pick(&["{}", "{'a': 1}", "{1: 'x', 2: 'y'}", "{'k': [1, 2], 'j': 3}", "dict(a=1, b=2)"]).to_string()
            }
            Kind::Tuple => r.pick(&["()", "(1,)", "(1, 'a')", "(3, 2, 1)", "(1.5, None, True)"]).to_string(),
        }
    }

    /// A name or a literal of `kind`.
    fn simple(&mut self, kind: Kind) -> String {
        match self.var_of(kind) {
            Some(v) if self.rng.chance(60) => v,
            _ => self.literal(kind),
        }
    }

    /// An expression of one of `kinds`.
    fn expr_of(&mut self, kinds: &[Kind]) -> String {
        let kind = *self.rng.pick(kinds);
        self.expr(kind)
    }

    /// An expression of (mostly) `kind`.
    fn expr(&mut self, kind: Kind) -> String {
        self.depth += 1;
        let e = if self.depth > 3 || self.rng.chance(25) {
            match self.var_of(kind) {
                Some(v) if self.rng.chance(70) => v,
                _ => self.literal(kind),
            }
        } else {
            self.compound(kind)
        };
        self.depth -= 1;
        e
    }

    fn compound(&mut self, kind: Kind) -> String {
        let n = self.rng.below(8);
        match kind {
            Kind::Int => match n {
                // (`*` by a small literal: an operand may hold a str at run time, and
                // `'abc' * 2**31` (6 GB) is made by CPython here but is a MemoryError in mpyc's
                // 64 MiB host heap — found by seed 97, as seed 32 found it for `*=`.)
                0 => {
                    let op = *self.rng.pick(&["+", "-", "*", "//", "%", "&", "|", "^"]);
                    let right = match op {
                        "*" => self.rng.pick(&["2", "3", "-1", "0", "7"]).to_string(),
                        _ => self.expr(Kind::Int),
                    };
                    format!("({} {op} {right})", self.expr(Kind::Int))
                }
                1 => format!("len({})", self.expr_of(&[Kind::Str, Kind::List, Kind::Dict, Kind::Tuple])),
                2 => {
                    let count = self.rng.below(if self.narrow { 8 } else { 70 });
                    format!("({} << {count})", self.expr(Kind::Int))
                }
                3 => format!("int({})", self.expr_of(&[Kind::Float, Kind::Int])),
                4 => format!("sum({})", self.expr(Kind::List)),
                5 => format!("({} if {} else {})", self.expr(Kind::Int), self.cond(), self.expr(Kind::Int)),
                6 => format!("{}.count({})", self.expr(Kind::Str), self.expr(Kind::Str)),
                _ => format!("abs({}) ** {}", self.expr(Kind::Int), self.rng.below(4)),
            },
            Kind::Float => match n {
                // (`*` by a small literal or a float, as for ints: seed 101's `b * 2**31` had a
                // str in `b` and ran CPython past the time bound.)
                0 | 1 => {
                    let op = *self.rng.pick(&["+", "-", "*", "/"]);
                    let right = match op {
                        "*" => self.rng.pick(&["2", "3", "-1", "0.5", "1.5"]).to_string(),
                        _ => self.expr_of(&[Kind::Float, Kind::Int]),
                    };
                    format!("({} {op} {right})", self.expr(Kind::Float))
                }
                2 => format!("float({})", self.expr(Kind::Int)),
                3 => format!("({} / {})", self.expr(Kind::Int), self.expr(Kind::Int)),
                4 => format!("round({}, {})", self.expr(Kind::Float), self.rng.below(4)),
                5 => format!("min({}, {})", self.expr(Kind::Float), self.expr(Kind::Float)),
                6 => format!("({} % {})", self.expr(Kind::Float), self.expr(Kind::Float)),
                _ => format!("abs({})", self.expr(Kind::Float)),
            },
            Kind::Str => match n {
                0 => format!("({} + {})", self.expr(Kind::Str), self.expr(Kind::Str)),
                1 => format!("str({})", self.expr_of(&KINDS)),
                2 => format!("{}[{}:{}]", self.expr(Kind::Str), self.rng.below(4) as i64 - 1, self.rng.below(6)),
                3 => format!(
                    "{}.{}()",
                    self.expr(Kind::Str),
                    self.rng.pick(&["upper", "lower", "strip", "title", "swapcase", "lstrip"])
                ),
                // Names and literals only inside: an f-string in an f-string would reuse its quote.
                4 => {
                    let k = *self.rng.pick(&KINDS);
                    let (x, y) = (self.simple(k), self.simple(Kind::Str));
                    format!("f\"<{{{x}}}|{{{y}!r}}>\"")
                }
                5 => format!("'-'.join({})", self.expr(Kind::Str)),
                6 => format!("({} * {})", self.expr(Kind::Str), self.rng.below(4)),
                // (In parentheses: as a method's receiver or an operand of `*` it would bind
                // otherwise — `n * '%s=%d' % (…)` repeats the format n times first, and seed
                // 71's `(k << 26) * …` asked for 2.7 GB.)
                _ => format!("('%s=%d' % ({}, {}))", self.expr(Kind::Str), self.expr(Kind::Int)),
            },
            Kind::List => match n {
                0 => format!("[{} for i in range({})]", self.expr(Kind::Int), self.rng.below(6)),
                1 => format!("sorted({})", self.expr_of(&[Kind::List, Kind::Str, Kind::Dict])),
                2 => format!("({} + {})", self.expr(Kind::List), self.expr(Kind::List)),
                3 => format!("list({})", self.expr_of(&[Kind::Str, Kind::Tuple, Kind::Dict])),
                4 => format!("{}.split({})", self.expr(Kind::Str), self.rng.pick(&["", "','", "' '"])),
                5 => format!("[x for x in {} if x]", self.expr_of(&[Kind::List, Kind::Str, Kind::Tuple])),
                6 => format!("{}[::-1]", self.expr(Kind::List)),
                _ => format!("[{}, {}]", self.expr_of(&KINDS), self.expr_of(&KINDS)),
            },
            Kind::Dict => match n {
                0 | 1 => format!("{{str(k): k for k in range({})}}", self.rng.below(5)),
                2 => format!("dict(zip({}, {}))", self.expr(Kind::Str), self.expr(Kind::List)),
                3 => format!("{{**{}, **{}}}", self.expr(Kind::Dict), self.expr(Kind::Dict)),
                _ => format!("{{{}: {}}}", self.expr_of(&[Kind::Int, Kind::Str, Kind::Tuple]), self.expr_of(&KINDS)),
            },
            Kind::Tuple => match n {
                0 => format!("tuple({})", self.expr_of(&[Kind::List, Kind::Str])),
                1 => format!("divmod({}, {})", self.expr(Kind::Int), self.expr(Kind::Int)),
                2 => format!("({} + {})", self.expr(Kind::Tuple), self.expr(Kind::Tuple)),
                3 => format!("tuple(enumerate({}))", self.expr(Kind::Str)),
                _ => format!("({}, {})", self.expr_of(&KINDS), self.expr_of(&KINDS)),
            },
        }
    }

    fn cond(&mut self) -> String {
        match self.rng.below(5) {
            0 => format!(
                "{} {} {}",
                self.expr(Kind::Int),
                self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]),
                self.expr(Kind::Int)
            ),
            1 => format!("{} in {}", self.expr(Kind::Str), self.expr_of(&[Kind::Str, Kind::List, Kind::Dict])),
            2 => format!("not {}", self.expr_of(&KINDS)),
            3 => format!("{} and {}", self.expr(Kind::Int), self.expr(Kind::Str)),
            _ => format!("{} < {} < {}", self.expr(Kind::Float), self.expr(Kind::Int), self.expr(Kind::Float)),
        }
    }

    fn line(&mut self, indent: usize, s: &str) {
        let _ = writeln!(self.out, "{}{s}", "    ".repeat(indent));
    }

    fn assign(&mut self, indent: usize) {
        let kind = *self.rng.pick(&KINDS);
        let mut e = self.expr(kind);
        // In a loop a value fed back into itself (`v = repr(v) + v`, `b = tuple(enumerate(f"{b}"))`)
        // can grow tenfold each turn: `_cap` keeps it to a few thousand characters of repr, so
        // that both sides compute the same thing, not how much memory each has (seed 47 built
        // 3.4 MB that way, seed 53 a tuple whose repr outgrew the QEMU board's heap).
        if self.in_loop && matches!(kind, Kind::Str | Kind::List | Kind::Tuple | Kind::Dict) {
            e = format!("_cap({e})");
        }
        let name = if self.vars.len() < 3 || self.rng.chance(40) {
            format!("v{}", self.vars.len())
        } else {
            self.vars[self.rng.below(self.vars.len())].0.clone()
        };
        self.line(indent, &format!("{name} = {e}"));
        self.vars.retain(|v| v.0 != name);
        self.vars.push((name, kind));
    }

    fn stmt(&mut self, indent: usize, room: usize) {
        let mut choice = if indent > 3 || room < 3 { self.rng.below(4) } else { self.rng.below(13) };
        if self.in_loop && matches!(choice, 5 | 6) {
            choice = 4;
        }
        match choice {
            0 | 1 => self.assign(indent),
            2 => {
                let v = self.var_of(Kind::Int).unwrap_or_else(|| "v0".into());
                let op = *self.rng.pick(&["+=", "-=", "*=", "//=", "%=", "<<=", "|="]);
                // What grows an int fast takes a literal: `a <<= a` would ask for more memory
                // than the machine has, where CPython's and mpyc's answers differ by design.
                // A small one for `*=`: the variable may hold a str at run time, and
                // `'x,y' * 2**31` (6 GB) is made by CPython here but is a MemoryError in mpyc's
                // 64 MiB heap (found by the long run, seed 32). A shift of at most 15: an int
                // of 2**51 used as a repeat count is a MemoryError in a 64-bit CPython and,
                // as in a 32-bit one, an OverflowError on a board (found by seed 43 on QEMU).
                let e = match op {
                    "*=" => self.rng.pick(&["2", "3", "-1", "0", "7"]).to_string(),
                    "<<=" => self.literal(Kind::Int),
                    _ => self.expr(Kind::Int),
                };
                let e = if op == "<<=" { format!("({e}) % 16") } else { e };
                self.line(indent, &format!("{v} {op} {e}"));
            }
            3 => {
                let e = self.expr_of(&KINDS);
                self.line(indent, &format!("out.append({e})"));
            }
            4 => {
                let c = self.cond();
                self.line(indent, &format!("if {c}:"));
                self.block(indent + 1, room / 2);
                if self.rng.chance(50) {
                    let c = self.cond();
                    self.line(indent, &format!("elif {c}:"));
                    self.block(indent + 1, room / 3);
                }
                if self.rng.chance(50) {
                    self.line(indent, "else:");
                    self.block(indent + 1, room / 3);
                }
            }
            5 => {
                let it = self.expr_of(&[Kind::List, Kind::Str, Kind::Dict, Kind::Tuple]);
                let name = format!("e{indent}");
                self.line(indent, &format!("for {name} in list({it})[:4]:"));
                self.line(indent + 1, &format!("out.append({name})"));
                self.in_loop = true;
                self.block(indent + 1, room / 2);
                self.in_loop = false;
                if self.rng.chance(30) {
                    let c = self.cond();
                    self.line(indent + 1, &format!("if {c}:"));
                    let jump = *self.rng.pick(&["break", "continue"]);
                    self.line(indent + 2, jump);
                }
            }
            6 => {
                self.loops += 1;
                let n = format!("n{}", self.loops);
                let bound = self.rng.below(6);
                self.line(indent, &format!("{n} = 0"));
                self.line(indent, &format!("while {n} < {bound}:"));
                self.line(indent + 1, &format!("{n} += 1"));
                self.in_loop = true;
                self.block(indent + 1, room / 2);
                self.in_loop = false;
            }
            7 => {
                self.line(indent, "try:");
                self.block(indent + 1, room / 2);
                let exc = *self.rng.pick(&[
                    "ZeroDivisionError",
                    "(TypeError, ValueError)",
                    "IndexError",
                    "KeyError",
                    "Exception",
                    "ArithmeticError",
                    "LookupError",
                ]);
                self.line(indent, &format!("except {exc} as ex:"));
                self.line(indent + 1, "out.append(type(ex).__name__)");
                if self.rng.chance(40) {
                    self.line(indent, "finally:");
                    self.line(indent + 1, "out.append('finally')");
                }
            }
            8 => {
                let l = self.var_of(Kind::List).unwrap_or_else(|| "out".into());
                let op = match self.rng.below(6) {
                    0 => format!("{l}.append({})", self.expr_of(&KINDS)),
                    1 => format!("{l}.insert({}, {})", self.expr(Kind::Int), self.expr(Kind::Int)),
                    2 => format!("{l}.extend({})", self.expr_of(&[Kind::List, Kind::Str])),
                    3 => format!("{l}[{}] = {}", self.expr(Kind::Int), self.expr_of(&KINDS)),
                    4 => format!("out.append({l}.pop())"),
                    _ => format!("{l}.reverse()"),
                };
                self.line(indent, &op);
            }
            9 => {
                let d = self.var_of(Kind::Dict).unwrap_or_else(|| "{}".into());
                let k = self.expr_of(&[Kind::Str, Kind::Int]);
                let op = match self.rng.below(4) {
                    0 => format!("out.append({d}[{k}])"),
                    1 => format!("out.append({d}.get({k}, 'none'))"),
                    2 => format!("out.append(sorted({d}.items(), key=repr))"),
                    _ => format!("{d}[{k}] = {}", self.expr_of(&KINDS)),
                };
                self.line(indent, &op);
            }
            10 => {
                // A generator, a closure and a lambda, used at once.
                let e = self.expr(Kind::Int);
                self.line(indent, "def gen(k):");
                self.line(indent + 1, "for j in range(k):");
                self.line(indent + 2, &format!("yield j * {e}"));
                let k = self.rng.below(5);
                self.line(indent, &format!("out.append(list(gen({k})))"));
                let f = self.expr(Kind::Int);
                self.line(indent, &format!("out.append(sorted(out[-1], key=lambda q: -q + {f}))"));
            }
            12 => {
                // A match statement: a few cases of random patterns, their captures recorded.
                let subject = self.expr_of(&KINDS);
                self.line(indent, &format!("match {subject}:"));
                for case in 0..1 + self.rng.below(3) {
                    let mut names = Vec::new();
                    let p = self.pattern(indent, case, &mut names, 2);
                    let guard = if self.rng.chance(25) { format!(" if {}", self.cond()) } else { String::new() };
                    self.line(indent + 1, &format!("case {p}{guard}:"));
                    self.line(
                        indent + 2,
                        &format!("out.append(({}))", names.iter().map(|n| format!("{n}, ")).collect::<String>()),
                    );
                    if self.rng.chance(30) {
                        self.block(indent + 2, room / 3);
                    }
                }
                if self.rng.chance(50) {
                    self.line(indent + 1, "case _:");
                    self.line(indent + 2, "out.append('no case')");
                }
            }
            _ => {
                let e = self.expr_of(&KINDS);
                self.line(indent, &format!("box = Box({e})"));
                self.line(indent, "out.append((box, box.twice(), box == Box(box.v)))");
            }
        }
    }

    /// A pattern of a `match` statement's case; the names it captures go to `names` (each
    /// once: a name captured twice in one pattern is a SyntaxError).
    fn pattern(&mut self, indent: usize, case: usize, names: &mut Vec<String>, depth: usize) -> String {
        let capture = |names: &mut Vec<String>| {
            let n = format!("m{indent}_{case}_{}", names.len());
            names.push(n.clone());
            n
        };
        // (A case's whole pattern is never a bare capture or `_`: one not last would make the
        // cases after it unreachable, a SyntaxError.)
        let choice = match depth {
            0 => self.rng.below(4),
            2 => [0, 1, 4, 5, 6, 7, 8, 9, 10, 11][self.rng.below(10)],
            _ => self.rng.below(12),
        };
        const INTS: [&str; 7] = ["0", "1", "-1", "3", "7", "-13", "12345678901234567890"];
        match choice {
            0 => self.rng.pick(&INTS).to_string(),
            1 => self.rng.pick(&["'abc'", "''", "'x y z'", "None", "True", "False", "2.5"]).to_string(),
            2 => capture(names),
            3 => "_".into(),
            4 => format!("[{}, *{}]", self.pattern(indent, case, names, depth - 1), capture(names)),
            5 => format!(
                "({}, {})",
                self.pattern(indent, case, names, depth - 1),
                self.pattern(indent, case, names, depth - 1)
            ),
            6 => "[]".into(),
            7 => format!("{{'a': {}}}", self.pattern(indent, case, names, depth - 1)),
            8 => format!("{{'k': {}, **{}}}", self.pattern(indent, case, names, depth - 1), capture(names)),
            9 => {
                let t = *self.rng.pick(&["int", "str", "list", "float", "tuple", "dict"]);
                format!("{t}({})", capture(names))
            }
            10 => format!("Box(v={})", self.pattern(indent, case, names, depth - 1)),
            // Alternatives capture nothing (each would have to capture the same names).
            _ => format!("{} | {}", self.rng.pick(&INTS), self.rng.pick(&["'abc'", "None", "[]", "()"])),
        }
    }

    fn block(&mut self, indent: usize, room: usize) {
        let n = 1 + self.rng.below(room.clamp(1, 4));
        for _ in 0..n {
            self.stmt(indent, room.saturating_sub(1));
        }
    }
}

/// A whole program from `seed`: a class, a few functions of generated statements, each
/// called under `try` with its results and exception printed; `narrow` for a 32-bit board.
pub fn program(seed: u64, narrow: bool) -> String {
    let mut rng = Rng::new(seed);
    let mut s = format!("# Generated by tests/fuzz.rs from seed {seed}.\n\n");
    s += "class Box:\n    def __init__(self, v):\n        self.v = v\n\n    def twice(self):\n        \
          return self.v * 2\n\n    def __eq__(self, other):\n        return isinstance(other, Box) and \
          self.v == other.v\n\n    def __repr__(self):\n        return f'Box({self.v!r})'\n\n";
    s += "def _cap(x):\n    return x if len(repr(x)) < 3000 else type(x)()\n\n";
    let functions = 2 + rng.below(3);
    for f in 0..functions {
        let mut g = Gen {
            rng: &mut rng,
            narrow,
            vars: vec![("a".into(), Kind::Int), ("b".into(), Kind::Str), ("c".into(), Kind::List)],
            out: String::new(),
            depth: 0,
            loops: 0,
            in_loop: false,
        };
        g.line(1, "out = []");
        let n = 3 + g.rng.below(6);
        for _ in 0..n {
            g.stmt(1, 8);
        }
        let body = g.out;
        let _ = write!(s, "def f{f}(a, b, c):\n{body}    return out\n\n\n");
    }
    for f in 0..functions {
        let big = if narrow { "10**4" } else { "10**12" };
        for args in ["3, 'abc', [1, 2]".to_string(), "-7, '', []".into(), format!("{big}, 'x,y', [2.5, 'q']")] {
            let _ = write!(
                s,
                "try:\n    print({f}, f{f}({args}))\nexcept Exception as ex:\n    print({f}, 'raised', \
                 type(ex).__name__, ex)\n"
            );
        }
    }
    s
}

/// A program of set operations on ints and tuples of them (whose hashes CPython does not
/// salt): each step's set is printed, so the iteration order after every kind of growth,
/// deletion, algebra and `pop` is compared with CPython's. Ints past 2**31 only on the host.
pub fn set_program(seed: u64, narrow: bool) -> String {
    let mut r = Rng::new(seed ^ 0x5e75);
    let val = |r: &mut Rng| -> String {
        match r.below(10) {
            0..=5 => format!("{}", r.below(220) as i64 - 20),
            6 if !narrow => r.pick(&["2**40 + 3", "-2**33", "2**64 + 1", "10**20"]).to_string(),
            6 | 7 => format!("{}", r.below(5000) as i64 * 8),
            _ => format!("({}, {})", r.below(5), r.below(5)),
        }
    };
    let mut s = format!("# Generated by tests/fuzz.rs (sets) from seed {seed}.\nout = []\n");
    for i in 0..4 {
        let _ = writeln!(s, "s{i} = set()");
        for _ in 0..r.below(12) {
            let v = val(&mut r);
            let _ = writeln!(s, "s{i}.add({v})");
        }
    }
    for _ in 0..60 {
        let (a, b) = (r.below(4), r.below(4));
        let (v1, v2, v3, v4) = (val(&mut r), val(&mut r), val(&mut r), val(&mut r));
        let line = match r.below(15) {
            0 => format!("s{a}.add({v1})"),
            1 => format!("s{a}.discard({v1})"),
            2 => format!("out.append(s{a}.pop() if s{a} else None)"),
            3 => format!("s{a} = s{a} | s{b}"),
            4 => format!("s{a} = s{a} & s{b}"),
            5 => format!("s{a} = s{a} - s{b}"),
            6 => format!("s{a} = s{a} ^ s{b}"),
            7 => format!("s{a} |= s{b}"),
            8 => format!("s{a} -= s{b}"),
            9 => format!("s{a} ^= s{b}"),
            10 => format!("s{a} &= s{b} | {{{v1}, {v2}}}"),
            11 => format!("s{a}.update([{v1}, {v2}, {v3}])"),
            12 => format!("s{a} = set(list(s{b}) + [{v1}])"),
            13 => format!("s{a} = {{x * {} % 97 for x in range({})}}", 1 + r.below(9), r.below(30)),
            _ => format!("s{a} = {{{v1}, {v2}, {v3}, {v4}}}"),
        };
        let _ = writeln!(s, "{line}\nout.append(repr(s{a}))");
    }
    s + "for line in out:\n    print(line)\n"
}

/// Generated set programs ([`set_program`]) against CPython, on the host and QEMU.
fn set_cases(out: &mut Vec<Case>) {
    let programs = setting("MPYC_FUZZ_SETS", 24);
    for board in ["host", "qemu"] {
        let count = if board == "host" { programs } else { programs / 4 };
        out.push(Case {
            name: format!("fuzz/sets [{board}]"),
            check: Box::new(move || {
                for seed in 0..count {
                    let src = set_program(seed, board != "host");
                    let py = temp(&format!("fuzz-sets-{seed}-{board}.py"));
                    std::fs::write(&py, &src).map_err(|e| e.to_string())?;
                    let cpython = run(Command::new("python3").arg(&py), SECONDS)?;
                    let ours = run(Command::new(MPYC).arg("run").arg(&py).args(["--board", board]), SECONDS)?;
                    if text(&cpython.stdout) != text(&ours.stdout) || cpython.status.code() != ours.status.code() {
                        return Err(format!(
                            "set program {} differs:\n--- CPython\n{}{}--- mpyc\n{}{}",
                            py.display(),
                            text(&cpython.stdout),
                            text(&cpython.stderr),
                            text(&ours.stdout),
                            text(&ours.stderr)
                        ));
                    }
                }
                Ok(())
            }),
        });
    }
}

/// The differential cases: batches of generated programs, on the host (and every third batch
/// on QEMU too).
pub fn cases(out: &mut Vec<Case>) {
    let seed0 = setting("MPYC_FUZZ_SEED", 1);
    let programs = setting("MPYC_FUZZ_PROGRAMS", FUZZ_PROGRAMS as u64) as usize;
    for batch in 0..programs.div_ceil(BATCH) {
        let boards: &[&str] = if batch % 3 == 0 { &["host", "qemu"] } else { &["host"] };
        for &board in boards {
            out.push(Case {
                name: format!("fuzz/programs batch {batch} [{board}]"),
                check: Box::new(move || {
                    for i in batch * BATCH..((batch + 1) * BATCH).min(programs) {
                        let seed = seed0.wrapping_mul(1_000_003).wrapping_add(i as u64);
                        differential(seed, board)?;
                    }
                    Ok(())
                }),
            });
        }
    }
    out.push(mutants_case());
    set_cases(out);
}

fn differential(seed: u64, board: &str) -> Result<(), String> {
    let src = program(seed, board != "host");
    let py = temp(&format!("fuzz-{seed}-{board}.py"));
    std::fs::write(&py, &src).map_err(|e| e.to_string())?;
    let cpython = run(Command::new("python3").arg(&py), SECONDS)?;
    let ours = run(Command::new(MPYC).arg("run").arg(&py).args(["--board", board]).env("MPYC_VERIFY", "1"), SECONDS)?;
    let (want, got) = (text(&cpython.stdout), text(&ours.stdout));
    if want != got || cpython.status.code() != ours.status.code() {
        return Err(format!(
            "seed {seed} ({}): CPython exit {:?}, mpyc exit {:?}\n--- CPython\n{want}{}--- mpyc\n{got}{}",
            py.display(),
            cpython.status.code(),
            ours.status.code(),
            text(&cpython.stderr),
            text(&ours.stderr)
        ));
    }
    Ok(())
}

/// One mutation of `src`: bytes flipped, inserted or deleted; a line duplicated, dropped or
/// moved; a token-like piece of another place spliced in.
fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut b = src.to_vec();
    for _ in 0..1 + rng.below(3) {
        if b.is_empty() {
            b.push(b'x');
        }
        let at = rng.below(b.len());
        match rng.below(7) {
            0 => b[at] = *rng.pick(b"()[]{}:;,.=+-*/%<>!'\"\\#@ \n\t0123456789abcxyz"),
            1 => b.insert(at, *rng.pick(b"()[]{}:,.=+-*'\"\n \t\\")),
            2 => {
                let end = (at + 1 + rng.below(8)).min(b.len());
                b.drain(at..end);
            }
            3 => b[at] = rng.next() as u8,
            4 => {
                let lines: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
                let i = rng.below(lines.len());
                let mut l: Vec<Vec<u8>> = lines.iter().map(|x| x.to_vec()).collect();
                let line = l[i].clone();
                match rng.below(3) {
                    0 => l.insert(rng.below(l.len() + 1), line),
                    1 => {
                        l.remove(i);
                    }
                    _ => {
                        let mut deeper = b"    ".to_vec();
                        deeper.extend(&line);
                        l[i] = deeper;
                    }
                }
                b = l.join(&b'\n');
            }
            5 => {
                let from = rng.below(b.len());
                let piece: Vec<u8> = b[from..(from + 1 + rng.below(12)).min(b.len())].to_vec();
                let at = rng.below(b.len() + 1);
                b.splice(at..at, piece);
            }
            _ => {
                let words: &[&[u8]] = &[
                    b" lambda ",
                    b" yield ",
                    b" await ",
                    b" not ",
                    b" is ",
                    b" in ",
                    b"**",
                    b"...",
                    b" async ",
                    b" global x\n",
                    b" nonlocal x\n",
                    b"return",
                    b"del ",
                    b":=",
                    b"\xf0\x9f\x98\x80",
                    b"\xef\xbb\xbf",
                    b"\xff",
                    b"match",
                    b"case",
                    b"class",
                    b"def",
                    b"f'{",
                    b"}'",
                    b"1e999",
                    b"0x",
                    b"_",
                ];
                let word = *rng.pick(words);
                b.splice(at..at, word.iter().copied());
            }
        }
    }
    b
}

/// Mutants of the conformance programs and examples: each compiles (for a board, through the
/// whole backend) or gets a diagnostic with exit status 2, within [`SECONDS`].
fn mutants_case() -> Case {
    Case {
        name: "fuzz/mutants [compiler never panics]".into(),
        check: Box::new(|| {
            let mut files = Vec::new();
            collect(&root().join("tests/programs"), &mut files);
            collect(&root().join("examples"), &mut files);
            files.sort();
            let sources: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
            let seed = setting("MPYC_FUZZ_SEED", 1);
            let count = setting("MPYC_FUZZ_MUTANTS", FUZZ_MUTANTS as u64);
            let mut rng = Rng::new(seed ^ 0x5eed);
            for n in 0..count {
                let src = &sources[rng.below(sources.len())];
                let m = mutate(&mut rng, src);
                let f = temp(&format!("mutant-{seed}-{n}.py"));
                std::fs::write(&f, &m).map_err(|e| e.to_string())?;
                let out = run(
                    Command::new(MPYC)
                        .args(["build", "--board", "qemu", "--emit", "asm"])
                        .arg(&f)
                        .env("MPYC_VERIFY", "1"),
                    SECONDS,
                )?;
                let stderr = text(&out.stderr);
                // (A Rust panic's own line: the mutant's source, quoted in a diagnostic, may
                // hold the word.)
                let panicked = stderr.lines().any(|l| l.starts_with("thread '") && l.contains("panicked at"));
                let bad = panicked
                    || !matches!(out.status.code(), Some(0 | 2))
                    || (out.status.code() == Some(2) && stderr.starts_with("mpyc: error"));
                if bad {
                    return Err(format!("mutant {} gave exit {:?}:\n{stderr}", f.display(), out.status.code()));
                }
            }
            Ok(())
        }),
    }
}
