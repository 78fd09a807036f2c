# An exception raised in finally while another propagates: implicit chaining in the traceback.
def cleanup():
    raise OSError('cleanup failed')


def work():
    try:
        raise ValueError('work failed')
    finally:
        cleanup()


print('begin')
work()
