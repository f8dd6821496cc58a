"""Plausible wrong letters for questions 1, 2, 4 and 5: provisioning servers is serverless, the
handler's parts read the other way round, Lambda can run 40 minutes, and Lambda never stops an
S3 loop."""
# fails: quiz-p1 quiz-p2 quiz-p4 quiz-p5
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "a"
answer_3 = "c"
answer_4 = "c"
answer_5 = "d"
