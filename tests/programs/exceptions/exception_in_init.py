class Sensor:
    def __init__(self, pin):
        if pin < 0:
            raise ValueError(f"bad pin {pin}")
        self.pin = pin
sensors = []
for pin in [1, -2, 3]:
    try:
        sensors.append(Sensor(pin))
    except ValueError as e:
        print("skip:", e)
print([s.pin for s in sensors])
Sensor(-9)
