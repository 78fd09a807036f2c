# The string constants and capwords().
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(len(string.printable), all(c in string.printable for c in string.ascii_letters))
print(string.capwords('  the quick   brown fox  '))
print(string.capwords('hello-big-world', '-'), string.capwords('ALL CAPS here'))
print(string.capwords(''), string.capwords('one'), string.capwords('a,b,,c', ','))

# a Caesar cipher over the letter constants
def caesar(text, shift):
    out = []
    for ch in text:
        for alphabet in (string.ascii_lowercase, string.ascii_uppercase):
            if ch in alphabet:
                ch = alphabet[(alphabet.index(ch) + shift) % 26]
                break
        out.append(ch)
    return ''.join(out)


secret = caesar('Attack at Dawn!', 3)
print(secret, caesar(secret, -3))
counts = {kind: sum(ch in chars for ch in 'Hello, World 42!') for kind, chars in
          [('letters', string.ascii_letters), ('digits', string.digits), ('punct', string.punctuation), ('space', string.whitespace)]}
print(counts)
