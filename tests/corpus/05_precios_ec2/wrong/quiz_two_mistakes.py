"""Thinks spot suits a database and that a reservation can be dropped."""
# fails: quiz-p3 quiz-p4
# message: Pregunta 05.3: «a» no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "b"
answer_3 = "a"
answer_4 = "a"
answer_5 = "d"
answer_6 = "a"
