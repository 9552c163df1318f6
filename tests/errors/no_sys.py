# error: 2:8: no module named 'sys'
import sys
