"""Visible checks of module 05 (precios de EC2).

Each function runs the visible cases of one exercise and, when the answer is wrong, names the
likely mistake in Spanish. The hidden cases live only in the source notebook, with their own
expected values; they compare with :func:`check_value`, which takes the expected value as an
argument. The expected values here are literals (not computed with ``fundamentos_aws.pricing``),
and every exercise that the course's pricing API already does first checks that the answer is
the student's own logic (:func:`fundamentos_aws.checks.check_own_logic`).
"""

from __future__ import annotations

import functools
import inspect
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from . import CheckFailure, call, check, check_own_logic, describe, passed

HOURS_PER_YEAR = 8760
OPTIONS = ("spot", "reservada", "bajo_demanda")
PRICING_API = "fundamentos_aws.pricing"

# Workload profiles of the decision exercise (visible ones).
STEADY_DATABASE = {"hours_per_day": 24, "months": 36, "interruptible": False}
NIGHTLY_BATCH = {"hours_per_day": 3, "months": 12, "interruptible": True}
SHORT_TEST = {"hours_per_day": 2, "months": 0.25, "interruptible": False}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _close(a: object, b: float) -> bool:
    """Near enough to name a likely mistake (not to pass: see :func:`check_value`)."""
    return _is_number(a) and math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-12)


def _number(value: float) -> str:
    return f"{value:.10g}".replace(".", ",")


def check_value(actual: object, expected: float, what: str) -> None:
    """Check that ``actual`` is ``expected`` up to floating-point error (a relative 1e-9).

    The statements give every constant and ask not to round, so a rounded result or another
    constant (8766 hours a year, 720 a month) is a wrong answer: the message says so when the
    value is close but not equal.
    """
    check(_is_number(actual), f"{what} debería ser un número, pero es {describe(actual)}.")
    if math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-12):
        return
    close = math.isclose(actual, expected, rel_tol=2e-2, abs_tol=0)
    raise CheckFailure(
        f"{what} vale {_number(actual)}, pero se esperaba {_number(expected)}."
        + (" Está cerca, pero no es exacto: ¿has redondeado algo o usado otra constante? "
           "Usa las cifras del enunciado y no redondees." if close else ""))


def _rounded(value: object, expected: float) -> bool:
    """True if ``value`` is ``expected`` rounded to 1–4 decimals (and that is not the same)."""
    return _is_number(value) and any(
        not math.isclose(round(expected, d), expected, rel_tol=1e-9)
        and math.isclose(value, round(expected, d), rel_tol=1e-9, abs_tol=1e-12)
        for d in (1, 2, 3, 4))


def _not_rounded(value: object, expected: float, what: str) -> None:
    check(not _rounded(value, expected),
          f"{what} vale {value!r}: has redondeado el resultado. El enunciado pide no "
          f"redondear (Python ya guarda los decimales; para mostrarlo bonito, redondea solo al "
          f"imprimir).")


def _own_logic(function: Callable[..., Any], what: str) -> None:
    """The answer must not be (or call) the course's pricing API, which does the exercise."""
    target = function
    while isinstance(target, functools.partial):
        target = target.func
    if callable(target):
        target = inspect.unwrap(target)
    module = getattr(target, "__module__", None) or ""
    # Any function of the course's package given as the answer is not the student's own.
    check(not (module == "fundamentos_aws" or module.startswith("fundamentos_aws.")),
          f"{what} es la función de {module}, no una tuya: el ejercicio pide que escribas tú "
          "la lógica. Al corregir, tu profesor verá este aviso.")
    check_own_logic(function, PRICING_API, what)


