# Every TypeError a class pattern raises at run time, with CPython 3.11's messages.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoArgs:
    pass

class One:
    __match_args__ = ("a",)
    a = 1
    b = 2

class ListArgs:
    __match_args__ = ["a", "b"]
    a = b = 0

class IntArgs:
    __match_args__ = ("a", 5)
    a = 0

class DupArgs:
    __match_args__ = ("a", "a")
    a = 3

class TupleSub(tuple):
    pass

class SubArgs:
    __match_args__ = TupleSub(("a",))
    a = 1

def zero_positional():
    match NoArgs():
        case NoArgs(x):
            return x

def too_many():
    match One():
        case One(x, y):
            return x, y

def not_tuple():
    match ListArgs():
        case ListArgs(x):
            return x

def tuple_subclass():
    match SubArgs():
        case SubArgs(x):
            return x

def not_str():
    match IntArgs():
        case IntArgs(x, y):
            return x, y

def not_str_after_miss():
    # The first name is looked up before the second is checked: a failed lookup ends the match.
    class Missing:
        __match_args__ = ("nope", 5)
    match Missing():
        case Missing(x, y):
            return x, y
    return "no match, no error"

def dup_positional():
    match DupArgs():
        case DupArgs(x, y):
            return x, y

def dup_positional_keyword():
    match One():
        case One(x, a=y):
            return x, y

def dup_through_keyword_only():
    match One():
        case One(b=1, a=2):
            return "ok"
    return "keywords are distinct: no error, no match"

def not_a_class():
    obj = One()
    match 1:
        case obj.a():
            return "?"

def not_a_class_instance_of_type():
    match 1:
        case One.__match_args__():
            return "?"

def self_match_too_many():
    match "s":
        case str(a, b):
            return a, b

def isinstance_first():
    # A subject of another type fails before __match_args__ is even read.
    match 3:
        case ListArgs(x):
            return x
    return "no match"

def zero_positional_no_subject_match():
    match "not NoArgs":
        case NoArgs(x):
            return x
    return "isinstance failed first"

for label, fn in [("0 positional", zero_positional), ("too many", too_many),
                  ("list __match_args__", not_tuple), ("tuple subclass", tuple_subclass),
                  ("int element", not_str), ("missing attr first", not_str_after_miss),
                  ("duplicate positional", dup_positional),
                  ("positional and keyword", dup_positional_keyword),
                  ("distinct keywords", dup_through_keyword_only),
                  ("not a class", not_a_class), ("tuple as class", not_a_class_instance_of_type),
                  ("str(a, b)", self_match_too_many), ("isinstance first", isinstance_first),
                  ("isinstance before count", zero_positional_no_subject_match)]:
    attempt(label, fn)
