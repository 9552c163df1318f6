import sys
def main():
    print("working")
    return 0
if __name__ == "__main__":
    status = main()
    print("status", status)
    sys.exit(status)
print("not reached")
