//! Golden filetests: each `tests/codegen/*.clif` is compiled as written (no mid-end) and its
//! listing compared with the `.s` file beside it; `MPYC_BLESS=1` rewrites those. Every
//! `; run: %name(args) == result` line is executed by cranelift-interpreter and in QEMU, and
//! both must give the result.

use crate::frontend::clif::to_user_names;
use crate::lower::{FuncDecl, Program};
use cranelift_codegen::data_value::DataValue;
use cranelift_codegen::ir;
use cranelift_interpreter::environment::FunctionStore;
use cranelift_interpreter::interpreter::{Interpreter, InterpreterState};
use cranelift_interpreter::step::ControlFlow;
use std::path::Path;

pub(crate) fn parse_int(s: &str) -> i32 {
    let s = s.trim();
    let (neg, s) = s.strip_prefix('-').map_or((false, s), |r| (true, r));
    let v = match s.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(&h.replace('_', ""), 16).expect("hex") as i64,
        None => s.parse::<i64>().expect("a number"),
    };
    (if neg { -v } else { v }) as i32
}

/// `; run: %f(1, -2) == 3` → (function name, arguments, result).
pub(crate) fn run_lines(text: &str) -> Vec<(String, Vec<i32>, i32)> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("; run:"))
        .map(|l| {
            let (call, want) = l.split_once("==").expect("`; run: %f(args) == result`");
            let (name, args) = call.trim().trim_start_matches('%').split_once('(').expect("a call");
            let args = args.trim_end_matches(')');
            let args = args.split(',').filter(|a| !a.trim().is_empty()).map(parse_int).collect();
            (name.to_string(), args, parse_int(want))
        })
        .collect()
}

pub(crate) fn interpret(funcs: &[ir::Function], index: usize, args: &[i32]) -> i32 {
    let mut store = FunctionStore::default();
    for (i, f) in funcs.iter().enumerate() {
        store.add(format!("u0:{i}"), f);
    }
    let mut interp = Interpreter::new(InterpreterState::default().with_function_store(store));
    let args: Vec<DataValue> = args.iter().map(|a| DataValue::I32(*a)).collect();
    match interp.call_by_name(&format!("u0:{index}"), &args) {
        Ok(ControlFlow::Return(r)) => match r.first() {
            Some(DataValue::I32(v)) => *v,
            Some(DataValue::I8(v)) => *v as u8 as i32,
            Some(DataValue::I16(v)) => *v as u16 as i32,
            other => panic!("interpreter returned {other:?}"),
        },
        other => panic!("interpreter: {other:?}"),
    }
}

#[test]
fn codegen_filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/codegen");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/codegen").filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "clif"));
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    let bless = std::env::var_os("MPYC_BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut funcs = cranelift_reader::parse_functions(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let names = to_user_names(&mut funcs);
        assert_eq!(names.len(), funcs.len(), "{}: calls a function it does not define", path.display());
        let program = Program {
            file: String::new(),
            functions: funcs
                .iter()
                .zip(&names)
                .map(|(f, n)| FuncDecl { name: n.clone(), sig: f.signature.clone(), body: Some(f.clone()) })
                .collect(),
            data: vec![],
            main: 0,
            warnings: vec![],
            names: None,
            stubs: Default::default(),
            vm_stubs: Default::default(),
            bytecode: Default::default(),
            listings: vec![],
            library_left_out: 0,
        };
        let listing = super::listing(program, false).unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
        let golden = path.with_extension("s");
        if bless {
            std::fs::write(&golden, &listing).unwrap();
        } else if std::fs::read_to_string(&golden).unwrap_or_default() != listing {
            failures.push(format!("{}: listing differs from {}:\n{listing}", path.display(), golden.display()));
        }
        let runs = run_lines(&text);
        let calls: Vec<(usize, Vec<i32>)> = runs
            .iter()
            .map(|(n, args, _)| (names.iter().position(|x| x == n).unwrap_or_else(|| panic!("no %{n}")), args.clone()))
            .collect();
        let qemu = super::testrun::run_on_qemu(&funcs, &calls).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (((name, args, want), (index, _)), got) in runs.iter().zip(&calls).zip(qemu) {
            let interp = interpret(&funcs, *index, args);
            if interp != *want || got != *want {
                failures.push(format!(
                    "{}: %{name}{args:?} should be {want}: interpreter {interp}, Thumb-2 {got}",
                    path.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
