# json.decoder.JSONDecodeError after `import json` (CPython's json is a package whose decoder
# submodule defines it): the same class as json.JSONDecodeError, a ValueError.
import json

try:
    json.loads("{")
except json.decoder.JSONDecodeError as e:
    print("caught", e, e.pos, e.lineno, e.colno)
try:
    json.loads('[1, 2,]')
except json.decoder.JSONDecodeError as e:
    print("caught", e.msg)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
print(issubclass(json.decoder.JSONDecodeError, ValueError))
print(json.decoder.JSONDecoder is json.JSONDecoder)
print(json.decoder.JSONDecoder().decode('{"a": [1, null]}'))
err = json.decoder.JSONDecodeError("Expecting value", "x\nyz", 3)
print(err.msg, err.lineno, err.colno, str(err))
print(json.JSONDecodeError.__module__)

# The submodule imported by name.
import json.decoder
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError, type(json.decoder).__name__, json.decoder.__name__)
try:
    json.loads("[1,")
except JSONDecodeError as e:
    print("caught", e)
