# An imported module of the program has its __doc__ and __file__ (and both are in its
# namespace and its dir()); so does this module, through sys.modules.
import os
import sys
import documented_mod

print(documented_mod.__doc__)
print(os.path.basename(documented_mod.__file__), os.path.isabs(__file__) == os.path.isabs(documented_mod.__file__))
print(sorted(n for n in dir(documented_mod) if not n.startswith("__") or n in ("__doc__", "__file__", "__name__")))
print(documented_mod.__dict__["__doc__"] is documented_mod.__doc__, documented_mod.answer.__doc__)
print(__doc__, sys.modules[__name__].__doc__)
