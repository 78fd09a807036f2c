# String literals: both quote styles, escapes, triple quotes, adjacent-literal concatenation.
print('single')
print("double")
print("it's")
print('say "hi"')
print('tab:\tend')
print('line1\nline2')
print('back\\slash')
print('\x41\x42\x43')
print('\u00e9t\u00e9')
print('caf\xe9')
print('é ü 中文 ☃')
print('\101\102')
print('quote: \' and \"')
print("""triple
quoted""")
print('''also
triple''')
print('adjacent ' 'literals ' "joined")
print(r'raw \n stays')
print('')
print('a\
b')
