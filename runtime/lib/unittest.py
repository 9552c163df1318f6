# unittest: test cases as CPython's unittest writes them (TestCase with setUp/tearDown, the
# assert methods, skips, subTest; main() runs every TestCase subclass the program defines and
# reports on stderr as CPython's text runner does, then exits with 1 when something failed).
# Written in Python, compiled with the program only when it imports it. Assertion messages
# are CPython's short forms (no diffs of long sequences); a result's failures and errors hold
# the traceback text, the runtime's (its frames without source lines).

import sys


class SkipTest(Exception):
    pass


class _Failure(Exception):
    pass


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def skip(reason):
    def decorator(item):
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda item: item)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda item: item)


def expectedFailure(func):
    func.__unittest_expecting_failure__ = True
    return func


class _Raises:
    # `with self.assertRaises(E) as cm:`; cm.exception is what was raised.
    def __init__(self, case, expected, regex=None, msg=None):
        self.case = case
        self.expected = expected
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        name = getattr(self.expected, "__name__", str(self.expected))
        if exc_type is None:
            self.case.fail(self.case._formatMessage(self.msg, "%s not raised" % name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc)):
                self.case.fail(self.case._formatMessage(
                    self.msg, '"%s" does not match "%s"' % (self.regex, str(exc))))
        return True


class _SubTest:
    def __init__(self, case, msg, params):
        self.case = case

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classes = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        TestCase._classes.append(cls)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        return "%s.%s.%s" % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, type(self).__module__, type(self).__qualname__,
                                  self._testMethodName)

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName), "__doc__", None)
        return doc.strip().split("\n")[0].strip() if doc else None

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        return "%s : %s" % (standardMsg, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, "%s != %s" % (_safe_repr(first), _safe_repr(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self.fail(self._formatMessage(msg, "%s is not %s" % (_safe_repr(first), _safe_repr(second))))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % _safe_repr(first)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, "%s unexpectedly found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s" % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        for x in a:
            if a.count(x) != b.count(x):
                self.fail(self._formatMessage(msg, "Element counts were not equal"))
        if len(a) != len(b):
            self.fail(self._formatMessage(msg, "Element counts were not equal"))

    def assertRegex(self, text, regex, msg=None):
        import re
        if not re.search(regex, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (regex, text)))

    def assertRaises(self, expected, *args, **kwargs):
        context = _Raises(self, expected, msg=kwargs.pop("msg", None))
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertRaisesRegex(self, expected, regex, *args, **kwargs):
        context = _Raises(self, expected, regex, kwargs.pop("msg", None))
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertListEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    assertTupleEqual = assertListEqual
    assertDictEqual = assertListEqual
    assertSetEqual = assertListEqual
    assertSequenceEqual = assertListEqual
    assertMultiLineEqual = assertListEqual

    def defaultTestResult(self):
        return TestResult()

    def run(self, result=None):
        # (As CPython's: a result of its own when given none, and the result returned.)
        if result is None:
            result = self.defaultTestResult()
        method = getattr(self, self._testMethodName)
        if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            why = getattr(method, "__unittest_skip_why__", None) or getattr(type(self), "__unittest_skip_why__", "")
            result.addSkip(self, why)
            return result
        expecting = getattr(method, "__unittest_expecting_failure__", False)
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return result
        except Exception as e:
            result.addError(self, _exc_info(e))
            return result
        try:
            method()
        except SkipTest as e:
            result.addSkip(self, str(e))
        except self.failureException as e:
            if expecting:
                result.addExpectedFailure(self, _exc_info(e))
            else:
                result.addFailure(self, _exc_info(e))
        except Exception as e:
            result.addError(self, _exc_info(e))
        else:
            if expecting:
                result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)
        try:
            self.tearDown()
        except Exception as e:
            result.addError(self, _exc_info(e))
        return result

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)


def _exc_info(e):
    # What addFailure/addError get, as CPython's: (type, value, traceback).
    return (type(e), e, e.__traceback__)


