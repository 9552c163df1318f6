# error: 3:5: generators (`yield`) are not supported yet
def count():
    yield 1
