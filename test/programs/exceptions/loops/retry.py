# A retry loop: continue in except, break in else, finally counting attempts.
attempts = []
results = iter([ValueError('a'), KeyError('b'), 'ok', 'never'])


def fetch():
    r = next(results)
    if isinstance(r, Exception):
        raise r
    return r


for attempt in range(5):
    try:
        value = fetch()
    except (ValueError, KeyError) as e:
        print('attempt', attempt, 'failed:', repr(e))
        continue
    else:
        print('got', value)
        break
    finally:
        attempts.append(attempt)
print(attempts)


def first_int(strings):
    for s in strings:
        try:
            return int(s)
        except ValueError:
            pass
        finally:
            print('tried', repr(s))
    return None


print(first_int(['x', '', '7', '8']))
print(first_int([]))
