board = [[0] * 3 for _ in range(3)]
board[1][1] = "X"
board[0][2] = "O"
for row in board:
    print(row)
grid = [[i * j for j in range(4)] for i in range(3)]
print(grid, grid[2][3])
flat = [x for row in grid for x in row]
print(flat, sum(flat))
