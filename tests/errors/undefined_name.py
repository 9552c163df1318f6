# error: 3:7: name 'countr' is not defined
counter = 1
print(countr)
