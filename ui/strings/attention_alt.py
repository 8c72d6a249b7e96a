"""Text alternatives of the attention lesson's charts (lessons/attention.py builds their numbers)."""

STRINGS = {
    "attention.alt_alignment": {
        "es": "Mapa de calor de la alineación: {rows} pasos de salida (filas) por {T} posiciones de la "
        "entrada (columnas). Cada carácter escrito y el de la entrada al que más mira, con su peso: "
        "{looks}.",
        "en": "Heatmap of the alignment: {rows} output steps (rows) by {T} source positions (columns). Each "
        "character written and the source character it looks at most, with its weight: {looks}.",
    },
    "attention.alt_framed_step": {
        "es": "El recuadro marca el paso {step}.",
        "en": "The frame marks step {step}.",
    },
    "attention.alt_step": {
        "es": "Barras del paso {i} sobre las {T} posiciones de la entrada: arriba las puntuaciones, de "
        "{s_lo:.3f} a {s_hi:.3f}, {negative} de ellas negativas; abajo los pesos, el mayor {w:.2f} en j = "
        "{j} ({token}).",
        "en": "Bars for step {i} over the {T} source positions: on top the scores, from {s_lo:.3f} to "
        "{s_hi:.3f}, {negative} of them negative; below the weights, the largest {w:.2f} at j = {j} "
        "({token}).",
    },
    "attention.alt_bottleneck": {
        "es": "Gráfico del acierto exacto según la longitud de la entrada, de {lo} a {hi}, con atención y "
        "sin ella. Con longitud {lo}: {with_lo:.0f} % con atención y {without_lo:.0f} % sin ella; con "
        "longitud {hi}: {with_hi:.0f} % y {without_hi:.0f} %. Entre 16 y 20, sombreado, la atención gana "
        "{gap:.0f} puntos de media.",
        "en": "Chart of exact match by source length, from {lo} to {hi}, with and without attention. At "
        "length {lo}: {with_lo:.0f}% with attention and {without_lo:.0f}% without; at length {hi}: "
        "{with_hi:.0f}% and {without_hi:.0f}%. Between 16 and 20, shaded, attention wins by {gap:.0f} "
        "points on average.",
    },
    "attention.alt_thumbnail": {
        "es": "Mapa de calor de la alineación del modelo de fechas, que lee «{text}» y escribe {output}.",
        "en": "Heatmap of the alignment of the dates model, which reads “{text}” and writes {output}.",
    },
}