def on_demand_cost(on_demand_cost: Callable[..., Any]) -> None:
    """Exercise 1: one On-Demand run, per second with a 60 s minimum."""
    _own_logic(on_demand_cost, "on_demand_cost")
    hour = call(on_demand_cost, 0.096, 3600)
    check(_is_number(hour), f"on_demand_cost(0.096, 3600) debe devolver un número (dólares); "
                            f"devuelve {describe(hour)}.")
    check(not _close(hour, 0.096 * 3600), "Una hora a 0,096 $/h debe costar 0,096 $, y sale "
          "3600 veces más: el precio es por HORA; divide los segundos entre 3600.")
    check(not _close(hour, 0.096 * 60), "Una hora a 0,096 $/h debe costar 0,096 $, y sale 60 "
          "veces más: una hora tiene 3600 segundos, no 60.")
    _not_rounded(hour, 0.096, "on_demand_cost(0.096, 3600)")
    check_value(hour, 0.096, "on_demand_cost(0.096, 3600)")
    short = call(on_demand_cost, 0.096, 30)
    check(not _close(short, 0.096 * 30 / 3600),
          "Una instancia Linux que funciona 30 s paga 60 s: hay un mínimo de 60 segundos "
          "por cada arranque.")
    check(not _close(short, 0.096),
          "30 segundos no se cobran como una hora entera: la facturación es por segundo "
          "(con un mínimo de 60 s), no por horas.")
    _not_rounded(short, 0.0016, "on_demand_cost(0.096, 30)")
    check_value(short, 0.0016, "on_demand_cost(0.096, 30)")
    odd = call(on_demand_cost, 0.096, 90.4)
    check(not _close(odd, 0.096 * 120 / 3600), "90,4 s se cobran como 91 s, no como 2 minutos: "
          "la facturación es por segundo, no por minuto.")
    check(not _close(odd, 0.096), "90,4 s no se cobran como una hora entera: la facturación es "
                                  "por segundo, no por horas.")
    check(_close(odd, 0.096 * 91 / 3600),
          f"on_demand_cost(0.096, 90.4) vale {odd!r}: se factura por segundos enteros, así que "
          "90,4 s cuentan como 91 s (redondea hacia arriba con math.ceil).")
    check_value(odd, 0.0024266666666666666, "on_demand_cost(0.096, 90.4)")
    passed("on_demand_cost: por segundo, con el mínimo de 60 s.")


def sessions_cost(sessions_cost: Callable[..., Any]) -> None:
    """Exercise 2: several runs, each with its own minimum."""
    _own_logic(sessions_cost, "sessions_cost")
    one = call(sessions_cost, 0.096, [3600])
    check(_is_number(one), f"sessions_cost(0.096, [3600]) debe devolver un número; devuelve "
                           f"{describe(one)}.")
    check_value(one, 0.096, "sessions_cost(0.096, [3600])")
    three = call(sessions_cost, 0.096, [30, 30, 30])
    check(not _close(three, 0.096 * 90 / 3600),
          "Tres arranques de 30 s pagan 3 × 60 s: el mínimo de 60 s se aplica a CADA "
          "arranque, no a la suma. Calcula cada sesión con tu on_demand_cost y suma.")
    check_value(three, 0.0048, "sessions_cost(0.096, [30, 30, 30])")
    none = call(sessions_cost, 0.096, [])
    check_value(none, 0.0, "sessions_cost(0.096, []) (ninguna sesión)")
    passed("sessions_cost: cada arranque paga su mínimo.")


def effective_hourly(effective_hourly: Callable[..., Any]) -> None:
    """Exercise 3: Reserved Instance effective hourly rate."""
    _own_logic(effective_hourly, "effective_hourly")
    all_upfront = call(effective_hourly, 496, 0, 1)
    check(_is_number(all_upfront), f"effective_hourly(496, 0, 1) debe devolver un número; "
                                   f"devuelve {describe(all_upfront)}.")
    check(not _close(all_upfront, 0), "Con pago total anticipado la tarifa por hora es 0, pero "
          "la tarifa EFECTIVA no: reparte el pago inicial entre todas las horas del plazo.")
    check(not _close(all_upfront, 496 / 12), "Has repartido el pago inicial entre 12 meses: "
          "se pide una tarifa por HORA; reparte entre las 8760 horas de cada año.")
    check(not (_is_number(all_upfront)
               and math.isclose(all_upfront, 496 / 8766, rel_tol=1e-9)),
          "Has repartido el pago inicial entre 8766 horas (365,25 días): el enunciado usa años "
          "de 8760 horas (365 × 24), la constante HOURS_PER_YEAR.")
    check_value(all_upfront, 496 / 8760, "effective_hourly(496, 0, 1)")
    partial = call(effective_hourly, 256, 0.0293, 1)
    check(not _close(partial, 0.0293), "effective_hourly(256, 0.0293, 1) devuelve solo la tarifa "
          "por hora: falta sumar el pago inicial repartido entre las horas del plazo.")
    check(not _close(partial, 256 / HOURS_PER_YEAR), "effective_hourly(256, 0.0293, 1) olvida la "
          "tarifa por hora: con pago inicial parcial se paga el pago inicial Y una tarifa "
          "por hora.")
    check_value(partial, 256 / 8760 + 0.0293, "effective_hourly(256, 0.0293, 1)")
    three = call(effective_hourly, 972, 0, 3)
    check(not _close(three, 972 / HOURS_PER_YEAR), "Con 3 años el pago inicial se reparte entre "
          "3 × 8760 horas: tu función no usa `years`.")
    check_value(three, 972 / 26280, "effective_hourly(972, 0, 3)")
    rate = f"{all_upfront:.4f}".replace(".", ",")
    passed(f"effective_hourly: m5.large, 1 año, pago total anticipado ≈ {rate} $/h.")


