# A __notes__ that is not a sequence (here a dict: CPython's PySequence_Check refuses dicts) on
# the last exception: its repr() ends the traceback with no newline.
class Config(Exception):
    pass


err = Config('missing key')
err.__notes__ = {'key': 'port', 'default': None}
print('about to fail')
raise err
