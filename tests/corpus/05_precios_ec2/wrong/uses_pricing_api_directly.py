"""Imports the course's pricing API as the answer to ej1 (ej2 then calls it through its own code)."""
# fails: ej1-pruebas ej2-pruebas
# message: on_demand_cost es la función de fundamentos_aws.pricing, no una tuya
# message: el ejercicio pide que escribas tú la lógica
# %% ej1-respuesta
from fundamentos_aws.pricing import on_demand_cost  # noqa: F401
