class Base:
    "Base's doc"


class Plain:
    pass
