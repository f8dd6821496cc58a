"""Every quiz answer wrong: patches as AWS's job, AccessDenied as authentication, root keys for
the administrator, the API name as a CLI command, any six digits for MFA."""
# fails: quiz-p1 quiz-p2 quiz-p3 quiz-p4 quiz-p5
# message: Pregunta 02.2: «a» no es la respuesta correcta
# %% quiz-respuestas
answer_1 = "a"
answer_2 = "a"
answer_3 = "b"
answer_4 = "b"
answer_5 = "d"
