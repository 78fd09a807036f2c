# complex(str): float's syntax around a 'j', optional parentheses and whitespace, underscores
# between digits, Unicode digits and spaces.
texts = [
    '1', '1.5', '-2', '+3', '1j', '-1j', '+1j', 'j', '-j', '+j', 'J', '1+2j', '1-2j', '1+j', '1-J',
    '-1.5e3-2J', ' ( -1.5e3-2J ) ', '(1)', '(1+1j)', '  7  ', '\t1+1j\n', '1e3+1e-3J', '.5j',
    '5.j', '5.', '.5', '1_000', '1_000.000_1j', '1e1_0j', 'inf', '-inf', 'infj', 'inf+nanj',
    '-nan-infj', 'nanj', 'Infinity-INFINITYj', 'NaN+nAnJ', '1e500', '1e500j', '-1e-500j',
    '0.1+0.2j', '1e16+1e-5j', '007', '0j', '-0j', '-0-0j', '0-0j',
    '\u0661\u0662+\u0663j', '\u3000 1+2j \u3000', '\xa01.5\xa0', '\u0e51\u0e50j',
    '123456789012345678901234567890+0.0000000000000000000001j',
]
for t in texts:
    print(repr(t), complex(t))
class S(str):
    pass
print(complex(S('2+3j')), complex(S(' j ')))
