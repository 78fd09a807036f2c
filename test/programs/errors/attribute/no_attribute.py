# Calling a method a str does not have, with no close match.
s = 'text'
print(s.upper())
s.frobnicate()
