def load():
    import broken_body
load()
