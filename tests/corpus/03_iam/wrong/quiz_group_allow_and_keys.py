"""Two quiz answers wrong: the group's Allow beats the user's Deny; keys on the instance."""
# fails: quiz-p2 quiz-p4
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "a"
answer_3 = "b"
answer_4 = "a"
answer_5 = "b"
