# A module two namespace packages down (namespace_package.py imports it).
VALUE = 7
print("leaf imported as", __name__)
