from micropython import const
WIDTH = const(160)
HEIGHT = const(128)
PIXELS = WIDTH * HEIGHT
def center():
    return WIDTH // 2, HEIGHT // 2
print(PIXELS, center(), WIDTH > HEIGHT)
