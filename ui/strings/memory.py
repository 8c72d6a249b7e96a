"""Strings of the "Memory networks" lesson."""

STRINGS = {
    "memory.nav": {"es": "Redes de memoria", "en": "Memory networks"},
    "memory.blurb": {
        "es": "Una memoria suave de claves y valores: compara una dirección con las claves, softmax, suma "
        "los valores. Una red de memoria lee una historia así, salto a salto, y responde dónde está "
        "cada cosa; mira cómo los dos hechos que importan se iluminan uno tras otro.",
        "en": "A soft key-value memory: compare an address with the keys, softmax, sum the values. A "
        "memory network reads a story that way, hop by hop, and answers where everything is; watch "
        "the two facts that matter light up one after the other.",
    },
    "memory.title": {"es": "Redes de memoria", "en": "Memory networks"},
    "memory.intro": {
        "es": "El apunte 003 termina con las [redes de memoria](glossary?lang=es#memory-network) (Weston et "
        "al., 2014; Sukhbaatar et al., "
        "2015): una entrada $x$ (la **dirección**) se compara con las **claves** $k_1, k_2, \\dots$ por "
        "producto punto, el softmax convierte esas similitudes en números que suman uno, y con ellos se "
        "suman los **valores** $v_1, v_2, \\dots$:\n\n$$\\alpha_i = k_i^\\top x \\qquad c = "
        "\\mathrm{softmax}(\\alpha) \\qquad s = \\sum_i c_i\\, v_i$$\n\nEs una memoria asociativa "
        "direccionable, pero suave y diferenciable: se puede entrenar con descenso por gradiente. "
        "«Note el parecido con el mecanismo de atención»: es el mismo cálculo.",
        "en": "Lecture 003 ends on [memory networks](glossary?lang=en#memory-network) (Weston et al., 2014; "
        "Sukhbaatar et al., 2015): an "
        "input $x$ (the **address**) is compared with the **keys** $k_1, k_2, \\dots$ by dot products, "
        "a softmax turns those similarities into numbers that sum to one, and those numbers weigh the "
        "**values** $v_1, v_2, \\dots$:\n\n$$\\alpha_i = k_i^\\top x \\qquad c = \\mathrm{softmax}(\\alpha) "
        "\\qquad s = \\sum_i c_i\\, v_i$$\n\nIt is an addressable associative memory, but soft and "
        'differentiable: it can be trained by gradient descent. "Note the resemblance to the '
        'attention mechanism": it is the same computation.',
    },
    # the memory by hand
    "memory.hand_heading": {"es": "La memoria a mano", "en": "The memory by hand"},
    "memory.hand_intro": {
        "es": "Tres casillas, cada una con una clave $k_i$ y un valor $v_i$ de dos números, y una "
        "dirección $x$ = escala × consulta. Cambia cualquiera y mira los pesos y la lectura.",
        "en": "Three slots, each with a key $k_i$ and a value $v_i$ of two numbers, and an address "
        "$x$ = scale × query. Change any of them and watch the weights and the read.",
    },
    "memory.slot": {"es": "Casilla {i}", "en": "Slot {i}"},
    "memory.name_k1": {"es": "Clave k₁", "en": "Key k₁"},
    "memory.name_k2": {"es": "Clave k₂", "en": "Key k₂"},
    "memory.name_k3": {"es": "Clave k₃", "en": "Key k₃"},
    "memory.name_v1": {"es": "Valor v₁", "en": "Value v₁"},
    "memory.name_v2": {"es": "Valor v₂", "en": "Value v₂"},
    "memory.name_v3": {"es": "Valor v₃", "en": "Value v₃"},
    "memory.name_query": {"es": "Consulta", "en": "Query"},
    "memory.name_scale": {"es": "Escala de la consulta", "en": "Query scale"},
    "memory.name_task": {"es": "Tarea", "en": "Task"},
    "memory.name_language": {"es": "Idioma de la historia", "en": "Story language"},
    "memory.name_seed": {"es": "Semilla", "en": "Seed"},
    "memory.name_hops": {"es": "Saltos", "en": "Hops"},
    "memory.name_story": {"es": "Historia (una oración por línea)", "en": "Story (one sentence a line)"},
    "memory.name_edited": {"es": "Historia editada", "en": "Edited story"},
    "memory.name_question": {"es": "Pregunta", "en": "Question"},
    "memory.vector_help": {
        "es": "Dos números separados por coma o espacio (con «;» la coma es decimal: «0,5; 1»), "
        "entre -9 y 9.",
        "en": "Two numbers separated by a comma or a space (with ';' the comma is decimal: '0,5; 1'), "
        "between -9 and 9.",
    },
    "memory.padded": {
        "es": "{name}: {raw} tiene un solo número; se completa con 0: {used}.",
        "en": "{name}: {raw} has one number only; completed with 0: {used}.",
    },
    "memory.sharp": {"es": "Coincidencia nítida con k{i}", "en": "Sharp match with k{i}"},
    "memory.reset": {"es": "Valores iniciales", "en": "Initial values"},
    "memory.hand_caption": {
        "es": "El peso más alto es {w} (casilla {i}). Con escala 0 todas las claves empatan: la lectura "
        "es el promedio de los valores. Al crecer la escala, el softmax se vuelve un máximo: la lectura "
        "tiende al valor de la clave más parecida. Si la consulta apunta justo a una clave y es larga "
        "(«coincidencia nítida»), ese peso es casi 1 y la salida es casi ese valor.",
        "en": "The largest weight is {w} (slot {i}). At scale 0 every key ties: the read is the mean of "
        "the values. As the scale grows the softmax becomes a max: the read tends to the value of the "
        'best-matching key. When the query points right at one key and is long (a "sharp match"), '
        "that weight is nearly 1 and the output is nearly that value.",
    },
    "memory.scale_axis": {"es": "escala de la consulta", "en": "query scale"},
    "memory.weight_axis": {"es": "peso cᵢ", "en": "weight cᵢ"},
    "memory.alt_scale": {
        "es": "Pesos c₁, c₂, c₃ según la escala de la consulta, de 0 a {top}. Con la escala actual "
        "({scale}): {now}. Con escala 0: {zero}. Con escala {top}: {high}.",
        "en": "Weights c₁, c₂, c₃ against the query scale, from 0 to {top}. At the current scale "
        "({scale}): {now}. At scale 0: {zero}. At scale {top}: {high}.",
    },
    # a story
    "memory.story_heading": {"es": "Una historia, leída en saltos", "en": "A story, read in hops"},
    "memory.story_intro": {
        "es": "Una red de memoria de extremo a extremo (MemN2N, Sukhbaatar et al., 2015) guarda cada "
        "oración de la historia como una clave $m_i$ y un valor $c_i$ (la suma de sus palabras "
        "embebidas, con codificación de posición y de tiempo). La pregunta es la primera dirección "
        "$u^1$; cada **salto** $k$ lee la memoria y suma lo leído: $p^k = \\mathrm{softmax}(u^{k\\top} "
        "m_i)$, $o^k = \\sum_i p^k_i c_i$, $u^{k+1} = u^k + o^k$; la respuesta es la palabra más probable "
        "de $W u^{K+1}$. Las historias se generan aquí, al estilo bAbI (Weston et al., 2015): la "
        "tarea 1 necesita un hecho, la 2 dos (quién tiene el objeto y adónde fue), la 3 tres.",
        "en": "An end-to-end memory network (MemN2N, Sukhbaatar et al., 2015) stores each sentence of the "
        "story as a key $m_i$ and a value $c_i$ (the sum of its embedded words, with position and "
        "temporal encoding). The question is the first address $u^1$; each **hop** $k$ reads the "
        "memory and adds what it read: $p^k = \\mathrm{softmax}(u^{k\\top} m_i)$, $o^k = \\sum_i p^k_i "
        "c_i$, $u^{k+1} = u^k + o^k$; the answer is the most likely word of $W u^{K+1}$. The stories "
        "are generated here, bAbI-style (Weston et al., 2015): task 1 needs one fact, task 2 two (who "
        "has the object and where they went), task 3 three.",
    },
    "memory.task_1": {"es": "1 · un hecho", "en": "1 · one fact"},
    "memory.task_2": {"es": "2 · dos hechos", "en": "2 · two facts"},
    "memory.task_3": {"es": "3 · tres hechos", "en": "3 · three facts"},
    "memory.lang_es": {"es": "Español", "en": "Spanish"},
    "memory.lang_en": {"es": "Inglés", "en": "English"},
    "memory.new_story": {"es": "Otra historia", "en": "Another story"},
    "memory.back_to_generated": {"es": "Volver a la historia generada", "en": "Back to the generated story"},
    "memory.story_help": {
        "es": "Una oración por línea, con o sin punto final; se leen las últimas {max} y hasta {words} "
        "palabras de cada una. Las palabras que ningún modelo conoce se ignoran (se avisa).",
        "en": "One sentence a line, with or without its final period; the last {max} are read, up to "
        "{words} words each. Words no model knows are left out (you are told).",
    },
    "memory.question_help": {
        "es": "Con o sin ¿?. Vacía: la pregunta de la historia generada.",
        "en": "With or without the question mark. Empty: the generated story's own question.",
    },
    "memory.edited_note": {
        "es": "Historia editada: ya no es la generada con esta tarea, idioma y semilla.",
        "en": "Edited story: no longer the one generated from this task, language and seed.",
    },
    "memory.issue_unknown": {
        "es": "Palabras que el modelo no conoce, ignoradas: {words}.",
        "en": "Words the model does not know, left out: {words}.",
    },
    "memory.issue_dropped": {
        "es": "La memoria guarda {max} oraciones: se ignoraron las {n} primeras.",
        "en": "The memory holds {max} sentences: the first {n} were left out.",
    },
    "memory.issue_long": {
        "es": "Oraciones con más de {max} palabras, cortadas ahí: {which}.",
        "en": "Sentences over {max} words, cut there: {which}.",
    },
    "memory.issue_blank": {
        "es": "Se ignoraron {n} líneas vacías.",
        "en": "{n} empty lines were left out.",
    },
    "memory.issue_empty_story": {
        "es": "La historia está vacía: la memoria no tiene nada que leer, cada salto lee cero y la "
        "respuesta sale solo de la pregunta.",
        "en": "The story is empty: the memory has nothing to read, every hop reads zero and the answer "
        "comes from the question alone.",
    },
    "memory.issue_empty_question": {
        "es": "La pregunta no tiene ninguna palabra que el modelo conozca: la respuesta no sale de ella.",
        "en": "The question has no word the model knows: the answer does not come from it.",
    },
    "memory.answer": {"es": "Respuesta: **{answer}**", "en": "Answer: **{answer}**"},
    "memory.right": {
        "es": "Correcta: la historia dice {expected}.",
        "en": "Right: the story says {expected}.",
    },
    "memory.wrong": {
        "es": "Incorrecta: la historia dice {expected}.",
        "en": "Wrong: the story says {expected}.",
    },
    "memory.no_expected": {
        "es": "Historia o pregunta editada: aquí no hay una respuesta esperada que comparar.",
        "en": "Edited story or question: there is no expected answer to compare with here.",
    },
    "memory.top": {"es": "Las más probables: {top}.", "en": "Most likely: {top}."},
    "memory.hop": {"es": "salto {k}", "en": "hop {k}"},
    "memory.heatmap_caption": {
        "es": "Filas: las oraciones en orden; columnas: los saltos; cada casilla es el peso $p^k_i$ con "
        "que el salto $k$ lee la oración $i$ (cada columna suma 1). ★ marca los hechos en que se apoya "
        "la respuesta. En la tarea 2, con tres saltos, el primer salto suele encontrar la última oración "
        "sobre el objeto (quién lo tomó o lo dejó) y los siguientes, adónde había ido esa persona.",
        "en": "Rows: the sentences in order; columns: the hops; each cell is the weight $p^k_i$ with "
        "which hop $k$ reads sentence $i$ (each column sums to 1). ★ marks the facts the answer rests "
        "on. On task 2, with three hops, the first hop tends to find the latest sentence about the "
        "object (who took it or dropped it) and the next ones where that person had gone.",
    },
    "memory.alt_attention": {
        "es": "Mapa de calor de la atención: {n} oraciones por {hops} saltos. {each}",
        "en": "Attention heatmap: {n} sentences by {hops} hops. {each}",
    },
    "memory.alt_hop": {
        "es": "El salto {k} mira sobre todo la oración {i} («{sentence}», peso {w}).",
        "en": 'Hop {k} looks mostly at sentence {i} ("{sentence}", weight {w}).',
    },
    # hops against tasks
    "memory.table_heading": {"es": "Saltos contra tareas", "en": "Hops against tasks"},
    "memory.table_intro": {
        "es": "Los tres modelos incluidos son iguales salvo en el número de saltos: mismo tamaño, "
        "semilla y pasos, entrenados juntos en las tres tareas y los dos idiomas. Precisión medida en "
        "{n} historias por tarea (mitad en cada idioma) generadas con semillas que el entrenamiento no "
        "usó.",
        "en": "The three shipped models are the same but for their number of hops: same size, seed and "
        "steps, trained together on the three tasks and both languages. Accuracy measured on {n} "
        "stories per task (half in each language) generated from seeds the training did not use.",
    },
    "memory.table_hops": {"es": "saltos", "en": "hops"},
    "memory.table_task": {"es": "tarea {t}", "en": "task {t}"},
    "memory.table_caption": {
        "es": "Con un salto, la tarea 2 queda en {one} %: leer «Juan tomó la pelota» no dice dónde está "
        "Juan. Con tres saltos llega a {three} %: el segundo hecho necesita una segunda lectura, como "
        "encontraron Sukhbaatar et al. (2015).",
        "en": 'With one hop, task 2 stays at {one} %: reading "John picked up the football" does not '
        "say where John is. With three hops it reaches {three} %: a second supporting fact needs a "
        "second read, as Sukhbaatar et al. (2015) found.",
    },
    # the link
    "memory.link_heading": {"es": "El mismo cálculo en otras partes", "en": "The same computation elsewhere"},
    "memory.link_attention": {
        "es": "**Atención de seq2seq.** Con consulta = estado del decodificador $hd_i$ y claves = valores "
        "= estados del codificador $h_j$, la lectura de memoria es la atención por producto punto: "
        "$s_{{ij}} = hd_i \\cdot h_j$, $w_{{ij}} = \\mathrm{{softmax}}_j(s_{{ij}})$, $c_i = \\sum_j "
        "w_{{ij}} h_j$. Con el modelo incluido «Invertir · producto punto» leyendo {text}, en el paso {i}: "
        "`memory_read(hd_i, h, h)` da los mismos pesos y el mismo contexto que el modelo (la mayor "
        "diferencia es {diff}).",
        "en": "**Seq2seq attention.** With query = decoder state $hd_i$ and keys = values = encoder "
        "states $h_j$, the memory read is dot-product attention: $s_{{ij}} = hd_i \\cdot h_j$, "
        "$w_{{ij}} = \\mathrm{{softmax}}_j(s_{{ij}})$, $c_i = \\sum_j w_{{ij}} h_j$. With the shipped "
        '"Reverse · dot" model reading {text}, at step {i}: `memory_read(hd_i, h, h)` gives the '
        "model's own weights and context (the largest difference is {diff}).",
    },
    "memory.link_weights": {"es": "Pesos del modelo: {model}", "en": "The model's weights: {model}"},
    "memory.link_mlstm": {
        "es": "**La lectura del mLSTM** (apunte 002, ecuaciones 19-21). El mLSTM escribe cada par como "
        "$C_t = f_t C_{{t-1}} + i_t\\, v_t k_t^\\top$ y lee con su consulta: $\\tilde h_t = C_t q_t / "
        "\\max(|n_t^\\top q_t|, 1)$. Con las tres casillas de arriba escritas con $f = i = 1$, "
        "$C\\,x = \\sum_i (k_i^\\top x)\\, v_i$: los mismos valores sumados con los mismos productos "
        "punto, pero **sin softmax** (los pesos son los productos punto crudos, "
        "{raw}, divididos entre $\\max(|n^\\top x|, 1)$ con $n = \\sum_i k_i$).",
        "en": "**The mLSTM read** (lecture 002, equations 19-21). The mLSTM writes each pair as $C_t = "
        "f_t C_{{t-1}} + i_t\\, v_t k_t^\\top$ and reads with its query: $\\tilde h_t = C_t q_t / "
        "\\max(|n_t^\\top q_t|, 1)$. With the three slots above written with $f = i = 1$, "
        "$C\\,x = \\sum_i (k_i^\\top x)\\, v_i$: the same values summed with the same dot products, but "
        "**without the softmax** (the weights are the raw dot products, {raw}, divided by "
        "$\\max(|n^\\top x|, 1)$ with $n = \\sum_i k_i$).",
    },
    "memory.link_compare": {
        "es": "Memoria con softmax: $s$ = {soft}. mLSTM: $\\tilde h$ = {linear}.",
        "en": "Memory with softmax: $s$ = {soft}. mLSTM: $\\tilde h$ = {linear}.",
    },
    # training
    "memory.train_heading": {"es": "Entrena la tuya", "en": "Train your own"},
    "memory.train_intro": {
        "es": "Una red pequeña de {hops} saltos (embedding 16) aprende las tareas 1 y 2 en los dos "
        "idiomas, hasta {steps} pasos o {seconds} s. Cada pocos pasos se redibuja su atención sobre "
        "una historia de la tarea 2: al principio reparte el peso por igual; al aprender, los saltos "
        "se concentran en pocas oraciones. La tarea 1 se aprende primero; la 2 suele necesitar más "
        "pasos de los que caben aquí (los modelos incluidos entrenaron 8000).",
        "en": "A small network of {hops} hops (embedding 16) learns tasks 1 and 2 in both languages, for "
        "up to {steps} steps or {seconds} s. Every few steps its attention over a task-2 story is "
        "redrawn: at first it spreads its weight evenly; as it learns, the hops gather on a few "
        "sentences. Task 1 is learned first; task 2 usually needs more steps than fit here (the shipped "
        "models trained for 8000).",
    },
    "memory.train_metric": {"es": "acierto en la tarea 2", "en": "task-2 accuracy"},
    "memory.train_chart_caption": {
        "es": "Pérdida de entrenamiento (izquierda) y acierto en historias nuevas de la tarea 2 (derecha), "
        "medido cada pocos pasos.",
        "en": "Training loss (left) and accuracy on fresh task-2 stories (right), measured every few steps.",
    },
    "memory.train_step_axis": {"es": "paso", "en": "step"},
    "memory.train_loss_axis": {"es": "pérdida", "en": "loss"},
    "memory.train_done": {
        "es": "Listo: {steps} pasos en {seconds} s. Acierta {acc} % de {n} historias nuevas de la "
        "tarea 2 y {acc1} % de la tarea 1.",
        "en": "Done: {steps} steps in {seconds} s. It answers {acc} % of {n} fresh task-2 stories and "
        "{acc1} % of task 1.",
    },
    "memory.train_stopped": {
        "es": "Detenido en el paso {steps} ({seconds} s): el modelo queda como estaba.",
        "en": "Stopped at step {steps} ({seconds} s): the model stays as it was.",
    },
    "memory.train_story": {
        "es": "Atención de tu red en el paso {step} sobre una historia de la tarea 2 ({question} → "
        "{answer}); responde {output}.",
        "en": "Your network's attention at step {step} on a task-2 story ({question} → {answer}); it "
        "answers {output}.",
    },
    "memory.alt_thumbnail": {
        "es": "Mapa de calor de la atención de una red de memoria entrenada, {hops} saltos (filas) sobre "
        "las {n} oraciones de una historia (columnas): salto a salto, mira sobre todo a las oraciones {top}, "
        "cada vez con un peso de al menos {weight:.3f}.",
        "en": "Heatmap of a trained memory network's attention, {hops} hops (rows) over a story's {n} "
        "sentences (columns): hop by hop, it looks mostly at sentences {top}, each time with a weight of at "
        "least {weight:.3f}.",
    },
    # the guided tour
    "memory.tour_hand_title": {"es": "Una memoria de tres casillas", "en": "A memory of three slots"},
    "memory.tour_hand_look": {
        "es": "Cada casilla tiene una clave $k_i$ y un valor $v_i$. La dirección $x$ (escala × consulta) se "
        "compara con cada clave por producto punto, $\\alpha_i = k_i^\\top x$; el softmax da los pesos $c$, "
        "que suman 1, y la lectura es $s = \\sum_i c_i v_i$. La consulta $(1, 0.2)$ se parece más a "
        "$k_1 = (1, 0)$: mira las cuentas, con sus números, debajo de las casillas.",
        "en": "Each slot holds a key $k_i$ and a value $v_i$. The address $x$ (scale × query) is compared "
        "with every key by a dot product, $\\alpha_i = k_i^\\top x$; the softmax gives the weights $c$, "
        "which sum to 1, and the read is $s = \\sum_i c_i v_i$. The query $(1, 0.2)$ is most like "
        "$k_1 = (1, 0)$: look at the sums, with their numbers, below the slots.",
    },
    "memory.tour_uniform_title": {"es": "Escala 0", "en": "Scale 0"},
    "memory.tour_uniform_look": {
        "es": "La misma memoria y la misma consulta, con la escala en 0: la dirección es $x = 0 \\cdot "
        "(1, 0.2) = (0, 0)$.",
        "en": "The same memory and the same query, with the scale at 0: the address is $x = 0 \\cdot "
        "(1, 0.2) = (0, 0)$.",
    },
    "memory.tour_uniform_ask": {
        "es": "¿Qué peso $c_1$ recibe la casilla 1? (se acepta a 0,02 de distancia)",
        "en": "What weight $c_1$ does slot 1 get? (within 0.02 counts as right)",
    },
    "memory.tour_uniform_reveal": {
        "es": "$c = ({c})$: con $x = 0$ todos los productos punto $\\alpha_i$ valen 0, y el softmax de "
        "puntuaciones iguales es uniforme. La lectura es el promedio de los valores: $s = ({s})$.",
        "en": "$c = ({c})$: with $x = 0$ every dot product $\\alpha_i$ is 0, and the softmax of equal scores "
        "is uniform. The read is the mean of the values: $s = ({s})$.",
    },
    "memory.tour_tie_title": {"es": "Empate entre dos claves", "en": "A tie between two keys"},
    "memory.tour_tie_look": {
        "es": "La consulta $(1, 1)$ está igual de cerca de $k_1 = (1, 0)$ que de $k_2 = (0, 1)$, y la escala "
        "es 8: un softmax muy afilado.",
        "en": "The query $(1, 1)$ is as close to $k_1 = (1, 0)$ as to $k_2 = (0, 1)$, and the scale is 8: a "
        "very sharp softmax.",
    },
    "memory.tour_tie_ask": {
        "es": "¿A qué se acerca la lectura $s$?",
        "en": "What does the read $s$ come close to?",
    },
    "memory.tour_tie_opt_v1": {"es": "Al valor v₁ = (2, 0)", "en": "The value v₁ = (2, 0)"},
    "memory.tour_tie_opt_v2": {"es": "Al valor v₂ = (0, 2)", "en": "The value v₂ = (0, 2)"},
    "memory.tour_tie_opt_half": {
        "es": "Al punto medio entre v₁ y v₂",
        "en": "Halfway between v₁ and v₂",
    },
    "memory.tour_tie_opt_mean": {
        "es": "Al promedio de los tres valores",
        "en": "The mean of the three values",
    },
    "memory.tour_tie_reveal": {
        "es": "$c = ({c})$ y $s = ({s})$. Con escala {scale} el softmax es casi un máximo, pero un máximo "
        "empatado: reparte el peso entre $k_1$ y $k_2$, y la lectura queda entre sus valores. Una memoria "
        "suave no elige una casilla: mezcla las que se parecen igual a la dirección.",
        "en": "$c = ({c})$ and $s = ({s})$. At scale {scale} the softmax is almost a max, but a tied max: it "
        "shares the weight between $k_1$ and $k_2$, and the read lands between their values. A soft memory "
        "does not pick one slot: it mixes those that match the address equally.",
    },
    "memory.tour_hops_title": {"es": "Dos hechos, tres saltos", "en": "Two facts, three hops"},
    "memory.tour_hops_look": {
        "es": "Baja a «Una historia, leída en saltos»: la tarea 2 (semilla 2) pregunta «¿Dónde está la "
        "leche?». Hacen falta dos oraciones (★): quién tiene la leche y adónde fue por última vez. La red "
        "tiene tres saltos: cada uno lee la memoria y suma lo leído a su dirección, $u^{k+1} = u^k + o^k$.",
        "en": "Scroll down to “A story, read in hops”: task 2 (seed 2) asks “¿Dónde está la leche?” (where "
        "is the milk?). Two sentences are needed (★): who has the milk, and where they went last. The "
        "network has three hops: each reads the memory and adds what it read to its address, "
        "$u^{k+1} = u^k + o^k$.",
    },
    "memory.tour_hops_ask": {
        "es": "¿Qué oración leerá con más peso el salto 1?",
        "en": "Which sentence will hop 1 read with the largest weight?",
    },
    "memory.tour_hops_opt_object": {
        "es": "La que dice quién tomó la leche",
        "en": "The one saying who took the milk",
    },
    "memory.tour_hops_opt_place": {
        "es": "La que dice adónde fue esa persona",
        "en": "The one saying where that person went",
    },
    "memory.tour_hops_opt_other": {"es": "Otra oración", "en": "Another sentence"},
    "memory.tour_hops_reveal": {
        "es": "El salto 1 pone {w1} en la oración {i1}, «{s1}»; el salto 2, {w2} en la {i2}, «{s2}». "
        "Responde «{answer}». La segunda lectura parte de lo que trajo la primera: primero quién tiene la "
        "leche, después adónde fue esa persona.",
        "en": "Hop 1 puts {w1} on sentence {i1}, “{s1}”; hop 2 puts {w2} on sentence {i2}, “{s2}”. It "
        "answers “{answer}”. The second read starts from what the first brought back: first who has the "
        "milk, then where that person went.",
    },
    "memory.tour_one_hop_title": {"es": "Un solo salto", "en": "A single hop"},
    "memory.tour_one_hop_look": {
        "es": "La misma historia y la misma pregunta, con la red de **un** salto (mismo tamaño, semilla y "
        "pasos de entrenamiento que la de tres).",
        "en": "The same story and the same question, with the **one**-hop network (the same size, seed and "
        "training steps as the three-hop one).",
    },
    "memory.tour_one_hop_ask": {"es": "¿Responderá bien?", "en": "Will it answer right?"},
    "memory.tour_one_hop_opt_yes": {"es": "Sí", "en": "Yes"},
    "memory.tour_one_hop_opt_no": {"es": "No", "en": "No"},
    "memory.tour_one_hop_reveal": {
        "es": "Responde «{answer}»; lo correcto es «{right}». Su único salto pone el peso más alto, {w}, en "
        "la oración {i}, «{sentence}». Una sola lectura no puede encontrar quién tiene la leche y, con eso, "
        "adónde fue. La tabla «Saltos contra tareas», más abajo, lo mide en muchas historias.",
        "en": "It answers “{answer}”; the right answer is “{right}”. Its only hop puts its largest weight, "
        "{w}, on sentence {i}, “{sentence}”. A single read cannot find who has the milk and, from that, "
        "where they went. The “Hops against tasks” table below measures it over many stories.",
    },
    "memory.tour_link_title": {"es": "Memoria, atención y mLSTM", "en": "Memory, attention and the mLSTM"},
    "memory.tour_link_look": {
        "es": "Al final de la página, «El mismo cálculo en otras partes»: la lectura de memoria es la "
        "atención por producto punto de seq2seq con otros nombres (consulta $hd_i$, claves = valores = "
        "$h_j$), y el mLSTM guarda los mismos pares en una matriz $C = \\sum_i v_i k_i^\\top$ y los lee sin "
        "softmax. Compara sus dos lecturas de las mismas tres casillas.",
        "en": "At the end of the page, “The same computation elsewhere”: the memory read is seq2seq's dot "
        "attention under other names (query $hd_i$, keys = values = $h_j$), and the mLSTM stores the same "
        "pairs in a matrix $C = \\sum_i v_i k_i^\\top$ and reads them without a softmax. Compare the two "
        "reads of the same three slots.",
    },
}
