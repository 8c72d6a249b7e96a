"""Strings of the "xLSTM" lesson."""

STRINGS = {
    "xlstm.nav": {"es": "xLSTM: sLSTM y mLSTM", "en": "xLSTM: sLSTM and mLSTM"},
    "xlstm.blurb": {
        "es": "Compuertas exponenciales, un estado normalizador y una memoria matricial: la sLSTM lleva la "
        "paridad de una cadena de bits, la mLSTM recuerda pares clave-valor. Cada paso con sus números.",
        "en": "Exponential gates, a normaliser state and a matrix memory: the sLSTM tracks the parity of a "
        "bit string, the mLSTM recalls key-value pairs. Every step with its numbers in.",
    },
    "xlstm.title": {"es": "xLSTM: sLSTM y mLSTM", "en": "xLSTM: sLSTM and mLSTM"},
    "xlstm.intro": {
        "es": "La clase 002 termina con **[xLSTM](glossary?lang=es#xlstm)** (Beck et al. 2024), dos celdas "
        "nuevas. La **sLSTM** "
        "(ecuaciones 8 a 14) tiene una compuerta de entrada **exponencial**, $i_t = \\exp(\\tilde i_t)$, "
        "y un "
        "**[estado normalizador](glossary?lang=es#normalizer-state)** $n_t$: su salida es $h_t = o_t\\, c_t "
        "/ n_t$. Sus compuertas leen "
        "$h_{{t-1}}$ "
        "(mezcla de memoria). La **mLSTM** (ecuaciones 19 a 27) guarda una **matriz** "
        "$C_t = f_t C_{{t-1}} + i_t\\, v_t k_t^\\top$, como un almacén clave-valor, y la lee con una "
        "consulta: "
        "$h_t = o_t \\odot C_t q_t / \\max(|n_t^\\top q_t|, 1)$. Sus compuertas solo miran $x_t$, así "
        "que todos "
        "los pasos se pueden calcular a la vez. Aquí las dos celdas están entrenadas de verdad: la sLSTM "
        "lleva "
        "la paridad de una cadena de bits, la mLSTM responde qué valor tenía una clave.",
        "en": "Lecture 002 ends with **[xLSTM](glossary?lang=en#xlstm)** (Beck et al. 2024), two new cells. "
        "The **sLSTM** "
        "(equations 8 to 14) has an **exponential** input gate, $i_t = \\exp(\\tilde i_t)$, and a "
        "**[normaliser state](glossary?lang=en#normalizer-state)** $n_t$: its output is $h_t = o_t\\, c_t / "
        "n_t$. Its gates read $h_{{t-1}}$ "
        "(memory mixing). The **mLSTM** (equations 19 to 27) stores a **matrix** "
        "$C_t = f_t C_{{t-1}} + i_t\\, v_t k_t^\\top$, like a key-value store, and reads it with a query: "
        "$h_t = o_t \\odot C_t q_t / \\max(|n_t^\\top q_t|, 1)$. Its gates only look at $x_t$, so every step "
        "can be computed at once. Both cells here are really trained: the sLSTM tracks the parity of a bit "
        "string, the mLSTM answers which value a key had.",
    },
    # settings
    "xlstm.name_cell": {"es": "Celda que mirar por dentro", "en": "Cell to look inside"},
    "xlstm.name_bits": {"es": "Cadena de bits (paridad)", "en": "Bit string (parity)"},
    "xlstm.name_prompt": {
        "es": "Consulta de memoria (pares, ?, clave)",
        "en": "Recall prompt (pairs, ?, key)",
    },
    "xlstm.name_step": {"es": "Paso t", "en": "Step t"},
    "xlstm.name_unit": {"es": "Unidad", "en": "Unit"},
    "xlstm.name_first": {"es": "Fuerza de la 1.ª escritura (ĩ)", "en": "Strength of the 1st write (ĩ)"},
    "xlstm.name_second": {"es": "Fuerza de la 2.ª escritura (ĩ)", "en": "Strength of the 2nd write (ĩ)"},
    "xlstm.cell_option_slstm": {"es": "sLSTM · paridad", "en": "sLSTM · parity"},
    "xlstm.cell_option_mlstm": {"es": "mLSTM · memoria", "en": "mLSTM · recall"},
    "xlstm.bits_help": {
        "es": "Solo 0 y 1, hasta {max} bits. Los modelos se entrenaron con cadenas de 1 a 40 bits.",
        "en": "Only 0 and 1, up to {max} bits. The models were trained on strings of 1 to 40 bits.",
    },
    "xlstm.prompt_help": {
        "es": "Pares letra-dígito con letras distintas, luego `?` y una de esas letras: `a3b7c1?b` pide el "
        "valor de `b`, que es 7. Hasta {max} pares; los modelos se entrenaron con 1 a 8.",
        "en": "Letter-digit pairs with different letters, then `?` and one of those letters: `a3b7c1?b` asks "
        "for the value of `b`, which is 7. Up to {max} pairs; the models were trained on 1 to 8.",
    },
    "xlstm.examples": {"es": "Ejemplos", "en": "Examples"},
    # bad input
    "xlstm.issue_bits": {
        "es": "Una cadena de bits solo tiene 0 y 1: se quitaron los caracteres que no lo son ({chars}) y "
        "se usa {used}.",
        "en": "A bit string only has 0 and 1: the characters that are not bits ({chars}) were removed "
        "and {used} is used.",
    },
    "xlstm.issue_prompt_chars": {
        "es": "La consulta {raw} tiene caracteres que los modelos no leen ({chars}): solo letras minúsculas "
        "a-z, dígitos y `?`. Se usa el ejemplo {used}.",
        "en": "The prompt {raw} has characters the models do not read ({chars}): only lowercase letters a-z, "
        "digits and `?`. The example {used} is used.",
    },
    "xlstm.issue_prompt_form": {
        "es": "La consulta {raw} no tiene la forma pares letra-dígito (letras distintas), `?` y una de esas "
        "letras. Se usa el ejemplo {used}.",
        "en": "The prompt {raw} is not letter-digit pairs (different letters), `?` and one of those letters. "
        "The example {used} is used.",
    },
    # one step
    "xlstm.step_header": {"es": "1. Un paso, con los números", "en": "1. One step, with the numbers in"},
    "xlstm.step_intro_slstm": {
        "es": "El modelo `parity-slstm` lee la cadena de bits (en cada paso, el bit actual y el anterior). "
        "Esta es la unidad {unit} en el paso {t}, que lee el bit {char}.",
        "en": "The model `parity-slstm` reads the bit string (at each step, the current bit and the one "
        "before). This is unit {unit} at step {t}, which reads the bit {char}.",
    },
    "xlstm.step_intro_mlstm": {
        "es": "El modelo `recall-mlstm` lee la consulta (en cada paso, el carácter actual y el anterior: así "
        "una clave y su valor llegan juntos, parecido a la convolución causal que un bloque xLSTM pone antes "
        "de su mLSTM). Este es el "
        "paso {t}, que lee {chars}. Las compuertas $i$ y $f$ de la mLSTM son un número por paso, no por "
        "unidad.",
        "en": "The model `recall-mlstm` reads the prompt (at each step, the current character and the one "
        "before: so a key and its value arrive together, much like the causal convolution an xLSTM block "
        "puts before its mLSTM). This "
        "is step {t}, which reads {chars}. The mLSTM's gates $i$ and $f$ are one number per step, not "
        "per unit.",
    },
    "xlstm.as_lecture": {
        "es": "Como en la clase (sin estabilizar)",
        "en": "As in the lecture (unstabilised)",
    },
    "xlstm.stabilised": {"es": "Estabilizada, con $m_t$", "en": "Stabilised, with $m_t$"},
    "xlstm.why_m": {
        "es": "**Por qué hace falta $m_t$.** $\\exp(\\tilde i)$ no tiene techo: en float32 desborda a "
        "infinito "
        "en cuanto $\\tilde i > 88.7$, y $c_t$, $n_t$ crecen con ella. Pero $h$ solo lee **cocientes** "
        "($c_t/n_t$; $C_t q_t$ sobre $n_t^\\top q_t$). Así que se guardan $c'_t = c_t e^{{-m_t}}$ y "
        "$n'_t = n_t e^{{-m_t}}$, con $m_t$ el mayor exponente visto: $i'$ y $f'$ son exponenciales de "
        "números "
        "$\\le 0$, nunca desbordan, y $h$ sale igual. En la mLSTM el $1$ del denominador pasa a ser "
        "$e^{{-m_t}}$. El estado empieza en cero y $m$ en $-\\infty$, así que el primer paso fija "
        "$m_0 = \\tilde i_0$ (lo mismo hace la implementación de referencia, NX-AI/xlstm).",
        "en": "**Why $m_t$ is needed.** $\\exp(\\tilde i)$ has no ceiling: in float32 it overflows to "
        "infinity as "
        "soon as $\\tilde i > 88.7$, and $c_t$, $n_t$ grow with it. But $h$ only reads **ratios** "
        "($c_t/n_t$; "
        "$C_t q_t$ over $n_t^\\top q_t$). So the cell stores $c'_t = c_t e^{{-m_t}}$ and "
        "$n'_t = n_t e^{{-m_t}}$, with $m_t$ the largest exponent seen: $i'$ and $f'$ are exponentials of "
        "numbers $\\le 0$, they never overflow, and $h$ comes out the same. In the mLSTM the $1$ in the "
        "denominator becomes $e^{{-m_t}}$. The states start at zero and $m$ at $-\\infty$, so the first step "
        "sets $m_0 = \\tilde i_0$ (the reference implementation, NX-AI/xlstm, does the same).",
    },
    "xlstm.same_h": {
        "es": "Las dos formas dan el mismo $h$: {h}.",
        "en": "Both forms give the same $h$: {h}.",
    },
    "xlstm.first_step": {
        "es": "En el paso 0 no hay memoria: $c_{{-1}} = n_{{-1}} = 0$ y $m_{{-1}} = -\\infty$.",
        "en": "At step 0 there is no memory yet: $c_{{-1}} = n_{{-1}} = 0$ and $m_{{-1}} = -\\infty$.",
    },
    # over time
    "xlstm.time_header": {"es": "2. A lo largo del tiempo", "en": "2. Over time"},
    "xlstm.time_slstm": {
        "es": "Cada compuerta y cada estado de las {H} unidades (filas) en cada paso (columnas); el marco "
        "naranja es el paso elegido y la marca a la izquierda, la unidad. $i'$ y $f'$ son las compuertas "
        "estabilizadas (entre 0 y 1), $c'$ y $n'$ los estados guardados.",
        "en": "Every gate and state of the {H} units (rows) at every step (columns); the orange frame is the "
        "chosen step and the mark on the left the unit. $i'$ and $f'$ are the stabilised gates (between 0 "
        "and 1), $c'$ and $n'$ the stored states.",
    },
    "xlstm.nm_caption": {
        "es": "Unidad {unit}: el estabilizador $m_t$, el normalizador verdadero en escala logarítmica "
        "($\\log n_t = \\log n'_t + m_t$) y el guardado $n'_t$, que nunca baja de 1.",
        "en": "Unit {unit}: the stabiliser $m_t$, the true normaliser on a log scale "
        "($\\log n_t = \\log n'_t + m_t$) and the stored $n'_t$, which never falls below 1.",
    },
    "xlstm.time_mlstm": {
        "es": "La consulta $q$, la clave $k$, el valor $v$, la compuerta de salida $o$ y la salida $h$ (las "
        "{d} componentes en filas, los pasos en columnas). Debajo, las compuertas escalares: "
        "$\\tilde i_t = \\log i_t$, $\\log f_t$ y el estabilizador $m_t$.",
        "en": "The query $q$, key $k$, value $v$, output gate $o$ and output $h$ (the {d} components in "
        "rows, "
        "steps in columns). Below, the scalar gates: $\\tilde i_t = \\log i_t$, $\\log f_t$ and the "
        "stabiliser $m_t$.",
    },
    "xlstm.memory_header": {
        "es": "La memoria matricial en el paso {t}",
        "en": "The matrix memory at step {t}",
    },
    "xlstm.memory_text": {
        "es": "A la izquierda lo que se escribe en este paso, $i'_t\\, v_t k_t^\\top$ (un producto exterior: "
        "una matriz de rango 1); en el centro la memoria $C'_t$ ({d} × {d}) ya sumada; a la derecha la "
        "lectura $C'_t q_t$. Debajo, cuánto aporta el valor $v_s$ de cada paso anterior a $\\tilde h_t$: "
        "$D'_{{ts}}\\,(q_t \\cdot k_s) / \\max(|n'^\\top_t q_t|, e^{{-m_t}})$.",
        "en": "On the left what this step writes, $i'_t\\, v_t k_t^\\top$ (an outer product: a rank-1 "
        "matrix); "
        "in the middle the memory $C'_t$ ({d} × {d}) summed so far; on the right the read $C'_t q_t$. Below, "
        "how much the value $v_s$ of each earlier step contributes to $\\tilde h_t$: "
        "$D'_{{ts}}\\,(q_t \\cdot k_s) / \\max(|n'^\\top_t q_t|, e^{{-m_t}})$.",
    },
    "xlstm.match_text": {
        "es": "La consulta del paso {t} coincide sobre todo con la clave del paso {s} ({chars}): peso {w}.",
        "en": "The query at step {t} matches the key of step {s} ({chars}) most: weight {w}.",
    },
    "xlstm.match_answer": {
        "es": "En el último paso (la clave preguntada) esa es la escritura que la respuesta lee de vuelta.",
        "en": "At the last step (the key asked for) that is the write the answer reads back.",
    },
    # overwrite
    "xlstm.overwrite_header": {
        "es": "3. Por qué una compuerta de entrada exponencial",
        "en": "3. Why an exponential input gate",
    },
    "xlstm.overwrite_text": {
        "es": "Una sola unidad, los mismos pre-activados para una LSTM y una sLSTM: en el paso 1 se escribe "
        "$z = +0.964$ con fuerza $\\tilde i$ = 1.ª escritura; en el paso 6, $z = -0.964$ con la 2.ª. En los "
        "demás pasos $\\tilde i = -10$ (casi nada se escribe) y siempre $\\tilde f = 3$ ($f = 0.953$). La "
        "compuerta de la LSTM, $\\sigma(\\tilde i)$, **nunca pasa de 1**: después de la 2.ª escritura su "
        "$c = f\\,c_{{\\text{{viejo}}}} + \\sigma(\\tilde i)\\,z$ sigue mezclando lo viejo. En la sLSTM, "
        "$c/n$ es un promedio de lo escrito pesado por $\\exp(\\tilde i)$ (y por lo que olvidó $f$), así "
        "que una "
        "escritura mucho más fuerte **sobrescribe**; con fuerzas iguales, promedia (lo viejo pesa menos "
        "por lo que ya olvidó).",
        "en": "One unit, the same pre-activations for an LSTM and an sLSTM: step 1 writes $z = +0.964$ with "
        "strength $\\tilde i$ = 1st write; step 6 writes $z = -0.964$ with the 2nd. At the other steps "
        "$\\tilde i = -10$ (almost nothing is written) and always $\\tilde f = 3$ ($f = 0.953$). The LSTM's "
        "gate, $\\sigma(\\tilde i)$, **never exceeds 1**: after the 2nd write its "
        "$c = f\\,c_{{\\text{{old}}}} + \\sigma(\\tilde i)\\,z$ still mixes in the old value. In the sLSTM, "
        "$c/n$ is an average of what was written weighted by $\\exp(\\tilde i)$ (and by what $f$ forgot), so "
        "a much stronger write **overwrites**; with equal strengths, it averages (the old value weighs "
        "less by what it has already forgotten).",
    },
    "xlstm.overwrite_numbers": {
        "es": "Tras la 2.ª escritura (paso 6) la LSTM lee $\\tanh(c) = {lstm}$ y la sLSTM $c/n = "
        "{slstm}$; el "
        "valor nuevo es ${z}$.",
        "en": "After the 2nd write (step 6) the LSTM reads $\\tanh(c) = {lstm}$ and the sLSTM "
        "$c/n = {slstm}$; the new value is ${z}$.",
    },
    # tasks
    "xlstm.tasks_header": {"es": "4. Las dos tareas", "en": "4. The two tasks"},
    "xlstm.parity_text": {
        "es": "**Paridad**: después de cada bit, ¿es impar la cantidad de unos leídos? Hay que cambiar de "
        "estado con cada 1, algo que el artículo de xLSTM atribuye a la mezcla de memoria de la sLSTM (su "
        "$R\\,h_{{t-1}}$), que la mLSTM no tiene. Los tres modelos vieron cadenas de 1 a 40 bits.",
        "en": "**Parity**: after each bit, is the number of ones read so far odd? The state must flip at "
        "every "
        "1, which the xLSTM paper attributes to the sLSTM's memory mixing (its $R\\,h_{{t-1}}$), which the "
        "mLSTM lacks. All three models saw strings of 1 to 40 bits.",
    },
    "xlstm.recall_text": {
        "es": "**Memoria asociativa**: pares letra-dígito, `?` y una clave; la respuesta es su dígito. "
        "Los dos "
        "modelos vieron de 1 a 8 pares, con el mismo entrenamiento (1500 pasos de 64 consultas).",
        "en": "**Associative recall**: letter-digit pairs, `?` and a key; the answer is its digit. Both "
        "models "
        "saw 1 to 8 pairs, with the same training (1500 steps of 64 prompts).",
    },
    "xlstm.col_model": {"es": "modelo", "en": "model"},
    "xlstm.col_answer": {"es": "respuesta", "en": "answer"},
    "xlstm.col_final": {"es": "paridad final", "en": "final parity"},
    "xlstm.col_right": {"es": "¿bien?", "en": "right?"},
    "xlstm.col_steps_right": {"es": "pasos bien", "en": "steps right"},
    "xlstm.yes": {"es": "sí", "en": "yes"},
    "xlstm.no": {"es": "no", "en": "no"},
    "xlstm.truth": {"es": "La respuesta correcta: {answer}.", "en": "The right answer: {answer}."},
    "xlstm.acc_caption": {
        "es": "Exactitud sobre ejemplos nuevos ({parity} cadenas por longitud, {recall} consultas por "
        "número de "
        "pares, de una semilla que el entrenamiento no usa); "
        "la banda gris son las longitudes de entrenamiento. 50% es azar en la paridad y 10% en la memoria.",
        "en": "Accuracy on fresh examples ({parity} strings per length, {recall} prompts per number of "
        "pairs, "
        "from a seed no training uses); the grey band is the "
        "training lengths. 50% is chance for parity and 10% for recall.",
    },
    # side by side
    "xlstm.compare_header": {
        "es": "5. LSTM, sLSTM y mLSTM lado a lado",
        "en": "5. LSTM, sLSTM and mLSTM side by side",
    },
    "xlstm.col_cell": {"es": "celda", "en": "cell"},
    "xlstm.col_update": {"es": "memoria", "en": "memory"},
    "xlstm.col_params": {"es": "parámetros", "en": "parameters"},
    "xlstm.col_state": {"es": "estado por paso", "en": "state per step"},
    "xlstm.col_parallel": {"es": "¿en paralelo en el tiempo?", "en": "parallel over time?"},
    "xlstm.cell_lstm": {"es": "LSTM", "en": "LSTM"},
    "xlstm.cell_slstm": {"es": "sLSTM", "en": "sLSTM"},
    "xlstm.cell_mlstm": {"es": "mLSTM", "en": "mLSTM"},
    "xlstm.update_lstm": {
        "es": "c = f c + i z, con i, f sigmoides; h = o tanh(c)",
        "en": "c = f c + i z, with sigmoid i, f; h = o tanh(c)",
    },
    "xlstm.update_slstm": {
        "es": "c = f c + i z, n = f n + i, con i = exp; h = o c / n",
        "en": "c = f c + i z, n = f n + i, with i = exp; h = o c / n",
    },
    "xlstm.update_mlstm": {
        "es": "C = f C + i v kᵀ (matriz), n = f n + i k; h = o ⊙ C q / max(|nᵀq|, 1)",
        "en": "C = f C + i v kᵀ (a matrix), n = f n + i k; h = o ⊙ C q / max(|nᵀq|, 1)",
    },
    "xlstm.params_value": {
        "es": "paridad: {parity} (la celda: {cell}); memoria: {recall}",
        "en": "parity: {parity} (the cell: {cell}); recall: {recall}",
    },
    "xlstm.state_lstm": {"es": "h, c: 2H = {count} (H = {H})", "en": "h, c: 2H = {count} (H = {H})"},
    "xlstm.state_slstm": {
        "es": "h, c, n, m: 4H = {count} (H = {H})",
        "en": "h, c, n, m: 4H = {count} (H = {H})",
    },
    "xlstm.state_mlstm": {
        "es": "C, n, m: d² + d + 1 = {count} (d = {H})",
        "en": "C, n, m: d² + d + 1 = {count} (d = {H})",
    },
    "xlstm.parallel_lstm": {
        "es": "no: las compuertas leen h(t-1)",
        "en": "no: the gates read h(t-1)",
    },
    "xlstm.parallel_slstm": {
        "es": "no: las compuertas leen h(t-1) (mezcla de memoria)",
        "en": "no: the gates read h(t-1) (memory mixing)",
    },
    "xlstm.parallel_mlstm": {
        "es": "sí: las compuertas solo leen x(t); todo h a la vez con la matriz D (T × T)",
        "en": "yes: the gates only read x(t); all of h at once with the (T × T) matrix D",
    },
    "xlstm.compare_caption": {
        "es": "Los modelos enviados: H = 16 en paridad (d = 16 en la mLSTM) y 32 en memoria; cada uno lee el "
        "carácter actual y el anterior. Estado por paso: los números que pasan de un paso al siguiente.",
        "en": "The shipped models: H = 16 for parity (d = 16 for the mLSTM) and 32 for recall; each "
        "reads the "
        "current character and the one before. State per step: the numbers passed from one step to the next.",
    },
    "xlstm.decay_text": {
        "es": "**La forma paralela de la mLSTM.** Con $F_t = \\sum_{{j \\le t}} \\log f_j$, la matriz "
        "$\\log D_{{ts}} = F_t - F_s + \\tilde i_s$ ($s \\le t$) dice cuánto pesa la escritura $s$ en el "
        "paso "
        "$t$, y $\\tilde h_t = \\sum_s D_{{ts}} (q_t \\cdot k_s)\\, v_s / \\max(|\\sum_s D_{{ts}}\\, q_t "
        "\\cdot "
        "k_s|, 1)$: todos los pasos en un producto de matrices, como la atención. Aquí $D'$ para tu "
        "consulta, "
        "estabilizada por el máximo de cada fila (que es justo el $m_t$ recurrente). La forma paralela y la "
        "recurrente difieren en {gap} como mucho.",
        "en": "**The mLSTM's parallel form.** With $F_t = \\sum_{{j \\le t}} \\log f_j$, the matrix "
        "$\\log D_{{ts}} = F_t - F_s + \\tilde i_s$ ($s \\le t$) says how much write $s$ weighs at step $t$, "
        "and $\\tilde h_t = \\sum_s D_{{ts}} (q_t \\cdot k_s)\\, v_s / \\max(|\\sum_s D_{{ts}}\\, q_t \\cdot "
        "k_s|, 1)$: every step in one matrix product, like attention. Here is $D'$ for your prompt, "
        "stabilised by each row's maximum (which is exactly the recurrent $m_t$). The parallel and the "
        "recurrent forms differ by at most {gap}.",
    },
    # chart labels
    "xlstm.label_z": {"es": "z (entrada de celda)", "en": "z (cell input)"},
    "xlstm.label_i": {"es": "i' (entrada, estabilizada)", "en": "i' (input, stabilised)"},
    "xlstm.label_f": {"es": "f' (olvido, estabilizada)", "en": "f' (forget, stabilised)"},
    "xlstm.label_o": {"es": "o (salida)", "en": "o (output)"},
    "xlstm.label_c": {"es": "c' (celda guardada)", "en": "c' (stored cell)"},
    "xlstm.label_n": {"es": "n' (normalizador guardado)", "en": "n' (stored normaliser)"},
    "xlstm.label_h": {"es": "h (salida)", "en": "h (output)"},
    "xlstm.label_q": {"es": "q (consulta)", "en": "q (query)"},
    "xlstm.label_k": {"es": "k (clave)", "en": "k (key)"},
    "xlstm.label_v": {"es": "v (valor)", "en": "v (value)"},
    "xlstm.label_m": {"es": "m (estabilizador)", "en": "m (stabiliser)"},
    "xlstm.label_log_n": {"es": "log n (verdadero)", "en": "log n (true)"},
    "xlstm.label_n_stab": {"es": "n' (guardado)", "en": "n' (stored)"},
    "xlstm.label_value": {"es": "valor", "en": "value"},
    "xlstm.label_i_pre": {"es": "ĩ = log i", "en": "ĩ = log i"},
    "xlstm.label_log_f": {"es": "log f", "en": "log f"},
    "xlstm.label_write": {"es": "escritura i' v kᵀ", "en": "write i' v kᵀ"},
    "xlstm.label_memory": {"es": "memoria C'", "en": "memory C'"},
    "xlstm.label_read": {"es": "C' q", "en": "C' q"},
    "xlstm.label_source_step": {"es": "paso s (caracteres que lee)", "en": "step s (characters it reads)"},
    "xlstm.label_weight": {"es": "peso en h̃", "en": "weight in h̃"},
    "xlstm.label_lstm": {"es": "LSTM: tanh(c)", "en": "LSTM: tanh(c)"},
    "xlstm.label_slstm": {"es": "sLSTM: c / n", "en": "sLSTM: c / n"},
    "xlstm.label_write1": {"es": "1.ª escritura", "en": "1st write"},
    "xlstm.label_write2": {"es": "2.ª escritura", "en": "2nd write"},
    "xlstm.label_t": {"es": "paso t", "en": "step t"},
    "xlstm.label_stored": {"es": "lo que lee h", "en": "what h reads"},
    "xlstm.label_length": {"es": "longitud (bits)", "en": "length (bits)"},
    "xlstm.label_pairs": {"es": "número de pares", "en": "number of pairs"},
    "xlstm.label_accuracy": {"es": "exactitud (%)", "en": "accuracy (%)"},
    "xlstm.label_trained": {"es": "entrenamiento", "en": "training"},
    "xlstm.model_parity_slstm": {"es": "sLSTM (parity-slstm)", "en": "sLSTM (parity-slstm)"},
    "xlstm.model_parity_mlstm": {"es": "mLSTM (parity-mlstm)", "en": "mLSTM (parity-mlstm)"},
    "xlstm.model_parity_lstm": {"es": "LSTM (parity-lstm)", "en": "LSTM (parity-lstm)"},
    "xlstm.model_recall_mlstm": {"es": "mLSTM (recall-mlstm)", "en": "mLSTM (recall-mlstm)"},
    "xlstm.model_recall_lstm": {"es": "LSTM (recall-lstm)", "en": "LSTM (recall-lstm)"},
    # text alternatives of the charts
    "xlstm.alt_range": {"es": "{name} de {lo} a {hi}", "en": "{name} from {lo} to {hi}"},
    "xlstm.alt_heatmaps": {
        "es": "Mapas de calor de {units} unidades a lo largo de {T} pasos. En el paso {step} (lee «{char}»): "
        "{ranges}.",
        "en": "Heatmaps of {units} units over {T} steps. At step {step} (reading '{char}'): {ranges}.",
    },
    "xlstm.alt_nm": {
        "es": "Líneas de la unidad {unit} en el tiempo: en el paso {step}, m = {m} y n' = {n}; m va de "
        "{mmin} a "
        "{mmax}.",
        "en": "Lines of unit {unit} over time: at step {step}, m = {m} and n' = {n}; m ranges from {mmin} to "
        "{mmax}.",
    },
    "xlstm.alt_mgates": {
        "es": "Líneas de las compuertas escalares: en el paso {step}, ĩ = {i}, log f = {f}, m = {m}. La "
        "escritura más fuerte es la del paso {best} («{char}», ĩ = {best_i}).",
        "en": "Lines of the scalar gates: at step {step}, ĩ = {i}, log f = {f}, m = {m}. The strongest write "
        "is at step {best} ('{char}', ĩ = {best_i}).",
    },
    "xlstm.alt_memory": {
        "es": "Tres mapas de calor en el paso {step}: la escritura i' v kᵀ ({d} × {d}, máximo |valor| "
        "{write}), "
        "la memoria C' (máximo {memory}) y la lectura C' q (máximo {read}).",
        "en": "Three heatmaps at step {step}: the write i' v kᵀ ({d} × {d}, largest |value| {write}), the "
        "memory C' (largest {memory}) and the read C' q (largest {read}).",
    },
    "xlstm.alt_match": {
        "es": "Barras: el peso de cada paso anterior en la lectura del paso {step}. El mayor es el paso "
        "{best} "
        "(«{chars}»), {weight}; la suma de los |pesos| es {total}.",
        "en": "Bars: the weight of each earlier step in the read at step {step}. The largest is step {best} "
        "('{chars}'), {weight}; the |weights| sum to {total}.",
    },
    "xlstm.alt_overwrite": {
        "es": "Dos líneas en 12 pasos, fuerzas {first} y {second}. Antes de la 2.ª escritura la LSTM lee "
        "{before_l} y la sLSTM {before_s}; después, {lstm} y {slstm}; el valor nuevo es {z}.",
        "en": "Two lines over 12 steps, strengths {first} and {second}. Before the 2nd write the LSTM reads "
        "{before_l} and the sLSTM {before_s}; after it, {lstm} and {slstm}; the new value is {z}.",
    },
    "xlstm.alt_acc_model": {
        "es": "{name}: {inside}% dentro, {beyond}% fuera",
        "en": "{name}: {inside}% inside, {beyond}% beyond",
    },
    "xlstm.alt_acc_parity": {
        "es": "Exactitud de la paridad final por longitud, de 1 a {top} bits ({n} cadenas nuevas por "
        "longitud); "
        "entrenamiento de {lo} a {hi}. Media dentro y fuera de esas longitudes: {models}.",
        "en": "Final-parity accuracy by length, 1 to {top} bits ({n} fresh strings per length); training "
        "{lo} to {hi}. Mean inside and beyond those lengths: {models}.",
    },
    "xlstm.alt_acc_recall": {
        "es": "Exactitud de la memoria por número de pares, de 1 a {top} ({n} consultas nuevas por número); "
        "entrenamiento de {lo} a {hi}. Media dentro y fuera: {models}.",
        "en": "Recall accuracy by number of pairs, 1 to {top} ({n} fresh prompts per count); training "
        "{lo} to "
        "{hi}. Mean inside and beyond: {models}.",
    },
    "xlstm.alt_decay": {
        "es": "Mapa de calor de la matriz D' ({T} × {T}), triangular inferior: cada fila t pesa los "
        "pasos s ≤ t. "
        "Diferencia máxima con la forma recurrente: {gap}.",
        "en": "Heatmap of the matrix D' ({T} × {T}), lower triangular: each row t weighs the steps s ≤ t. "
        "Largest difference from the recurrent form: {gap}.",
    },
    "xlstm.alt_thumbnail": {
        "es": "Mapa de calor de los estados h de un sLSTM entrenado ({H} unidades, filas) mientras lee "
        "{T} bits (columnas) y sigue su paridad; los valores van de {low:.2f} a {high:.2f}.",
        "en": "Heatmap of a trained sLSTM's states h ({H} units, rows) as it reads {T} bits (columns) and "
        "tracks their parity; the values run from {low:.2f} to {high:.2f}.",
    },
    # the guided tour (lessons/xlstm.py TOUR); the look texts are shown as written (single braces), the
    # reveal sentences are formatted with their values (double braces)
    "xlstm.tour_slstm_step_title": {"es": "Un paso de la sLSTM", "en": "One step of the sLSTM"},
    "xlstm.tour_slstm_step_look": {
        "es": "La sección 1 muestra un paso de la sLSTM de `parity-slstm` con cada número, como en las "
        "ecuaciones 8 a 14 del apunte 002. La compuerta de entrada es $i_t = \\exp(\\tilde i_t)$: no tiene "
        "techo. La salida es $h_t = o_t\\, c_t / n_t$, con el normalizador $n_t = f_t n_{t-1} + i_t$. "
        "Debajo, el mismo paso estabilizado con $m_t$: los cocientes no cambian y nada desborda.",
        "en": "Section 1 shows one step of `parity-slstm`'s sLSTM with every number, as in equations 8 to "
        "14 of lecture 002. The input gate is $i_t = \\exp(\\tilde i_t)$: it has no ceiling. The output is "
        "$h_t = o_t\\, c_t / n_t$, with the normaliser $n_t = f_t n_{t-1} + i_t$. Below, the same step "
        "stabilised with $m_t$: the ratios do not change and nothing overflows.",
    },
    "xlstm.tour_overwrite_title": {"es": "Sobrescribir la memoria", "en": "Overwriting the memory"},
    "xlstm.tour_overwrite_look": {
        "es": "Sección 3: una unidad LSTM y una sLSTM reciben los mismos pre-activados. En el paso 1 se "
        "escribe $z = +0.964$ con fuerza $\\tilde i = 2$; en el paso 6, $z = -0.964$ con $\\tilde i = 6$, "
        "una escritura mucho más fuerte.",
        "en": "Section 3: an LSTM unit and an sLSTM unit get the same pre-activations. Step 1 writes "
        "$z = +0.964$ with strength $\\tilde i = 2$; step 6 writes $z = -0.964$ with $\\tilde i = 6$, a much "
        "stronger write.",
    },
    "xlstm.tour_overwrite_ask": {
        "es": "Justo después de la 2.ª escritura, ¿qué celda lee un valor más cerca del nuevo, −0.964?",
        "en": "Right after the 2nd write, which cell reads a value closer to the new one, −0.964?",
    },
    "xlstm.tour_overwrite_opt_lstm": {"es": "La LSTM: $\\tanh(c)$", "en": "The LSTM: $\\tanh(c)$"},
    "xlstm.tour_overwrite_opt_slstm": {"es": "La sLSTM: $c/n$", "en": "The sLSTM: $c/n$"},
    "xlstm.tour_overwrite_reveal": {
        "es": "En el paso {t} la LSTM lee $\\tanh(c) = {lstm}$ y la sLSTM $c/n = {slstm}$; el valor nuevo es "
        "${z}$. La compuerta $\\sigma(\\tilde i)$ de la LSTM nunca pasa de 1, así que su "
        "$c = f\\,c_{{t-1}} + \\sigma(\\tilde i)\\,z$ sigue mezclando lo viejo. En la sLSTM, $c/n$ pesa cada "
        "escritura por $\\exp(\\tilde i)$: la más fuerte se impone.",
        "en": "At step {t} the LSTM reads $\\tanh(c) = {lstm}$ and the sLSTM $c/n = {slstm}$; the new value "
        "is ${z}$. The LSTM's gate $\\sigma(\\tilde i)$ never passes 1, so its "
        "$c = f\\,c_{{t-1}} + \\sigma(\\tilde i)\\,z$ still mixes in the old. In the sLSTM, $c/n$ weighs "
        "each write by $\\exp(\\tilde i)$: the stronger one takes over.",
    },
    "xlstm.tour_parity_title": {"es": "Paridad: 41 unos", "en": "Parity: 41 ones"},
    "xlstm.tour_parity_look": {
        "es": "Sección 4: 41 unos, uno más de los que vieron los modelos al entrenar. La paridad cambia con "
        "cada bit. El artículo de xLSTM atribuye esta clase de cuenta a la mezcla de memoria de la sLSTM "
        "($R\\,h_{t-1}$); la mLSTM no la tiene: sus compuertas solo miran $x_t$.",
        "en": "Section 4: 41 ones, one more than the models saw in training. The parity flips with every "
        "bit. The xLSTM paper credits this kind of counting to the sLSTM's memory mixing ($R\\,h_{t-1}$); "
        "the mLSTM has none: its gates only look at $x_t$.",
    },
    "xlstm.tour_parity_ask": {
        "es": "¿En cuántos de los 41 pasos acierta `parity-mlstm` la paridad?",
        "en": "In how many of the 41 steps does `parity-mlstm` get the parity right?",
    },
    "xlstm.tour_parity_opt_all": {"es": "En los 41", "en": "All 41"},
    "xlstm.tour_parity_opt_most": {
        "es": "En tres cuartos o más, no en todos",
        "en": "Three quarters or more, not all",
    },
    "xlstm.tour_parity_opt_under": {"es": "En menos de tres cuartos", "en": "Fewer than three quarters"},
    "xlstm.tour_parity_reveal": {
        "es": "`parity-mlstm` acierta {mlstm} de {n}; `parity-slstm`, {slstm}, y `parity-lstm`, {lstm}. "
        "Sin $R\\,h_{{t-1}}$ la mLSTM se puede calcular en paralelo, pero no tiene con qué dar vuelta su "
        "estado en cada 1.",
        "en": "`parity-mlstm` gets {mlstm} of {n} right; `parity-slstm`, {slstm}, and `parity-lstm`, {lstm}. "
        "Without $R\\,h_{{t-1}}$ the mLSTM can be computed in parallel, but it has nothing to flip its state "
        "with at every 1.",
    },
    "xlstm.tour_mlstm_read_title": {"es": "La memoria matricial", "en": "The matrix memory"},
    "xlstm.tour_mlstm_read_look": {
        "es": "Ahora la mLSTM de `recall-mlstm` lee `a3b7c1d9?c`: cuatro pares clave-valor, `?` y la clave "
        "`c`. Cada paso lee el carácter actual y el anterior, así que una clave y su valor llegan juntos. "
        "Escribe $v_t k_t^\\top$ en su memoria $C_t$ y la lee con la consulta $q_t$ (ecuaciones 19 a 21).",
        "en": "Now `recall-mlstm`'s mLSTM reads `a3b7c1d9?c`: four key-value pairs, `?` and the key `c`. "
        "Each step reads the current character and the one before, so a key and its value arrive together. "
        "It writes $v_t k_t^\\top$ into its memory $C_t$ and reads it with the query $q_t$ (equations 19 "
        "to 21).",
    },
    "xlstm.tour_mlstm_read_ask": {
        "es": "En el último paso ($t = 9$), ¿el valor de qué paso lee más la consulta? (el número del paso)",
        "en": "At the last step ($t = 9$), which step's value does the query read most? (the step number)",
    },
    "xlstm.tour_mlstm_read_reveal": {
        "es": "La consulta del paso {t} da al valor de ese paso el peso {w}: ese paso leyó `{chars}`, el par "
        "que la pregunta busca. El modelo responde {answer}.",
        "en": "The query at step {t} gives that step's value weight {w}: that step read `{chars}`, the pair "
        "the question asks for. The model answers {answer}.",
    },
    "xlstm.tour_recall_title": {"es": "Ocho pares", "en": "Eight pairs"},
    "xlstm.tour_recall_look": {
        "es": "Ocho pares, los más que vieron los modelos, y después `?e`. Dos modelos entrenados igual: "
        "`recall-mlstm` y `recall-lstm` (tabla de la sección 4).",
        "en": "Eight pairs, the most the models saw, then `?e`. Two models trained the same way: "
        "`recall-mlstm` and `recall-lstm` (the table in section 4).",
    },
    "xlstm.tour_recall_ask": {
        "es": "¿Qué modelo responde bien?",
        "en": "Which model answers right?",
    },
    "xlstm.tour_recall_opt_both": {"es": "Los dos", "en": "Both"},
    "xlstm.tour_recall_opt_mlstm": {"es": "Solo la mLSTM", "en": "Only the mLSTM"},
    "xlstm.tour_recall_opt_lstm": {"es": "Solo la LSTM", "en": "Only the LSTM"},
    "xlstm.tour_recall_opt_neither": {"es": "Ninguno", "en": "Neither"},
    "xlstm.tour_recall_reveal": {
        "es": "La respuesta es {truth}: `recall-mlstm` dice {mlstm} y `recall-lstm` dice {lstm}. Con {pairs} "
        "pares, la LSTM tiene que apretarlos todos en un vector $h$; la mLSTM guarda cada par como su propia "
        "escritura de rango 1, $v\\,k^\\top$, en una matriz.",
        "en": "The answer is {truth}: `recall-mlstm` says {mlstm} and `recall-lstm` says {lstm}. With "
        "{pairs} pairs the LSTM must squeeze them all into one vector $h$; the mLSTM keeps each pair as its "
        "own rank-1 write, $v\\,k^\\top$, in a matrix.",
    },
    "xlstm.tour_parallel_title": {"es": "Todos los pasos a la vez", "en": "Every step at once"},
    "xlstm.tour_parallel_look": {
        "es": "Sección 5: como las compuertas de la mLSTM solo leen $x_t$, la recurrencia entera se escribe "
        "con una matriz de decaimientos $D$, como la atención: la figura muestra $D'$ para esta consulta, y "
        "el texto encima, cuánto difieren la forma paralela y la recurrente. La tabla compara LSTM, sLSTM y "
        "mLSTM: parámetros, tamaño del estado y si se pueden paralelizar.",
        "en": "Section 5: since the mLSTM's gates only read $x_t$, the whole recurrence can be written with "
        "a matrix of decays $D$, like attention: the figure shows $D'$ for this prompt, and the text above "
        "it how far the parallel and the recurrent forms differ. The table compares LSTM, sLSTM and mLSTM: "
        "parameters, state size and whether they parallelise.",
    },
}
