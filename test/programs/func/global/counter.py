# global lets a function rebind a module-level name; without it, assignment makes a local.
count = 0


def bump():
    global count
    count += 1
    return count


def shadow():
    count = 100
    return count


def read():
    return count


bump()
bump()
print(count, read())
print(shadow(), count)


def define_new():
    global created
    created = 'made inside'


define_new()
print(created)
