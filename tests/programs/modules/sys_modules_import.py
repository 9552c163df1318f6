# `import` finds a module the program put into sys.modules at run time under a name no file
# has.
# expect: no warnings
import sys_modules_aliaser
import alias_mod

print(alias_mod is sys_modules_aliaser, alias_mod.value)
from alias_mod import value

print(value)
import sys

sys.modules["made_up"] = sys
import made_up
import made_up as mu

print(made_up is sys, mu is sys)
try:
    import not_there_at_all
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["made_up"]
try:
    import made_up
except ImportError as e:
    print(type(e).__name__, e)
