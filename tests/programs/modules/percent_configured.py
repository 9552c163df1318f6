# A module global that only numbers are assigned to in its module, set to a format string by
# a helper handed the module (percent_config.py), and a dunder bound where no source spells
# it: both `%`s format.
import percent_config
import percent_mod

percent_config.configure(percent_mod, width="<%s>")
print(percent_mod.show(2))


def f():
    __name__ = 1
    return __name__


print(__name__ % ())
