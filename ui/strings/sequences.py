"""Strings of the "Predicting sequences" lesson."""

STRINGS = {
    "sequences.nav": {"es": "Predecir secuencias", "en": "Predicting sequences"},
    "sequences.blurb": {
        "es": "La pérdida de una secuencia a mano, paso a paso (el ejemplo del apunte); teacher forcing "
        "contra generación libre, medido; y cómo se elige la salida: voraz, beam search o muestreo con "
        "temperatura.",
        "en": "A sequence's loss by hand, step by step (the lecture's example); teacher forcing against "
        "free running, measured; and how the output is chosen: greedy, beam search or sampling with a "
        "temperature.",
    },
    "sequences.title": {"es": "Predecir secuencias", "en": "Predicting sequences"},
    "sequences.intro": {
        "es": "Un modelo de secuencias predice, en cada paso $t$, una distribución $o_{\\langle t \\rangle}$ "
        "sobre las $C$ clases (la salida de un softmax). Esta lección recorre el apunte 000: cómo se "
        "**mide** una secuencia de predicciones (la [entropía cruzada](glossary?lang=es#cross-entropy), "
        "sumada paso a paso), cómo se "
        "**entrena** un [codificador-decodificador](glossary?lang=es#encoder-decoder) ([teacher "
        "forcing](glossary?lang=es#teacher-forcing)) y cómo se **elige** su salida "
        "(voraz, [beam search](glossary?lang=es#beam-search), muestreo).",
        "en": "A sequence model predicts, at every step $t$, a distribution $o_{\\langle t \\rangle}$ over "
        "the $C$ classes (a softmax's output). This lesson follows lecture 000: how a sequence of "
        "predictions is **scored** ([cross-entropy](glossary?lang=en#cross-entropy), summed step by step), "
        "how an encoder-decoder is "
        "**trained** ([teacher forcing](glossary?lang=en#teacher-forcing)) and how its output is **chosen** "
        "(greedy, [beam search](glossary?lang=en#beam-search), "
        "sampling).",
    },
    # 1. the loss by hand
    "sequences.loss_heading": {"es": "La pérdida, a mano", "en": "The loss, by hand"},
    "sequences.loss_intro": {
        "es": "En cada paso solo cuenta la probabilidad que la predicción le dio a la clase correcta "
        "$y_{\\langle t \\rangle}$: la pérdida del paso es $-\\ln o_{\\langle t \\rangle}"
        "[y_{\\langle t \\rangle}]$ (entropía cruzada con etiqueta one-hot, o NLL: son lo mismo). El "
        "costo de la secuencia es la **suma** de las pérdidas de todos sus pasos. Abajo, el ejemplo del "
        "apunte ($C = 2$, $T = 6$): cambia cualquier etiqueta o predicción y mira seguir cada número.",
        "en": "At each step only the probability the prediction gave the right class "
        "$y_{\\langle t \\rangle}$ counts: the step's loss is $-\\ln o_{\\langle t \\rangle}"
        "[y_{\\langle t \\rangle}]$ (cross-entropy with a one-hot label, or NLL: the same thing). The "
        "sequence's cost is the **sum** of the losses of all its steps. Below, the lecture's example "
        "($C = 2$, $T = 6$): change any label or prediction and watch every number follow.",
    },
    "sequences.presets": {"es": "Tablas de ejemplo", "en": "Example tables"},
    "sequences.preset_lecture": {"es": "El ejemplo del apunte", "en": "The lecture's example"},
    "sequences.preset_confident": {"es": "Modelo seguro de sí", "en": "A confident model"},
    "sequences.preset_hesitant": {"es": "Modelo dubitativo", "en": "A hesitant model"},
    "sequences.name_labels": {"es": "Etiquetas y", "en": "Labels y"},
    "sequences.labels_help": {
        "es": "La clase correcta de cada paso, de 0 a C − 1, separadas por espacios. El apunte escribe "
        "cada etiqueta one-hot: [0, 1] es la clase 1.",
        "en": "The right class at each step, 0 to C − 1, separated by spaces. The lecture writes each "
        "label one-hot: [0, 1] is class 1.",
    },
    "sequences.name_probs": {"es": "Predicciones o", "en": "Predictions o"},
    "sequences.probs_help": {
        "es": "Una fila por paso, separadas por `|`; dentro de una fila, la probabilidad de cada clase "
        "separada por espacios (con coma decimal, sepáralas con `;`). Hasta 12 pasos y 6 clases. Cada "
        "fila se divide por su suma, para que sume 1 (se avisa si se aparta de 1 en más de 0,001).",
        "en": "One row per step, separated by `|`; within a row, each class's probability separated by "
        "spaces (with decimal commas, separate them with `;`). Up to 12 steps and 6 classes. Each "
        "row is divided by its sum so that it sums to 1 (said when it is off 1 by more than 0.001).",
    },
    "sequences.name_bits": {"es": "En bits", "en": "In bits"},
    "sequences.bits_help": {
        "es": "Con logaritmo en base 2 en vez del natural: bits = nats / ln 2. El apunte usa el natural.",
        "en": "With base-2 logarithms instead of natural ones: bits = nats / ln 2. The lecture uses "
        "natural logs.",
    },
    "sequences.unit_nats": {"es": "nats", "en": "nats"},
    "sequences.unit_bits": {"es": "bits", "en": "bits"},
    "sequences.col_label": {"es": "etiqueta y", "en": "label y"},
    "sequences.col_prediction": {"es": "predicción o", "en": "prediction o"},
    "sequences.col_p_right": {"es": "o[y]", "en": "o[y]"},
    "sequences.col_loss": {"es": "pérdida (nats)", "en": "loss (nats)"},
    "sequences.col_loss_bits": {"es": "pérdida (bits)", "en": "loss (bits)"},
    "sequences.col_choice": {"es": "argmax", "en": "argmax"},
    "sequences.col_status": {"es": "¿acierta?", "en": "right?"},
    "sequences.col_model": {"es": "tabla", "en": "table"},
    "sequences.status_right": {"es": "sí", "en": "yes"},
    "sequences.status_wrong": {"es": "no", "en": "no"},
    "sequences.status_tie": {"es": "empate", "en": "tie"},
    "sequences.metric_total": {"es": "Entropía cruzada ({unit})", "en": "Cross-entropy ({unit})"},
    "sequences.metric_mean": {"es": "Por paso ({unit})", "en": "Per step ({unit})"},
    "sequences.metric_accuracy": {"es": "Accuracy", "en": "Accuracy"},
    "sequences.loss_caption": {
        "es": "La pérdida de cada paso: azul donde la etiqueta sola tiene la probabilidad más alta, rojo "
        "donde no (un empate incluido).",
        "en": "Each step's loss: blue where the label alone has the highest probability, red where it does "
        "not (a tie included).",
    },
    "sequences.tie_caption": {
        "es": "En el paso {steps} la etiqueta empata con otra clase en la probabilidad más alta: no hay un "
        "argmax único y se cuenta como no acertado.",
        "en": "At step {steps} the label ties with another class for the highest probability: there is no "
        "single argmax, and it counts as not right.",
    },
    "sequences.tie_caption_many": {
        "es": "En los pasos {steps} la etiqueta empata con otra clase en la probabilidad más alta: no hay un "
        "argmax único y se cuentan como no acertados.",
        "en": "At steps {steps} the label ties with another class for the highest probability: there is no "
        "single argmax, and they count as not right.",
    },
    "sequences.infinite_caption": {
        "es": "Una etiqueta con probabilidad 0 cuesta $-\\ln 0 = \\infty$: la suma entera es infinita "
        "(su barra se dibuja más allá del resto). Por eso un modelo entrenado con entropía cruzada "
        "nunca da probabilidad 0 exacta.",
        "en": "A label given probability 0 costs $-\\ln 0 = \\infty$: the whole sum is infinite (its bar is "
        "drawn past the rest). That is why a model trained with cross-entropy never gives exactly 0.",
    },
    "sequences.loss_alt": {
        "es": "Gráfico de barras de la pérdida por paso ({unit}): {steps}. Total {total} {unit}; el argmax "
        "acierta en {right} de {T} pasos.",
        "en": "Bar chart of the loss per step ({unit}): {steps}. Total {total} {unit}; the argmax is right "
        "at {right} of {T} steps.",
    },
    "sequences.accuracy_heading": {
        "es": "Accuracy al lado de la entropía cruzada",
        "en": "Accuracy beside cross-entropy",
    },
    "sequences.accuracy_story": {
        "es": "Las tres tablas tienen las etiquetas del apunte y el mismo argmax en cada paso, así que la "
        "misma accuracy ({right}/{T}). Sus pérdidas no se parecen: el modelo seguro de sí suma {confident} "
        "{unit} y el dubitativo {hesitant}. La accuracy solo mira qué clase gana; la entropía cruzada mira "
        "cuánta probabilidad recibió la correcta, y castiga sin límite equivocarse con seguridad (paso "
        "{steps}: $o[y] = {wrong_p}$ cuesta {wrong_loss} {unit}).",
        "en": "The three tables have the lecture's labels and the same argmax at every step, so the same "
        "accuracy ({right}/{T}). Their losses are far apart: the confident model sums {confident} {unit} "
        "and the hesitant one {hesitant}. Accuracy only looks at which class wins; cross-entropy looks at "
        "how much probability the right one got, and punishes being confidently wrong without limit (step "
        "{steps}: $o[y] = {wrong_p}$ costs {wrong_loss} {unit}).",
    },
    "sequences.use_table": {"es": "Escribir la tabla tal como se usa", "en": "Write the table as it is used"},
    "sequences.note_probs_empty": {
        "es": "No hay predicciones: se usan las del apunte.",
        "en": "There are no predictions: using the lecture's.",
    },
    "sequences.note_too_many_steps": {
        "es": "Hay {count} filas de predicciones; se usan las primeras {max}.",
        "en": "There are {count} rows of predictions; using the first {max}.",
    },
    "sequences.note_not_numbers": {
        "es": "{items} no son números: cuentan como 0.",
        "en": "{items} are not numbers: they count as 0.",
    },
    "sequences.note_negative": {
        "es": "Una probabilidad no puede ser negativa: {items} cuentan como 0.",
        "en": "A probability cannot be negative: {items} count as 0.",
    },
    "sequences.note_too_many_classes": {
        "es": "Una fila tiene {count} clases; se usan las primeras {max}.",
        "en": "A row has {count} classes; using the first {max}.",
    },
    "sequences.note_short_rows": {
        "es": "Las filas de los pasos {steps} tienen menos de {classes} clases: se completan con 0.",
        "en": "The rows of steps {steps} have fewer than {classes} classes: filled with 0.",
    },
    "sequences.note_zero_row": {
        "es": "La fila del paso {step} suma 0: se usa la distribución uniforme (1/{classes} cada clase).",
        "en": "The row of step {step} sums to 0: using the uniform distribution (1/{classes} each class).",
    },
    "sequences.note_renormalised": {
        "es": "La fila del paso {step} suma {sum}, no 1: se divide por {sum} (renormalizada).",
        "en": "The row of step {step} sums to {sum}, not 1: divided by {sum} (renormalised).",
    },
    "sequences.note_label_clamped": {
        "es": "La etiqueta {raw} no es una clase (0 a {hi}): se usa {used}.",
        "en": "The label {raw} is not a class (0 to {hi}): using {used}.",
    },
    "sequences.note_bad_labels": {
        "es": "{items} no son clases (números enteros): se usa 0.",
        "en": "{items} are not classes (whole numbers): using 0.",
    },
    "sequences.note_extra_labels": {
        "es": "Hay {count} etiquetas para {steps} pasos: sobran las últimas.",
        "en": "There are {count} labels for {steps} steps: the last ones are left out.",
    },
    "sequences.note_missing_labels": {
        "es": "Hay {count} etiquetas para {steps} pasos: las que faltan son 0.",
        "en": "There are {count} labels for {steps} steps: the missing ones are 0.",
    },
    # 2. teacher forcing
    "sequences.forcing_heading": {
        "es": "Teacher forcing contra generación libre",
        "en": "Teacher forcing against free running",
    },
    "sequences.forcing_intro": {
        "es": "Al entrenar, el decodificador escribe el carácter $i$ a partir del $i - 1$. El apunte: "
        "«Teacher Forcing: hasta cierto epoch, usamos los y reales y no las predicciones». Con una "
        "**proporción** $r$, en cada paso se le da el carácter verdadero con probabilidad $r$ y, si no, su "
        "propia elección voraz. Al usarlo no hay verdad que darle: **se come sus propios errores**, y "
        "un modelo entrenado solo con la verdad ($r = 1$) nunca vio una entrada equivocada (el **sesgo de "
        "exposición**). Aquí, el mismo modelo (invertir textos de 1 a 12 letras a–z, GRU de 64 unidades "
        "sin atención, 2500 pasos) entrenado con $r$ = 1, 0,5 y 0, medido en textos que no vio al "
        "entrenar:",
        "en": "In training, the decoder writes character $i$ from character $i - 1$. The lecture: "
        "“Teacher Forcing: until some epoch, we use the real y and not the predictions”. With a "
        "**ratio** $r$, at every step it is fed the true character with probability $r$ and otherwise its "
        "own greedy choice. In use there is no truth to feed it: **it eats its own mistakes**, and a model "
        "trained only on the truth ($r = 1$) never saw a wrong input (**exposure bias**). Here the same "
        "model (reverse strings of 1 to 12 letters a–z, a 64-unit GRU without attention, 2500 steps) "
        "trained with $r$ = 1, 0.5 and 0, measured on strings it never saw in training:",
    },
    "sequences.model_tf100": {"es": "r = 1", "en": "r = 1"},
    "sequences.model_tf50": {"es": "r = 0,5", "en": "r = 0.5"},
    "sequences.model_tf0": {"es": "r = 0", "en": "r = 0"},
    "sequences.chart_step": {"es": "paso t", "en": "step t"},
    "sequences.chart_nats": {"es": "nats", "en": "nats"},
    "sequences.chart_bits": {"es": "bits", "en": "bits"},
    "sequences.chart_length": {"es": "largo de la entrada", "en": "input length"},
    "sequences.chart_exact": {"es": "salida exacta", "en": "exact output"},
    "sequences.chart_forced": {"es": "con teacher forcing", "en": "teacher forced"},
    "sequences.chart_free": {"es": "libre (sus propias salidas)", "en": "free running (its own outputs)"},
    "sequences.chart_output_step": {"es": "paso de salida i", "en": "output step i"},
    "sequences.chart_p_right": {"es": "P(carácter correcto)", "en": "P(right character)"},
    "sequences.length_alt": {
        "es": "Gráfico de líneas: porcentaje de salidas exactas según el largo de la entrada, {n} textos "
        "no vistos por largo, para cada proporción de teacher forcing.",
        "en": "Line chart: percentage of exact outputs against input length, {n} unseen strings per "
        "length, for each teacher-forcing ratio.",
    },
    "sequences.length_alt_model": {
        "es": "{model}: media {mean}%, el peor largo {worst} ({worst_value}%), largo {longest}: "
        "{longest_value}%.",
        "en": "{model}: mean {mean}%, worst length {worst} ({worst_value}%), length {longest}: "
        "{longest_value}%.",
    },
    "sequences.length_caption": {
        "es": "Salidas exactas (voraz) en {n} textos no vistos por largo, medidas por el script que entrenó "
        "los modelos. Con {longest} letras: {values}. En la media de los largos gana {best}.",
        "en": "Exact outputs (greedy) on {n} unseen strings per length, measured by the script that "
        "trained the models. With {longest} letters: {values}. Averaged over lengths, {best} does best.",
    },
    "sequences.length_repeats": {
        "es": "Con 1 y 2 letras solo hay {one} y {two} textos no vistos: los {n} sorteos los repiten.",
        "en": "With 1 and 2 letters there are only {one} and {two} unseen strings: the {n} draws repeat "
        "them.",
    },
    "sequences.length_full_wins": {
        "es": "Con los mismos pasos de entrenamiento, el que siempre recibió la verdad aprendió más: al "
        "principio muchas de sus propias elecciones son erróneas, y un modelo que se alimenta de ellas "
        "aprende de entradas que no corresponden al objetivo. El sesgo de exposición existe (abajo se ve "
        "paso a paso), pero aquí bajar la proporción cuesta más de lo que arregla.",
        "en": "With the same training steps, the model that was always fed the truth learned most: early on "
        "many of its own choices are wrong, and a model fed them learns from inputs that do not match the "
        "target. Exposure bias is real (the step-by-step view below shows it), but here a lower ratio "
        "costs more than it fixes.",
    },
    "sequences.length_lower_wins": {
        "es": "Aquí un modelo entrenado en parte con sus propias salidas generaliza mejor: aprendió a seguir "
        "después de leer una entrada equivocada, justo lo que el sesgo de exposición le niega al de "
        "$r = 1$.",
        "en": "Here a model trained partly on its own outputs does better: it learned to carry on after "
        "reading a wrong input, exactly what exposure bias denies the $r = 1$ model.",
    },
    "sequences.steps_heading": {"es": "Paso a paso", "en": "Step by step"},
    "sequences.name_model": {"es": "Modelo", "en": "Model"},
    "sequences.model_help": {
        "es": "El mismo modelo entrenado con tres proporciones de teacher forcing r: la probabilidad de "
        "darle al decodificador el carácter verdadero en vez de su propia elección.",
        "en": "The same model trained with three teacher-forcing ratios r: the probability of feeding the "
        "decoder the true character instead of its own choice.",
    },
    "sequences.name_text": {"es": "Entrada", "en": "Input"},
    "sequences.text_help": {
        "es": "De 1 a {max} letras a–z; el modelo la escribe al revés.",
        "en": "1 to {max} letters a–z; the model writes it backwards.",
    },
    "sequences.find_mistake": {"es": "Un texto en que se equivoca", "en": "A string it gets wrong"},
    "sequences.empty_output": {"es": "(salida vacía)", "en": "(empty output)"},
    "sequences.right": {"es": "Correcto: es {expected}.", "en": "Right: it is {expected}."},
    "sequences.wrong": {"es": "Lo correcto es {expected}.", "en": "The right answer is {expected}."},
    "sequences.col_right": {"es": "correcto", "en": "right"},
    "sequences.col_forced": {
        "es": "con teacher forcing: entra → elige · P(correcto)",
        "en": "teacher forced: fed → picks · P(right)",
    },
    "sequences.col_free": {
        "es": "libre: entra → elige · P(correcto)",
        "en": "free running: fed → picks · P(right)",
    },
    "sequences.forcing_same": {
        "es": "Aquí las dos entradas coinciden en cada paso: el modelo acertó todo, así que alimentarse "
        "de sí mismo es lo mismo que recibir la verdad. Prueba «Un texto en que se equivoca».",
        "en": "Here the two inputs agree at every step: the model got everything right, so feeding on "
        "itself is the same as being fed the truth. Try “A string it gets wrong”.",
    },
    "sequences.forcing_split": {
        "es": "Desde el paso {i} (≠) el decodificador libre recibe su propio error en vez del carácter "
        "correcto: a partir de ahí lee entradas que con teacher forcing nunca habría visto.",
        "en": "From step {i} (≠) the free-running decoder is fed its own mistake instead of the right "
        "character: from there on it reads inputs teacher forcing would never have shown it.",
    },
    "sequences.forcing_alt": {
        "es": "Gráfico de líneas de la probabilidad del carácter correcto en cada uno de los {steps} pasos, "
        "con teacher forcing (mínimo {forced_min}) y libre (mínimo {free_min}). {where}",
        "en": "Line chart of the probability of the right character at each of the {steps} steps, teacher "
        "forced (lowest {forced_min}) and free running (lowest {free_min}). {where}",
    },
    "sequences.forcing_alt_same": {
        "es": "Las dos entradas coinciden en todos los pasos.",
        "en": "The two inputs agree at every step.",
    },
    "sequences.forcing_alt_split": {
        "es": "Las entradas se separan en el paso {i}.",
        "en": "The inputs part at step {i}.",
    },
    "sequences.issue_bad_chars": {
        "es": "Este modelo solo lee las letras a–z; no puede leer {chars}.",
        "en": "This model only reads the letters a–z; it cannot read {chars}.",
    },
    "sequences.issue_too_long": {
        "es": "La entrada tiene {count} caracteres; el modelo lee como mucho {max}.",
        "en": "The input has {count} characters; the model reads at most {max}.",
    },
    "sequences.issue_empty": {"es": "La entrada está vacía.", "en": "The input is empty."},
    "sequences.issue_used": {
        "es": "Se usa lo que el modelo puede leer: {used}.",
        "en": "Using what the model can read: {used}.",
    },
    "sequences.issue_used_example": {
        "es": "No queda nada que el modelo pueda leer: se usa {used}.",
        "en": "Nothing is left that the model can read: using {used}.",
    },
    "sequences.space": {"es": "el espacio", "en": "the space"},
    # 3. greedy against beam
    "sequences.beam_heading": {"es": "Voraz contra beam search", "en": "Greedy against beam search"},
    "sequences.beam_intro": {
        "es": "La decodificación **voraz** elige en cada paso el carácter más probable. No por eso elige la "
        "salida más probable: $\\ln P = \\sum_i \\ln p_i[y_i]$ suma todos los pasos, y "
        "una elección segura ahora puede llevar a pasos inseguros después. **Beam search** guarda en cada "
        "paso las $B$ salidas parciales más probables (el ancho del beam) y las extiende todas; con "
        "$B = 1$ es la voraz. Tampoco garantiza la más probable, ni un beam más ancho da siempre algo "
        "mejor.",
        "en": "**Greedy** decoding picks the most probable character at every step. That does not make its "
        "output the most probable one: $\\ln P = \\sum_i \\ln p_i[y_i]$ sums every step, "
        "and a safe choice now can lead to unsure steps later. **Beam search** keeps, at every step, the "
        "$B$ most probable partial outputs (the beam's width) and extends them all; with $B = 1$ it is "
        "greedy. It does not guarantee the most probable output either, nor does a wider beam always do "
        "better.",
    },
    "sequences.name_beam": {"es": "Ancho del beam B", "en": "Beam width B"},
    "sequences.beam_help": {
        "es": "Cuántas salidas parciales se guardan en cada paso: de 1 (la voraz) a 8.",
        "en": "How many partial outputs are kept at every step: 1 (greedy) to 8.",
    },
    "sequences.greedy_line": {
        "es": "**Voraz**: {output}, $\\ln P = {logp}$ ($P = {p}$).",
        "en": "**Greedy**: {output}, $\\ln P = {logp}$ ($P = {p}$).",
    },
    "sequences.col_output": {"es": "salida", "en": "output"},
    "sequences.col_is_right": {"es": "¿correcta?", "en": "right?"},
    "sequences.col_drawn": {"es": "veces", "en": "times"},
    "sequences.beam_same": {
        "es": "El beam de ancho {width} encuentra como mejor la misma salida que la voraz ($\\ln P = "
        "{logp}$).",
        "en": "The beam of width {width} finds the same best output as greedy ($\\ln P = {logp}$).",
    },
    "sequences.beam_better": {
        "es": "El beam de ancho {width} encuentra {beam} con $\\ln P = {logp}$: más probable que la voraz "
        "{greedy} ($\\ln P = {greedy_logp}$), {times} veces más.",
        "en": "The beam of width {width} finds {beam} with $\\ln P = {logp}$: more probable than greedy's "
        "{greedy} ($\\ln P = {greedy_logp}$), {times} times as probable.",
    },
    "sequences.beam_worse": {
        "es": "El beam de ancho {width} termina en {beam} ($\\ln P = {logp}$), menos probable que la voraz "
        "($\\ln P = {greedy_logp}$): podó en algún paso el camino voraz. Un beam no "
        "garantiza una salida más probable.",
        "en": "The beam of width {width} ends on {beam} ($\\ln P = {logp}$), less probable than greedy's "
        "($\\ln P = {greedy_logp}$): at some step it pruned the greedy path. A beam does not "
        "guarantee a more probable output.",
    },
    "sequences.tree_caption": {
        "es": "El árbol del beam: una columna por paso; arriba las {width} hipótesis que se guardan (azul; "
        "cuadrados negros las que terminan con ⟨eos⟩), debajo las mejores podadas (gris), cada una unida "
        "a la que extiende; en naranja, el camino de la mejor salida. Pasa el ratón para ver $\\ln P$. "
        "En total se pesaron {weighed} candidatos.",
        "en": "The beam's tree: one column per step; on top the {width} hypotheses kept (blue; black squares "
        "for those that end with ⟨eos⟩), below the best pruned ones (grey), each joined to the one it "
        "extends; in orange, the path of the best output. Hover to see $\\ln P$. In all {weighed} "
        "candidates were weighed.",
    },
    "sequences.tree_alt": {
        "es": "Árbol del beam de ancho {width} en {steps} pasos: {kept} hipótesis guardadas de {weighed} "
        "candidatos. Salidas finales con su ln P: {hyps}.",
        "en": "Tree of the beam of width {width} over {steps} steps: {kept} hypotheses kept out of "
        "{weighed} candidates. Final outputs with their ln P: {hyps}.",
    },
    "sequences.win_heading": {
        "es": "Donde el beam le gana a la voraz",
        "en": "Where the beam beats greedy",
    },
    "sequences.win_spinner": {
        "es": "Buscando un texto en que el beam gane…",
        "en": "Looking for a string where the beam wins…",
    },
    "sequences.win_story": {
        "es": "Buscado entre textos no vistos al entrenar, con los tres modelos: con {model} y la entrada "
        "{src}, la voraz escribe {greedy} ($\\ln P = {greedy_logp}$) y un beam de ancho {width} "
        "encuentra {beam} ($\\ln P = {beam_logp}$), {times} veces más probable. La respuesta correcta es "
        "{right}.",
        "en": "Searched among strings not seen in training, with the three models: with {model} and the "
        "input {src}, greedy writes {greedy} ($\\ln P = {greedy_logp}$) and a beam of width {width} "
        "finds {beam} ($\\ln P = {beam_logp}$), {times} times as probable. The right answer is {right}.",
    },
    "sequences.win_none": {
        "es": "En los {n} textos buscados por modelo, un beam de ancho {width} no encontró ninguna salida "
        "más probable que la voraz.",
        "en": "In the {n} strings searched per model, a beam of width {width} found no output more "
        "probable than greedy's.",
    },
    "sequences.win_show": {"es": "Verlo arriba, paso a paso", "en": "See it above, step by step"},
    # 4. sampling
    "sequences.sample_heading": {"es": "Muestrear con temperatura", "en": "Sampling with a temperature"},
    "sequences.sample_intro": {
        "es": "Elegir (voraz o beam) no es lo mismo que **muestrear**: aquí cada carácter se sortea con las "
        "probabilidades $\\mathrm{{softmax}}(z / T)$ de los logits $z$. Con temperatura $T < 1$ la "
        "distribución se afila hacia el más probable (y con $T \\to 0$ es la voraz); con $T > 1$ se "
        "aplana. Se sortean {n} salidas con la semilla dada; $\\ln P$ es la del modelo ($T = 1$).",
        "en": "Choosing (greedy or beam) is not **sampling**: here each character is drawn with the "
        "probabilities $\\mathrm{{softmax}}(z / T)$ of the logits $z$. A temperature $T < 1$ sharpens the "
        "distribution towards the likeliest (and as $T \\to 0$ it is greedy); $T > 1$ flattens it. {n} "
        "outputs are drawn from the given seed; $\\ln P$ is the model's own ($T = 1$).",
    },
    "sequences.name_temperature": {"es": "Temperatura T", "en": "Temperature T"},
    "sequences.temperature_help": {
        "es": "De 0,1 a 3. Divide los logits antes del softmax.",
        "en": "0.1 to 3. Divides the logits before the softmax.",
    },
    "sequences.name_seed": {"es": "Semilla", "en": "Seed"},
    "sequences.sample_story": {
        "es": "Con $T = {temperature}$: {distinct} salidas distintas en {n} sorteos; {greedy} son la salida "
        "voraz y {beats} son más probables que ella.",
        "en": "At $T = {temperature}$: {distinct} different outputs in {n} draws; {greedy} are the greedy "
        "output and {beats} are more probable than it.",
    },
    "sequences.alt_thumbnail": {
        "es": "Gráfico de barras de la pérdida −ln p de la clase correcta en cada uno de los {T} pasos del "
        "ejemplo de la clase: de {low:.3f} a {high:.3f} nats, {total:.4f} nats en total.",
        "en": "Bar chart of the loss −ln p of the right class at each of the lecture example's {T} steps: "
        "from {low:.3f} to {high:.3f} nats, {total:.4f} nats in all.",
    },
    # the guided tour
    "sequences.tour_lecture_title": {
        "es": "La pérdida del ejemplo del apunte",
        "en": "The lecture's example",
    },
    "sequences.tour_lecture_look": {
        "es": "La tabla del apunte 000: $C = 2$ clases, $T = 6$ pasos. De cada fila solo cuenta la columna "
        "$o[y]$, la probabilidad que la predicción le dio a la etiqueta: la pérdida del paso es "
        "$-\\ln o[y]$ y la de la secuencia, la **suma** de los seis. Mira el paso 5: $[0.5,\\ 0.5]$ es un "
        "empate, no cuenta como acierto, y cuesta $\\ln 2 \\approx 0.693$ nats.",
        "en": "The table of lecture 000: $C = 2$ classes, $T = 6$ steps. Of each row only the column $o[y]$ "
        "counts, the probability the prediction gave the label: the step's loss is $-\\ln o[y]$ and the "
        "sequence's is the **sum** of all six. Look at step 5: $[0.5,\\ 0.5]$ is a tie, does not count as "
        "right, and costs $\\ln 2 \\approx 0.693$ nats.",
    },
    "sequences.tour_confident_title": {"es": "Seguro de sí, y equivocado", "en": "Confident, and wrong"},
    "sequences.tour_confident_look": {
        "es": "Las mismas etiquetas, con un modelo que le da 0.99 a la clase que elige. Acierta en los "
        "mismos pasos que la tabla del apunte (1, 2, 3 y 6): la misma accuracy, 4 de 6.",
        "en": "The same labels, with a model that gives 0.99 to the class it picks. It is right at the same "
        "steps as the lecture's table (1, 2, 3 and 6): the same accuracy, 4 of 6.",
    },
    "sequences.tour_confident_ask": {
        "es": "¿Su entropía cruzada total será más baja o más alta que la de la tabla del apunte?",
        "en": "Will its total cross-entropy be lower or higher than the lecture table's?",
    },
    "sequences.tour_confident_opt_lower": {"es": "Más baja", "en": "Lower"},
    "sequences.tour_confident_opt_higher": {"es": "Más alta", "en": "Higher"},
    "sequences.tour_confident_reveal": {
        "es": "Suma {total} nats, contra {lecture} la del apunte. En los {wrong} pasos que falla le dio "
        "$o[y] = {p}$ a la etiqueta, y cada uno cuesta $-\\ln {p} = {worst}$ nats: más que toda la tabla del "
        "apunte junta. La accuracy no lo ve; la entropía cruzada castiga sin límite equivocarse con "
        "seguridad.",
        "en": "It sums {total} nats, against the lecture's {lecture}. At the {wrong} steps it gets wrong it "
        "gave the label $o[y] = {p}$, and each costs $-\\ln {p} = {worst}$ nats: more than the whole of the "
        "lecture's table. Accuracy does not see it; cross-entropy punishes being confidently wrong without "
        "limit.",
    },
    "sequences.tour_lengths_title": {
        "es": "Tres proporciones de teacher forcing",
        "en": "Three teacher-forcing ratios",
    },
    "sequences.tour_lengths_look": {
        "es": "Baja a «Teacher forcing contra generación libre». El mismo GRU sin atención, entrenado con "
        "$r$ = 1, 0,5 y 0, medido en textos que no vio: en los tres la salida exacta cae con el largo, "
        "porque todo el texto tiene que pasar por un solo vector (el cuello de botella del apunte). Desde 4 "
        "letras, la curva de $r = 1$ queda por encima de las otras dos.",
        "en": "Scroll down to “Teacher forcing against free running”. The same GRU without attention, "
        "trained with $r$ = 1, 0.5 and 0, measured on strings it never saw: for all three the exact outputs "
        "fall with length, because the whole string has to pass through one vector (the lecture's "
        "bottleneck). From 4 letters on, the $r = 1$ curve stays above the other two.",
    },
    "sequences.tour_split_title": {"es": "Comerse su propio error", "en": "Eating its own mistake"},
    "sequences.tour_split_look": {
        "es": "En la parada anterior, el modelo $r = 1$ invertía bien «secuencias» (en «Paso a paso»). "
        "Ahora el modelo $r$ = 0,5, entrenado la mitad de las veces con sus propias elecciones en vez del "
        "carácter correcto. En la tabla, la columna «con teacher forcing» recibe siempre el carácter "
        "correcto anterior; la «libre», su propia elección anterior, como cuando se lo usa de verdad.",
        "en": "At the previous stop the $r = 1$ model reversed “secuencias” right (in “Step by step”). "
        "Now the $r = 0.5$ model, trained half of the time on its own choices instead of the right "
        "character. In the table, the “teacher forced” column is always fed the right previous character; "
        "the “free running” one its own previous choice, as when the model is used for real.",
    },
    "sequences.tour_split_ask": {
        "es": "Libre, alimentado con sus propias elecciones, ¿invertirá bien «secuencias»?",
        "en": "Free running, fed its own choices, will it reverse “secuencias” right?",
    },
    "sequences.tour_split_opt_yes": {"es": "Sí", "en": "Yes"},
    "sequences.tour_split_opt_no": {"es": "No", "en": "No"},
    "sequences.tour_split_reveal": {
        "es": "Escribe `{output}`; lo correcto es `{expected}`. En el paso {prev} eligió `{wrong}` en vez de "
        "`{right}`, y desde el paso {i} (≠) se alimenta de ese error, una entrada que el teacher forcing "
        "nunca le da: ahí $P$(correcto) es {forced_p} con teacher forcing y {free_p} libre. Entrenar con "
        "sus propias salidas no lo protegió: con los mismos pasos de entrenamiento, aprendió menos.",
        "en": "It writes `{output}`; the right answer is `{expected}`. At step {prev} it picked `{wrong}` "
        "instead of `{right}`, and from step {i} (≠) it is fed that mistake, an input teacher forcing never "
        "gives it: there $P$(right) is {forced_p} teacher forced and {free_p} free running. Training on its "
        "own outputs did not protect it: with the same training steps, it learned less.",
    },
    "sequences.tour_beam_title": {
        "es": "La voraz no es la más probable",
        "en": "Greedy is not the likeliest",
    },
    "sequences.tour_beam_look": {
        "es": "En «Voraz contra beam search», el modelo $r = 1$ con «ntfdxcuzno», un texto que no vio al "
        "entrenar, y un beam de ancho 5. La voraz elige en cada paso el carácter más probable; el beam "
        "guarda las 5 salidas parciales más probables.",
        "en": "In “Greedy against beam search”, the $r = 1$ model with “ntfdxcuzno”, a string it never saw "
        "in training, and a beam of width 5. Greedy picks the most probable character at every step; the "
        "beam keeps the 5 most probable partial outputs.",
    },
    "sequences.tour_beam_ask": {
        "es": "La mejor salida del beam, comparada con la voraz, ¿será más probable, la misma o menos "
        "probable?",
        "en": "The beam's best output, against greedy's: will it be more probable, the same, or less "
        "probable?",
    },
    "sequences.tour_beam_opt_more": {"es": "Más probable", "en": "More probable"},
    "sequences.tour_beam_opt_same": {"es": "La misma salida", "en": "The same output"},
    "sequences.tour_beam_opt_less": {"es": "Menos probable", "en": "Less probable"},
    "sequences.tour_beam_reveal": {
        "es": "La voraz escribe `{greedy}` ($\\ln P = {greedy_logp}$); el beam de ancho {width} encuentra "
        "`{beam}` ($\\ln P = {beam_logp}$), {times} veces más probable. La correcta es `{right}`. Mira el "
        "árbol: la voraz se quedó con el primer carácter más probable, y eso la llevó a pasos mucho más "
        "inseguros.",
        "en": "Greedy writes `{greedy}` ($\\ln P = {greedy_logp}$); the beam of width {width} finds `{beam}` "
        "($\\ln P = {beam_logp}$), {times} times as probable. The right answer is `{right}`. Look at the "
        "tree: greedy kept the most probable first character, and that led it to far less sure steps.",
    },
    "sequences.tour_sampling_title": {"es": "Sortear con temperatura 1", "en": "Sampling at temperature 1"},
    "sequences.tour_sampling_look": {
        "es": "Al final, en «Muestrear con temperatura», con $T = 1$: cada carácter se sortea con las "
        "probabilidades del propio modelo $r = 1$ para «secuencias», 20 veces, y la tabla cuenta cuántas "
        "veces salió cada salida.",
        "en": "At the end, in “Sampling with a temperature”, at $T = 1$: each character is drawn from the "
        "$r = 1$ model's own probabilities for “secuencias”, 20 times, and the table counts how often each "
        "output came out.",
    },
    "sequences.tour_sampling_ask": {
        "es": "¿Cuántas de las 20 salidas sorteadas serán la salida voraz? (se acepta a 2 de distancia)",
        "en": "How many of the 20 drawn outputs will be greedy's output? (within 2 counts as right)",
    },
    "sequences.tour_sampling_reveal": {
        "es": "Salió {count} veces de {n}. La salida voraz tiene $P = {p}$: se esperan unas {expected} de "
        "{n}. Cada uno de sus {steps} pasos es el más probable, pero $P$ es el producto de los {steps}, y el "
        "resto de la probabilidad se reparte entre muchísimas otras salidas: hubo {distinct} distintas.",
        "en": "It came out {count} times of {n}. Greedy's output has $P = {p}$: about {expected} of {n} are "
        "expected. Each of its {steps} steps is the most probable, but $P$ is the product of all {steps}, "
        "and the rest of the probability is spread over a great many other outputs: {distinct} different "
        "ones came out.",
    },
}
