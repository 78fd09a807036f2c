# Assigning an attribute that __slots__ does not declare, uncaught: the traceback marks the
# assignment target.
class Pixel:
    __slots__ = ('x', 'y', 'colour')

    def __init__(self, x, y, colour):
        self.x = x
        self.y = y
        self.colour = colour

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self


px = Pixel(1, 2, 'red')
px.move(3, 4)
print(px.x, px.y, px.colour)
px.colour = 'blue'
print(px.colour)
px.alpha = 0.5
