"""Quiz: instance store survives a stop (1), a snapshot restores only in its own zone (2),
delete without VersionId destroys the last version (4)."""
# fails: quiz-p1 quiz-p2 quiz-p4
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "a"
answer_3 = "c"
answer_4 = "a"
answer_5 = "b"
