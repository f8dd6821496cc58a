"""Every quiz answer wrong: one data centre, price before compliance, CloudFront for UDP, two
AZs "because AWS requires it", one-way latency."""
# fails: quiz-p1 quiz-p2 quiz-p3 quiz-p4 quiz-p5
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "a"
answer_3 = "a"
answer_4 = "c"
answer_5 = "b"
