"""Quiz: Aurora keeps one copy per instance (4), a filtered scan is billed only for what
passes the filter (5)."""
# fails: quiz-p4 quiz-p5
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "b"
answer_3 = "c"
answer_4 = "a"
answer_5 = "a"
