import gc
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.trail = [x]
    def step(self):
        self.x += self.v
        self.trail.append(self.x)
        if len(self.trail) > 5:
            self.trail.pop(0)
ps = [Particle(i, i % 3 - 1) for i in range(50)]
for t in range(40):
    for p in ps:
        p.step()
    if t % 13 == 0:
        gc.collect()
print(sum(p.x for p in ps), ps[7].trail, len(ps[0].trail))
