"""Quiz: the Multi-AZ standby answers reads (1), backups are kept 7 days at most (2), a
6 KB strongly consistent read costs 1.5 units (3)."""
# fails: quiz-p1 quiz-p2 quiz-p3
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "a"
answer_3 = "b"
answer_4 = "b"
answer_5 = "b"
