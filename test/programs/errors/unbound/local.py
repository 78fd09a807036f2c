# UnboundLocalError when a local is read before assignment (3.11 message).
count = 0


def bump():
    count += 1
    return count


print('start')
bump()
