# json.dumps of many small records writes its text into one buffer: the pieces (a key's
# quotes, a number's digits) are garbage at once, not kept in a list until the end. In the
# pyboard-sized heap (140 KiB) 700 records fit (400 did not when dumps joined a list).
import gc
import json

records = [{"t": i, "v": i} for i in range(700)]
text = json.dumps(records)
print(len(text), text[:30], text[-24:])
text = None
gc.collect()
back = json.loads(json.dumps(records[:50]))
print(back == records[:50])
