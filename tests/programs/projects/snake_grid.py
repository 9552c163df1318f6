W, H = 8, 5
snake = [(2, 2), (1, 2), (0, 2)]
moves = {"R": (1, 0), "D": (0, 1), "L": (-1, 0), "U": (0, -1)}
food = (5, 2)
for step in "RRRDDLLU":
    dx, dy = moves[step]
    head = ((snake[0][0] + dx) % W, (snake[0][1] + dy) % H)
    snake.insert(0, head)
    if head == food:
        food = (0, 0)
    else:
        snake.pop()
grid = [["." for _ in range(W)] for _ in range(H)]
for i, (x, y) in enumerate(snake):
    grid[y][x] = "@" if i == 0 else "o"
grid[food[1]][food[0]] = "*"
print("\n".join("".join(r) for r in grid))
print(len(snake))
