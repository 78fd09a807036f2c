# module: imported by the programs next to it
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
