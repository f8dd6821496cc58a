"""Quiz: more instances called vertical scaling (1), EC2 metrics every second (2), a sixth
instance past the maximum (3), memory in AWS/EC2 (4), the group replacing an instance only
the load balancer sees failing (5)."""
# fails: quiz-p1 quiz-p2 quiz-p3 quiz-p4 quiz-p5
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "a"
answer_3 = "a"
answer_4 = "b"
answer_5 = "a"
