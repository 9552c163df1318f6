def outer():
    def inner():
        return v
    print(inner.__name__)
    r = inner()
    v = 1
    return r
outer()
