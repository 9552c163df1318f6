from pyb import LED
RED, YELLOW, GREEN = LED(1), LED(2), LED(3)
class TrafficLight:
    SEQUENCE = [("green", 3), ("yellow", 1), ("red", 2)]
    def __init__(self):
        self.lamps = {"red": RED, "yellow": YELLOW, "green": GREEN}
        self.log = []
    def show(self, colour):
        for name, lamp in self.lamps.items():
            if name == colour:
                lamp.on()
            else:
                lamp.off()
        self.log.append(colour[0].upper())
    def run(self, cycles):
        for _ in range(cycles):
            for colour, ticks in self.SEQUENCE:
                for _ in range(ticks):
                    self.show(colour)
        return "".join(self.log)
print(TrafficLight().run(2))
print(RED.intensity(), GREEN.intensity())
