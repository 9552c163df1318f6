class PID:
    def __init__(self, kp, ki, kd):
        self.kp, self.ki, self.kd = kp, ki, kd
        self.integral = 0.0
        self.prev = None
    def update(self, error, dt=1.0):
        self.integral += error * dt
        deriv = 0.0 if self.prev is None else (error - self.prev) / dt
        self.prev = error
        return self.kp * error + self.ki * self.integral + self.kd * deriv
pid = PID(0.6, 0.1, 0.05)
pos, target = 0.0, 10.0
for step in range(8):
    pos += pid.update(target - pos)
    print(step, round(pos, 3))
