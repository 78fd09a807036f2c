# str.isdigit and str.isalpha (False for the empty string).
print('12345'.isdigit(), '12a'.isdigit(), ''.isdigit(), '-1'.isdigit(), ' 1'.isdigit())
print('abc'.isalpha(), 'abc1'.isalpha(), ''.isalpha(), 'héllo'.isalpha(), 'a b'.isalpha())
