# WeakMethod: a weak reference to a bound method, dead once its object is.
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return "clicked " + self.label


b = Button("ok")
wm = weakref.WeakMethod(b.click)
print(wm()(), wm() == b.click, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(b.click), wm != weakref.WeakMethod(b.click))
plain = weakref.ref(b.click)
print("plain ref to a bound method:", plain())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
wm2 = weakref.WeakMethod(b.click, lambda r: print("method died", r is wm2))
del b
print(wm(), wm2())
