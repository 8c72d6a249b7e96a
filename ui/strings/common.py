"""Strings every page shares: the frame, the sidebar, buttons, and messages about bad input."""

STRINGS = {
    "common.nav_start": {"es": "Inicio", "en": "Start"},
    "common.nav_lessons": {"es": "Lecciones", "en": "Lessons"},
    "common.language": {"es": "Idioma · Language", "en": "Language · Idioma"},
    "common.device": {"es": "Dispositivo de cálculo", "en": "Compute device"},
    "common.device_auto": {"es": "Automático ({best})", "en": "Automatic ({best})"},
    "common.device_help": {
        "es": "Automático usa la GPU (CUDA o Apple MPS) si la hay, y si no la CPU. "
        "Cada página dice en qué dispositivo se calculó.",
        "en": "Automatic uses the GPU (CUDA or Apple MPS) when there is one, the CPU otherwise. "
        "Every page says which device computed it.",
    },
    "common.about": {
        "es": "Unrolled: redes recurrentes desenrolladas, número a número. Cada cálculo lo hace PyTorch y "
        "se comprueba contra sus propios módulos; los modelos están entrenados de verdad y vienen con el "
        "script que los entrena. La dirección de cada página guarda sus ajustes: cópiala para compartirla.",
        "en": "Unrolled: recurrent networks unrolled, number by number. Every computation is PyTorch's and "
        "is checked against its own modules; the models are really trained and ship with the script that "
        "trains them. Each page's address holds its settings: copy it to share exactly what you see.",
    },
    "common.ran_on": {
        "es": "Calculado por PyTorch {version} en {device}, en {dtype}.",
        "en": "Computed by PyTorch {version} on {device}, in {dtype}.",
    },
    "common.bad_lang": {
        "es": "El idioma {raw} de la dirección no existe en Unrolled (hay `es` y `en`): se usa el del "
        "navegador.",
        "en": "The language {raw} in the address is not one Unrolled has (`es` and `en`): using the "
        "browser's.",
    },
    "common.unexpected": {
        "es": "Algo falló al dibujar esta página. Prueba otros valores o vuelve al inicio; el error quedó "
        "registrado en el servidor.",
        "en": "Something went wrong while drawing this page. Try other values or go back to the start; the "
        "error was logged on the server.",
    },
    "common.overflow": {"es": "desborde", "en": "overflow"},
    "common.training_busy": {
        "es": "Ahora mismo el servidor está entrenando todo lo que puede a la vez. Prueba de nuevo en un "
        "minuto.",
        "en": "The server is training as much as it can at once right now. Try again in a minute.",
    },
    "common.train": {"es": "Entrenar", "en": "Train"},
    "common.stop": {"es": "Detener", "en": "Stop"},
    "common.train_step": {"es": "paso de entrenamiento", "en": "training step"},
    "common.loss": {"es": "pérdida", "en": "loss"},
    "common.train_progress": {
        "es": "Paso {step} de {total} · {seconds} s de {budget} s · pérdida {loss}",
        "en": "Step {step} of {total} · {seconds} s of {budget} s · loss {loss}",
    },
    "common.train_progress_metric": {"es": " · {name} {value} %", "en": " · {name} {value}%"},
    "common.train_chart_alt": {
        "es": "Curva de entrenamiento: en {steps} pasos la pérdida pasó de {first} a {last}.",
        "en": "Training curve: over {steps} steps the loss went from {first} to {last}.",
    },
    "common.train_chart_alt_metric": {
        "es": "Último valor de {name}: {value} %.",
        "en": "Latest {name}: {value}%.",
    },
    "common.unit": {"es": "unidad", "en": "unit"},
    "common.play": {"es": "Reproducir", "en": "Play"},
    "common.pause": {"es": "Pausa", "en": "Pause"},
    "common.prev": {"es": "Anterior", "en": "Back"},
    "common.next": {"es": "Siguiente", "en": "Next"},
    # Messages about values that could not be used as given. {name} is the setting (bold), {raw} what came
    # in and {used} what is used instead (both quoted as inline code: visitor text is never markdown).
    "problem.heading": {
        "es": "Algunos valores no se pudieron usar tal como llegaron:",
        "en": "Some values could not be used as they came:",
    },
    "problem.not_number": {
        "es": "{name}: {raw} no es un número; se usa {used}.",
        "en": "{name}: {raw} is not a number; using {used}.",
    },
    "problem.not_finite": {
        "es": "{name}: {raw} no es un número finito (NaN o infinito); se usa {used}.",
        "en": "{name}: {raw} is not a finite number (NaN or infinity); using {used}.",
    },
    "problem.not_integer": {
        "es": "{name}: {raw} no es un número entero; se usa {used}.",
        "en": "{name}: {raw} is not a whole number; using {used}.",
    },
    "problem.clamped": {
        "es": "{name}: {raw} está fuera del rango permitido, de {lo} a {hi}; se usa {used}.",
        "en": "{name}: {raw} is outside the allowed range, {lo} to {hi}; using {used}.",
    },
    "problem.unknown_choice": {
        "es": "{name}: {raw} no es una de las opciones ({options}); se usa {used}.",
        "en": "{name}: {raw} is not one of the options ({options}); using {used}.",
    },
    "problem.not_bool": {
        "es": "{name}: {raw} no es sí o no (`true` o `false`); se usa {used}.",
        "en": "{name}: {raw} is not yes or no (`true` or `false`); using {used}.",
    },
    "problem.dropped": {
        "es": "{name}: se dejaron fuera {count} valor(es) que no sirven aquí: {raw}.",
        "en": "{name}: left out {count} value(s) that do not fit here: {raw}.",
    },
    "problem.too_many": {
        "es": "{name}: llegaron {count} valores y el máximo es {max}; se usan los primeros {max}.",
        "en": "{name}: {count} values came and the most is {max}; using the first {max}.",
    },
    "problem.empty": {
        "es": "{name}: está vacío; se usa {used}.",
        "en": "{name}: it is empty; using {used}.",
    },
    "problem.too_long": {
        "es": "{name}: tiene {count} caracteres y el máximo es {max}; se usa el comienzo, {used}.",
        "en": "{name}: it has {count} characters and the most is {max}; using the start, {used}.",
    },
}
