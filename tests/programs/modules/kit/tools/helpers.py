"""Helpers of the kit's tools; one imports from the package above (two dots) when called."""


def label(name):
    return "<" + name + ">"


def version():
    from .. import VERSION

    return VERSION
