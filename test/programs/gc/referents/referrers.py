# gc.get_referrers(): the tracked objects that refer to any of the arguments.
import gc
gc.disable()


def names(objs):
    out = []
    for o in objs:
        if isinstance(o, dict) and o.get("__name__") == "__main__":
            out.append("globals")
        elif isinstance(o, list):
            out.append("list:" + str(len(o)))
        elif isinstance(o, dict):
            out.append("dict:" + ",".join(sorted(map(str, o))))
        else:
            out.append(type(o).__name__)
    return sorted(out)


def check():
    target = ["target"]
    holder = [target, 1]
    mapping = {"t": target}

    class Box:
        pass

    box = Box()
    box.item = target
    pair = (target, 2)
    print(names(gc.get_referrers(target)))
    other = [holder]
    print(names(gc.get_referrers(holder, mapping)))
    print(names(gc.get_referrers(pair)))
    return box


check()
lone = []
print(names(gc.get_referrers(lone)))
print(gc.get_referrers("-".join(["built", "at", "run", "time"])) == [])
