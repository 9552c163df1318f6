# error: 2:8: no module named 'json'
import json
