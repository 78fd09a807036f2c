# AttributeError(msg, name=..., obj=...) and NameError(msg, name=...): the keywords set .name and
# .obj (not .args), subclasses pass them through super().__init__, other keywords are rejected
# with CPython's message, and the values are what the traceback's suggestion uses.
class Config:
    debug = False
    verbose = True


class MissingSetting(AttributeError):
    def __init__(self, owner, key):
        super().__init__('no setting ' + repr(key), name=key, obj=owner)


e = AttributeError('plain', name='n', obj=[1])
print(repr(e), e.args, e.name, e.obj)
n = NameError('nm', name='undefined_thing')
print(repr(n), n.name, UnboundLocalError('u', name='local').name)
m = MissingSetting(Config, 'verbos')
print(m, m.args, m.name, m.obj is Config)
for make in (lambda: AttributeError('x', nme=1), lambda: NameError('x', obj=1), lambda: KeyError('k', name=1)):
    try:
        make()
    except TypeError as err:
        print('TypeError:', err)
raise MissingSetting(Config, 'verbos')
