# A module whose `%` reads a number for sure where it alone is looked at — but another module
# (percent_set.py) stores a format string into its global, so it formats after all.
width = 3


def show(x):
    return width % x
