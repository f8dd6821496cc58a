"""Believes the old billing rounded to the nearest 100 ms (101 ms → 100 ms)."""
# fails: quiz-p3
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "d"
answer_2 = "b"
answer_3 = "a"
answer_4 = "a"
answer_5 = "c"
