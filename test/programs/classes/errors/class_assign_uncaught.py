# An uncaught TypeError from assigning __class__ between classes whose instances differ in
# layout (one has __slots__, the other a __dict__), after a successful switch.
class Draft:
    def describe(self):
        return 'draft'


class Published:
    def describe(self):
        return 'published'


class Frozen:
    __slots__ = ('title',)


doc = Draft()
doc.__class__ = Published
print(doc.describe())
doc.__class__ = Frozen
print('not reached')
