# The talk's touch program with its stray quote removed and nothing else changed: `sleep` is
# never imported.
import time
import pyb
import lcd160cr

lcd = lcd160cr.LCD160CR('X')
lcd.set_text_color(lcd.rgb(255,255,255), lcd.rgb(0,0,0))
lcd.set_font(0,2,1,0,0)
prev_touch = False
while True:
    curr_touch = lcd.is_touched()
    if (curr_touch != prev_touch):
        lcd.erase()
        lcd.set_pos(10,10)
        if (curr_touch):
            lcd.write("Touch!")
        else:
            lcd.write("No touch!")
    sleep(0.1)
