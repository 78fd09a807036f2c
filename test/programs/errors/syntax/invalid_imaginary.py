# A name glued to an imaginary literal is 'invalid imaginary literal' (not 'decimal').
print('before')
z = 1.5jx
