"""Strings of the guided tours (ui/tour.py) and of projector mode (ui/present.py)."""

STRINGS = {
    "tour.start": {
        "es": "Visita guiada ({count} paradas)",
        "en": "Guided tour ({count} stops)",
    },
    "tour.stop_of": {"es": "Parada {number} de {count}", "en": "Stop {number} of {count}"},
    "tour.back": {"es": "Atrás", "en": "Back"},
    "tour.next": {"es": "Siguiente", "en": "Next"},
    "tour.close": {"es": "Salir de la visita", "en": "Leave the tour"},
    "tour.finish": {"es": "Terminar la visita", "en": "Finish the tour"},
    "tour.check": {"es": "Comprobar mi respuesta", "en": "Check my guess"},
    "tour.skip": {"es": "Ver la respuesta sin responder", "en": "Show the answer without guessing"},
    "tour.retry": {"es": "Volver a intentarlo", "en": "Try again"},
    "tour.number_placeholder": {"es": "Escribe un número", "en": "Type a number"},
    "tour.waiting": {
        "es": "Primero apuesta por una respuesta: la página aparece cuando la compruebes.",
        "en": "Commit to a guess first: the page appears once you check it.",
    },
    "tour.answer": {
        "es": "La respuesta, calculada sobre esta vista: **{answer}**.",
        "en": "The answer, computed on this view: **{answer}**.",
    },
    "tour.right": {
        "es": "Respondiste {guess}: **correcto**. La respuesta, calculada sobre esta vista: **{answer}**.",
        "en": "You said {guess}: **right**. The answer, computed on this view: **{answer}**.",
    },
    "tour.wrong": {
        "es": "Respondiste {guess}: **no es así**. La respuesta, calculada sobre esta vista: **{answer}**.",
        "en": "You said {guess}: **not quite**. The answer, computed on this view: **{answer}**.",
    },
    "tour.bad_tour": {
        "es": "No entiendo `tour` = {raw} en la dirección (usa `tour=1`): se muestra la página sin visita.",
        "en": "`tour` = {raw} in the address is not understood (use `tour=1`): showing the page without "
        "the tour.",
    },
    "tour.bad_stop": {
        "es": "La parada {raw} de la dirección no existe (esta visita tiene {count}, de 1 a {count}): se "
        "muestra la página sin visita.",
        "en": "Stop {raw} in the address does not exist (this tour has {count}, from 1 to {count}): showing "
        "the page without the tour.",
    },
    "present.switch": {"es": "Modo proyector", "en": "Projector mode"},
    "present.switch_help": {
        "es": "Letra y gráficos más grandes, líneas más gruesas, alto contraste y explicaciones plegadas, "
        "para proyectar en clase. Queda en la dirección (`present=1`).",
        "en": "Bigger text and charts, thicker lines, high contrast and folded explanations, for projecting "
        "in class. It stays in the address (`present=1`).",
    },
    "present.explanation": {"es": "Explicación", "en": "Explanation"},
    "present.bad": {
        "es": "No entiendo `present` = {raw} en la dirección (usa `present=1` o `present=0`): se muestra la "
        "vista normal.",
        "en": "`present` = {raw} in the address is not understood (use `present=1` or `present=0`): showing "
        "the normal view.",
    },
}
