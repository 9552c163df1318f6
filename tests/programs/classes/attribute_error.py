class Robot:
    def __init__(self):
        self.speed = 3
    def move(self):
        return self.speed
r = Robot()
print(r.move())
print(r.sped)
