# Tic-tac-toe on the LCD160CR: you are X and touch a square to play; the board answers as O.
# The grid is drawn with lines, X and O pixel by pixel; a line marks the winner; touch the
# screen after a game to play again. The green LED is lit while it is your move, the red one
# when the board has won, the blue one when you have, the yellow one for a draw.
import time
import pyb
import lcd160cr

CELL = 36           # pixels per square
LEFT = 10           # where the grid starts
TOP = 10
LINES = ((0, 1, 2), (3, 4, 5), (6, 7, 8),   # rows
         (0, 3, 6), (1, 4, 7), (2, 5, 8),   # columns
         (0, 4, 8), (2, 4, 6))              # diagonals

lcd = lcd160cr.LCD160CR('X')
WHITE = lcd.rgb(255, 255, 255)
BLACK = lcd.rgb(0, 0, 0)
RED = lcd.rgb(255, 64, 64)
BLUE = lcd.rgb(80, 160, 255)
YELLOW = lcd.rgb(255, 220, 0)

green = pyb.LED(2)
red = pyb.LED(1)
blue = pyb.LED(4)
yellow = pyb.LED(3)


def cell_origin(i):
    """The top-left pixel of square i (0..8, row by row)."""
    return LEFT + (i % 3) * CELL, TOP + (i // 3) * CELL


def draw_grid():
    lcd.set_pen(WHITE, BLACK)
    lcd.erase()
    for k in (1, 2):
        x = LEFT + k * CELL
        y = TOP + k * CELL
        lcd.line(x, TOP, x, TOP + 3 * CELL)
        lcd.line(LEFT, y, LEFT + 3 * CELL, y)


def draw_x(i):
    """An X from single pixels: two diagonals, two pixels thick."""
    x0, y0 = cell_origin(i)
    lcd.set_pen(BLUE, BLACK)
    for d in range(8, CELL - 7):
        for t in (0, 1):
            lcd.dot(x0 + d + t, y0 + d)
            lcd.dot(x0 + CELL - d - t, y0 + d)


def draw_o(i):
    """An O from single pixels: the midpoint circle, every octant mirrored, two rings."""
    x0, y0 = cell_origin(i)
    cx = x0 + CELL // 2
    cy = y0 + CELL // 2
    lcd.set_pen(RED, BLACK)
    for r in (11, 12):
        x = r
        y = 0
        err = 1 - r
        while x >= y:
            for dx, dy in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                lcd.dot(cx + dx, cy + dy)
            y += 1
            if err < 0:
                err += 2 * y + 1
            else:
                x -= 1
                err += 2 * (y - x) + 1


def say(text, colour):
    lcd.set_text_color(colour, BLACK)
    lcd.set_font(1, 0, 0, 0, 0)
    lcd.set_pos(LEFT, TOP + 3 * CELL + 12)
    lcd.write(text + "        ")


def winner(board):
    """The line of three that someone has, or None."""
    for line in LINES:
        a, b, c = line
        if board[a] != ' ' and board[a] == board[b] == board[c]:
            return line
    return None


def completing(board, mark):
    """A square that gives `mark` three in a row, or None."""
    for a, b, c in LINES:
        trio = [board[a], board[b], board[c]]
        if trio.count(mark) == 2 and trio.count(' ') == 1:
            return (a, b, c)[trio.index(' ')]
    return None


def computer_move(board):
    """Win if it can, else block, else the centre, a corner, a side."""
    move = completing(board, 'O')
    if move is None:
        move = completing(board, 'X')
    if move is None:
        for i in (4, 0, 2, 6, 8, 1, 3, 5, 7):
            if board[i] == ' ':
                move = i
                break
    return move


def square_at(x, y):
    """The square under the touch (x, y), or None outside the grid."""
    col = (x - LEFT) // CELL
    row = (y - TOP) // CELL
    if x < LEFT or y < TOP or col > 2 or row > 2:
        return None
    return row * 3 + col


def draw_win(line):
    first = cell_origin(line[0])
    last = cell_origin(line[2])
    half = CELL // 2
    lcd.set_pen(YELLOW, BLACK)
    for off in (-1, 0, 1):
        lcd.line(first[0] + half + off, first[1] + half, last[0] + half + off, last[1] + half)


def wait_touch():
    """Waits for a finger to come down and lift; returns where it came down."""
    while True:
        touched, x, y = lcd.get_touch()
        if touched:
            break
        time.sleep_ms(50)
    while lcd.is_touched():
        time.sleep_ms(50)
    return x, y


def play():
    board = [' '] * 9
    draw_grid()
    say("Your move", WHITE)
    for led in (red, blue, yellow):
        led.off()
    while True:
        green.on()
        x, y = wait_touch()
        i = square_at(x, y)
        if i is None or board[i] != ' ':
            continue
        green.off()
        board[i] = 'X'
        draw_x(i)
        print("you:", i)
        if winner(board) or ' ' not in board:
            break
        j = computer_move(board)
        board[j] = 'O'
        draw_o(j)
        print("board:", j)
        if winner(board):
            break
        say("Your move", WHITE)
    line = winner(board)
    if line is None:
        say("A draw", YELLOW)
        yellow.on()
        print("draw")
    elif board[line[0]] == 'X':
        draw_win(line)
        say("You win!", BLUE)
        blue.on()
        print("X wins")
    else:
        draw_win(line)
        say("I win!", RED)
        red.on()
        print("O wins")
    green.off()


games = 0
while True:
    play()
    games += 1
    print("games played:", games)
    wait_touch()
