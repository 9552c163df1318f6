# lcd160cr on the simulated pyboard, read back through the display's own replies (expected
# output written by hand: CPython has no LCD160CR): what the driver sends is what is drawn.
import lcd160cr
from lcd160cr import LCD160CR

lcd = LCD160CR('X')
print(lcd.w, lcd.h, lcd)
red = LCD160CR.rgb(255, 0, 0)
green = lcd.rgb(0, 255, 0)
print(hex(red), hex(green), hex(lcd.rgb(0, 0, 255)))
lcd.set_pen(red, green)
lcd.erase()
print('erased to fill', hex(lcd.get_pixel(5, 5)))
lcd.rect(10, 10, 20, 10)
print('outline', hex(lcd.get_pixel(10, 10)), hex(lcd.get_pixel(29, 19)), 'inside', hex(lcd.get_pixel(15, 15)))
lcd.rect(-5, -5, 10, 10)
print('clipped rect', hex(lcd.get_pixel(0, 0)), hex(lcd.get_pixel(4, 4)), 'right side', hex(lcd.get_pixel(5, 2)))
lcd.set_pen(0xffff, 0)
lcd.line(-20, 50, 200, 50)
print('clipped line', hex(lcd.get_pixel(0, 50)), hex(lcd.get_pixel(127, 50)))
lcd.dot(200, 200)
lcd.dot(3, 3)
print('dot', hex(lcd.get_pixel(3, 3)))
lcd.set_pixel(60, 60, 0x1234)
print('pixel', hex(lcd.get_pixel(60, 60)))
lcd.poly_line(bytes([70, 70, 80, 70, 80, 80]))
print('poly_line', hex(lcd.get_pixel(75, 70)), hex(lcd.get_pixel(80, 75)))
try:
    lcd.poly_dot(b'\x01')
except ValueError as e:
    print('ValueError:', e)
lcd.set_orient(lcd160cr.LANDSCAPE)
print('landscape', lcd.w, lcd.h)
print(lcd.get_touch(), lcd.is_touched())
lcd.set_power(0)
try:
    lcd.erase()
except OSError as e:
    print('powered off: OSError', e.args[0])