def savings_percent(savings_percent: Callable[..., Any]) -> None:
    """Exercise 4: savings in percent."""
    _own_logic(savings_percent, "savings_percent")
    result = call(savings_percent, 0.096, 0.060)
    check(_is_number(result), f"savings_percent(0.096, 0.060) debe devolver un número; devuelve "
                              f"{describe(result)}.")
    check(not _close(result, 0.375), "Devuelves una fracción (0,375): se pide un PORCENTAJE "
                                     "entre 0 y 100 (37,5). Multiplica por 100.")
    check(not _close(result, 62.5), "Devuelves lo que se PAGA (62,5 %), no lo que se ahorra "
                                    "(37,5 %): el ahorro es 100 × (1 − precio / referencia).")
    check(not _close(result, 0.036), "Devuelves la diferencia en dólares; se pide el ahorro en "
                                     "porcentaje del precio de referencia.")
    check(not _close(result, 60.0), "Has dividido el ahorro entre el precio nuevo: el "
                                    "porcentaje se calcula sobre el precio de referencia "
                                    "(bajo demanda).")
    check_value(result, 37.5, "savings_percent(0.096, 0.060)")
    same = call(savings_percent, 0.096, 0.096)
    check_value(same, 0.0, "savings_percent(0.096, 0.096) (mismo precio)")
    passed("savings_percent: 1 año sin pago inicial ahorra un 37,5 % en m5.large.")


def break_even_month(break_even_month: Callable[..., Any]) -> None:
    """Exercise 5: first month in which the reservation has cost no more than On-Demand."""
    _own_logic(break_even_month, "break_even_month")
    result = call(break_even_month, 0.096, 496, 0)
    check(result is None or isinstance(result, int) and not isinstance(result, bool),
          f"break_even_month(0.096, 496, 0) debe devolver un número ENTERO de mes (o None); "
          f"devuelve {describe(result)}.")
    check(result is not None, "break_even_month(0.096, 496, 0) devuelve None, pero esta reserva "
                              "sí compensa: ahorra 70,08 $ al mes.")
    check(result != 7, "Devuelves el mes 7, pero al final del mes 7 bajo demanda lleva 490,56 $ "
          "gastados, menos que los 496 $ de la reserva: se alcanza en el mes 8. Redondea "
          "hacia ARRIBA (math.ceil), no hacia abajo.")
    check(result == 8, f"break_even_month(0.096, 496, 0) devuelve {result!r}; se esperaba 8: "
                       "496 / (0,096 × 730) = 7,08 meses, así que el mes 8.")
    no_upfront = call(break_even_month, 0.096, 0, 0.060)
    check(no_upfront != 0, "Sin pago inicial la reserva es más barata desde el primer mes: el "
                           "primer mes es el 1 (los meses se cuentan desde 1, no desde 0).")
    check(no_upfront == 1, f"break_even_month(0.096, 0, 0.060) devuelve {no_upfront!r}; "
                           "se esperaba 1.")
    never = call(break_even_month, 0.096, 100, 0.1)
    check(never is None, f"Con una tarifa por hora (0,1) mayor que la de bajo demanda (0,096), "
                         f"la reserva nunca compensa: se espera None, no {never!r}.")
    passed("break_even_month: m5.large, 1 año, pago total anticipado, compensa en el mes 8.")


def _figure_axes(fig: object, what: str) -> Any:
    from matplotlib.figure import Figure

    check(isinstance(fig, Figure), f"{what} debe devolver la figura de matplotlib (la `fig` de "
                                   f"`fig, ax = plt.subplots()`); devuelve {describe(fig)}.")
    check(fig.axes, f"{what}: la figura no tiene ejes (ax).")
    return fig.axes[0]


