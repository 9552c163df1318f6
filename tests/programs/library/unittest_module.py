# unittest: TestCase's assert methods and their messages, setUp/tearDown, skips, expected
# failures, assertRaises, and main(exit=False)'s result (its report goes to stderr).
import unittest

log = []


class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown")

    def test_add(self):
        self.assertEqual(1 + 1, 2)
        self.assertTrue([1])
        self.assertIn(3, [1, 2, 3])
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertLess(1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 2, 3][:2] + [4])

    def test_error(self):
        return {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        log.append("never")

    def test_skip_inside(self):
        self.skipTest("no board")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(KeyError, "mis"):
            {}["missing"]


class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [
            (self.assertEqual, (1, 2)), (self.assertEqual, (1.5, 2, "custom")), (self.assertNotEqual, (3, 3)),
            (self.assertTrue, (0,)), (self.assertFalse, ("x",)), (self.assertIs, (None, 0)), (self.assertIsNot, (1, 1)),
            (self.assertIsNone, (5,)), (self.assertIsNotNone, (None,)), (self.assertIn, (4, (1, 2))),
            (self.assertNotIn, (1, [1])), (self.assertIsInstance, (1, str)), (self.assertGreater, (1, 2)),
            (self.assertLessEqual, (3, 2)), (self.assertAlmostEqual, (1.0, 1.1)), (self.assertAlmostEqual, (1.0, 1.5, None, None, 0.1)),
            (self.assertNotAlmostEqual, (1.0, 1.0)), (self.fail, ("stop",)),
        ]
        for f, args in checks:
            try:
                f(*args)
                print("no failure")
            except AssertionError as e:
                print(e)
        try:
            with self.assertRaises(TypeError):
                pass
        except AssertionError as e:
            print(e)


import io

suite = unittest.TestLoader().loadTestsFromTestCase(Calc)
print(suite.countTestCases(), unittest.TestLoader().getTestCaseNames(Messages))
r = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
print([t.id() for t, _ in r.failures], [t.id() for t, _ in r.errors], [reason for _, reason in r.skipped])
print(log)
log.clear()
prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, prog.result.wasSuccessful(), len(log))

# A test case run by itself: a result of its own when given none, returned, and by a call.
class Alone(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_bad(self):
        self.assertEqual(1, 2)


r = Alone("test_ok").run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
r = Alone("test_bad")()
print(r.testsRun, len(r.failures), r.wasSuccessful())
mine = unittest.TestResult()
print(Alone("test_ok").run(mine) is mine, mine.testsRun)


class Traced(unittest.TestCase):
    # A subclass's own run, reached by calling the test case.
    def run(self, result=None):
        print("traced run")
        return super().run(result)

    def test_ok(self):
        pass


print(Traced("test_ok")(unittest.TestResult()).testsRun, Traced.__call__ is Traced.run)
