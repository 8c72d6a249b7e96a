"""Text alternatives of the gates lesson's charts (lessons/gates.py builds their numbers)."""

STRINGS = {
    "gates.alt_predictions": {
        "es": "Tres filas, una columna por cada uno de los {T} caracteres: el texto, la respuesta del "
        "modelo y la correcta. Acierta {right} de {T}.",
        "en": "Three rows, one column for each of the {T} characters: the text, the model's answer and the "
        "right one. It gets {right} of {T} right.",
    },
    "gates.alt_wrong_at": {
        "es": "Falla en los pasos {steps}.",
        "en": "It is wrong at steps {steps}.",
    },
    "gates.alt_prediction_step": {
        "es": "En el paso elegido, t = {step}, lee «{char}», responde {answer} y la correcta es {target}.",
        "en": "At the chosen step, t = {step}, it reads “{char}”, answers {answer} and the right answer is "
        "{target}.",
    },
    "gates.alt_heatmaps": {
        "es": "Un mapa de calor por compuerta y estado ({names}), con {H} unidades (filas) por {T} "
        "caracteres (columnas). La unidad elegida, {unit}, en el paso {step}: {values}.",
        "en": "One heatmap per gate and state ({names}), with {H} units (rows) by {T} characters (columns). "
        "The chosen unit, {unit}, at step {step}: {values}.",
    },
    "gates.alt_best_unit": {
        "es": "La estrella marca la unidad {best}, la que mejor sigue la tarea.",
        "en": "The star marks unit {best}, the one that follows the task best.",
    },
    "gates.alt_unit_depth": {
        "es": "Gráfico de las compuertas y los estados de la unidad {unit} a lo largo de {T} caracteres, "
        "junto a la profundidad, que va de {low:g} a {high:g}. En el paso {step}: {values}.",
        "en": "Chart of unit {unit}'s gates and states over {T} characters, beside the depth, which goes "
        "from {low:g} to {high:g}. At step {step}: {values}.",
    },
    "gates.alt_unit_digit": {
        "es": "Gráfico de las compuertas y los estados de la unidad {unit} a lo largo de {T} caracteres, "
        "junto a la señal «llega un dígito», que va de {low:g} a {high:g}. En el paso {step}: {values}.",
        "en": "Chart of unit {unit}'s gates and states over {T} characters, beside the signal “a digit "
        "arrives”, which goes from {low:g} to {high:g}. At step {step}: {values}.",
    },
    "gates.alt_r_depth": {
        "es": "Barras de la correlación r de cada una de las {H} unidades con la profundidad: la mejor es "
        "la unidad {best} en {state}, con r = {r:+.3f}. La unidad elegida, {unit}: {chosen}.",
        "en": "Bars of the correlation r of each of the {H} units with the depth: the best is unit {best} "
        "in {state}, with r = {r:+.3f}. The chosen unit, {unit}: {chosen}.",
    },
    "gates.alt_r_digit": {
        "es": "Barras de la correlación r de cada una de las {H} unidades con la señal «llega un dígito»: "
        "la mejor es la unidad {best} en {state}, con r = {r:+.3f}. La unidad elegida, {unit}: {chosen}.",
        "en": "Bars of the correlation r of each of the {H} units with the signal “a digit arrives”: the "
        "best is unit {best} in {state}, with r = {r:+.3f}. The chosen unit, {unit}: {chosen}.",
    },
    "gates.alt_thumbnail": {
        "es": "Mapa de calor de los estados de celda c de {H} unidades de una LSTM que lee {text}: van de "
        "{low:.2f} a {high:.2f} y algunas filas suben y bajan con la profundidad.",
        "en": "Heatmap of the cell states c of {H} units of an LSTM reading {text}: they go from {low:.2f} "
        "to {high:.2f}, and some rows rise and fall with the depth.",
    },
}
