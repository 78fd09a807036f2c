# string.Template: $name and ${name} placeholders, $$ escapes, substitute (KeyError for a
# missing name, ValueError with line and column for an invalid placeholder), safe_substitute,
# get_identifiers, is_valid and a custom delimiter.
from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}), t.substitute({'who': 'x', 'what': 'y'}, what='override'))
print(Template('${noun}ification costs $$${price}').substitute(noun='pun', price=5))
print(Template('$a$b ${a}b $a_b').substitute(a=1, b=2, a_b=3))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
print(t.safe_substitute(who='tim'), Template('$ and ${bad').safe_substitute())
for text in ('cost: $ 5', 'line one\n  ${x', 'trailing $', '$1abc', '${}'):
    try:
        Template(text).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(Template(text).is_valid(), Template(text).get_identifiers())
print(Template('$x $y $x ${z}').get_identifiers())
print(Template('${x}y').substitute(x=[1, 2]), Template('$x').substitute(x=None))


class Percent(Template):
    delimiter = '%'


print(Percent('%who owes %%%amount').substitute(who='Bob', amount=12))
letter = Template('Dear $name,\nYour order #$order ships on $day.\n')
for row in [dict(name='Ann', order=17, day='Monday'), dict(name='Bo', order=18, day='Friday')]:
    print(letter.substitute(row), end='')
