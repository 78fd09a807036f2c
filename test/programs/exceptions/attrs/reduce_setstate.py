# BaseException.__reduce__ gives (type, args) or (type, args, __dict__) once attributes were
# set, and __setstate__ sets each item of a dict (None is accepted); copy and deepcopy rebuild
# exceptions through them, notes and attributes included.
import copy

e = KeyError('k', 2)
print(e.__reduce__())
e.add_note('n1')
e.extra = [1]
print(e.__reduce__())
print(e.__reduce_ex__(2))

c = copy.copy(e)
print(type(c).__name__, c.args, c.__notes__, c.extra, c.__notes__ is e.__notes__)
d = copy.deepcopy(e)
print(d.args, d.__notes__, d.__notes__ is e.__notes__, d.extra is e.extra)

print(e.__setstate__(None))
e.__setstate__({'extra': 'replaced', 'args': ('new',)})
print(e.extra, e.args)
try:
    e.__setstate__([('a', 1)])
except TypeError as x:
    print('TypeError:', x)
for call in (lambda: e.__reduce__(1), lambda: e.__setstate__(), lambda: e.__setstate__({}, {})):
    try:
        call()
    except TypeError as x:
        print('TypeError:', x)


class CodedError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code


m = CodedError(3)
print(m.__reduce__())
m2 = copy.copy(m)      # the type is called with args (the message), then the dict restores code
print(m2.args, m2.code)
print(BaseException.__reduce__, BaseException.__setstate__)
