# Puts itself into sys.modules under another name (imported by sys_modules_import.py).
import sys

sys.modules["alias_mod"] = sys.modules[__name__]
value = 42