def _lines(ax: Any) -> dict[str, Any]:
    return {line.get_label(): line for line in ax.get_lines()}


def _close_figure(fig: Any) -> None:
    import matplotlib.pyplot as plt

    plt.close(fig)


# The visible case, m5.large, 1 year, All Upfront, months 0..12 (USD at the end of each month).
ON_DEMAND_12_MONTHS = [0.0, 70.08, 140.16, 210.24, 280.32, 350.4, 420.48, 490.56, 560.64, 630.72,
                       700.8, 770.88, 840.96]
RESERVED_12_MONTHS = [496.0] * 13


def cumulative_chart_data(plot_cumulative_cost: Callable[..., Any]) -> None:
    """Exercise 6a: the data of the two cumulative-cost lines."""
    _own_logic(plot_cumulative_cost, "plot_cumulative_cost")
    what = "plot_cumulative_cost(0.096, 496, 0, 12)"
    fig = call(plot_cumulative_cost, 0.096, 496, 0, 12, what=what)
    try:
        ax = _figure_axes(fig, what)
        lines = _lines(ax)
        for label in ("Bajo demanda", "Reservada"):
            check(label in lines, f"No encuentro una línea con la etiqueta «{label}». Dibuja "
                                  f"cada curva con ax.plot(x, y, label=\"{label}\"). Etiquetas "
                                  f"que hay: {sorted(lines)}.")
        months = list(range(13))
        for label, expected in (("Bajo demanda", ON_DEMAND_12_MONTHS),
                                ("Reservada", RESERVED_12_MONTHS)):
            x = [float(v) for v in lines[label].get_xdata()]
            y = [float(v) for v in lines[label].get_ydata()]
            check(x == months, f"La línea «{label}» debe ir del mes 0 al 12 (13 puntos, los dos "
                               f"extremos incluidos); sus x son {x}.")
            if label == "Bajo demanda" and len(y) > 1:
                check(not any(math.isclose(y[1], 0.096 * h, rel_tol=1e-9) for h in (720, 730.5)),
                      f"En el mes 1, bajo demanda lleva {y[1]!r} $: un mes tiene 730 horas en "
                      "este ejercicio (HOURS_PER_MONTH), ni 720 ni 730,5.")
            if label == "Reservada":
                check(not _close(y[0], 0.0), "La línea «Reservada» empieza en 0, pero el mes 0 "
                                             "ya has pagado el pago inicial (496 $).")
            check(all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
                      for a, b in zip(y, expected, strict=True)),
                  f"Los valores de «{label}» no son el gasto acumulado: en el mes m es "
                  f"pago_inicial + precio_hora × 730 × m (730 horas cada mes, sin redondear). "
                  f"Esperaba {expected[:3]}...; tienes {y[:3]}...")
    finally:
        _close_figure(fig)
    passed("plot_cumulative_cost: las dos curvas tienen los datos correctos.")


def cumulative_chart_style(plot_cumulative_cost: Callable[..., Any]) -> None:
    """Exercise 6b: title, axis labels with units and a legend."""
    what = "plot_cumulative_cost(0.096, 496, 0, 12)"
    fig = call(plot_cumulative_cost, 0.096, 496, 0, 12, what=what)
    try:
        ax = _figure_axes(fig, what)
        check(ax.get_title().strip() or (fig._suptitle and fig._suptitle.get_text().strip()),
              "El gráfico no tiene título: ponle uno con ax.set_title(...).")
        xlabel, ylabel = ax.get_xlabel().lower(), ax.get_ylabel().lower()
        check("mes" in xlabel, f"El eje x debe decir que son meses (por ejemplo «Mes»); dice "
                               f"«{ax.get_xlabel()}».")
        check(any(unit in ylabel for unit in ("$", "usd", "dólar", "dolar")),
              f"El eje y debe decir la unidad, dólares (por ejemplo «Gasto acumulado (USD)»); "
              f"dice «{ax.get_ylabel()}».")
        legends = [leg for leg in [ax.get_legend(), *fig.legends] if leg is not None]
        check(legends, "Falta la leyenda: llama a ax.legend() después de dibujar las líneas.")
        texts = {t.get_text() for leg in legends for t in leg.get_texts()}
        check({"Bajo demanda", "Reservada"} <= texts,
              f"La leyenda debe mostrar «Bajo demanda» y «Reservada»; muestra {sorted(texts)}.")
    finally:
        _close_figure(fig)
    passed("plot_cumulative_cost: título, ejes con unidades y leyenda.")


