"""Returns the BytesIO object instead of its bytes."""
# fails: ej5-pruebas
# message: devuelve el BytesIO
# %% ej5-respuesta
def zip_code(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer
