"""re.match without an end anchor: the pattern only has to match the start of the text."""
# fails: ej4a-pruebas ej4b-pruebas
# message: Prueba re.fullmatch
# %% ej4a-respuesta
def wildcard_match(pattern, text, ignore_case=False):
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.match(regex, text, re.IGNORECASE if ignore_case else 0) is not None
