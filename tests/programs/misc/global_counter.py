calls = 0
history = []
def track(f):
    def wrapper(*a):
        global calls
        calls += 1
        history.append(f.__name__)
        return f(*a)
    return wrapper
@track
def add(a, b):
    return a + b
@track
def neg(a):
    return -a
print(add(1, 2), neg(5), add(neg(1), 1), calls, history)
