def risky():
    yield 1
    yield 1 // 0
def consumer():
    try:
        for x in risky():
            print("got", x)
    except ZeroDivisionError as e:
        print("consumer caught", e)
consumer()
def closing():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("exiting")
        raise
g = closing()
print(next(g))
g.close()
print(list(g))
