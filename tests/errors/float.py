# error: 2:5: floats are not supported yet
x = 1.5
