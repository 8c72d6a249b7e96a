"""Strings of the lecturer's page (/teach): the QR code of a view, every lesson's tour, the lecture notes."""

STRINGS = {
    "teach.nav": {"es": "Para el docente", "en": "For the lecturer"},
    "teach.title": {"es": "Para el docente", "en": "For the lecturer"},
    "teach.intro": {
        "es": "Todo lo que hace falta para una clase: un código QR para que los estudiantes abran en su "
        "teléfono exactamente lo que se proyecta, el recorrido guiado de cada lección parada por parada, y "
        "el apunte que sigue cada una.",
        "en": "What a class needs: a QR code so that students open on their phones exactly what is "
        "projected, every lesson's guided tour stop by stop, and the lecture notes each one follows.",
    },
    # ------------------------------------------------------------------ QR
    "teach.qr_heading": {"es": "Un código QR para la clase", "en": "A QR code for the class"},
    "teach.source": {"es": "Qué abre el código", "en": "What the code opens"},
    "teach.source_view": {"es": "La vista actual: {title}", "en": "The current view: {title}"},
    "teach.source_home": {
        "es": "La vista actual: todavía no abriste ninguna lección, el inicio",
        "en": "The current view: you have not opened a lesson yet, the start page",
    },
    "teach.source_paste": {"es": "Un enlace que pego", "en": "A link I paste"},
    "teach.source_lesson": {"es": "{lesson}: la lección", "en": "{lesson}: the lesson"},
    "teach.source_stop": {
        "es": "{lesson}: parada {number}, {title}",
        "en": "{lesson}: stop {number}, {title}",
    },
    "teach.paste": {"es": "Un enlace de esta aplicación", "en": "A link of this app"},
    "teach.paste_help": {
        "es": "Una dirección de esta misma aplicación (http o https, este servidor) o solo su parte desde la "
        "barra, por ejemplo `/unroll?step=2`.",
        "en": "An address of this same app (http or https, this server) or just the part from the slash, "
        "for example `/unroll?step=2`.",
    },
    "teach.link_empty": {
        "es": "Pega arriba un enlace de esta aplicación para ver su código.",
        "en": "Paste a link of this app above to see its code.",
    },
    "teach.link_too_long": {
        "es": "El enlace tiene {length} caracteres; el máximo es {limit}: un código tan denso no se lee "
        "desde "
        "el fondo del aula.",
        "en": "The link has {length} characters; the most is {limit}: a code that dense cannot be read from "
        "the back of a room.",
    },
    "teach.link_not_link": {
        "es": "{raw} no es un enlace http(s) ni una ruta que empiece con `/`.",
        "en": "{raw} is not an http(s) link nor a path starting with `/`.",
    },
    "teach.link_other_host": {
        "es": "{raw} lleva a otro servidor: aquí solo se hacen códigos de esta aplicación ({host}).",
        "en": "{raw} goes to another server: this page only makes codes for this app ({host}).",
    },
    "teach.link_not_page": {
        "es": "{raw} no es una página de esta aplicación.",
        "en": "{raw} is not a page of this app.",
    },
    "teach.no_base": {
        "es": "El navegador no dijo la dirección de la aplicación, así que no se puede armar un enlace "
        "completo para el código. Recarga la página.",
        "en": "The browser did not say the app's address, so no full link can be made for the code. Reload "
        "the page.",
    },
    "teach.qr_alt": {
        "es": "Código QR que abre {url}",
        "en": "QR code that opens {url}",
    },
    "teach.qr_caption": {
        "es": "{modules} × {modules} módulos, con un margen blanco de {quiet}. Para proyectarlo, agranda la "
        "ventana o usa el modo proyector: cuanto más grande, desde más lejos se lee.",
        "en": "{modules} × {modules} modules, with a white margin of {quiet}. To project it, enlarge the "
        "window or use projector mode: the bigger it is, the further away it scans.",
    },
    "teach.qr_link": {"es": "El enlace del código:", "en": "The code's link:"},
    "teach.qr_no_present": {
        "es": "El código no lleva el modo proyector (`present=1`): en un teléfono se lee mejor la vista "
        "normal.",
        "en": "The code leaves projector mode (`present=1`) out: a phone reads the normal view better.",
    },
    "teach.download_png": {"es": "Descargar PNG", "en": "Download PNG"},
    "teach.download_svg": {"es": "Descargar SVG", "en": "Download SVG"},
    # ------------------------------------------------------------------ tours and notes
    "teach.tours_heading": {"es": "Los recorridos de cada lección", "en": "Each lesson's guided tour"},
    "teach.tours_intro": {
        "es": "Cada parada abre la lección con sus ajustes. Las marcadas **predice y revela** piden a los "
        "estudiantes que se comprometan con una respuesta antes de que la página muestre la calculada.",
        "en": "Each stop opens the lesson with its settings. The ones marked **predict, then reveal** ask "
        "students to commit to an answer before the page shows the computed one.",
    },
    "teach.present_on": {
        "es": "Modo proyector: los enlaces de las paradas lo mantienen (`present=1`).",
        "en": "Projector mode: the stops' links keep it (`present=1`).",
    },
    "teach.notes": {"es": "Apuntes:", "en": "Lecture notes:"},
    "teach.note": {
        "es": "apunte {number} (`{file}`), sección «{section}»",
        "en": "lecture {number} (`{file}`), section “{section}”",
    },
    "teach.summary": {
        "es": "{count} paradas, {questions} de ellas predice y revela.",
        "en": "{count} stops, {questions} of them predict, then reveal.",
    },
    "teach.no_tour": {
        "es": "Esta lección todavía no tiene recorrido guiado.",
        "en": "This lesson has no guided tour yet.",
    },
    "teach.lesson_terms": {
        "es": "Sus {count} términos en el glosario",
        "en": "Its {count} terms in the glossary",
    },
    "teach.open_lesson": {"es": "Abrir la lección", "en": "Open the lesson"},
    "teach.stop": {"es": "Parada {number}: {title}", "en": "Stop {number}: {title}"},
    "teach.kind_choice": {
        "es": "predice y revela (elegir una opción)",
        "en": "predict, then reveal (pick an option)",
    },
    "teach.kind_number": {
        "es": "predice y revela (escribir un número)",
        "en": "predict, then reveal (type a number)",
    },
    "teach.kind_none": {"es": "mirar", "en": "look"},
    "teach.glossary": {
        "es": "El glosario: los términos del curso en español y en inglés.",
        "en": "The glossary: the course's terms in Spanish and English.",
    },
}
