import time
start = time.time()
time.sleep(0.01)
print(time.time() >= start)
import math, sys
print(math.floor(time.time()) >= 0, sys.maxsize > 2 ** 30)
