# logging: levels, basicConfig (format, style, force), the logger hierarchy and propagation, handlers, formatters, filters, exc_info, adapters.
import logging
import sys
import io

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.WARN, logging.FATAL)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName("INFO"), logging.getLevelName(15))
print(logging.getLevelName("WARN"), logging.getLevelName("nope"))
print(sorted(logging.getLevelNamesMapping().items()))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))

root = logging.getLogger()
print(root is logging.root, root is logging.getLogger("root"), root.name, root.level)
print(repr(root), root.hasHandlers())

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
print(root.level, len(root.handlers), root.hasHandlers())
logging.debug("debug %d", 1)
logging.info("info %s and %r", "x", "y")
logging.warning("warning")
logging.warn("warn")
logging.error("error %(a)s %(b)d", {"a": "A", "b": 2})
logging.critical("critical %5.2f", 3.14159)
logging.fatal("fatal")
logging.log(15, "verbose level %s", 15)
logging.log(25, "level twenty-five")
logging.info("literal %s without args")
logging.info(["not", "a", "string"])
logging.info("%s%%", 50)

# A second basicConfig does nothing unless forced.
logging.basicConfig(format="ignored %(message)s")
logging.info("still the basic format")
logging.basicConfig(force=True, stream=sys.stdout, level="INFO", format="[{levelname:<8}] {name}: {message}", style="{")
logging.debug("hidden")
logging.info("brace style")
logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG, format="$levelname/${name}: $message", style="$")
logging.warning("dollar style")
logging.basicConfig(force=True, stream=sys.stdout, format="%(levelno)d|%(levelname)s|%(name)s|%(message)s")
print(root.level)
logging.debug("forced again: the level stays DEBUG")

# The hierarchy.
logging.basicConfig(force=True, stream=sys.stdout, level=logging.WARNING, format="%(name)s:%(levelname)s:%(message)s")
abc = logging.getLogger("a.b.c")
print(abc.name, abc.parent is root, abc.getEffectiveLevel())
a = logging.getLogger("a")
print(abc.parent is a, a.parent is root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, ab.getChild("c") is abc, root.getChild("a") is a)
print(repr(a), repr(abc))
a.setLevel(logging.DEBUG)
print(ab.getEffectiveLevel(), abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), root.isEnabledFor(logging.DEBUG))
print(repr(abc), logging.getLevelName(abc.getEffectiveLevel()))
abc.debug("debug from a.b.c")
abc.info("info %s", "from a.b.c")
ab.setLevel("ERROR")
abc.warning("not shown")
abc.error("shown")
ab.setLevel(logging.NOTSET)
x = logging.getLogger("x.y")
x.info("not shown: root is WARNING")
x.warning("shown via root")

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("buf %(levelname)s %(name)s %(message)s"))
ab.addHandler(h)
abc.warning("to both")
ab.propagate = False
abc.warning("only to buf")
a.warning("only to root")
print(ab.hasHandlers(), abc.hasHandlers(), a.hasHandlers())
print(repr(buf.getvalue()))
ab.removeHandler(h)
ab.removeHandler(h)
print(ab.hasHandlers(), abc.hasHandlers(), len(ab.handlers))
old_stderr = sys.stderr
sys.stderr = io.StringIO()   # (the last resort writes to the sys.stderr of the moment)
abc.warning("nothing anywhere: %s", "the last resort")
caught = sys.stderr.getvalue()
sys.stderr = old_stderr
print(repr(caught))
ab.propagate = True

# Handlers: levels, filters, formatters, subclasses.
class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler(logging.INFO)
print(repr(lh), lh.level, lh.formatter, lh.name)
lh.name = "lister"
print(lh.name, lh.get_name())
lg = logging.getLogger("app")
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(lh)
lg.addHandler(lh)
print(len(lg.handlers))
lg.debug("below the handler's level")
lg.info("one %d", 1)
lh.setLevel(logging.DEBUG)
lg.debug("two")
lh.setFormatter(logging.Formatter("%(levelname)s-%(message)s"))
lg.info("three")
print(lh.records)

class OddFilter(logging.Filter):
    def filter(self, record):
        return "odd" in record.getMessage()

f = OddFilter()
lh.addFilter(f)
lg.info("even")
lg.info("odd")
lh.removeFilter(f)
lg.addFilter(lambda r: r.levelno >= logging.WARNING)
lg.info("info filtered by a callable")
lg.warning("warning passes")
lg.filters.clear()
print(lh.records[3:])

