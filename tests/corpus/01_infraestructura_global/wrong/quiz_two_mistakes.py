"""Two quiz answers wrong: price before compliance, one-way latency."""
# fails: quiz-p2 quiz-p5
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "a"
answer_3 = "b"
answer_4 = "b"
answer_5 = "b"
