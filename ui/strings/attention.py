"""Strings of the "Seq2seq and attention" lesson."""

STRINGS = {
    "attention.nav": {"es": "Seq2seq y atención", "en": "Seq2seq and attention"},
    "attention.blurb": {
        "es": "Un codificador-decodificador entrenado invierte textos y lee fechas en castellano: mira a "
        "dónde atiende en cada paso, fija su atención a mano y mide el cuello de botella sin ella. "
        "Después entrena el tuyo y mira aparecer la diagonal.",
        "en": "A trained encoder-decoder reverses strings and reads Spanish dates: see where it looks at "
        "every step, pin its attention by hand and measure the bottleneck without it. Then train "
        "your own and watch the diagonal appear.",
    },
    "attention.title": {"es": "Seq2seq y atención", "en": "Seq2seq and attention"},
    "attention.intro": {
        "es": "El **codificador** lee la entrada y deja un estado $h_j$ por carácter; el **decodificador** "
        "escribe la salida paso a paso desde su estado $hd_i$. Sin [atención](glossary?lang=es#attention), "
        "todo lo que sabe de la "
        "entrada pasa por un solo vector: el **[cuello de botella](glossary?lang=es#bottleneck)**. Con "
        "atención (Bahdanau, Cho y "
        "Bengio, 2014), en cada paso $i$ mira otra vez todos los $h_j$. Los modelos de esta página "
        "la conectan **al estilo de Luong** (Luong, Pham y Manning, 2015), como la escriben las "
        "fórmulas del apunte 000, con su notación:\n\n$s_{ij} = \\mathrm{score}(hd_i, h_j)$ (la "
        "«similitud» del apunte) · $w_{ij} = \\mathrm{softmax}_j(s_{ij})$ · $c_i = \\sum_j w_{ij}\\, "
        "h_j$ · $u_i = \\mathrm{concat}(c_i, hd_i)$\n\nEl código del mismo apunte la conecta **al "
        "estilo de Bahdanau**: puntúa con el estado anterior $hd_{i-1}$ y el contexto entra en la "
        "entrada de la RNN; el modelo «Bahdanau» está entrenado así, y más abajo se comparan las dos "
        "formas. Todos están entrenados de verdad. Elige uno, escribe una entrada y mira a dónde "
        "atiende.",
        "en": "The **encoder** reads the input and leaves one state $h_j$ per character; the **decoder** "
        "writes the output step by step from its state $hd_i$. Without "
        "[attention](glossary?lang=en#attention), everything it "
        "knows about the input goes through a single vector: the "
        "**[bottleneck](glossary?lang=en#bottleneck)**. With attention "
        "(Bahdanau, Cho and Bengio, 2014), at every step $i$ it looks at all the $h_j$ again. The "
        "models on this page wire it **Luong-style** (Luong, Pham and Manning, 2015), as lecture "
        "000's formulas write it, in their notation:\n\n$s_{ij} = \\mathrm{score}(hd_i, h_j)$ · "
        "$w_{ij} = \\mathrm{softmax}_j(s_{ij})$ · $c_i = \\sum_j w_{ij}\\, h_j$ · $u_i = "
        "\\mathrm{concat}(c_i, hd_i)$\n\nThe same lecture's code wires it **Bahdanau-style**: the "
        "previous state $hd_{i-1}$ scores and the context goes into the RNN's input; the “Bahdanau” "
        "model is trained that way, and the two wirings are compared further down. All of them are "
        "really trained. Pick one, type an input and see where it looks.",
    },
    # the models
    "attention.name_model": {"es": "Modelo", "en": "Model"},
    "attention.name_text": {"es": "Entrada", "en": "Input"},
    "attention.name_step": {"es": "Paso de salida i", "en": "Output step i"},
    "attention.name_pin": {"es": "Fijar la atención", "en": "Pin the attention"},
    "attention.name_teacher_forcing": {"es": "Teacher forcing", "en": "Teacher forcing"},
    "attention.model_seq2seq_dates_attn": {
        "es": "Fechas · aditiva · Luong",
        "en": "Dates · additive · Luong",
    },
    "attention.model_seq2seq_reverse_attn": {
        "es": "Invertir · aditiva · Luong",
        "en": "Reverse · additive · Luong",
    },
    "attention.model_seq2seq_reverse_bahdanau": {
        "es": "Invertir · aditiva · Bahdanau",
        "en": "Reverse · additive · Bahdanau",
    },
    "attention.model_seq2seq_reverse_noattn": {
        "es": "Invertir · sin atención",
        "en": "Reverse · no attention",
    },
    "attention.model_seq2seq_reverse_dot": {
        "es": "Invertir · producto punto · Luong",
        "en": "Reverse · dot · Luong",
    },
    "attention.model_seq2seq_reverse_general": {
        "es": "Invertir · general · Luong",
        "en": "Reverse · general · Luong",
    },
    "attention.model_mine": {"es": "El tuyo · {steps} pasos", "en": "Yours · {steps} steps"},
    "attention.model_help": {
        "es": "**Fechas**: lee una fecha en castellano en cuatro formatos y la escribe como `aaaa-mm-dd`. "
        "**Invertir**: escribe al revés un texto de 1 a 20 letras a–z. La puntuación es aditiva (la "
        "de Bahdanau et al.; Luong et al. la llaman *concat*), de producto punto o general (las dos "
        "de Luong et al.), o no hay atención. **Luong**: puntúa el estado actual $hd_i$; "
        "**Bahdanau**: el anterior, $hd_{i-1}$, y el contexto entra en la entrada del decodificador, "
        "como en el código del apunte 000. Todos tienen un codificador GRU y un decodificador GRU de "
        "64 unidades. «El tuyo» aparece cuando entrenas uno abajo.",
        "en": "**Dates**: reads a Spanish date in four formats and writes it as `yyyy-mm-dd`. **Reverse**: "
        "writes a string of 1 to 20 letters a–z backwards. The score is additive (Bahdanau et al.'s; "
        "Luong et al. call it *concat*), dot or general (both Luong et al.'s), or there is no "
        "attention. **Luong**: the current state $hd_i$ scores; **Bahdanau**: the previous one, "
        "$hd_{i-1}$, and the context goes into the decoder's input, as in lecture 000's code. All "
        "have a GRU encoder and a GRU decoder of 64 units. “Yours” appears once you train one below.",
    },
    "attention.text_help_dates": {
        "es": "Una fecha como `3 de febrero de 1987`, `03/02/1987`, `3 feb 1987` o `martes 3 de febrero de "
        "1987`, hasta {max} caracteres.",
        "en": "A date such as `3 de febrero de 1987`, `03/02/1987`, `3 feb 1987` or `martes 3 de febrero "
        "de 1987`, up to {max} characters.",
    },
    "attention.text_help_reverse": {
        "es": "Letras minúsculas a–z, de 1 a {max}. Las mayúsculas se pasan a minúsculas y se quitan "
        "acentos, espacios y otros signos.",
        "en": "Lowercase letters a–z, 1 to {max} of them. Capitals are lowercased; accents, spaces and "
        "other signs are left out.",
    },
    "attention.examples": {"es": "Ejemplos", "en": "Examples"},
    # what the model cannot read
    "attention.issue_empty": {
        "es": "La entrada está vacía: el modelo necesita al menos un carácter.",
        "en": "The input is empty: the model needs at least one character.",
    },
    "attention.issue_too_long": {
        "es": "La entrada tiene {count} caracteres y el modelo lee a lo sumo {max}.",
        "en": "The input has {count} characters and the model reads at most {max}.",
    },
    "attention.issue_bad_chars_reverse": {
        "es": "Este modelo solo lee letras minúsculas a–z; no sabe leer {chars}.",
        "en": "This model only reads lowercase letters a–z; it cannot read {chars}.",
    },
    "attention.issue_bad_chars_dates": {
        "es": "Este modelo solo lee dígitos, `/`, espacios y las letras de las fechas en castellano; no "
        "sabe leer {chars}.",
        "en": "This model only reads digits, `/`, spaces and the letters of Spanish dates; it cannot read "
        "{chars}.",
    },
    "attention.issue_used": {
        "es": "Se usa {used} (mayúsculas en minúscula, sin lo que no sabe leer, hasta {max} caracteres).",
        "en": "Using {used} (capitals lowercased, without what it cannot read, up to {max} characters).",
    },
    "attention.issue_used_start": {
        "es": "Se usan los primeros {max}: {used}.",
        "en": "Using the first {max}: {used}.",
    },
    "attention.issue_used_example": {
        "es": "No queda nada que el modelo sepa leer: se usa el ejemplo {used}.",
        "en": "Nothing is left that the model can read: using the example {used}.",
    },
    "attention.space": {"es": "el espacio", "en": "the space"},
    "attention.use_readable": {"es": "Poner {used} en el cuadro", "en": "Put {used} in the box"},
    "attention.issue_not_a_date": {
        "es": "No es una fecha en uno de los cuatro formatos que el modelo aprendió (o ese día no existe, "
        "o el año no está entre 1900 y 2099): responde igual, mira qué inventa.",
        "en": "This is not a date in one of the four formats the model learned (or that day does not "
        "exist, or the year is not between 1900 and 2099): it answers anyway, see what it makes up.",
    },
    "attention.issue_wrong_weekday": {
        "es": "Ese día no fue {chars}: el modelo responde igual (y no mira el día de la semana).",
        "en": "That day was not a {chars}: the model answers anyway (and does not look at the weekday).",
    },
    "attention.no_trained": {
        "es": "**Modelo**: {raw} es el modelo que cada visitante entrena al final de esta página, y "
        "todavía no entrenaste uno; se usa {used}.",
        "en": "**Model**: {raw} is the model each visitor trains at the bottom of this page, and you have "
        "not trained one yet; using {used}.",
    },
    "problem.no_attention": {
        "es": "{name}: este modelo no tiene atención que fijar; se ignora {raw}.",
        "en": "{name}: this model has no attention to pin; ignoring {raw}.",
    },
    # the output and its alignment
    "attention.output_heading": {"es": "La salida y su alineación", "en": "The output and its alignment"},
    "attention.output_label": {"es": "Salida", "en": "Output"},
    "attention.empty_output": {
        "es": "(nada: escribió ⟨eos⟩ enseguida)",
        "en": "(nothing: it wrote ⟨eos⟩ at once)",
    },
    "attention.right": {"es": "Correcta: es {expected}.", "en": "Right: it is {expected}."},
    "attention.wrong": {
        "es": "Incorrecta: la respuesta correcta es {expected}.",
        "en": "Wrong: the right answer is {expected}.",
    },
    "attention.no_expected": {
        "es": "No es una fecha válida: no hay respuesta correcta con qué compararla.",
        "en": "Not a valid date: there is no right answer to compare it with.",
    },
    "attention.heatmap_caption_dates": {
        "es": "Cada fila es un paso de salida $i$ y cada columna una posición de la entrada $j$; el color "
        "es el peso $w_{ij}$ (pasa el ratón para verlo). Los dígitos del año miran el año; los del "
        "mes, el nombre del mes (o el número del mes); los del día, el día. El estado $h_j$ de un "
        "codificador que lee hacia adelante resume lo leído hasta $j$, por eso a veces el peso cae "
        "un carácter más a la derecha.",
        "en": "Each row is an output step $i$ and each column an input position $j$; the colour is the "
        "weight $w_{ij}$ (hover to read it). The year digits look at the year; the month digits at "
        "the month name (or number); the day digits at the day. A forward encoder's state $h_j$ sums "
        "up what it read up to $j$, which is why the weight sometimes lands one character to the "
        "right.",
    },
    "attention.heatmap_caption_reverse": {
        "es": "Cada fila es un paso de salida $i$ y cada columna una posición de la entrada $j$; el color "
        "es el peso $w_{ij}$ (pasa el ratón para verlo). Para invertir, el paso $i$ mira el carácter "
        "$T-1-i$: la **antidiagonal**. El recuadro marca el paso elegido abajo.",
        "en": "Each row is an output step $i$ and each column an input position $j$; the colour is the "
        "weight $w_{ij}$ (hover to read it). To reverse, step $i$ looks at character $T-1-i$: the "
        "**anti-diagonal**. The frame marks the step chosen below.",
    },
    "attention.no_alignment": {
        "es": "Este modelo **no tiene atención**: no hay $s_{{ij}}$ ni $w_{{ij}}$ que mostrar. El "
        "decodificador empieza desde el último estado del codificador, $hd_{{-1}}$ ({size} números), y "
        "todo lo que sabe de la entrada tiene que pasar por ahí: es el cuello de botella. Con textos "
        "cortos alcanza; con largos empieza a equivocarse (mira la medición más abajo).",
        "en": "This model **has no attention**: there are no $s_{{ij}}$ or $w_{{ij}}$ to show. The decoder "
        "starts from the encoder's last state, $hd_{{-1}}$ ({size} numbers), and everything it knows "
        "about the input has to pass through it: that is the bottleneck. For short strings it is "
        "enough; for long ones it starts to make mistakes (see the measurement below).",
    },
    "attention.source": {"es": "entrada j", "en": "input j"},
    "attention.output": {"es": "salida i", "en": "output i"},
    # step by step
    "attention.step_heading": {"es": "Paso a paso", "en": "Step by step"},
    "attention.step_intro": {
        "es": "En el paso $i$ el decodificador compara su estado $hd_i$ con cada $h_j$ (las puntuaciones "
        "$s_{ij}$), las pasa por softmax (los pesos $w_{ij}$, que suman 1), suma los $h_j$ con esos "
        "pesos (el contexto $c_i$) y lee el carácter de salida de $u_i = \\mathrm{concat}(c_i, hd_i)$.",
        "en": "At step $i$ the decoder compares its state $hd_i$ with every $h_j$ (the scores $s_{ij}$), "
        "passes them through softmax (the weights $w_{ij}$, which add up to 1), sums the $h_j$ with "
        "those weights (the context $c_i$) and reads the output character off $u_i = "
        "\\mathrm{concat}(c_i, hd_i)$.",
    },
    "attention.step_intro_bahdanau": {
        "es": "Al estilo de Bahdanau, en el paso $i$ el decodificador compara su estado **anterior** "
        "$hd_{i-1}$ con cada $h_j$ (las puntuaciones $s_{ij}$), las pasa por softmax (los pesos "
        "$w_{ij}$, que suman 1) y suma los $h_j$ con esos pesos (el contexto $c_i$). Recién entonces "
        "da el paso: su celda lee $\\mathrm{concat}(E\\,y_{i-1}, c_i)$ y da $hd_i$, y el carácter de "
        "salida se lee de $u_i = \\mathrm{concat}(hd_i, c_i)$.",
        "en": "Bahdanau-style, at step $i$ the decoder compares its **previous** state $hd_{i-1}$ with "
        "every $h_j$ (the scores $s_{ij}$), passes them through softmax (the weights $w_{ij}$, which "
        "add up to 1) and sums the $h_j$ with those weights (the context $c_i$). Only then does it "
        "step: its cell reads $\\mathrm{concat}(E\\,y_{i-1}, c_i)$ and gives $hd_i$, and the output "
        "character is read off $u_i = \\mathrm{concat}(hd_i, c_i)$.",
    },
    "attention.step_first_bahdanau": {
        "es": "En el paso 0, $hd_{-1}$ es el estado inicial del decodificador: el último estado del "
        "codificador.",
        "en": "At step 0, $hd_{-1}$ is the decoder's initial state: the encoder's last state.",
    },
    "attention.scores_axis": {"es": "s_{i}j", "en": "s_{i}j"},
    "attention.weights_axis": {"es": "w_{i}j", "en": "w_{i}j"},
    "attention.step_caption": {
        "es": "Arriba, las puntuaciones $s_{{{i}j}}$ (negativas en rojo); abajo, los pesos $w_{{{i}j}}$ "
        "tras el softmax. Las ecuaciones muestran los tres pesos mayores; $c_{i}$ muestra sus "
        "primeras cuatro componentes de {size}.",
        "en": "Top, the scores $s_{{{i}j}}$ (negative in red); bottom, the weights $w_{{{i}j}}$ after the "
        "softmax. The equations show the three largest weights; $c_{i}$ shows its first four "
        "components of {size}.",
    },
    "attention.step_caption_noattn": {
        "es": "Sin atención, $u_{i} = hd_{i}$: la salida sale solo del estado del decodificador.",
        "en": "Without attention, $u_{i} = hd_{i}$: the output comes from the decoder's state alone.",
    },
    # intervention
    "attention.pin_heading": {"es": "Intervenir: fijar la atención", "en": "Intervene: pin the attention"},
    "attention.pin_intro": {
        "es": "Fuerza al paso $i = {i}$ (el elegido arriba) a mirar **solo** la posición $j$ que elijas "
        "($w_{{{i}j}} = 1$, los demás 0) y decodifica de nuevo desde ahí. Si la atención es lo que "
        "decide, la salida la sigue.",
        "en": "Force step $i = {i}$ (the one chosen above) to look **only** at the position $j$ you choose "
        "($w_{{{i}j}} = 1$, the others 0) and decode again from there. If the attention is what "
        "decides, the output follows it.",
    },
    "attention.pin_none": {"es": "— sin fijar", "en": "— not pinned"},
    "attention.pin_original": {"es": "Original", "en": "Original"},
    "attention.pin_pinned": {
        "es": "Con el paso {i} fijado en j = {j}",
        "en": "With step {i} pinned to j = {j}",
    },
    "attention.pin_caption": {
        "es": "El paso {i} escribió {before} mirando la posición {j} ({char}); antes escribía {original}. "
        "Los pasos siguientes vuelven a calcular su atención, pero parten de lo que ya se escribió.",
        "en": "Step {i} wrote {before} looking at position {j} ({char}); it used to write {original}. The "
        "steps after it compute their own attention again, but start from what was already written.",
    },
    "attention.pin_needs_attention": {
        "es": "Este modelo no tiene atención que fijar: elige uno con atención.",
        "en": "This model has no attention to pin: pick one with attention.",
    },
    # the bottleneck
    "attention.bottleneck_heading": {"es": "El cuello de botella, medido", "en": "The bottleneck, measured"},
    "attention.bottleneck_intro": {
        "es": "Los dos modelos de invertir, iguales salvo por la atención, sobre {n} textos nuevos de cada "
        "longitud (que nunca vieron al entrenar). Es la figura 2 de Bahdanau et al. (BLEU contra "
        "largo de la oración) en nuestra tarea: sin atención, la calidad cae con el largo.",
        "en": "The two reversal models, the same but for attention, on {n} fresh strings of each length "
        "(never seen in training). This is Bahdanau et al.'s Fig. 2 (BLEU against sentence length) "
        "on our task: without attention, quality falls with length.",
    },
    "attention.bottleneck_caption": {
        "es": "Entre 16 y 20 caracteres (la franja), con atención acierta en promedio **{gap} puntos** más.",
        "en": "Between 16 and 20 characters (the band), with attention it gets on average **{gap} points** "
        "more right.",
    },
    "attention.bottleneck_spinner": {
        "es": "Midiendo los dos modelos sobre 4000 textos (una sola vez por servidor)…",
        "en": "Measuring both models on 4000 strings (once per server)…",
    },
    "attention.with_attention": {
        "es": "con atención (aditiva, Luong)",
        "en": "with attention (additive, Luong)",
    },
    "attention.without_attention": {"es": "sin atención", "en": "without attention"},
    "attention.length": {"es": "largo de la entrada", "en": "input length"},
    "attention.exact": {"es": "aciertos exactos (%)", "en": "exact match (%)"},
    # comparing scores
    "attention.compare_heading": {"es": "Comparar puntuaciones", "en": "Compare scoring functions"},
    "attention.compare_intro": {
        "es": "La misma entrada, {text}, en los tres modelos de invertir, que solo difieren en la función "
        "$\\mathrm{{similitud}}(hd_i, h_j)$.",
        "en": "The same input, {text}, through the three reversal models, which differ only in the "
        "function $\\mathrm{{score}}(hd_i, h_j)$.",
    },
    "attention.compare_other_text": {
        "es": "(El modelo elegido no invierte textos: se usa un ejemplo.)",
        "en": "(The chosen model does not reverse strings: using an example.)",
    },
    "attention.score_dot": {"es": "Producto punto", "en": "Dot"},
    "attention.score_general": {"es": "General", "en": "General"},
    "attention.score_additive": {"es": "Aditiva", "en": "Additive"},
    "attention.compare_caption": {
        "es": "Producto punto y general miran casi siempre **una posición a la derecha** de la aditiva. La "
        "columna $j$ es el estado del codificador después de leer el carácter $j$: la columna $j+1$ "
        "ya leyó el carácter $j+1$ y todavía lleva el $j$. Las tres aprenden a invertir; cada una "
        "encontró su propia forma de alinear.",
        "en": "Dot and general almost always look **one position to the right** of additive. Column $j$ "
        "is the encoder's state after reading character $j$: column $j+1$ has read character $j+1$ "
        "and still carries character $j$. All three learn to reverse; each found its own way to "
        "align.",
    },
    # the two wirings
    "attention.wirings_heading": {
        "es": "Dos formas de conectar la atención: Luong y Bahdanau",
        "en": "Two ways to wire attention: Luong and Bahdanau",
    },
    "attention.wirings_intro": {
        "es": "Dos modelos de invertir con la misma puntuación aditiva, el mismo tamaño, la misma semilla "
        "y los mismos pasos de entrenamiento; cambian dos cosas: **qué estado puntúa** (el recuadro) "
        "y **dónde entra el contexto**. Con la entrada {text}:",
        "en": "Two reversal models with the same additive score, the same size, the same seed and the "
        "same training steps; two things differ: **which state scores** (the box) and **where the "
        "context goes in**. With the input {text}:",
    },
    "attention.wiring_luong": {
        "es": "Al estilo de Luong (Luong, Pham y Manning, 2015)",
        "en": "Luong-style (Luong, Pham and Manning, 2015)",
    },
    "attention.wiring_bahdanau": {
        "es": "Al estilo de Bahdanau (el código del apunte 000)",
        "en": "Bahdanau-style (lecture 000's code)",
    },
    "attention.wiring_luong_note": {
        "es": "Puntúa el estado **nuevo** $hd_i$; el contexto entra en la **salida**, $u_i$, y el del "
        "paso anterior vuelve a la entrada. Luong et al. ponen además una capa tanh antes del "
        "softmax y realimentan su salida; aquí se realimenta el contexto.",
        "en": "The **new** state $hd_i$ scores; the context goes into the **read-out**, $u_i$, and the "
        "previous step's context is fed back into the input. Luong et al. also put a tanh layer "
        "before the softmax and feed its output back; here the context is fed back.",
    },
    "attention.wiring_bahdanau_note": {
        "es": "Puntúa el estado **anterior** $hd_{i-1}$ (el `hidden[-1]` del código); el contexto entra "
        "en la **entrada** de la celda (`torch.cat([x, context])`) y también en la salida "
        "(`torch.cat([output, context])`).",
        "en": "The **previous** state $hd_{i-1}$ scores (the code's `hidden[-1]`); the context goes into "
        "the cell's **input** (`torch.cat([x, context])`) and into the read-out as well "
        "(`torch.cat([output, context])`).",
    },
    "attention.wiring_exact": {
        "es": "Aciertos exactos sobre {n} textos que nunca vio: **{exact} %**.",
        "en": "Exact match on {n} strings it never saw: **{exact}%**.",
    },
    "attention.wirings_code": {
        "es": "El decodificador con atención del apunte 000 (líneas 20 a 26):",
        "en": "Lecture 000's decoder with attention (lines 20 to 26):",
    },
    "attention.wirings_caption": {
        "es": "Las dos aprenden a invertir. La de Luong mira el carácter espejado mismo; la de Bahdanau, "
        "casi siempre **una posición a la derecha**: la columna que ya leyó el carácter siguiente y "
        "todavía lleva el espejado. El código del apunte es «casi PyTorch»; la prueba "
        "`tests/test_seq2seq.py` lo corre tal cual contra este decodificador, paso a paso y con sus "
        "gradientes.",
        "en": "Both learn to reverse. The Luong-style one looks at the mirrored character itself; the "
        "Bahdanau-style one almost always **one position to the right**: the column that has read the "
        "next character and still carries the mirrored one. The lecture's code is “quasi-PyTorch”; the "
        "test `tests/test_seq2seq.py` runs it as written against this decoder, step by step and with "
        "its gradients.",
    },
    # training
    "attention.train_heading": {"es": "Entrena el tuyo", "en": "Train your own"},
    "attention.train_intro": {
        "es": "Un modelo chico de invertir (GRU de 32 unidades, atención aditiva al estilo de Luong, "
        "textos de 1 a 8 letras) entrenado aquí mismo: hasta {steps} pasos o {seconds} s. Mira la "
        "alineación de {example} mientras aprende: empieza borrosa y aparece la antidiagonal. El "
        "**teacher forcing** es la probabilidad de darle al decodificador el carácter correcto "
        "anterior en vez del que él mismo predijo.",
        "en": "A small reversal model (32-unit GRU, additive attention wired Luong-style, strings of 1 "
        "to 8 letters) trained right here: up to {steps} steps or {seconds} s. Watch the alignment "
        "of {example} while it learns: it starts blurred and the anti-diagonal appears. **Teacher "
        "forcing** is the probability of feeding the decoder the right previous character instead "
        "of its own prediction.",
    },
    "attention.train_alignment": {
        "es": "Alineación de {example} en el paso {step}: sale {output}.",
        "en": "Alignment of {example} at step {step}: it writes {output}.",
    },
    "attention.train_done": {
        "es": "Listo: {steps} pasos en {seconds} s con teacher forcing {tf}; acierta {exact} % de textos "
        "nuevos.",
        "en": "Done: {steps} steps in {seconds} s with teacher forcing {tf}; it gets {exact}% of fresh "
        "strings exactly right.",
    },
    "attention.train_stopped": {
        "es": "Detenido en el paso {steps} ({seconds} s, teacher forcing {tf}): el modelo queda como iba.",
        "en": "Stopped at step {steps} ({seconds} s, teacher forcing {tf}): the model stays as it was.",
    },
    "attention.train_look": {"es": "Mirarlo arriba", "en": "Look at it above"},
    "attention.train_looking": {
        "es": "Es el modelo que se ve arriba («El tuyo»).",
        "en": "It is the model shown above (“Yours”).",
    },
    "attention.exact_short": {"es": "aciertos exactos", "en": "exact match"},
    "attention.train_chart_caption": {
        "es": "La pérdida de cada lote (entropía cruzada) y, cada 100 pasos, los aciertos exactos sobre "
        "200 textos que el modelo nunca vio.",
        "en": "Each batch's loss (cross-entropy) and, every 100 steps, the exact match on 200 strings the "
        "model never saw.",
    },
    # the guided tour
    "attention.tour_alignment_title": {"es": "Dónde mira cada paso", "en": "Where each step looks"},
    "attention.tour_alignment_look": {
        "es": "El modelo de fechas lee «3 de febrero de 1987» y escribe `1987-02-03`. En el mapa de calor, "
        "cada fila es un paso de salida $i$ y cada columna un carácter de la entrada $j$; el color es el "
        "peso $w_{ij}$, y cada fila suma 1. Sigue las filas: los dígitos del año miran el año, el 2 del "
        "mes mira la «f» de febrero y el 3 del día, el «3».",
        "en": "The dates model reads “3 de febrero de 1987” and writes `1987-02-03`. In the heatmap each row "
        "is an output step $i$ and each column an input character $j$; the colour is the weight $w_{ij}$, "
        "and every row sums to 1. Follow the rows: the year digits look at the year, the month's 2 at "
        "the “f” of febrero, and the day's 3 at the “3”.",
    },
    "attention.tour_month_title": {"es": "¿Junio o julio?", "en": "Junio or julio?"},
    "attention.tour_month_look": {
        "es": "Ahora «miércoles 20 de junio de 1990», en el paso $i = 6$: el que escribe el 6 de "
        "`1990-06-20`. En castellano, junio y julio empiezan igual.",
        "en": "Now “miércoles 20 de junio de 1990” (Wednesday 20 June 1990), at step $i = 6$: the one that "
        "writes the 6 of `1990-06-20`. In Spanish, junio (June) and julio (July) start alike.",
    },
    "attention.tour_month_ask": {
        "es": "¿Qué letra de «junio» recibe el mayor peso $w_{6j}$ en ese paso?",
        "en": "Which letter of “junio” gets the largest weight $w_{6j}$ at that step?",
    },
    "attention.tour_month_opt_j": {"es": "«j»", "en": "“j”"},
    "attention.tour_month_opt_u": {"es": "«u»", "en": "“u”"},
    "attention.tour_month_opt_n": {"es": "«n»", "en": "“n”"},
    "attention.tour_month_opt_i": {"es": "«i»", "en": "“i”"},
    "attention.tour_month_opt_o": {"es": "«o»", "en": "“o”"},
    "attention.tour_month_opt_other": {
        "es": "Ninguna: mira otro carácter",
        "en": "None: it looks at another character",
    },
    "attention.tour_month_reveal": {
        "es": "El paso {i} (escribe `{token}`) pone $w = {weight}$ en `{char}` (posición $j = {j}$). De "
        "todos los meses, solo junio y julio empiezan por «ju»: la tercera letra es la primera que los "
        "distingue.",
        "en": "Step {i} (it writes `{token}`) puts $w = {weight}$ on `{char}` (position $j = {j}$). Of all "
        "the months, only junio and julio start with “ju”: the third letter is the first that tells "
        "them apart.",
    },
    "attention.tour_pin_title": {"es": "Fijar la atención en la «j»", "en": "Pin the attention on the “j”"},
    "attention.tour_pin_look": {
        "es": "El mismo paso 6, ahora **fijado**: se lo obliga a mirar solo la posición $j = 16$, la «j» de "
        "junio ($w_{6,16} = 1$, los demás 0), y se decodifica de nuevo desde ahí. Baja a «Intervenir: "
        "fijar la atención».",
        "en": "The same step 6, now **pinned**: it is forced to look only at position $j = 16$, the “j” of "
        "junio ($w_{6,16} = 1$, the others 0), and decoding goes on again from there. Scroll down to "
        "“Intervene: pin the attention”.",
    },
    "attention.tour_pin_ask": {
        "es": "¿Qué dígito escribe ahora el paso 6?",
        "en": "Which digit does step 6 write now?",
    },
    "attention.tour_pin_reveal": {
        "es": "Fijado en $j = {j}$, el paso {i} escribe `{written}` en vez de `{before}`: la fecha pasa de "
        "`{output}` a `{pinned}`. Con solo la `{char}` a la vista, que junio y julio comparten, el modelo "
        "ya no puede distinguirlos: la salida sigue a lo que mira.",
        "en": "Pinned on $j = {j}$, step {i} writes `{written}` instead of `{before}`: the date goes from "
        "`{output}` to `{pinned}`. With only the `{char}` in sight, which junio and julio share, the model "
        "can no longer tell them apart: the output follows what it looks at.",
    },
    "attention.tour_reverse_title": {"es": "Invertir: la antidiagonal", "en": "Reversing: the anti-diagonal"},
    "attention.tour_reverse_look": {
        "es": "El modelo de invertir con atención lee «atencion». Para invertir, el paso $i$ tiene que mirar "
        "el carácter $T - 1 - i$: en el mapa, la antidiagonal. Debajo, «Paso a paso» muestra el paso 0 "
        "con sus números en la notación del apunte: las puntuaciones $s_{0j}$, los pesos $w_{0j}$, el "
        "contexto $c_0$ y $u_0 = \\mathrm{concat}(c_0, hd_0)$.",
        "en": "The reversal model with attention reads “atencion”. To reverse, step $i$ has to look at "
        "character $T - 1 - i$: in the heatmap, the anti-diagonal. Below, “Step by step” shows step 0 "
        "with its numbers in the lecture's notation: the scores $s_{0j}$, the weights $w_{0j}$, the "
        "context $c_0$ and $u_0 = \\mathrm{concat}(c_0, hd_0)$.",
    },
    "attention.tour_bottleneck_title": {
        "es": "Sin atención, 16 letras",
        "en": "Without attention, 16 letters",
    },
    "attention.tour_bottleneck_look": {
        "es": "El mismo modelo de invertir, **sin atención**: el decodificador solo recibe el último estado "
        "del codificador, 64 números, que tienen que guardar las 16 letras de «abcdefghijklmnop».",
        "en": "The same reversal model **without attention**: the decoder only gets the encoder's last "
        "state, 64 numbers, which have to hold all 16 letters of “abcdefghijklmnop”.",
    },
    "attention.tour_bottleneck_ask": {
        "es": "¿Lo escribirá al revés sin errores?",
        "en": "Will it write it backwards without a mistake?",
    },
    "attention.tour_bottleneck_opt_yes": {"es": "Sí, exacto", "en": "Yes, exactly"},
    "attention.tour_bottleneck_opt_no": {"es": "No, con errores", "en": "No, with mistakes"},
    "attention.tour_bottleneck_reveal": {
        "es": "Escribe `{output}`; lo correcto es `{right}`: {in_place} de {n} caracteres en su lugar. Es el "
        "cuello de botella del apunte: un solo vector de largo fijo para todo el texto.",
        "en": "It writes `{output}`; the right answer is `{right}`: {in_place} of {n} characters in place. "
        "This is the lecture's bottleneck: one fixed-length vector for the whole string.",
    },
    "attention.tour_long_title": {"es": "Con atención", "en": "With attention"},
    "attention.tour_long_look": {
        "es": "El mismo texto, con el modelo que tiene atención: lo invierte sin errores y su mapa es la "
        "antidiagonal. Baja a «El cuello de botella, medido»: la salida exacta contra el largo, con y sin "
        "atención, en textos que ninguno de los dos vio al entrenar.",
        "en": "The same string, with the model that has attention: it reverses it without a mistake, and its "
        "map is the anti-diagonal. Scroll down to “The bottleneck, measured”: exact outputs against length, "
        "with and without attention, on strings neither model saw in training.",
    },
}
