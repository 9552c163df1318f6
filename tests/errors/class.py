# error: 2:1: classes are not supported yet
class Board:
    pass
