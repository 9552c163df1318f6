# unittest: a result's failures and errors are (test, traceback text) pairs: strings that
# start with "Traceback" and end with the "ExcType: message" line, as CPython's; a custom
# result's addFailure/addError get (type, value, traceback).
import io
import unittest


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError("bad number: " + text)


class Parser(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(parse("12"), 12)

    def test_wrong(self):
        self.assertEqual(parse("12"), 13, "twelve")

    def test_list(self):
        self.assertIn(4, [1, 2, 3])

    def test_crash(self):
        parse("x")

    def test_none(self):
        return None.upper()

    @unittest.expectedFailure
    def test_known(self):
        self.assertTrue(0)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(unittest.TestLoader().loadTestsFromTestCase(Parser))
print(result.testsRun, len(result.failures), len(result.errors), len(result.expectedFailures), result.wasSuccessful())
for kind, pairs in (("FAIL", result.failures), ("ERROR", result.errors), ("XFAIL", result.expectedFailures)):
    for test, text in pairs:
        lines = text.strip().splitlines()
        print(kind, test.id(), type(text).__name__, lines[0])
        print("   ", lines[-1])
print("twelve" in result.failures[1][1], "File" in result.errors[0][1], result.errors[0][1].endswith("\n"))
# The frames (as "line N, in name": CPython's file paths and source lines differ) and the
# chained exception's part, of the error raised while handling another.
for line in result.errors[0][1].splitlines():
    if line.startswith('  File "'):
        print("  ", line.split(", ", 1)[1])
    elif line and not line.startswith(" "):
        print("  ", line)
report = stream.getvalue()
print(report.count("Traceback (most recent call last):"), "AssertionError: 4 not found in [1, 2, 3]\n\n" in report)
print(report.splitlines()[0], report.splitlines()[-1])


class Collect(unittest.TestResult):
    # A custom result, as test tools write them: err is (type, value, traceback).
    def __init__(self):
        super().__init__()
        self.log = []

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.log.append(("F", test._testMethodName, err[0].__name__, str(err[1])))

    def addError(self, test, err):
        super().addError(test, err)
        self.log.append(("E", test._testMethodName, err[0].__name__, str(err[1])))


mine = Collect()
unittest.TestLoader().loadTestsFromTestCase(Parser).run(mine)
for entry in mine.log:
    print(entry)
print(len(mine.failures), len(mine.errors), mine.failures[0][1].splitlines()[-1])
