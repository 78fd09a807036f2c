# The AttributeError of a property without setter or deleter names the property when it knows
# its name (__set_name__ ran) and the owner by its __qualname__.


class Outer:
    class Inner:
        @property
        def named(self):
            return 1

    later = None


Outer.Inner.unnamed = property(lambda self: 2)
o = Outer.Inner()
for name in ("named", "unnamed"):
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(o, name, 5)
            else:
                delattr(o, name)
        except AttributeError as e:
            print(name, action, "->", e)
print(o.named, o.unnamed)
o.unnamed = 3
