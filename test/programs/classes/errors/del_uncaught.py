# An error in __del__ while the program ends with an uncaught exception: the object dies when the
# module's namespace is cleared after the traceback is printed, so its "Exception ignored" report
# comes after the traceback. (The __del__ is a callable object with a fixed repr.)
class Closer:
    def __repr__(self):
        return '<closer>'

    def __call__(self):
        raise RuntimeError('close failed')


class Connection:
    __del__ = Closer()


conn = Connection()
print('connected')
raise ConnectionError('lost the connection')
