"""Believes the private IP changes on stop/start and that hibernation loses the RAM."""
# fails: quiz-p1 quiz-p4
# message: Pregunta 04.1: «a» no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "c"
answer_3 = "c"
answer_4 = "d"
answer_5 = "b"
