"""Text alternatives of the unroll lesson's charts (lessons/unroll.py builds their numbers)."""

STRINGS = {
    "unroll.alt_chain": {
        "es": "Diagrama de la red desenrollada, pasos {first} a {last} de {T}, con los mismos U = {U:.4g}, "
        "W = {W:.4g} y b = {b:.4g} en cada paso. En el paso marcado, t = {step}, entra x = {x:.4g}; el "
        "estado anterior vale {h_prev:.4g} y el nuevo, h = {h:.4g}.",
        "en": "Diagram of the unrolled network, steps {first} to {last} of {T}, with the same U = {U:.4g}, "
        "W = {W:.4g} and b = {b:.4g} at every step. At the marked step, t = {step}, x = {x:.4g} comes in; "
        "the previous state is {h_prev:.4g} and the new one h = {h:.4g}.",
    },
    "unroll.alt_series": {
        "es": "Gráfico de x_t, a_t y h_t a lo largo de {T} pasos. h_t empieza en {start:.4g} y termina en "
        "{end:.4g}, entre un mínimo de {low:.4g} y un máximo de {high:.4g}. En el paso marcado, t = {step}: "
        "x = {x:.4g}, a = {a:.4g}, h = {h:.4g}.",
        "en": "Chart of x_t, a_t and h_t over {T} steps. h_t starts at {start:.4g} and ends at {end:.4g}, "
        "between a low of {low:.4g} and a high of {high:.4g}. At the marked step, t = {step}: x = {x:.4g}, "
        "a = {a:.4g}, h = {h:.4g}.",
    },
    "unroll.alt_heatmap": {
        "es": "Mapa de calor de los estados: {H} unidades (filas) por {T} pasos (columnas), en azul los "
        "negativos y en rojo los positivos, de −{bound:.3g} a {bound:.3g}. La media de |h| es {first:.3g} "
        "en el primer paso y {last:.3g} en el último, donde la unidad más activa es la {strongest}.",
        "en": "Heatmap of the states: {H} units (rows) by {T} steps (columns), negative in blue and "
        "positive in red, from −{bound:.3g} to {bound:.3g}. The mean |h| is {first:.3g} at the first step "
        "and {last:.3g} at the last, where the most active unit is unit {strongest}.",
    },
    "unroll.alt_marked_units": {
        "es": "Líneas marcan las unidades {units}.",
        "en": "Lines mark units {units}.",
    },
    "unroll.alt_no_units": {
        "es": "Gráfico vacío: no hay ninguna unidad elegida.",
        "en": "Empty chart: no unit is chosen.",
    },
    "unroll.alt_units": {
        "es": "Gráfico del estado de las unidades {units} a lo largo de {T} pasos: empiezan en {starts} y "
        "terminan en {ends}, en ese orden.",
        "en": "Chart of the state of units {units} over {T} steps: they start at {starts} and end at "
        "{ends}, in that order.",
    },
    "unroll.alt_output": {
        "es": "Gráfico de las {O} salidas o_t a lo largo de {T} pasos, entre {low:.3g} y {high:.3g}; en el "
        "último paso valen {ends}.",
        "en": "Chart of the {O} outputs o_t over {T} steps, between {low:.3g} and {high:.3g}; at the last "
        "step they are {ends}.",
    },
    "unroll.alt_bars": {
        "es": "Barras del paso t = {t} para cada una de las {H} unidades: la parte de la entrada y la de la "
        "memoria en a_t, y h_t como rombo. La entrada pesa más que la memoria en {drive} unidades y la "
        "memoria en {carry}; h_t va de {low:.3g} a {high:.3g}.",
        "en": "Bars for step t = {t}, one group for each of the {H} units: the input's share and the "
        "memory's share of a_t, and h_t as a diamond. The input outweighs the memory in {drive} units and "
        "the memory in {carry}; h_t goes from {low:.3g} to {high:.3g}.",
    },
    "unroll.alt_weights": {
        "es": "Mapa de calor de W_hh, {H} × {H}, con pesos de {low:.3g} a {high:.3g}: valor singular máximo "
        "{smax:.3f} y radio espectral {rho:.3f}.",
        "en": "Heatmap of W_hh, {H} × {H}, with weights from {low:.3g} to {high:.3g}: largest singular "
        "value {smax:.3f} and spectral radius {rho:.3f}.",
    },
    "unroll.alt_thumbnail": {
        "es": "Mapa de calor de {H} unidades que leen una senoide durante {T} pasos: sus estados oscilan "
        "entre {low:.2f} y {high:.2f}.",
        "en": "Heatmap of {H} units reading a sine wave for {T} steps: their states swing between {low:.2f} "
        "and {high:.2f}.",
    },
}
