"""Plausible wrong letters for questions 2 to 5: AWS patches the instances of ECS on EC2,
containers share nothing, a service does nothing when a task stops, and only the vCPUs are
billed (0,40 $)."""
# fails: quiz-p2 quiz-p3 quiz-p4 quiz-p5
# message: no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "b"
answer_2 = "a"
answer_3 = "b"
answer_4 = "a"
answer_5 = "a"