nf = logging.Filter("app.sub")
for n in ("app", "app.sub", "app.sub.x", "app.subway", "other"):
    print(n, nf.filter(logging.makeLogRecord({"name": n})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

rec = logging.makeLogRecord({"name": "made", "msg": "hello %s", "args": ("world",), "levelno": 20, "levelname": "INFO"})
print(rec.getMessage(), rec.name, rec.levelno, rec.exc_info, rec.exc_text)
rec = logging.LogRecord("nm", logging.ERROR, "/some/path/mod.py", 42, "m %s %s", (1, 2), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.pathname, rec.lineno, repr(rec))
print(logging.Formatter().format(rec))
print(logging.Formatter(logging.BASIC_FORMAT).format(rec))
print(logging.Formatter("%(levelname)-7s|%(name)5s|%(message)s").format(rec))
print(logging.Formatter("{levelname!r} {lineno:04d}", style="{").format(rec))
print(logging.Formatter("%(levelname)s %(custom)s", defaults={"custom": "dflt"}).format(rec))
print(logging.Formatter("{custom}/{message}", style="{", defaults={"custom": "d2"}).format(rec))
fm = logging.Formatter("%(asctime)s %(message)s")
print(fm.usesTime(), logging.Formatter().usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
s = fm.format(rec)
print(len(s), s[4], s[7], s[10], s[13], s[16], s[19], s[23:])
print(rec.asctime == s[:23])
print(len(logging.Formatter("%(asctime)s", datefmt="%H:%M").format(rec)), len(rec.asctime))

for bad in (("%(message)", "%"), ("plain", "%"), ("plain", "{"), ("x", "#")):
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(nosuch)s").format(rec)
except ValueError as e:
    print("ValueError:", e)
for lv in ("LOUD", 2.5):
    try:
        lg.setLevel(lv)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lg.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, bogus=1)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Handler().emit(rec)
except NotImplementedError as e:
    print("NotImplementedError:", e)

# extra= and LoggerAdapter
lh.setFormatter(logging.Formatter("%(user)s: %(message)s"))
lg.info("with extra", extra={"user": "ann"})
try:
    lg.info("bad extra", extra={"msg": 1})
except KeyError as e:
    print("KeyError:", e)
ad = logging.LoggerAdapter(lg, {"user": "bob"})
ad.info("adapted %d", 7)
ad.warning("adapted warning")
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.name, repr(ad))

class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["user"], msg), kwargs

Prefixer(lg, {"user": "cy"}).error("prefixed")
print(lh.records[5:])

# exc_info
class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return "EXC %s: %s" % (ei[0].__name__, ei[1])

lh.records.clear()
lh.setFormatter(ShortExc("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("division failed")
    lg.error("with exc_info", exc_info=True)
    lg.info("no exc_info")
try:
    raise KeyError("k")
except KeyError as e:
    err = e
lg.warning("exception instance", exc_info=err)
lg.critical("tuple", exc_info=(ValueError, ValueError("v"), None))
print(lh.records)

lh.records.clear()
lh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
def fail():
    raise ValueError("bad value %d" % 3)
try:
    fail()
except ValueError:
    lg.exception("caught")
lines = lh.records[0].split("\n")
print(lines[0], lines[1], lines[-1], sep="\n")
lg.exception("nothing to show")
print(lh.records[1])

logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
try:
    {}["missing"]
except KeyError:
    buf2 = io.StringIO()
    logging.getLogger().handlers[0].setStream(buf2)
    logging.exception("module-level %s", "exception")
out = buf2.getvalue().split("\n")
print(out[0], out[1], out[-2], len(out[-1]), sep="|")

# disable
logging.getLogger().handlers[0].setStream(sys.stdout)
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
print(root.isEnabledFor(logging.WARNING), root.isEnabledFor(logging.ERROR))
logging.disable()
logging.critical("disabled too")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
lg.disabled = True
lg.critical("logger disabled")
lg.disabled = False

# NullHandler and StreamHandler details
nl = logging.getLogger("quiet")
nl.addHandler(logging.NullHandler())
nl.propagate = False
nl.error("swallowed")
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()), repr(logging.StreamHandler(io.StringIO())))
sh = logging.StreamHandler(io.StringIO())
sh.terminator = "<END>"
sl = logging.getLogger("term")
sl.propagate = False
sl.addHandler(sh)
sl.warning("one")
sl.warning("two")
print(sh.stream.getvalue())
old = sh.setStream(sys.stdout)
print(type(old).__name__, sh.setStream(sys.stdout))
sl.error("direct\n")
print(repr(logging.lastResort), logging.lastResort.level)
print(repr(logging.Handler(logging.ERROR)), repr(logging.NullHandler()))
print(logging.getLoggerClass() is logging.Logger, isinstance(root, logging.Logger), type(root).__name__)

# basicConfig(handlers=...) and the logger dictionary
class Collect(logging.Handler):
    def emit(self, record):
        print("collected:", self.format(record))

pre = Collect()
pre.setFormatter(logging.Formatter("pre-set %(message)s"))
logging.basicConfig(force=True, handlers=[Collect(), pre], format="%(name)s says %(message)s", level="DEBUG")
logging.getLogger("hand").debug("to two handlers")
print([type(h).__name__ for h in root.handlers], root.handlers[0].formatter._fmt, root.handlers[1].formatter._fmt)
for kw in ({"handlers": [], "stream": sys.stdout}, {"style": "?"}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.split(".")[0] in ("a", "x", "app")))
print([type(logging.Logger.manager.loggerDict[k]).__name__ for k in ("a", "a.b", "a.b.c", "x", "x.y")])
pc = logging.getLogger("p.q.r")
pp = logging.getLogger("p")
print(pc.parent is pp, type(logging.Logger.manager.loggerDict["p.q"]).__name__)
pq = logging.getLogger("p.q")
print(pc.parent is pq, pq.parent is pp, pq.getChild("r") is pc)
