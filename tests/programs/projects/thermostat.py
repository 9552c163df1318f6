class Thermostat:
    def __init__(self, target, band=1.0):
        self.target = target
        self.band = band
        self.heating = False
        self.log = []
    def update(self, temp):
        if temp < self.target - self.band:
            self.heating = True
        elif temp > self.target + self.band:
            self.heating = False
        self.log.append("H" if self.heating else "-")
        return self.heating
t = Thermostat(20)
temps = [17.5, 18.2, 19.0, 20.5, 21.2, 20.9, 19.5, 18.8, 18.9, 22.0]
for x in temps:
    t.update(x)
print("".join(t.log), t.heating)
print(f"{sum(temps) / len(temps):.2f}", max(temps), min(temps))
