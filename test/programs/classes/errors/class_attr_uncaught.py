# An uncaught AttributeError on a class object (not an instance): the message says
# "type object 'Color' has no attribute" and suggests the close class attribute.
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

    @classmethod
    def names(cls):
        return [k for k in cls.__dict__ if k.isupper()]


print(Color.names())
print(Color.RED + Color.GREEN + Color.BLUE)
print(Color.GREEEN)
