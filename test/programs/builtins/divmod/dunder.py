# divmod() dispatches through __divmod__ and __rdivmod__ (a subclass's reflected method first),
# not through // and %; ints, floats and bools mix; messages for zero and unsupported types.

class V:
    def __divmod__(self, o): return ('V.divmod', o)
    def __rdivmod__(self, o): return ('V.rdivmod', o)
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'

class W:
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'

class NI:
    def __divmod__(self, o): return NotImplemented
    def __rdivmod__(self, o): return NotImplemented

class Base:
    def __divmod__(self, o): return 'Base.divmod'
class Sub(Base):
    def __rdivmod__(self, o): return 'Sub.rdivmod'

class MyInt(int):
    def __rdivmod__(self, o): return 'MyInt.rdivmod'

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('V, 3', lambda: divmod(V(), 3))
show('3, V', lambda: divmod(3, V()))
show('W, 3', lambda: divmod(W(), 3))
show('3, W', lambda: divmod(3, W()))
show('NI, NI', lambda: divmod(NI(), NI()))
show('Base, Sub', lambda: divmod(Base(), Sub()))
show('5, MyInt', lambda: divmod(5, MyInt(2)))
show('MyInt, 5', lambda: divmod(MyInt(7), 5))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2),
             (5, True), (2.0, -0.5), (-0.0, 1), (0.0, -1), (1e300, 1e-300), (float('inf'), 2),
             (2, float('inf')), (float('nan'), 1), (2 ** 62, 3), (-(2 ** 62), 7)]:
    show((a, b), lambda: divmod(a, b))
show('int zero', lambda: divmod(1, 0))
show('float zero', lambda: divmod(1.0, 0))
show('mixed zero', lambda: divmod(1, 0.0))
show('bool zero', lambda: divmod(True, False))
show('str', lambda: divmod('a', 1))
show('none', lambda: divmod(None, None))
show('list', lambda: divmod(1, []))
show('args', lambda: divmod(1))
show('wrappers', lambda: ((7).__divmod__(2), (2).__rdivmod__(7), (7.5).__divmod__(2), (2.5).__rdivmod__(7), (7).__divmod__(2.5)))
show('wrapper zero', lambda: (1.5).__divmod__(0))
show('wrapper names', lambda: (int.__divmod__, float.__rdivmod__))
