try:
    {}["k"]
except KeyError:
    undefined_thing = None
    print(undefined_thing.attr)
