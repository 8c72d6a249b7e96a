"""Strings of the export buttons: the chart toolbar's PNG and SVG, the CSV of a chart's numbers, the
notebook that rebuilds a view."""

STRINGS = {
    "export.png": {"es": "Descargar como PNG", "en": "Download as PNG"},
    "export.svg": {"es": "Descargar como SVG", "en": "Download as SVG"},
    "export.csv": {"es": "Datos (CSV)", "en": "Data (CSV)"},
    "export.csv_help": {
        "es": "Los números de esta gráfica, un punto por fila (serie, x, y, z), con todos sus decimales.",
        "en": "This chart's numbers, one point per row (series, x, y, z), with every decimal.",
    },
    "export.notebook": {"es": "Abrir en un cuaderno", "en": "Open in a notebook"},
    "export.notebook_help": {
        "es": "Un cuaderno de Jupyter (.ipynb) que rehace esta vista con `from engine import ...` y "
        "plotly. Ábrelo desde la carpeta del repositorio de Unrolled.",
        "en": "A Jupyter notebook (.ipynb) that rebuilds this view with `from engine import ...` and "
        "plotly. Open it from the Unrolled repository's folder.",
    },
    "export.notebook_intro": {
        "es": "Este cuaderno rehace la vista de la lección «{lesson}» de Unrolled con el motor de la "
        "aplicación (`from engine import ...`) y plotly. Ejecútalo desde la carpeta del repositorio. "
        "La vista es la de este enlace:",
        "en": "This notebook rebuilds the view of Unrolled's lesson “{lesson}” with the app's engine "
        "(`from engine import ...`) and plotly. Run it from the repository's folder. The view is this "
        "link's:",
    },
}
