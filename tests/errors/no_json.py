# warning: 4:8: no module named 'json'
# raises: ModuleNotFoundError: No module named 'json'
# (CPython has json; mpyc has not yet)
import json