def spot_job_cost(spot_job_cost: Callable[..., Any]) -> None:
    """Exercise 7: a Spot job with interruptions, checkpoints and restarts."""
    result = call(spot_job_cost, 0.0561, 10, 2, 1, 6)
    check(_is_number(result), f"spot_job_cost(0.0561, 10, 2, 1, 6) debe devolver un número; "
                              f"devuelve {describe(result)}.")
    check(not _close(result, 0.0561 * 10), "Cuentas solo las 10 horas del trabajo: cada "
          "interrupción hace repetir trabajo y volver a arrancar, y eso también se paga.")
    check(not _close(result, 0.0561 * (10 + 2 * (0.5 + 6))), "Sumas los minutos de reinicio "
          "como si fueran horas: 6 minutos son 6 / 60 = 0,1 horas.")
    check(not _close(result, 0.0561 * (10 + 2 * (1 + 0.1))), "Cada interrupción pierde de media "
          "la MITAD del intervalo entre puntos de control (checkpoint_hours / 2), no el "
          "intervalo entero.")
    check(not _close(result, 0.0561 * 11), "Te falta el tiempo de reinicio (restart_minutes) "
                                           "de cada interrupción.")
    _not_rounded(result, 0.0561 * 11.2, "spot_job_cost(0.0561, 10, 2, 1, 6)")
    check_value(result, 0.0561 * 11.2, "spot_job_cost(0.0561, 10, 2, 1, 6)")
    calm = call(spot_job_cost, 0.0561, 10, 0, 1, 6)
    check_value(calm, 0.561, "spot_job_cost(0.0561, 10, 0, 1, 6) (sin interrupciones)")
    passed("spot_job_cost: 10 h de trabajo con 2 interrupciones pagan 11,2 h de instancia de "
           "spot.")


def _decision(choose_purchase_option: Callable[..., Any], profile: dict) -> tuple[str, str]:
    result = call(choose_purchase_option, profile,
                  what=f"choose_purchase_option({profile})")
    check(isinstance(result, tuple) and len(result) == 2,
          f"choose_purchase_option debe devolver una tupla (opción, razón), por ejemplo "
          f"(\"spot\", \"...\"); devuelve {describe(result)}.")
    option, reason = result
    check(option in OPTIONS, f"La opción debe ser una de {list(OPTIONS)} (tal cual, en "
                             f"minúsculas); devuelves {option!r}.")
    return option, reason


def choose_option(choose_purchase_option: Callable[..., Any]) -> None:
    """Exercise 8a: the purchase option for three workload profiles."""
    cases = [
        (STEADY_DATABASE, "reservada",
         "Una base de datos que funciona 24 h al día durante 3 años y no admite cortes: "
         "uso continuo y largo, así que se espera 'reservada' (nunca spot: la interrumpirían)."),
        (NIGHTLY_BATCH, "spot",
         "Un proceso por lotes nocturno que puede interrumpirse y repetirse: 'spot'."),
        (SHORT_TEST, "bajo_demanda",
         "Una prueba corta (una semana, 2 h al día) que no debe cortarse: 'bajo_demanda'."),
    ]
    for profile, expected, why in cases:
        option, _ = _decision(choose_purchase_option, profile)
        check(option == expected, f"Para {profile} devuelves {option!r}. {why}")
    passed("choose_purchase_option: la opción es correcta en los tres perfiles del ejemplo.")


def explain_option(choose_purchase_option: Callable[..., Any]) -> None:
    """Exercise 8b: the reason, a Spanish sentence about what decided the option."""
    for profile in (STEADY_DATABASE, NIGHTLY_BATCH, SHORT_TEST):
        option, reason = _decision(choose_purchase_option, profile)
        check_reason(option, reason, profile)
    passed("choose_purchase_option: cada opción viene con su porqué.")


