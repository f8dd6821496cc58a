"""Takes the bytes before the zip is closed: the archive is incomplete."""
# fails: ej5-pruebas
# message: saca getvalue() fuera del with
# %% ej5-respuesta
def zip_code(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        return buffer.getvalue()
