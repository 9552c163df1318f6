"""doctest: testmod() runs the examples of a module's docstrings and reports as CPython's does.

mpyc compiles the examples ahead of time with the program (`compiler/src/frontend/desugar/
doctests.rs`): each docstring's examples become a hidden function that runs them in order and
reports each one to the runner here, and the module registers its docstrings (with those
without examples) when it starts. So `testmod()` needs no compiler at run time. The examples of
a docstring share their names, as in CPython; they see the module's globals. Written in Python,
compiled with the program when it imports the module.

Options: ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, SKIP, DONT_ACCEPT_TRUE_FOR_1,
DONT_ACCEPT_BLANKLINE, as `# doctest: +NAME` directives and `optionflags`. Not provided: the
report flags (REPORT_UDIFF, ...), DocTestSuite and the classes of CPython's module. An example
that raises where no exception is expected is reported with mpyc's traceback text.
"""

import sys
import _io
from collections import namedtuple

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."
DIVIDER = "*" * 70

# module name -> list of (name, filename, lineno, examples, function)
_tests = {}


def _register(module, records):
    _tests.setdefault(module, []).extend(records)


def _indent(s, indent=4):
    return "".join((" " * indent + line) if line.strip("\n") else line for line in s.splitlines(True))


def _options(source, flags):
    # `# doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE` on the example's lines.
    for line in source.split("\n"):
        at = line.find("#")
        while at >= 0:
            rest = line[at + 1 :].strip()
            if rest.startswith("doctest:"):
                for opt in rest[len("doctest:") :].replace(",", " ").split():
                    if opt[:1] in "+-" and opt[1:] in OPTIONFLAGS_BY_NAME:
                        if opt[0] == "+":
                            flags |= OPTIONFLAGS_BY_NAME[opt[1:]]
                        else:
                            flags &= ~OPTIONFLAGS_BY_NAME[opt[1:]]
                    else:
                        raise ValueError("line has an invalid option: %r" % opt)
                break
            at = line.find("#", at + 1)
    return flags


def _exception_message(want):
    # The message an expected traceback ends with (None when the output is no traceback).
    lines = want.split("\n")
    if not lines or not lines[0].startswith(("Traceback (most recent call last):", "Traceback (innermost last):")):
        return None
    # (The stack is whatever comes before the first line that starts with a letter, a digit or
    # an underscore: indented frames, or a `...`.)
    i = 1
    while i < len(lines) and not (lines[i][:1].isalnum() or lines[i][:1] == "_"):
        i += 1
    return "\n".join(lines[i:])


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_blank_markers(want):
    out = []
    for line in want.split("\n"):
        if line.rstrip() == BLANKLINE_MARKER:
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def _blank_whitespace_lines(got):
    return "\n".join("" if line.strip() == "" else line for line in got.split("\n"))


def _check_output(want, got, flags):
    if got == want:
        return True
    if not flags & DONT_ACCEPT_TRUE_FOR_1:
        if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
            return True
    if not flags & DONT_ACCEPT_BLANKLINE:
        want = _strip_blank_markers(want)
        got = _blank_whitespace_lines(got)
        if got == want:
            return True
    if flags & NORMALIZE_WHITESPACE:
        got = " ".join(got.split())
        want = " ".join(want.split())
        if got == want:
            return True
    if flags & ELLIPSIS:
        if _ellipsis_match(want, got):
            return True
    return False


def _format_exception_only(e):
    t = type(e)
    name = t.__qualname__
    mod = getattr(t, "__module__", "builtins")
    if mod not in ("__main__", "builtins"):
        name = mod + "." + name
    text = str(e)
    return "%s: %s\n" % (name, text) if text else name + "\n"


