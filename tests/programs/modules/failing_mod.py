# A module whose body raises after one of its functions escaped into another module
# (escaped_function.py imports it).
import hooks_mod

x = "x of failing_mod"


def reads_own_namespace():
    return globals().get("x", "no x"), globals().get("nothing", "no nothing")


hooks_mod.hooks.append(reads_own_namespace)
1 / 0
