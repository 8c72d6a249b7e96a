"""Strings of the home page."""

STRINGS = {
    "home.nav": {"es": "Inicio", "en": "Home"},
    "home.title": {"es": "Unrolled", "en": "Unrolled"},
    "home.tagline": {
        "es": "Aprende redes recurrentes tocándolas: desenrolla una red paso a paso y mira cada número.",
        "en": "Learn recurrent networks by touching them: unroll a network step by step, see every number.",
    },
    "home.intro": {
        "es": "Cada lección toma un tema de las clases y lo deja en tus manos. Casi todos los números los "
        "calcula PyTorch, y una prueba automática los compara con sus propios módulos (`nn.RNN`, "
        "`nn.LSTM`, `nn.GRU`); la lección de gradientes calcula el ejemplo escalar de la clase y los "
        "productos de jacobianos con NumPy en float64 (y lo dice), y sus pruebas los comparan con "
        "autograd de PyTorch. Los modelos entrenados que verás son reales, y el script que los entrena "
        "viene con la aplicación.",
        "en": "Each lesson takes a topic from the lectures and puts it in your hands. Most numbers are "
        "computed by PyTorch, and an automatic test checks them against its own modules (`nn.RNN`, "
        "`nn.LSTM`, `nn.GRU`); the gradients lesson computes the lecture's scalar example and the "
        "Jacobian products with NumPy in float64 (and says so), and its tests check them against "
        "PyTorch's autograd. The trained models you will see are real, and the script that trains them "
        "ships with the app.",
    },
    "home.lessons": {"es": "Lecciones", "en": "Lessons"},
    "home.open": {"es": "Abrir: {title}", "en": "Open: {title}"},
    "home.class_tip": {
        "es": "**En clase:** cada página guarda todos sus ajustes en la dirección del navegador. Copia la "
        "dirección y compártela: quien la abra verá exactamente lo mismo. Añade `?lang=es` o `?lang=en` "
        "para fijar el idioma.",
        "en": "**In class:** every page keeps all its settings in the browser's address. Copy the address "
        "and share it: whoever opens it sees exactly the same thing. Add `?lang=es` or `?lang=en` to fix "
        "the language.",
    },
}
