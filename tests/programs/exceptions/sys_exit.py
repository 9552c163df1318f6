import sys
print("before")
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.args)
print("after")
sys.exit(0)
