# The talk's touch example, corrected: the string "Touch!" had a stray quote, `sleep` was
# never imported (it is `time.sleep`), and `prev_touch` was never updated, so the screen was
# erased and rewritten every tenth of a second while touched.
import time
import pyb
import lcd160cr

lcd = lcd160cr.LCD160CR('X')
lcd.set_text_color(lcd.rgb(255,255,255), lcd.rgb(0,0,0))
lcd.set_font(0,2,1,0,0)
prev_touch = None
while True:
    curr_touch = lcd.is_touched()
    if (curr_touch != prev_touch):
        lcd.erase()
        lcd.set_pos(10,10)
        if (curr_touch):
            lcd.write("Touch!")
            print("touched")
        else:
            lcd.write("No touch!")
            print("not touched")
        prev_touch = curr_touch
    time.sleep(0.1)
