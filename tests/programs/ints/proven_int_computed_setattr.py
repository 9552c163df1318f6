# runs on the host only
# A global every spelled binding of binds an int, set to a float by a setattr found by a name
# computed at run time: the int operation's slow path goes to the operators' dispatch. (On a
# board the computed name is left out of the firmware: NotImplementedError says so.)
import builtins
import sys

m = 1
getattr(builtins, "set" + "attr")(sys.modules[__name__], "m", 2.5)
print(m + 1, m * 2, m // 2)