class _Runner:
    def __init__(self, verbose, optionflags):
        self.stdout = sys.stdout
        self.verbose = verbose
        self.optionflags = optionflags
        self.failures = 0
        self.tries = 0
        self.results = {}

    def run(self, name, filename, lineno, examples, function):
        self.name = name
        self.filename = filename
        self.lineno = lineno
        self.examples = examples
        self.index = -1
        self.failed = 0
        self.tried = 0
        self.skipping = False
        if function is not None:
            function(self)
        self.results[name] = (self.failed, self.tried)

    def _out(self, text):
        self.stdout.write(text)

    # The hidden function's calls, for each example in turn: example(), then done() or raised().
    def example(self):
        self.index += 1
        source, want, line = self.examples[self.index]
        self.source, self.want, self.line = source + "\n", want, line
        self.flags = _options(source, self.optionflags)
        # (A skipped example is compiled as `pass`, and its outcome is not reported.)
        self.skipping = bool(self.flags & SKIP)
        if not self.skipping:
            self.tried += 1
            if self.verbose:
                if want:
                    self._out("Trying:\n" + _indent(self.source) + "Expecting:\n" + _indent(want))
                else:
                    self._out("Trying:\n" + _indent(self.source) + "Expecting nothing\n")
        self.saved = sys.stdout
        self.buffer = _io.StringIO()
        sys.stdout = self.buffer

    def show(self, value):
        if value is not None:
            print(repr(value))

    def _got(self):
        sys.stdout = self.saved
        return self.buffer.getvalue()

    def done(self):
        got = self._got()
        if self.skipping:
            return
        if _exception_message(self.want) is None and _check_output(self.want, got, self.flags):
            self._success()
        else:
            self._failure(self._difference(got))

    def raised(self, e):
        got = self._got()
        if self.skipping:
            return
        expected = _exception_message(self.want)
        message = _format_exception_only(e)
        if expected is None:
            import traceback

            text = "".join(traceback.format_exception(type(e), e, None))
            self._failure("Exception raised:\n" + _indent(text))
            return
        if _check_output(expected, message, self.flags):
            self._success()
            return
        if self.flags & IGNORE_EXCEPTION_DETAIL:
            def head(m):
                return m.split(":")[0].split(".")[-1].strip()

            if head(expected) == head(message):
                self._success()
                return
        self._failure(self._difference(_exception_header(message)))

    def _success(self):
        if self.verbose:
            self._out("ok\n")

    def _difference(self, got):
        want = self.want
        if want:
            out = "Expected:\n" + _indent(want)
        else:
            out = "Expected nothing\n"
        if got:
            out += "Got:\n" + _indent(got)
        else:
            out += "Got nothing\n"
        return out

    def _failure(self, text):
        self.failed += 1
        out = [DIVIDER]
        if self.filename:
            out.append('File "%s", line %s, in %s' % (self.filename, self.lineno + self.line + 1, self.name))
        else:
            out.append("Line %s, in %s" % (self.line + 1, self.name))
        out.append("Failed example:")
        out.append(_indent(self.source))
        self._out("\n".join(out) + text)

    def summarize(self, verbose):
        notests, passed, failed = [], [], []
        totalt = totalf = 0
        for name, (f, t) in self.results.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for name in notests:
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for name, count in passed:
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for name, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(totalt, "tests in", len(self.results), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)


def _exception_header(message):
    return "Traceback (most recent call last):\n" + message


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    if m is None:
        module = "__main__"
    else:
        module = m.__name__
    if name is None:
        name = module
    if verbose is None:
        verbose = "-v" in sys.argv
    runner = _Runner(verbose, optionflags)
    records = sorted(_tests.get(module, []), key=lambda r: (name + "." + r[0]) if r[0] else name)
    for sub, filename, lineno, examples, function in records:
        if exclude_empty and not examples:
            continue
        runner.run(name + "." + sub if sub else name, filename, lineno, examples, function)
    if report:
        return runner.summarize(verbose)
    return TestResults(sum(f for f, t in runner.results.values()), sum(t for f, t in runner.results.values()))


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    # The examples of `f`'s docstring, found among the registered ones by the function's name.
    for module in _tests.values():
        for sub, filename, lineno, examples, function in module:
            if sub == getattr(f, "__qualname__", None):
                runner = _Runner(verbose, optionflags)
                runner.run(name, filename, lineno, examples, function)
                return
