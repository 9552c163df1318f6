import pyb
print("start")
pyb.LED(5).on()
