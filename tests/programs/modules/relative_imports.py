# Relative imports in a package's modules (`from .x import y`, `from . import sub`, `from ..
# import name`), and one in a program's main module (ImportError when it runs, as CPython).
import kit
from kit.tools import helpers

print([p.name for p in kit.make("a", "b")], kit.VERSION, kit.tools.LABEL("t"), helpers.version())
try:
    from . import nothing
except ImportError as e:
    print("ImportError:", e)
