# A module of a namespace package (a directory without __init__.py; namespace_package.py
# imports it).
def where():
    return "nspkg.inner"


if __name__ == "__main__":
    print("inner run as a program:", where())
