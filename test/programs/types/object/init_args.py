# object.__init__ and object.__new__ with extra arguments: CPython 3.11's messages name
# `object` when a class's own __init__ delegated up, and the instance's type otherwise.

class Plain:
    pass
class OwnInit:
    def __init__(self, *a):
        super().__init__(*a)
class OwnNew:
    def __new__(cls, *a):
        return object.__new__(cls)
class Both:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass

def show(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)

show('object(1)', lambda: object(1))
show('Plain(1)', lambda: Plain(1))
show('OwnInit()', lambda: OwnInit())
show('OwnInit(1)', lambda: OwnInit(1))
show('OwnNew(1)', lambda: OwnNew(1))
show('Both(1)', lambda: Both(1))
for o in [object(), Plain(), OwnNew()]:
    show('object.__init__ ' + type(o).__name__, lambda: object.__init__(o, 1))
    show('o.__init__ ' + type(o).__name__, lambda: o.__init__(1))
show('object.__new__(Plain, 1)', lambda: object.__new__(Plain, 1))
show('object.__new__(OwnNew, 1)', lambda: object.__new__(OwnNew, 1))
show('object.__new__(int)', lambda: object.__new__(int))
show('object.__new__(1)', lambda: object.__new__(1))
show('str.__new__(int)', lambda: str.__new__(int))
show('int.__new__(str)', lambda: int.__new__(str))
show('object.__new__()', lambda: object.__new__())
