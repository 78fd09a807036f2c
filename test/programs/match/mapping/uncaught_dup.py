# An uncaught ValueError: two value patterns name the same key at run time.
class Field:
    ID = "id"
    KEY = "id"

def lookup(record):
    match record:
        case {Field.ID: i, Field.KEY: k}:
            return i, k
    return None

print(lookup({"name": "x"}))  # too short: the length check fails first
print(lookup({"id": 1, "name": "y"}))
