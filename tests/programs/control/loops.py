for i in range(5):
    if i == 3:
        continue
    print("for", i)
for i in range(10, 0, -3):
    print("down", i)
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in range(10):
    if i * i > 20:
        print("break at", i)
        break
else:
    print("not printed")
n = 0
while True:
    n += 1
    if n > 4:
        break
print("while True ended at", n)
k = 10
while k > 0:
    k -= 3
else:
    print("while-else", k)
for i in range(2, 2):
    print("never")
for i in range(-3):
    print("never")
total = 0
for i in range(1000):
    total += i
print(total)
