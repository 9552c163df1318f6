# error: 2:7: true division `/` gives a float, and floats are not supported yet
print(7 / 2)
