# Order of try / except / else / finally in the raising and non-raising cases.
def run(x):
    steps = []
    try:
        steps.append('try')
        if x:
            raise ValueError(x)
    except ValueError as e:
        steps.append('except ' + str(e))
    else:
        steps.append('else')
    finally:
        steps.append('finally')
    return steps


print(run(0))
print(run('bad'))


def nested():
    try:
        try:
            1 / 0
        finally:
            print('inner finally')
    except ZeroDivisionError as e:
        print('outer caught', e)
    else:
        print('not reached')


nested()
