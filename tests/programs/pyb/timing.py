import pyb
import time
start = pyb.millis()
pyb.delay(20)
elapsed = pyb.elapsed_millis(start)
print(elapsed >= 20, elapsed < 1000)
t0 = time.time()
time.sleep(0.01)
print(time.time() >= t0)