# What each option's reason must be about, as the statement asks (stems, accents removed).
# Many ways of saying it are accepted: a reason passes if it names its option's criterion.
REASON_TOPICS = {
    "spot": (r"interrump", r"interrup", r"\bcort(e|es|ar|arse|arlo|arla|an|a)\b",
             r"\bse corta", r"\bpar(ar|arse|arlo|arla|e|en)\b", r"\bdeten", r"reclam",
             r"recuper", r"\brepet", r"\brepit", r"reanud", r"reintent", r"relanz", r"reinici",
             r"volver a (empezar|lanzar|arrancar)", r"tolera", r"sin dano", r"sin problema",
             r"\baviso", r"minutos de antelacion", r"capacidad (que sobra|sobrante|sin usar)",
             r"puntos? de control", r"\bfall(o|os|a|ar)\b", r"\bperder", r"no pasa nada"),
    "reservada": (r"compromis", r"compromet", r"\banos?\b", r"\bmeses\b", r"continu",
                  r"siempre", r"todo el (dia|tiempo)", r"casi todo", r"\b24 ?(h|horas)\b",
                  r"24/7", r"sin parar", r"a todas horas", r"constante", r"permanente",
                  r"estable", r"previsible", r"predecible", r"largo plazo", r"\blarg[oa]\b",
                  r"muchas horas", r"\b1[6-9] ?(h|horas)\b", r"\b2[0-4] ?(h|horas)\b"),
    "bajo_demanda": (r"compromis", r"compromet", r"\bcort[oa]s?\b", r"\bbreve", r"poco tiempo",
                     r"pocas (horas|semanas)", r"pocos (meses|dias)", r"\bsemanas?\b",
                     r"\bdias\b", r"temporal", r"puntual", r"irregular", r"a ratos",
                     r"ocasional", r"esporadic", r"variable", r"imprevis", r"flexib",
                     r"lo que (usa|usas|se usa|consume|gasta)", r"por segundo",
                     r"no (compensa|sale a cuenta|merece|vale la pena)", r"dura poco",
                     r"no dura", r"ataduras", r"cuando (quiera|quieras)",
                     r"\bpag(a|as|ar) solo"),
}
# A sentence in English (the statement asks for Spanish) has more of these than Spanish ones.
_ENGLISH_WORDS = {"the", "and", "is", "it", "can", "be", "so", "of", "to", "for", "with",
                  "because", "which", "this", "that", "are", "runs", "cheap", "cheaper", "use"}
_SPANISH_WORDS = {"de", "la", "el", "los", "las", "que", "y", "es", "se", "no", "en", "con",
                  "un", "una", "para", "por", "lo", "sin", "si", "al", "del", "mas", "menos",
                  "porque", "pero", "o", "a", "sale", "puede", "hay", "muy", "su", "sus", "como"}
_REASON_HINTS = {
    "spot": "Para «spot», di que el trabajo admite interrupciones: que puede cortarse y "
            "repetirse sin daño.",
    "reservada": "Para «reservada», di que el uso es continuo (casi todo el día) durante 1 año o "
                 "más, así que compensa el compromiso.",
    "bajo_demanda": "Para «bajo_demanda», di que la carga es corta o irregular y que no compensa "
                    "comprometerse.",
}


def _plain(text: str) -> str:
    """Lowercase, without accents: «Interrupción» -> «interrupcion»."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def reason_mentions(option: str, reason: str) -> bool:
    """True if ``reason`` speaks about what decides ``option`` (any of its topics)."""
    text = _plain(reason)
    return any(re.search(pattern, text) for pattern in REASON_TOPICS[option])


def is_spanish(reason: str) -> bool:
    """False for a sentence that reads as English rather than Spanish."""
    words = re.findall(r"[a-z]+", _plain(reason))
    english = sum(w in _ENGLISH_WORDS for w in words)
    return english < 2 or english <= sum(w in _SPANISH_WORDS for w in words)


def check_reason(option: str, reason: object, profile: dict) -> None:
    """The reason of one decision: a Spanish sentence about what decided ``option``."""
    check(isinstance(reason, str) and len(reason.strip()) >= 20,
          f"La razón debe ser una frase en español (al menos 20 caracteres); para "
          f"{profile} devuelves {describe(reason)}.")
    check(is_spanish(reason), f"La razón debe estar en español; para {profile} devuelves "
                              f"«{reason}».")
    check(reason_mentions(option, reason),
          f"La razón para {option!r} no explica lo que decide esa opción. "
          f"{_REASON_HINTS[option]} Tu razón: «{reason}».")
