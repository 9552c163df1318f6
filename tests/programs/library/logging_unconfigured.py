# logging with no configuration: the last-resort handler (message alone, WARNING and up, on stderr) and the module functions' implicit basicConfig.
import sys
import logging

sys.stderr = sys.stdout   # (the handlers write to the sys.stderr of the moment; shown on stdout here)
log = logging.getLogger("svc")
print(log.hasHandlers(), logging.root.handlers)
log.debug("no")
log.info("no")
log.warning("last resort: %s", "warning")
log.error("last resort error")
log.critical("last resort critical")
log.setLevel(logging.DEBUG)
log.info("info passes the logger, not the last resort")
logging.lastResort = None
log.error("no handlers at all")
log.error("said once")
logging.lastResort = logging._defaultLastResort
log.addHandler(logging.NullHandler())
log.error("a NullHandler counts as a handler")
log.handlers.clear()

logging.info("module info: basicConfig at WARNING")
print(len(logging.root.handlers), logging.root.level, repr(logging.root.handlers[0]))
logging.warning("module warning")
log.warning("svc %s", "warning")
log.info("svc info")
logging.getLogger("svc.child").error("child error")
logging.root.setLevel(logging.INFO)
logging.info("now info")
