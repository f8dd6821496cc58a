"""Gets questions 2 and 5 wrong."""
# fails: quiz-p2 quiz-p5
# message: Pregunta 02.2: «a» no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "a"
answer_3 = "c"
answer_4 = "a"
answer_5 = "d"
