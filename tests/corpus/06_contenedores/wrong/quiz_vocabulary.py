"""Thinks a Fargate profile is EKS's container instance."""
# fails: quiz-p1
# %% quiz-respuestas
answer_1 = "c"
answer_2 = "c"
answer_3 = "a"
answer_4 = "d"
answer_5 = "c"
