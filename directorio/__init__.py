"""El directorio de empleados: la aplicación web del proyecto final (módulo 12).

Una aplicación Flask como la de AWS Technical Essentials: lista los empleados con sus fotos,
los añade, edita y borra (con la foto), y tiene ``/info`` y ``/salud``. Guarda los empleados
en una tabla de DynamoDB y las fotos en un bucket de S3, y enseña cada foto con una URL
prefirmada. Se configura con variables de entorno, como en AWS: ``PHOTOS_BUCKET``,
``DYNAMO_TABLE``, ``AWS_REGION`` y, fuera de AWS, ``AWS_ENDPOINT_URL``.

Vive fuera del paquete ``fundamentos_aws`` a propósito: su capa de datos de referencia
(``directorio.referencia``) resuelve ejercicios del proyecto, y el paquete que importan los
cuadernos de los estudiantes no debe contener respuestas. ``make directorio`` lo ejecuta con
la raíz del curso en ``sys.path`` (``python -m directorio``).
"""
