//! mpyc's library of modules written in Python (`runtime/lib/`): a module the program imports
//! that is neither built into the runtime nor one of the program's own files is compiled from
//! here with the program, as the program's own modules are (so it costs flash only when used).

/// Each module's name and source. MicroPython's `u`-prefixed names (`uheapq`) are the same
/// modules.
const LIBRARY: &[(&str, &str)] = &[
    ("__future__", include_str!("../../../runtime/lib/__future__.py")),
    ("_asyncgen", include_str!("../../../runtime/lib/_asyncgen.py")),
    ("_exceptgroup", include_str!("../../../runtime/lib/_exceptgroup.py")),
    ("_match", include_str!("../../../runtime/lib/_match.py")),
    ("abc", include_str!("../../../runtime/lib/abc.py")),
    ("asyncio", include_str!("../../../runtime/lib/asyncio.py")),
    ("atexit", include_str!("../../../runtime/lib/atexit.py")),
    ("base64", include_str!("../../../runtime/lib/base64.py")),
    ("binascii", include_str!("../../../runtime/lib/binascii.py")),
    ("bisect", include_str!("../../../runtime/lib/bisect.py")),
    ("collections", include_str!("../../../runtime/lib/collections.py")),
    ("collections.abc", include_str!("../../../runtime/lib/collections_abc.py")),
    ("contextlib", include_str!("../../../runtime/lib/contextlib.py")),
    ("copy", include_str!("../../../runtime/lib/copy.py")),
    ("csv", include_str!("../../../runtime/lib/csv.py")),
    ("dataclasses", include_str!("../../../runtime/lib/dataclasses.py")),
    ("datetime", include_str!("../../../runtime/lib/datetime.py")),
    ("doctest", include_str!("../../../runtime/lib/doctest.py")),
    ("enum", include_str!("../../../runtime/lib/enum.py")),
    ("errno", include_str!("../../../runtime/lib/errno.py")),
    ("fractions", include_str!("../../../runtime/lib/fractions.py")),
    ("framebuf", include_str!("../../../runtime/lib/framebuf.py")),
    ("functools", include_str!("../../../runtime/lib/functools.py")),
    ("hashlib", include_str!("../../../runtime/lib/hashlib.py")),
    ("heapq", include_str!("../../../runtime/lib/heapq.py")),
    ("io", include_str!("../../../runtime/lib/io.py")),
    ("itertools", include_str!("../../../runtime/lib/itertools.py")),
    ("json", include_str!("../../../runtime/lib/json.py")),
    ("json.decoder", include_str!("../../../runtime/lib/json_decoder.py")),
    ("logging", include_str!("../../../runtime/lib/logging.py")),
    ("machine", include_str!("../../../runtime/lib/machine.py")),
    ("numbers", include_str!("../../../runtime/lib/numbers.py")),
    ("operator", include_str!("../../../runtime/lib/operator.py")),
    ("os", include_str!("../../../runtime/lib/os.py")),
    ("os.path", include_str!("../../../runtime/lib/os_path.py")),
    ("pprint", include_str!("../../../runtime/lib/pprint.py")),
    ("queue", include_str!("../../../runtime/lib/queue.py")),
    ("re", include_str!("../../../runtime/lib/re.py")),
    ("select", include_str!("../../../runtime/lib/select.py")),
    ("statistics", include_str!("../../../runtime/lib/statistics.py")),
    ("string", include_str!("../../../runtime/lib/string.py")),
    ("struct", include_str!("../../../runtime/lib/struct.py")),
    ("textwrap", include_str!("../../../runtime/lib/textwrap.py")),
    ("timeit", include_str!("../../../runtime/lib/timeit.py")),
    ("traceback", include_str!("../../../runtime/lib/traceback.py")),
    ("types", include_str!("../../../runtime/lib/types.py")),
    ("typing", include_str!("../../../runtime/lib/typing.py")),
    ("unittest", include_str!("../../../runtime/lib/unittest.py")),
];

/// The source of library module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    let plain = match name.strip_prefix('u') {
        Some(rest) if LIBRARY.iter().any(|(n, _)| *n == rest) => rest,
        _ => name,
    };
    LIBRARY.iter().find(|(n, _)| *n == plain).map(|(_, s)| *s)
}

/// The names of the library's modules.
pub fn names() -> impl Iterator<Item = &'static str> {
    LIBRARY.iter().map(|(n, _)| *n)
}
