"""Strings of the "Inside LSTM and GRU" lesson."""

STRINGS = {
    "gates.nav": {"es": "Dentro de LSTM y GRU", "en": "Inside LSTM and GRU"},
    "gates.blurb": {
        "es": "Un modelo entrenado cuenta paréntesis carácter a carácter: mira cada compuerta abrirse y "
        "cerrarse, la unidad que lleva la cuenta y las ecuaciones con sus números. Después entrena el tuyo.",
        "en": "A trained model counts brackets character by character: watch every gate open and close, the "
        "unit that keeps the count and the equations with their numbers in. Then train your own.",
    },
    "gates.title": {"es": "Dentro de LSTM y GRU", "en": "Inside LSTM and GRU"},
    "gates.intro": {
        "es": "Para saber si un programa en C está bien escrito, una red tiene que **contar los paréntesis "
        "abiertos** aunque entre medio haya mucho texto (el ejemplo del apunte 003). Una RNN simple lo "
        "olvida; una [LSTM](glossary?lang=es#lstm) o una [GRU](glossary?lang=es#gru) decide en cada paso, "
        "con sus **[compuertas](glossary?lang=es#gate)**, qué guardar, qué olvidar y "
        "qué mostrar. Estos modelos están entrenados de verdad: escribe un texto y mira qué hace cada "
        "compuerta con cada carácter. Otro modelo recuerda **el último dígito** que leyó: ahí se ve a la "
        "compuerta de olvido soltar el dígito viejo justo cuando llega uno nuevo.",
        "en": "To tell whether a C program is well formed, a network has to **count the open brackets** even "
        "with a lot of text in between (lecture 003's example). A plain RNN forgets; an "
        "[LSTM](glossary?lang=en#lstm) or a [GRU](glossary?lang=en#gru) "
        "decides at every step, with its **[gates](glossary?lang=en#gate)**, what to keep, what to forget "
        "and what to show. These "
        "models are really trained: type a text and watch what every gate does with every character. "
        "Another model remembers **the last digit** it read: there you see the [forget "
        "gate](glossary?lang=en#forget-gate) let go of the "
        "old digit just as a new one arrives.",
    },
    # the models
    "gates.name_model": {"es": "Modelo", "en": "Model"},
    "gates.model_lstm_depth": {"es": "LSTM · profundidad", "en": "LSTM · depth"},
    "gates.model_gru_depth": {"es": "GRU · profundidad", "en": "GRU · depth"},
    "gates.model_lstm_remember": {"es": "LSTM · último dígito", "en": "LSTM · last digit"},
    "gates.model_mine": {"es": "El tuyo · {cell} {hidden}", "en": "Yours · {cell} {hidden}"},
    "gates.model_help": {
        "es": "**Profundidad**: tras cada carácter, cuántos paréntesis quedan abiertos (de 0 a 8). "
        "**Último dígito**: tras cada carácter, el último dígito que apareció (– si todavía ninguno). Los "
        "tres tienen una capa recurrente de PyTorch (`nn.LSTM` o `nn.GRU`) y una capa lineal que lee la "
        "respuesta de $h_t$. «El tuyo» aparece cuando entrenas uno abajo.",
        "en": "**Depth**: after each character, how many brackets are still open (0 to 8). **Last digit**: "
        "after each character, the last digit seen (– if none yet). All three have one PyTorch recurrent "
        "layer (`nn.LSTM` or `nn.GRU`) and a linear layer that reads the answer off $h_t$. “Yours” appears "
        "once you train one below.",
    },
    "gates.task_depth": {"es": "profundidad", "en": "depth"},
    "gates.task_remember": {"es": "último dígito", "en": "last digit"},
    "gates.name_text": {"es": "Texto", "en": "Text"},
    "gates.text_help_depth": {
        "es": "Paréntesis `(` `)` y letras minúsculas a–z, hasta {max} caracteres. Las mayúsculas se pasan "
        "a minúsculas y se quitan acentos, espacios y otros signos.",
        "en": "Brackets `(` `)` and lowercase letters a–z, up to {max} characters. Capitals are lowercased; "
        "accents, spaces and other signs are left out.",
    },
    "gates.text_help_remember": {
        "es": "Letras minúsculas a–z y dígitos 0–9, hasta {max} caracteres. Las mayúsculas se pasan a "
        "minúsculas y se quitan acentos, espacios y otros signos.",
        "en": "Lowercase letters a–z and digits 0–9, up to {max} characters. Capitals are lowercased; "
        "accents, spaces and other signs are left out.",
    },
    "gates.examples": {"es": "Ejemplos", "en": "Examples"},
    "gates.name_unit": {"es": "Unidad", "en": "Unit"},
    "gates.name_step": {"es": "Paso t", "en": "Step t"},
    # what the model cannot read
    "gates.issue_empty": {
        "es": "El texto está vacío: el modelo necesita al menos un carácter.",
        "en": "The text is empty: the model needs at least one character.",
    },
    "gates.issue_too_long": {
        "es": "El texto tiene {count} caracteres y el modelo lee a lo sumo {max}.",
        "en": "The text has {count} characters and the model reads at most {max}.",
    },
    "gates.issue_bad_chars_depth": {
        "es": "Este modelo solo lee `(`, `)` y letras minúsculas a–z; no sabe leer {chars}.",
        "en": "This model only reads `(`, `)` and lowercase letters a–z; it cannot read {chars}.",
    },
    "gates.issue_bad_chars_remember": {
        "es": "Este modelo solo lee letras minúsculas a–z y dígitos 0–9; no sabe leer {chars}.",
        "en": "This model only reads lowercase letters a–z and digits 0–9; it cannot read {chars}.",
    },
    "gates.issue_used": {
        "es": "Se usa {used} (mayúsculas en minúscula, sin acentos ni lo que no sabe leer, hasta {max} "
        "caracteres).",
        "en": "Using {used} (capitals lowercased, without accents or what it cannot read, up to {max} "
        "characters).",
    },
    "gates.issue_used_start": {
        "es": "Se usan los primeros {max}: {used}.",
        "en": "Using the first {max}: {used}.",
    },
    "gates.space": {"es": "el espacio", "en": "the space"},
    "gates.issue_used_example": {
        "es": "No queda nada que el modelo sepa leer: se usa el ejemplo {used}.",
        "en": "Nothing is left that the model can read: using the example {used}.",
    },
    "gates.use_readable": {"es": "Poner {used} en el cuadro", "en": "Put {used} in the box"},
    "gates.issue_unopened_close": {
        "es": "Pasos {steps}: la profundidad queda por debajo de 0 (un `)` cerró un paréntesis que nunca se "
        "abrió), algo que el modelo nunca vio al entrenar: ahí sus respuestas son adivinanzas.",
        "en": "Steps {steps}: the depth is below 0 (a `)` closed a bracket that was never opened), which the "
        "model never saw in training: there its answers are guesses.",
    },
    "gates.issue_too_deep": {
        "es": "Pasos {steps}: el anidamiento pasa de {max}, más hondo que todo lo que el modelo vio al "
        "entrenar: ahí sus respuestas son adivinanzas.",
        "en": "Steps {steps}: the nesting goes deeper than {max}, deeper than anything the model saw in "
        "training: there its answers are guesses.",
    },
    "gates.no_trained": {
        "es": "**Modelo**: {raw} es el modelo que cada visitante entrena al final de esta página, y todavía "
        "no entrenaste uno; se usa {used}.",
        "en": "**Model**: {raw} is the model each visitor trains at the bottom of this page, and you have "
        "not trained one yet; using {used}.",
    },
    # what the model answers
    "gates.predictions_heading": {"es": "Qué responde", "en": "What it answers"},
    "gates.row_text": {"es": "texto", "en": "text"},
    "gates.row_prediction": {"es": "respuesta", "en": "answer"},
    "gates.row_target": {"es": "correcta", "en": "right"},
    "gates.score_depth": {
        "es": "Tras cada carácter, el modelo responde cuántos paréntesis quedan abiertos: acierta "
        "**{right} de {total}**. En rojo y en un cuadrado, donde se equivoca; el marco naranja señala el "
        "paso elegido.",
        "en": "After each character the model answers how many brackets are still open: **{right} of "
        "{total}** right. In red and in a square, where it is wrong; the orange frame marks the chosen step.",
    },
    "gates.score_remember": {
        "es": "Tras cada carácter, el modelo responde el último dígito que vio (– si todavía ninguno): "
        "acierta **{right} de {total}**. En rojo y en un cuadrado, donde se equivoca; el marco naranja "
        "señala el paso elegido.",
        "en": "After each character the model answers the last digit it saw (– if none yet): **{right} of "
        "{total}** right. In red and in a square, where it is wrong; the orange frame marks the chosen step.",
    },
    # the heatmaps
    "gates.inside_heading": {"es": "Cada compuerta y cada estado", "en": "Every gate and every state"},
    "gates.best_depth": {
        "es": "La unidad que mejor sigue la profundidad es la **{unit}** (★): su ${state}$ tiene "
        "correlación **r = {r}** con la profundidad, medida sobre 200 textos de ejemplo.",
        "en": "The unit that follows the depth best is **unit {unit}** (★): its ${state}$ has correlation "
        "**r = {r}** with the depth, measured over 200 example texts.",
    },
    "gates.best_digit": {
        "es": "La unidad que mejor marca la llegada de un dígito es la **{unit}** (★): su ${state}$ tiene "
        "correlación **r = {r}** con «aquí llega un dígito», medida sobre 200 textos de ejemplo. {sign}",
        "en": "The unit that marks a digit's arrival best is **unit {unit}** (★): its ${state}$ has "
        "correlation **r = {r}** with “a digit arrives here”, measured over 200 example texts. {sign}",
    },
    "gates.digit_drops": {
        "es": "En este modelo cae cuando llega un dígito: el momento de cambiar el dígito que guarda.",
        "en": "In this model it drops when a digit arrives: the moment to replace the digit it keeps.",
    },
    "gates.digit_rises": {
        "es": "En este modelo sube cuando llega un dígito: el momento de cambiar el dígito que guarda.",
        "en": "In this model it rises when a digit arrives: the moment to replace the digit it keeps.",
    },
    "gates.chosen_r": {
        "es": "Unidad elegida, {unit}: {values} sobre los 200 textos de ejemplo; en este texto, {here}.",
        "en": "Chosen unit, {unit}: {values} over the 200 example texts; on this text, {here}.",
    },
    "gates.r_undefined": {
        "es": "r({name}) no está definida ({name} no cambia)",
        "en": "r({name}) is undefined ({name} does not change)",
    },
    "gates.r_flat_feature": {
        "es": "«{feature}» no cambia, así que no hay r",
        "en": "“{feature}” does not change, so there is no r",
    },
    "gates.heatmaps_caption": {
        "es": "Una fila por unidad, una columna por carácter leído; pasa el cursor para ver el valor exacto. "
        "Las compuertas ($\\sigma$) van de 0 (cerrada, blanco) a 1 (abierta, azul); $g$, $n$ y $h$ "
        "($\\tanh$) de −1 (azul) a 1 (rojo); la celda $c$ no tiene tope. El marco negro es la unidad "
        "elegida y el naranja el paso elegido.",
        "en": "One row per unit, one column per character read; hover for the exact value. Gates "
        "($\\sigma$) go from 0 (closed, white) to 1 (open, blue); $g$, $n$ and $h$ ($\\tanh$) from −1 "
        "(blue) to 1 (red); the cell $c$ has no bound. The black frame is the chosen unit and the orange "
        "one the chosen step.",
    },
    "gates.name_i": {"es": "compuerta de entrada", "en": "input gate"},
    "gates.name_f": {"es": "compuerta de olvido", "en": "forget gate"},
    "gates.name_g": {"es": "candidato (c̃ en la clase)", "en": "candidate (the lectures' c̃)"},
    "gates.name_o": {"es": "compuerta de salida", "en": "output gate"},
    "gates.name_c": {"es": "celda: la memoria", "en": "cell: the memory"},
    "gates.name_h": {"es": "estado oculto: la salida", "en": "hidden state: the output"},
    "gates.name_r": {"es": "compuerta de reinicio", "en": "reset gate"},
    "gates.name_z": {"es": "compuerta de actualización", "en": "update gate"},
    "gates.name_n": {"es": "candidato (h̃ en la clase)", "en": "candidate (the lectures' h̃)"},
    "gates.unit": {"es": "unidad", "en": "unit"},
    # one unit
    "gates.unit_heading": {
        "es": "La unidad {unit}, carácter a carácter",
        "en": "Unit {unit}, character by character",
    },
    "gates.gates_axis": {"es": "compuertas", "en": "gates"},
    "gates.states_axis": {"es": "estados", "en": "states"},
    "gates.feature_depth": {"es": "profundidad", "en": "depth"},
    "gates.feature_digit": {"es": "llega un dígito", "en": "a digit arrives"},
    "gates.right_axis": {"es": "eje derecho", "en": "right axis"},
    "gates.unit_caption": {
        "es": "Arriba, las compuertas de la unidad {unit}; abajo, sus estados y, en gris punteado, "
        "{feature}. Pasa el cursor para ver cada valor.",
        "en": "Above, unit {unit}'s gates; below, its states and, dotted grey, {feature}. Hover for each "
        "value.",
    },
    "gates.r_caption": {
        "es": "La correlación r de cada unidad con {feature} sobre 200 textos de ejemplo: la elegida en "
        "color pleno, la mejor con ★. Una r cerca de +1 o −1 es una unidad que sigue {feature}; cerca de 0, "
        "una que hace otra cosa.",
        "en": "Every unit's correlation r with {feature} over 200 example texts: the chosen one in full "
        "colour, the best one starred. An r near +1 or −1 is a unit that follows {feature}; near 0, one "
        "that does something else.",
    },
    # one step
    "gates.step_heading": {
        "es": "El paso {t}, a mano: las ecuaciones de PyTorch para la unidad {unit}",
        "en": "Step {t} by hand: PyTorch's equations for unit {unit}",
    },
    "gates.step_caption": {
        "es": "Las ecuaciones de `torch.nn.{module}` con los números de la unidad {unit} al leer {char} "
        "(paso {t}). $x_{{{t}}}$ es el vector one-hot de ese carácter, así que $W_{{i\\cdot}} x_{{{t}}}$ es "
        "simplemente la columna de ese carácter en la matriz de pesos. Cuentas en float64 con los pesos del "
        "modelo; el $h$ que calcula el propio módulo es {module_h}.",
        "en": "The equations of `torch.nn.{module}` with unit {unit}'s numbers while reading {char} (step "
        "{t}). $x_{{{t}}}$ is that character's one-hot vector, so $W_{{i\\cdot}} x_{{{t}}}$ is simply that "
        "character's column of the weight matrix. Worked in float64 with the model's weights; the $h$ the "
        "module itself computes is {module_h}.",
    },
    "gates.first_step_lstm": {
        "es": "En el paso 0 no hay pasado: $h_{-1}$ y $c_{-1}$ valen 0, el estado inicial por defecto de "
        "PyTorch.",
        "en": "At step 0 there is no past: $h_{-1}$ and $c_{-1}$ are 0, PyTorch's default initial state.",
    },
    "gates.first_step_gru": {
        "es": "En el paso 0 no hay pasado: $h_{-1}$ vale 0, el estado inicial por defecto de PyTorch.",
        "en": "At step 0 there is no past: $h_{-1}$ is 0, PyTorch's default initial state.",
    },
    # conventions
    "gates.conventions_heading": {
        "es": "Convenciones: las ecuaciones de PyTorch y las de la clase",
        "en": "Conventions: PyTorch's equations and the lectures'",
    },
    "gates.conventions_intro": {
        "es": "Esta página calcula **lo que calcula PyTorch** (`nn.LSTM`, `nn.GRU`). Los apuntes escriben "
        "las mismas redes de otras formas; aquí están lado a lado.",
        "en": "This page computes **what PyTorch computes** (`nn.LSTM`, `nn.GRU`). The lecture notes write "
        "the same networks in other forms; here they are side by side.",
    },
    "gates.conv_torch": {
        "es": "PyTorch (lo que calcula esta página)",
        "en": "PyTorch (what this page computes)",
    },
    "gates.conv_003": {"es": "Apunte 003 (NYU, Cho 2014)", "en": "Notes 003 (NYU, Cho 2014)"},
    "gates.conv_002": {"es": "Apunte 002 (sesión 1.2)", "en": "Notes 002 (session 1.2)"},
    "gates.conv_000": {"es": "Apunte 000 (clase 9)", "en": "Notes 000 (class 9)"},
    "gates.conv_lstm_notes": {
        "es": "- **Las mismas cuentas.** El apunte 003 escribe $W x_t + U h_{t-1} + b$ y el 002 "
        "$\\omega \\cdot [h_{t-1}, x_t] + b$ (una sola matriz sobre el vector concatenado): es lo mismo que "
        "$W_{i\\cdot} x_t + W_{h\\cdot} h_{t-1}$. PyTorch guarda **dos sesgos** por compuerta, $b_{i\\cdot}$ "
        "y $b_{h\\cdot}$, y los suma: equivalen al único $b$ de la clase.\n"
        "- **Los nombres.** El candidato que PyTorch llama $g_t$ es el $\\tilde c_t$ del apunte 002; el "
        "003 no le da nombre: es el $\\tanh(W_c x_t + U_c h_{t-1} + b_c)$ dentro de su $c_t$. "
        "En el apunte 000 (clase 9) la **compuerta de salida se llama $g$** ($h_t = g_t \\odot "
        "\\tanh(C_t)$) y el candidato $\\tilde C$: su $g$ es la $o$ de PyTorch, y su $\\tilde C$ es la "
        "$g$ de PyTorch. Además escribe $C$ por $c$ y no pone sesgos.\n"
        "- **El orden.** PyTorch apila las filas de `weight_ih_l0` en el orden $i, f, g, o$.",
        "en": "- **The same sums.** Notes 003 write $W x_t + U h_{t-1} + b$ and notes 002 "
        "$\\omega \\cdot [h_{t-1}, x_t] + b$ (one matrix over the stacked vector): the same as "
        "$W_{i\\cdot} x_t + W_{h\\cdot} h_{t-1}$. PyTorch keeps **two biases** per gate, $b_{i\\cdot}$ and "
        "$b_{h\\cdot}$, and adds them: together they are the lectures' single $b$.\n"
        "- **The names.** The candidate PyTorch calls $g_t$ is the $\\tilde c_t$ of notes 002; notes 003 "
        "give it no name: it is the $\\tanh(W_c x_t + U_c h_{t-1} + b_c)$ inside their $c_t$. "
        "In notes 000 (class 9) the **output gate is called $g$** ($h_t = g_t \\odot \\tanh(C_t)$) and the "
        "candidate $\\tilde C$: their $g$ is PyTorch's $o$, and their $\\tilde C$ is PyTorch's $g$. They "
        "also write $C$ for $c$ and leave out the biases.\n"
        "- **The order.** PyTorch stacks the rows of `weight_ih_l0` in the order $i, f, g, o$.",
    },
    "gates.conv_gru_notes": {
        "es": "- **Dónde actúa el reinicio.** Los apuntes siguen a Cho 2014: $U_h (r_t \\odot h_{t-1})$, el "
        "reinicio multiplica $h_{t-1}$ **antes** de la matriz. PyTorch lo aplica **después**: "
        "$r_t \\odot (W_{hn} h_{t-1} + b_{hn})$. No es la misma función: los pesos de una forma no sirven "
        "tal cual en la otra.\n"
        "- **Hacia dónde va $z$.** En el apunte 003 y en PyTorch, $z_t = 1$ **copia el pasado** "
        "($h_t = h_{t-1}$). El apunte 002 escribe $h_t = (1 - z_t) h_{t-1} + z_t \\tilde h_t$: ahí $z_t = 1$ "
        "toma el candidato, así que **su $z$ es el $1 - z$ de PyTorch**.\n"
        "- **Los nombres en el apunte 002.** La diapositiva llama a $z$ «reset gate» y a $r$ «update "
        "gate», pero en sus propias ecuaciones $r$ es la que reinicia (multiplica $h_{t-1}$ dentro del "
        "candidato) y $z$ la que actualiza (mezcla lo viejo con lo nuevo), como en PyTorch y en el 003.\n"
        "- **El candidato.** PyTorch lo llama $n_t$; los apuntes, $\\tilde h_t$ o $\\phi_h(\\cdot)$.",
        "en": "- **Where the reset acts.** The notes follow Cho 2014: $U_h (r_t \\odot h_{t-1})$, the reset "
        "multiplies $h_{t-1}$ **before** the matrix. PyTorch applies it **after**: "
        "$r_t \\odot (W_{hn} h_{t-1} + b_{hn})$. It is not the same function: weights of one form do not "
        "work as they are in the other.\n"
        "- **Which way $z$ goes.** In notes 003 and in PyTorch, $z_t = 1$ **copies the past** "
        "($h_t = h_{t-1}$). Notes 002 write $h_t = (1 - z_t) h_{t-1} + z_t \\tilde h_t$: there $z_t = 1$ "
        "takes the candidate, so **their $z$ is PyTorch's $1 - z$**.\n"
        "- **The names in notes 002.** The slide calls $z$ “reset gate” and $r$ “update gate”, but in its "
        "own equations $r$ is the one that resets (it multiplies $h_{t-1}$ inside the candidate) and $z$ the "
        "one that updates (it mixes old and new), as in PyTorch and notes 003.\n"
        "- **The candidate.** PyTorch calls it $n_t$; the notes, $\\tilde h_t$ or $\\phi_h(\\cdot)$.",
    },
    "gates.conv_000_note": {
        "es": "($i$, $f$ y $C$ como en el 003, sin sesgos.)",
        "en": "($i$, $f$ and $C$ as in notes 003, without biases.)",
    },
    "gates.code_heading": {"es": "Lo mismo en un cuaderno", "en": "The same in a notebook"},
    # training
    "gates.train_heading": {"es": "Entrena el tuyo", "en": "Train your own"},
    "gates.train_intro": {
        "es": "Un modelo chico, desde cero, con textos nuevos en cada paso (Adam, tasa 0.02, lotes de 32, "
        "gradiente recortado a norma 1). Una LSTM de 12 unidades llega a ~98 % en la profundidad en unos "
        "30 s; la GRU tarda algo más; el último dígito se aprende en pocos segundos. Queda solo para ti, en "
        "esta sesión, y puedes mirarlo por dentro arriba.",
        "en": "A small model, from scratch, on fresh texts at every step (Adam, rate 0.02, batches of 32, "
        "gradient clipped to norm 1). A 12-unit LSTM gets to ~98% on depth in about 30 s; the GRU takes "
        "somewhat longer; the last digit is learnt in a few seconds. It is kept for you only, in this "
        "session, and you can look inside it above.",
    },
    "gates.train_cell": {"es": "Celda", "en": "Cell"},
    "gates.train_task": {"es": "Tarea", "en": "Task"},
    "gates.train_hidden": {"es": "Unidades", "en": "Units"},
    "gates.train_seconds": {"es": "Tiempo máximo (s)", "en": "Time limit (s)"},
    "gates.train_steps": {"es": "Pasos máximos", "en": "Step limit"},
    "gates.train_seed": {"es": "Semilla", "en": "Seed"},
    "gates.train_done": {
        "es": "Listo: {cell} de {hidden} unidades, {task}, {steps} pasos en {seconds} s. Acierta el "
        "**{acc} %** de los caracteres de 200 textos de ejemplo.",
        "en": "Done: {cell} of {hidden} units, {task}, {steps} steps in {seconds} s. It gets **{acc}%** of "
        "the characters of 200 example texts right.",
    },
    "gates.train_stopped": {
        "es": "Detenido en el paso {steps} ({seconds} s): {cell} de {hidden} unidades, {task}. Así como "
        "quedó, acierta el **{acc} %** de los caracteres de 200 textos de ejemplo.",
        "en": "Stopped at step {steps} ({seconds} s): {cell} of {hidden} units, {task}. As it is, it gets "
        "**{acc}%** of the characters of 200 example texts right.",
    },
    "gates.train_look": {"es": "Mirarlo por dentro", "en": "Look inside it"},
    "gates.train_looking": {
        "es": "Arriba se ve este modelo: elegido como «El tuyo».",
        "en": "This model is the one shown above: chosen as “Yours”.",
    },
    "gates.accuracy": {"es": "acierto del lote", "en": "batch accuracy"},
    "gates.train_chart_caption": {
        "es": "La pérdida (entropía cruzada, media móvil) y el acierto sobre cada lote nuevo, que el modelo "
        "todavía no había visto.",
        "en": "The loss (cross-entropy, running mean) and the accuracy on each new batch, which the model "
        "had not seen yet.",
    },
    "gates.col_t": {"es": "t", "en": "t"},
    "gates.col_char": {"es": "carácter", "en": "character"},
    # the guided tour (lessons/gates.py TOUR)
    "gates.tour_count_title": {"es": "Contar paréntesis", "en": "Counting brackets"},
    "gates.tour_count_look": {
        "es": "Una LSTM entrenada lee `if(a(b)c(d(e)))f` y, tras cada carácter, responde cuántos paréntesis "
        "quedan abiertos (fila del medio, arriba). En el paso 10 se abre el tercero. Debajo, cada compuerta "
        "y estado de sus 16 unidades: la ★ es la que mejor sigue la profundidad.",
        "en": "A trained LSTM reads `if(a(b)c(d(e)))f` and, after each character, answers how many brackets "
        "are still open (the middle row at the top). At step 10 the third one opens. Below, every gate and "
        "state of its 16 units: the ★ one follows the depth best.",
    },
    "gates.tour_long_gap_title": {"es": "Una espera larga", "en": "A long wait"},
    "gates.tour_long_gap_look": {
        "es": "Cuatro paréntesis, 36 letras y después los cuatro cierres: el ejemplo del apunte 003, un "
        "programa con mucho texto entre paréntesis. Durante las letras la cuenta no cambia, pero la red "
        "tiene que sostenerla paso a paso. La celda hace $c_t = f_t\\,c_{t-1} + i_t\\,g_t$.",
        "en": "Four brackets, 36 letters, then the four closing ones: lecture 003's example, a program with "
        "a lot of text between brackets. During the letters the count does not change, but the network must "
        "hold it step after step. The cell computes $c_t = f_t\\,c_{t-1} + i_t\\,g_t$.",
    },
    "gates.tour_long_gap_ask": {
        "es": "Mientras pasan las letras, ¿la compuerta de olvido $f$ de la unidad ★ está cerca de 1 o "
        "cerca de 0?",
        "en": "While the letters go by, is the ★ unit's forget gate $f$ near 1 or near 0?",
    },
    "gates.tour_long_gap_opt_near_1": {
        "es": "Cerca de 1: guarda la celda",
        "en": "Near 1: it keeps the cell",
    },
    "gates.tour_long_gap_opt_near_0": {
        "es": "Cerca de 0: borra la celda",
        "en": "Near 0: it wipes the cell",
    },
    "gates.tour_long_gap_reveal": {
        "es": "Sobre las {n} letras, la $f$ de la unidad {unit} vale {f_mean} en promedio (la menor, "
        "{f_min}); su celda $c$ pasa de {c_first} a {c_last} y en el paso {t} el modelo todavía responde "
        "{answer}. Con $f$ cerca de 1 la celda pasa casi igual de un paso al siguiente, y por ese camino el "
        "gradiente solo se multiplica por $f$ en cada paso, sin matriz ni tanh de por medio (apunte 002, "
        "«flujo ininterrumpido»).",
        "en": "Over the {n} letters, unit {unit}'s $f$ averages {f_mean} (lowest {f_min}); its cell $c$ goes "
        "from {c_first} to {c_last}, and at step {t} the model still answers {answer}. With $f$ near 1 "
        "the cell passes almost unchanged from one step to the next, and along that path the gradient is "
        "only multiplied by $f$ at each step, with no matrix or tanh in the way (lecture 002, "
        "“uninterrupted flow”).",
    },
    "gates.tour_gru_title": {"es": "La GRU y su compuerta z", "en": "The GRU and its gate z"},
    "gates.tour_gru_look": {
        "es": "Una GRU que cuenta lo mismo. PyTorch calcula $h_t = (1 - z_t)\\,n_t + z_t\\,h_{t-1}$: $z$ "
        "reparte el nuevo estado entre el candidato $n_t$ y el estado anterior. Paso 6: la `x` dentro de "
        "tres paréntesis.",
        "en": "A GRU that counts the same. PyTorch computes $h_t = (1 - z_t)\\,n_t + z_t\\,h_{t-1}$: $z$ "
        "splits the new state between the candidate $n_t$ and the previous state. Step 6: the `x` inside "
        "three brackets.",
    },
    "gates.tour_gru_ask": {
        "es": "En el paso 6, en la unidad ★, ¿qué pesa más en $h_6$?",
        "en": "At step 6, in the ★ unit, what weighs more in $h_6$?",
    },
    "gates.tour_gru_opt_keep": {
        "es": "El estado anterior $h_5$ ($z > 0.5$)",
        "en": "The previous state $h_5$ ($z > 0.5$)",
    },
    "gates.tour_gru_opt_write": {
        "es": "El candidato nuevo $n_6$ ($z < 0.5$)",
        "en": "The new candidate $n_6$ ($z < 0.5$)",
    },
    "gates.tour_gru_reveal": {
        "es": "$z = {z}$: $h_{{{t}}} = (1 - {z}) \\cdot {n} + {z} \\cdot {h_prev} = {written} + {kept} = "
        "{h}$. En PyTorch (y en el apunte 003) $z$ es la parte del pasado; el apunte 002 escribe "
        "$h_t = (1 - z_t) h_{{t-1}} + z_t \\tilde h_t$, donde su $z$ es la parte de lo nuevo.",
        "en": "$z = {z}$: $h_{{{t}}} = (1 - {z}) \\cdot {n} + {z} \\cdot {h_prev} = {written} + {kept} = "
        "{h}$. In PyTorch (and lecture 003) $z$ is the past's share; lecture 002 writes "
        "$h_t = (1 - z_t) h_{{t-1}} + z_t \\tilde h_t$, where its $z$ is the new part's share.",
    },
    "gates.tour_new_digit_title": {"es": "Soltar lo viejo", "en": "Letting go of the old"},
    "gates.tour_new_digit_look": {
        "es": "Otro modelo: tras cada carácter responde el último dígito que leyó. En `hola3mundo8adios` "
        "recuerda el 3 hasta que en el paso 10 llega el 8. La unidad ★ es la que mejor marca la llegada de "
        "un dígito.",
        "en": "Another model: after each character it answers the last digit it read. In `hola3mundo8adios` "
        "it remembers the 3 until the 8 arrives at step 10. The ★ unit is the one that marks a digit's "
        "arrival best.",
    },
    "gates.tour_new_digit_ask": {
        "es": "Cuando llega el 8 (paso 10), ¿cómo está la compuerta de olvido $f$ de la unidad ★?",
        "en": "When the 8 arrives (step 10), where is the ★ unit's forget gate $f$?",
    },
    "gates.tour_new_digit_opt_near_1": {"es": "Cerca de 1", "en": "Near 1"},
    "gates.tour_new_digit_opt_near_0": {"es": "Cerca de 0", "en": "Near 0"},
    "gates.tour_new_digit_reveal": {
        "es": "En la unidad {unit}, $f = {f}$ al leer `{char}` (paso {t}): de $c_{{t-1}} = {c_prev}$ la "
        "celda guarda solo $f\\,c_{{t-1}} = {kept}$ y escribe $i\\,g = {written}$, así que $c = {c}$ es "
        "casi todo nuevo. La compuerta de olvido se cierra justo cuando hay que soltar el dígito viejo.",
        "en": "In unit {unit}, $f = {f}$ reading `{char}` (step {t}): of $c_{{t-1}} = {c_prev}$ the cell "
        "keeps only $f\\,c_{{t-1}} = {kept}$ and writes $i\\,g = {written}$, so $c = {c}$ is almost all "
        "new. The forget gate closes just when the old digit must go.",
    },
    "gates.tour_long_wait_title": {"es": "40 letras después", "en": "40 letters later"},
    "gates.tour_long_wait_look": {
        "es": "Un 5 y después 40 letras `z` antes del 2. Una RNN simple con $W$ menor que 1 perdería el "
        "dato en pocos pasos.",
        "en": "A 5, then 40 letters `z` before the 2. A plain RNN with $W$ below 1 would lose it within a "
        "few steps.",
    },
    "gates.tour_long_wait_ask": {
        "es": "¿Qué dígito responde el modelo en el paso 40, tras las 40 `z`? (−1 si ninguno)",
        "en": "What digit does the model answer at step 40, after the 40 `z`? (−1 for none)",
    },
    "gates.tour_long_wait_reveal": {
        "es": "En el paso {t} le da a esa respuesta una probabilidad de {p}. En el paso {next} llega el "
        "`{char}` y la $f$ de la unidad {unit} baja a {f_next}: ahí sí suelta el dígito viejo.",
        "en": "At step {t} it gives that answer probability {p}. At step {next} the `{char}` arrives and "
        "unit {unit}'s $f$ drops to {f_next}: there it does let go of the old digit.",
    },
    "gates.tour_by_hand_title": {"es": "Un paso con sus números", "en": "One step with its numbers"},
    "gates.tour_by_hand_look": {
        "es": "Abajo, las ecuaciones de la unidad en el paso 11 con cada número: cada compuerta suma la "
        "columna de la `e` en $W_{i\\cdot}$, lo que aporta $h_{10}$ y los sesgos. Fíjate "
        "en $c_t = f\\,c_{t-1} + i\\,g$: la celda se actualiza con una **suma**, no multiplicando por una "
        "matriz en cada paso como la RNN simple.",
        "en": "Below, the unit's equations at step 11 with every number: each gate adds the `e` column of "
        "$W_{i\\cdot}$, what $h_{10}$ brings and the biases. Look at $c_t = f\\,c_{t-1} + i\\,g$: the cell "
        "is updated by a **sum**, not by a matrix product at every step as in the plain RNN.",
    },
}
