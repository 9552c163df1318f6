count = 0
def bump():
    global count
    count += 1
for _ in range(5):
    bump()
print(count)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def shadow():
    count = 100
    return count
print(shadow(), count)
