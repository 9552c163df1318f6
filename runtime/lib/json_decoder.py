# json.decoder: the names CPython's json package's submodule of that name has (they are
# json.py's).
from json import JSONDecodeError, JSONDecoder
