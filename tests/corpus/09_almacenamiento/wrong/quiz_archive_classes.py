"""Quiz: Deep Archive for data that must open in milliseconds (3), one EFS mount target per
instance (5)."""
# fails: quiz-p3 quiz-p5
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "b"
answer_3 = "b"
answer_4 = "c"
answer_5 = "c"
