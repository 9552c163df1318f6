# error: 2:9: lists are not supported yet
board = [0, 0, 0]
