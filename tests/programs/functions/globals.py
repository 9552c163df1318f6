counter = 0

def bump(by):
    global counter
    counter = counter + by
    return counter

def read():
    return counter * 2

bump(5)
bump(7)
print(counter, read())

def local_shadow():
    counter = 100
    return counter

print(local_shadow(), counter)
if __name__ == "__main__":
    print("main")
