# str.replace: all occurrences, a count limit, and no match.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'))
print(s.replace('the', 'a'))
print(s.replace('xyz', 'q'))
print(s.replace('at', 'AT', 2))
print('aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'))
print(s.replace(' ', ''))
print(s)