def _exc_text(err):
    # The traceback text CPython's result keeps for a failure or error: "Traceback (most recent
    # call last):", the frames, "ExcType: message". It is the runtime's own traceback (no source
    # lines), less unittest's frames, as CPython leaves out its own.
    from _io import StringIO
    out = StringIO()
    sys.print_exception(err[1], out)
    lines = []
    for line in out.getvalue().splitlines(True):
        if line.startswith('  File "'):
            name = line.split('"')[1]
            if name == "unittest.py" or name.endswith("/unittest.py"):
                continue
        lines.append(line)
    return "".join(lines)


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.stream = stream
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0

    def _mark(self, c):
        if self.stream is not None:
            self.stream.write(c)

    def addSuccess(self, test):
        self.testsRun += 1
        self._mark(".")

    def addFailure(self, test, err):
        self.testsRun += 1
        self.failures.append((test, _exc_text(err)))
        self._mark("F")

    def addError(self, test, err):
        self.testsRun += 1
        self.errors.append((test, _exc_text(err)))
        self._mark("E")

    def addSkip(self, test, reason):
        self.testsRun += 1
        self.skipped.append((test, reason))
        self._mark("s")

    def addExpectedFailure(self, test, err):
        self.testsRun += 1
        self.expectedFailures.append((test, _exc_text(err)))
        self._mark("x")

    def addUnexpectedSuccess(self, test):
        self.testsRun += 1
        self.unexpectedSuccesses.append(test)
        self._mark("u")

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses


def _tests_of(cls):
    return [cls(name) for name in sorted(dir(cls)) if name.startswith("test") and callable(getattr(cls, name))]


def _flat(test, out):
    if isinstance(test, TestSuite):
        for t in test:
            _flat(t, out)
    else:
        out.append(test)
    return out


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return len(_flat(self, []))

    def run(self, result):
        # Each class's setUpClass before its first test, tearDownClass after its last.
        current = None
        for test in _flat(self, []):
            if type(test) is not current:
                if current is not None:
                    current.tearDownClass()
                current = type(test)
                current.setUpClass()
            test.run(result)
        if current is not None:
            current.tearDownClass()
        return result

    __call__ = run


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, cls):
        return [name for name in sorted(dir(cls)) if name.startswith(self.testMethodPrefix)
                and callable(getattr(cls, name))]

    def loadTestsFromTestCase(self, cls):
        return TestSuite([cls(name) for name in self.getTestCaseNames(cls)])

    def loadTestsFromModule(self, module=None, *args, **kwargs):
        # (Every TestCase class the program defines: mpyc has no module objects to scan.)
        return TestSuite([self.loadTestsFromTestCase(c) for c in sorted(TestCase._classes, key=lambda c: c.__name__)])


defaultTestLoader = TestLoader()


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity

    def run(self, test):
        import time
        out = self.stream
        result = TestResult(out if self.verbosity == 1 else None)
        start = time.ticks_ms()
        test.run(result)
        elapsed = time.ticks_diff(time.ticks_ms(), start) / 1000
        out.write("\n")
        for kind, items in (("ERROR", result.errors), ("FAIL", result.failures)):
            for t, err in items:
                out.write("=" * 70 + "\n%s: %s\n" % (kind, t) + "-" * 70 + "\n")
                out.write(err + "\n")
        run = result.testsRun
        out.write("-" * 70 + "\nRan %d test%s in %.3fs\n\n" % (run, "" if run == 1 else "s", elapsed))
        notes = []
        for what, n in (("failures", len(result.failures)), ("errors", len(result.errors)),
                        ("skipped", len(result.skipped)), ("expected failures", len(result.expectedFailures)),
                        ("unexpected successes", len(result.unexpectedSuccesses))):
            if n:
                notes.append("%s=%d" % (what, n))
        if result.wasSuccessful():
            out.write("OK" + (" (%s)" % ", ".join(notes) if notes else "") + "\n")
        else:
            out.write("FAILED (%s)\n" % ", ".join(notes))
        return result


class TestProgram:
    # What main() makes: runs every TestCase class the program defines, then exits with 1
    # when something failed (unless exit=False).
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None, testLoader=None,
                 exit=True, verbosity=1, **kwargs):
        loader = testLoader or defaultTestLoader
        runner = testRunner or TextTestRunner(verbosity=verbosity)
        self.result = runner.run(loader.loadTestsFromModule(module))
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
