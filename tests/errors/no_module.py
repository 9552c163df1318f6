# warning: 2:8: no module named 'pyc'
import pyc
