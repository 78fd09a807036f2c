# Walking a JSON-like document (dicts, lists, str, int, float, bool, None) with match: a
# validator against a small schema language, a flattener, and a pretty printer.
def kind(v):
    match v:
        case None:
            return "null"
        case bool():
            return "boolean"
        case int() | float():
            return "number"
        case str():
            return "string"
        case list():
            return "array"
        case dict():
            return "object"
        case _:
            return "invalid"

def validate(value, schema, path="$"):
    errors = []
    match schema:
        case {"type": "object", "properties": dict(props), **opts}:
            match value:
                case dict():
                    for key in opts.get("required", []):
                        if key not in value:
                            errors.append(f"{path}: missing {key!r}")
                    for key, sub in props.items():
                        if key in value:
                            errors += validate(value[key], sub, f"{path}.{key}")
                case _:
                    errors.append(f"{path}: expected object, got {kind(value)}")
        case {"type": "array", "items": item_schema, **opts}:
            match value:
                case [*items]:
                    match opts:
                        case {"minItems": int(lo)} if len(items) < lo:
                            errors.append(f"{path}: needs at least {lo} items")
                    for i, item in enumerate(items):
                        errors += validate(item, item_schema, f"{path}[{i}]")
                case _:
                    errors.append(f"{path}: expected array, got {kind(value)}")
        case {"type": "number", "minimum": lo} if kind(value) == "number" and value < lo:
            errors.append(f"{path}: {value} < {lo}")
        case {"enum": [*choices]} if value not in choices:
            errors.append(f"{path}: {value!r} not in {choices}")
        case {"type": t} if t != kind(value):
            errors.append(f"{path}: expected {t}, got {kind(value)}")
        case {"type": _} | {"enum": _}:
            pass
        case _:
            errors.append(f"{path}: bad schema {schema!r}")
    return errors

def flatten(value, prefix=""):
    match value:
        case {**fields} if fields:
            for k, v in fields.items():
                yield from flatten(v, f"{prefix}.{k}" if prefix else k)
        case [_, *_] as items:
            for i, v in enumerate(items):
                yield from flatten(v, f"{prefix}[{i}]")
        case {} | []:
            yield prefix, "empty"
        case leaf:
            yield prefix, leaf

def dump(value, indent=0):
    pad = "  " * indent
    match value:
        case None:
            return "null"
        case True:
            return "true"
        case False:
            return "false"
        case str(s):
            return '"' + s.replace('"', '\\"') + '"'
        case int(n) | float(n):
            return repr(n)
        case []:
            return "[]"
        case [*items]:
            inner = (",\n" + pad + "  ").join(dump(v, indent + 1) for v in items)
            return "[\n" + pad + "  " + inner + "\n" + pad + "]"
        case {}:
            return "{}"
        case {**fields}:
            inner = (",\n" + pad + "  ").join(f'"{k}": {dump(v, indent + 1)}' for k, v in fields.items())
            return "{\n" + pad + "  " + inner + "\n" + pad + "}"

schema = {
    "type": "object",
    "required": ["name", "tags"],
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "number", "minimum": 0},
        "role": {"enum": ["admin", "user"]},
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "address": {"type": "object", "properties": {"zip": {"type": "string"}}, "required": ["zip"]},
    },
}
docs = [
    {"name": "ada", "age": 36, "role": "admin", "tags": ["math"], "address": {"zip": "123"}},
    {"name": 5, "age": -1, "role": "root", "tags": []},
    {"age": "old", "tags": ["x", 2, None], "address": {"city": "Paris"}},
    ["not", "an", "object"],
]
for d in docs:
    print(validate(d, schema) or "valid")
print(validate(1, {"type": "mystery"}), validate(True, {"type": "number"}), validate(1, [1]))

doc = {"user": {"name": "Ada", "langs": ["en", "fr"], "meta": {}}, "ok": True, "n": None,
       "scores": [1.5, [2, 3], []], "q": 'say "hi"'}
for path, leaf in flatten(doc):
    print(f"{path} = {leaf!r}")
print(dump(doc))
