a = [1, 2, 3]
print(a[2])
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a.remove(9)
except ValueError as e:
    print(e)
a[5] = 1
