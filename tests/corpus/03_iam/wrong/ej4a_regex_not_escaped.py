"""Turns the pattern into a regex without escaping it: a dot matches any character."""
# fails: ej4a-pruebas ej4b-pruebas
# message: Un punto del patrón es un punto literal
# %% ej4a-respuesta
def wildcard_match(pattern, text, ignore_case=False):
    regex = pattern.replace("*", ".*").replace("?", ".")
    return re.fullmatch(regex, text, re.IGNORECASE if ignore_case else 0) is not None
