"""Strings of the "Shapes and architectures" lesson."""

STRINGS = {
    "shapes.nav": {"es": "Formas y arquitecturas", "en": "Shapes and architectures"},
    "shapes.blurb": {
        "es": "Qué guarda nn.RNN, LSTM o GRU y con qué forma, cuántos parámetros son, y cómo se conectan "
        "las capas apiladas, las dos direcciones y el codificador-decodificador.",
        "en": "What nn.RNN, LSTM or GRU hold and in which shape, how many parameters that is, and how "
        "stacked layers, both directions and encoder-decoders are wired.",
    },
    "shapes.title": {"es": "Formas y arquitecturas", "en": "Shapes and architectures"},
    "shapes.intro": {
        "es": "¿Qué forma tiene `weight_ih_l0` en una [LSTM](glossary?lang=es#lstm) "
        "[bidireccional](glossary?lang=es#bidirectional) de 2 capas? ¿Qué guarda `output`? "
        "¿Cuántos parámetros son? Elige una red y la página la construye con PyTorch en el dispositivo "
        "*meta*, que guarda formas sin reservar memoria (por eso también sirven tamaños enormes), y lee de "
        "ahí cada forma y cada conteo.",
        "en": "What shape is `weight_ih_l0` in a 2-layer [bidirectional](glossary?lang=en#bidirectional) "
        "[LSTM](glossary?lang=en#lstm)? What does `output` hold? How "
        "many parameters is that? Choose a network and the page builds it with PyTorch on the *meta* "
        "device, which keeps shapes without reserving memory (so huge sizes work too), and reads every "
        "shape and count from it.",
    },
    "shapes.presets": {"es": "Ejercicios de la clase y ejemplos", "en": "Lecture exercises and examples"},
    "shapes.presets_help": {
        "es": "Los cuatro primeros son las tablas del apunte 001 (los datos estaban en el colab; aquí se "
        "eligieron tamaños chicos y distintos entre sí). Cada uno fija todos los valores de abajo.",
        "en": "The first four are the tables of lecture notes 001 (their numbers were in the colab; small, "
        "mutually different sizes were chosen here). Each one sets every value below.",
    },
    "shapes.preset_basic": {"es": "Básica", "en": "Basic"},
    "shapes.preset_hidden": {"es": "Varias hidden", "en": "Several hidden units"},
    "shapes.preset_multivariable": {"es": "Input multivariable", "en": "Multivariable input"},
    "shapes.preset_two_layers": {"es": "2 layers", "en": "Two layers"},
    "shapes.preset_bilstm": {"es": "LSTM bidireccional de 2 capas", "en": "2-layer bidirectional LSTM"},
    "shapes.preset_huge": {"es": "Enorme: 1400 millones", "en": "Huge: 1.4 billion"},
    # settings, as the widgets and the messages name them
    "shapes.name_cell": {"es": "Celda", "en": "Cell"},
    "shapes.name_input_size": {"es": "Entrada I (input_size)", "en": "Input I (input_size)"},
    "shapes.name_hidden_size": {"es": "Ocultas H (hidden_size)", "en": "Hidden H (hidden_size)"},
    "shapes.name_num_layers": {"es": "Capas (num_layers)", "en": "Layers (num_layers)"},
    "shapes.name_seq_len": {"es": "Largo T de la secuencia", "en": "Sequence length T"},
    "shapes.name_batch": {"es": "Lote N (batch)", "en": "Batch N"},
    "shapes.name_bidirectional": {"es": "Bidireccional", "en": "Bidirectional"},
    "shapes.name_batch_first": {"es": "batch_first", "en": "batch_first"},
    "shapes.name_quiz": {"es": "Modo pregunta", "en": "Quiz mode"},
    "shapes.help_cell": {
        "es": "RNN de Elman, LSTM o GRU: cada una apila en sus matrices 1, 4 o 3 bloques de H filas.",
        "en": "Elman RNN, LSTM or GRU: each stacks 1, 4 or 3 blocks of H rows in its matrices.",
    },
    "shapes.help_input_size": {
        "es": "Cuántos números entran en cada paso: 1 para una señal, 300 para un embedding de palabras. "
        "De 1 a {max}.",
        "en": "How many numbers come in at each step: 1 for a signal, 300 for a word embedding. From 1 to "
        "{max}.",
    },
    "shapes.help_hidden_size": {
        "es": "Cuántas neuronas tiene el estado h de cada capa y dirección. De 1 a {max}.",
        "en": "How many neurons the state h of each layer and direction has. From 1 to {max}.",
    },
    "shapes.help_num_layers": {
        "es": "Capas apiladas: cada una lee los estados de la de abajo. De 1 a {max}.",
        "en": "Stacked layers: each reads the states of the one below. From 1 to {max}.",
    },
    "shapes.help_seq_len": {
        "es": "Cuántos pasos tiene la secuencia. No cambia ningún parámetro: los pesos son los mismos en "
        "cada paso. De 1 a {max}.",
        "en": "How many steps the sequence has. It changes no parameter: the weights are the same at every "
        "step. From 1 to {max}.",
    },
    "shapes.help_batch": {
        "es": "Cuántas secuencias se procesan juntas. Tampoco cambia los parámetros. De 1 a {max}.",
        "en": "How many sequences are processed together. It changes no parameter either. From 1 to {max}.",
    },
    "shapes.help_bidirectional": {
        "es": "Una segunda RNN lee la secuencia de atrás hacia adelante; en cada paso se concatenan los "
        "estados de las dos.",
        "en": "A second RNN reads the sequence back to front; at every step the two states are concatenated.",
    },
    "shapes.help_batch_first": {
        "es": "Si está activo, la entrada y la salida llevan el lote primero: (N, T, ·) en vez de (T, N, ·). "
        "h0 y h_n no cambian.",
        "en": "When on, the input and the output put the batch first: (N, T, ·) instead of (T, N, ·). h0 and "
        "h_n do not change.",
    },
    "shapes.help_quiz": {
        "es": "Oculta las formas y los conteos para preguntarlos en clase, como los ejercicios del apunte; "
        "un botón muestra las respuestas.",
        "en": "Hides the shapes and counts to ask them in class, like the notes' exercises; a button shows "
        "the answers.",
    },
    # the quiz
    "shapes.quiz_note": {
        "es": "**Modo pregunta.** ¿Qué tamaño tiene cada variable y cada parámetro? ¿Cuántos parámetros "
        "son en total? Resuélvelo en papel y después muestra las respuestas.",
        "en": "**Quiz mode.** What size is each variable and each parameter? How many parameters in all? "
        "Work it out on paper, then show the answers.",
    },
    "shapes.reveal": {"es": "Mostrar las respuestas", "en": "Show the answers"},
    "shapes.conceal": {"es": "Ocultar las respuestas", "en": "Hide the answers"},
    # the lecture's table
    "shapes.table_heading": {"es": "La tabla de la clase", "en": "The lecture's table"},
    "shapes.head_variable": {"es": "Variable", "en": "Variable"},
    "shapes.head_size": {"es": "Tamaño", "en": "Size"},
    "shapes.head_parameter": {"es": "Parámetro", "en": "Parameter"},
    "shapes.table_caption": {
        "es": "Como en los ejercicios del apunte 001: a la izquierda lo que entra y sale del módulo, para "
        "un lote de N secuencias; a la derecha cada parámetro que guarda, con el nombre que le da PyTorch.",
        "en": "As in the exercises of notes 001: on the left what goes into and comes out of the module, "
        "for a batch of N sequences; on the right every parameter it holds, named as PyTorch names it.",
    },
    "shapes.notation": {
        "es": "$T$ = largo de la secuencia, $N$ = lote, $I$ = `input_size`, $H$ = `hidden_size`, $D$ = 2 si "
        "es bidireccional y 1 si no. La clase escribe $U$ para $W_{ih}$, $W$ para $W_{hh}$ y un solo "
        "sesgo $b$; PyTorch guarda dos, `bias_ih` y `bias_hh`, y los suma.",
        "en": "$T$ = sequence length, $N$ = batch, $I$ = `input_size`, $H$ = `hidden_size`, $D$ = 2 when "
        "bidirectional, else 1. The lectures write $U$ for $W_{ih}$, $W$ for $W_{hh}$ and a single bias "
        "$b$; PyTorch keeps two, `bias_ih` and `bias_hh`, and adds them.",
    },
    # the count
    "shapes.count_heading": {"es": "Cuántos parámetros", "en": "How many parameters"},
    "shapes.metric_total": {"es": "Parámetros", "en": "Parameters"},
    "shapes.metric_memory": {"es": "En float32", "en": "In float32"},
    "shapes.metric_memory_help": {
        "es": "Lo que ocuparían los parámetros construidos de verdad: 4 bytes cada uno. Al entrenar hay "
        "más: los gradientes ocupan lo mismo otra vez (×2 con SGD simple), SGD con momento guarda una "
        "copia más (×3) y Adam dos, sus dos momentos (×4).",
        "en": "What the parameters would take if built for real: 4 bytes each. Training takes more: the "
        "gradients take as much again (×2 with plain SGD), SGD with momentum keeps one more copy (×3) "
        "and Adam two, its two moments (×4).",
    },
    "shapes.metric_here": {"es": "Usada aquí", "en": "Used here"},
    "shapes.metric_here_value": {"es": "0 (meta)", "en": "0 (meta)"},
    "shapes.metric_here_help": {
        "es": "El módulo se construye en el dispositivo meta: sus tensores tienen forma pero no datos.",
        "en": "The module is built on the meta device: its tensors have shapes but no data.",
    },
    "shapes.count_text": {
        "es": "Cada capa, en cada dirección, guarda $W_{{ih}}$, $W_{{hh}}$, $b_{{ih}}$ y $b_{{hh}}$, con "
        "$G$ bloques de $H$ filas (RNN: $G = 1$; GRU: 3; LSTM: 4). Con {cell}, $G = {G}$:",
        "en": "Each layer, in each direction, holds $W_{{ih}}$, $W_{{hh}}$, $b_{{ih}}$ and $b_{{hh}}$, with "
        "$G$ blocks of $H$ rows (RNN: $G = 1$; GRU: 3; LSTM: 4). With {cell}, $G = {G}$:",
    },
    "shapes.count_caption": {
        "es": "Los números salen del módulo de PyTorch: la suma de `p.numel()` sobre `named_parameters()` "
        "da lo mismo que la fórmula.",
        "en": "The numbers come from the PyTorch module: summing `p.numel()` over `named_parameters()` gives "
        "the same as the formula.",
    },
    # every parameter, every tensor
    "shapes.parameters_heading": {"es": "Cada parámetro", "en": "Every parameter"},
    "shapes.parameters_caption": {
        "es": "PyTorch apila los bloques de las compuertas uno debajo del otro, en este orden: LSTM i, f, "
        "g, o; GRU r, z, n. Por eso `weight_ih_l0` de una LSTM tiene 4H filas.",
        "en": "PyTorch stacks the gates' blocks one below the other, in this order: LSTM i, f, g, o; GRU "
        "r, z, n. That is why an LSTM's `weight_ih_l0` has 4H rows.",
    },
    "shapes.tensors_heading": {"es": "Lo que entra y lo que sale", "en": "What goes in and comes out"},
    "shapes.tensors_caption": {
        "es": "`batch_first` solo mueve el lote en la entrada y en `output`: `h0` y `h_n` son siempre "
        "(D·num_layers, N, H). Sin lote, la dimensión N desaparece.",
        "en": "`batch_first` only moves the batch in the input and in `output`: `h0` and `h_n` are always "
        "(D·num_layers, N, H). Without a batch, the N dimension is gone.",
    },
    "shapes.where_uni": {
        "es": "`output` tiene el estado de la **última capa** en cada paso; `h_n` el **último paso** de "
        "cada capa. Se cruzan en un lugar: `{last} == h_n[-1]`.",
        "en": "`output` holds the **last layer**'s state at every step; `h_n` the **last step** of every "
        "layer. They meet in one place: `{last} == h_n[-1]`.",
    },
    "shapes.where_bi": {
        "es": "`output` tiene el estado de la **última capa** en cada paso, las dos direcciones "
        "concatenadas: las primeras H columnas son hacia adelante y las otras H hacia atrás. `h_n[k]` es el "
        "estado final de la capa k // 2 en la dirección k % 2. La dirección hacia atrás **termina en el "
        "paso 0**: `{last} == h_n[-2]`, pero `{first} == h_n[-1]`.",
        "en": "`output` holds the **last layer**'s state at every step, both directions concatenated: the "
        "first H columns are forward and the other H reverse. `h_n[k]` is the final state of layer k // 2 "
        "in direction k % 2. The reverse direction **ends at step 0**: `{last} == h_n[-2]`, but "
        "`{first} == h_n[-1]`.",
    },
    # the pictures
    "shapes.network_heading": {"es": "Cómo está conectada", "en": "How it is wired"},
    "shapes.network_caption": {
        "es": "A la izquierda, la red enrollada: una caja por capa, con su lazo recurrente. A la derecha, la "
        "misma red desenrollada en el tiempo, con los mismos pesos en cada paso. Las capas se apilan de "
        "abajo hacia arriba. En una capa bidireccional, la fila azul lee de izquierda a derecha y la roja "
        "de derecha a izquierda; «cat» junta sus dos estados en un vector de D·H números. Cada fila empieza "
        "en h0[k] y termina en h_n[k], con k = capa · D + dirección.",
        "en": "On the left, the rolled network: one box per layer, with its recurrent loop. On the right, "
        "the same network unrolled in time, with the same weights at every step. Layers stack from bottom "
        "to top. In a bidirectional layer the blue row reads left to right and the red one right to left; "
        "“cat” joins their two states into a vector of D·H numbers. Each row starts at h0[k] and ends at "
        "h_n[k], with k = layer · D + direction.",
    },
    "shapes.gates_heading": {"es": "Las compuertas, apiladas", "en": "The gates, stacked"},
    "shapes.gates_caption": {
        "es": "Las matrices de la capa 0 (y `weight_ih_l1`, si hay más capas), dibujadas por bloques de "
        "filas: una matriz por compuerta, apiladas en una sola. Los anchos siguen a las formas dentro de un "
        "límite: una matriz muy alargada se dibuja ancha, no a escala.",
        "en": "The matrices of layer 0 (and `weight_ih_l1`, when there are more layers), drawn by blocks of "
        "rows: one matrix per gate, stacked into one. Widths follow the shapes within a limit: a very long "
        "matrix is drawn wide, not to scale.",
    },
    "shapes.rnn_no_gates": {
        "es": "Una RNN de Elman no tiene compuertas: cada matriz es un solo bloque de H filas.",
        "en": "An Elman RNN has no gates: each matrix is a single block of H rows.",
    },
    # the sequence configurations
    "shapes.configs_heading": {"es": "Configuraciones de secuencia", "en": "Sequence configurations"},
    "shapes.col_configuration": {"es": "Configuración", "en": "Configuration"},
    "shapes.col_example": {"es": "Tarea de ejemplo", "en": "Example task"},
    "shapes.col_in_torch": {"es": "Qué tomar de esta red", "en": "What to take from this network"},
    "shapes.configs_intro": {
        "es": "La misma celda sirve para tareas distintas según qué entra y qué se usa de lo que sale "
        "(apuntes 002 y 004). En la tabla, una tarea de ejemplo de cada una y qué tomar de la red de "
        "arriba en PyTorch.",
        "en": "The same cell serves different tasks depending on what goes in and what is used of what "
        "comes out (notes 002 and 004). In the table, an example task for each and what to take from the "
        "network above in PyTorch.",
    },
    "shapes.example_one_to_one": {
        "es": "Clasificación o regresión de un solo dato.",
        "en": "Classifying or regressing one single item.",
    },
    "shapes.torch_one_to_one": {
        "es": "Con T = 1 no hay recurrencia: es una red feed-forward. `x` de forma {x_one}.",
        "en": "With T = 1 there is no recurrence: it is a feed-forward network. `x` of shape {x_one}.",
    },
    "shapes.example_one_to_many": {
        "es": "Describir una imagen con una frase (image captioning), generar música.",
        "en": "Describing an image with a sentence (image captioning), generating music.",
    },
    "shapes.torch_one_to_many": {
        "es": "El vector entra una vez (como primer `x` o como `h0`) y la red genera paso a paso, leyendo lo "
        "que escribió en el paso anterior: un bucle que llama a `rnn` con `x` de forma {x_one}.",
        "en": "The vector comes in once (as the first `x` or as `h0`) and the network generates step by "
        "step, reading what it wrote the step before: a loop calling `rnn` with `x` of shape {x_one}.",
    },
    "shapes.example_many_to_one": {
        "es": "Clasificar una oración, decir si una noticia es buena o mala, responder una "
        "pregunta de opción múltiple.",
        "en": "Classifying a sentence, telling whether a news item is good or bad, answering a "
        "multiple-choice question.",
    },
    "shapes.torch_many_to_one_uni": {
        "es": "Se usa solo el estado final: `h_n[-1]`, de forma {last}.",
        "en": "Only the final state is used: `h_n[-1]`, of shape {last}.",
    },
    "shapes.torch_many_to_one_bi": {
        "es": "Se usa el estado final de cada dirección: `torch.cat([h_n[-2], h_n[-1]], dim=1)`, de forma "
        "{last}.",
        "en": "The final state of each direction is used: `torch.cat([h_n[-2], h_n[-1]], dim=1)`, of shape "
        "{last}.",
    },
    "shapes.example_many_to_many": {
        "es": "Predecir cada día el precio del día siguiente, etiquetar cada palabra, "
        "clasificar cada cuadro de un video.",
        "en": "Predicting each day the next day's price, tagging every word, classifying every "
        "frame of a video.",
    },
    "shapes.torch_many_to_many": {
        "es": "Se usa `output` entero, de forma {output}: una salida por paso, que una capa lineal lleva al "
        "tamaño que haga falta.",
        "en": "The whole `output` is used, of shape {output}: one output per step, which a linear layer maps "
        "to whatever size is needed.",
    },
    "shapes.example_encoder_decoder": {
        "es": "Traducción automática, resumen de texto, reconocimiento de voz: la entrada y la "
        "salida tienen largos distintos.",
        "en": "Machine translation, text summarisation, speech recognition: input and output "
        "have different lengths.",
    },
    "shapes.torch_encoder_decoder_uni": {
        "es": "El `h_n` del codificador, de forma {h_n}, puede ser tal cual el `h0` del decodificador si "
        "este tiene la misma celda, la misma cantidad de capas y el mismo tamaño oculto; el decodificador "
        "genera como en uno a muchos (con teacher forcing al entrenar).",
        "en": "The encoder's `h_n`, of shape {h_n}, can be the decoder's `h0` as it is when the decoder has "
        "the same cell, the same number of layers and the same hidden size; the decoder generates as in "
        "one to many (with teacher forcing while training).",
    },
    "shapes.torch_encoder_decoder_lstm": {
        "es": "Una LSTM entrega dos estados: `h_n` y `c_n`, de forma {h_n} cada uno, son el `(h0, c0)` de "
        "un decodificador LSTM con la misma cantidad de capas y el mismo tamaño oculto; el "
        "decodificador genera como en uno a muchos (con teacher forcing al entrenar).",
        "en": "An LSTM hands over two states: `h_n` and `c_n`, of shape {h_n} each, are the `(h0, c0)` of an "
        "LSTM decoder with the same number of layers and the same hidden size; the decoder generates as "
        "in one to many (with teacher forcing while training).",
    },
    "shapes.torch_encoder_decoder_bi": {
        "es": "El `h_n` de un codificador bidireccional tiene forma {h_n}: dos direcciones por capa, y un "
        "decodificador de una dirección no lo toma tal cual como `h0`. Hace falta un puente, por "
        "ejemplo una capa lineal sobre `torch.cat([h_n[-2], h_n[-1]], dim=1)` (el `Seq2Seq` de la "
        "lección de atención tiene uno; con una LSTM, lo mismo para `c_n`). Después genera como en uno "
        "a muchos.",
        "en": "A bidirectional encoder's `h_n` has shape {h_n}: two directions per layer, and a "
        "one-directional decoder does not take it as `h0` as it is. It needs a bridge, for example a "
        "linear layer on `torch.cat([h_n[-2], h_n[-1]], dim=1)` (the attention lesson's `Seq2Seq` has "
        "one; with an LSTM, the same for `c_n`). Then it generates as in one to many.",
    },
    # the same in PyTorch
    "shapes.torch_heading": {"es": "Compruébalo con PyTorch", "en": "Check it with PyTorch"},
    "shapes.torch_caption": {
        "es": "Pega esto en un notebook: imprime cada parámetro con su forma, el total, y las formas de "
        "`output` y `h_n`.",
        "en": "Paste this into a notebook: it prints every parameter with its shape, the total, and the "
        "shapes of `output` and `h_n`.",
    },
    "shapes.ran_on": {
        "es": "Formas leídas de un torch.{module} construido en el dispositivo meta con PyTorch {version}.",
        "en": "Shapes read from a torch.{module} built on the meta device with PyTorch {version}.",
    },
    # labels inside tables and pictures
    "shapes.l_layer_direction": {"es": "capa {layer}, {direction}", "en": "layer {layer}, {direction}"},
    "shapes.l_forward": {"es": "hacia adelante", "en": "forward"},
    "shapes.l_reverse": {"es": "hacia atrás", "en": "reverse"},
    "shapes.l_gates": {"es": "compuertas {gates}", "en": "gates {gates}"},
    "shapes.l_col_parameter": {"es": "Parámetro", "en": "Parameter"},
    "shapes.l_col_shape": {"es": "Tamaño", "en": "Shape"},
    "shapes.l_col_letters": {"es": "En letras", "en": "In letters"},
    "shapes.l_col_count": {"es": "Cantidad", "en": "Count"},
    "shapes.l_col_what": {"es": "Qué es", "en": "What it is"},
    "shapes.l_col_tensor": {"es": "Tensor", "en": "Tensor"},
    "shapes.l_col_batched": {"es": "Con lote", "en": "Batched"},
    "shapes.l_col_unbatched": {"es": "Sin lote", "en": "Unbatched"},
    "shapes.l_tensor_input": {
        "es": "la entrada: T pasos de I números, para N secuencias",
        "en": "the input: T steps of I numbers, for N sequences",
    },
    "shapes.l_tensor_h0": {
        "es": "estado inicial de cada capa y dirección (ceros si no se pasa)",
        "en": "initial state of each layer and direction (zeros if not given)",
    },
    "shapes.l_tensor_c0": {
        "es": "estado de celda inicial (solo LSTM)",
        "en": "initial cell state (LSTM only)",
    },
    "shapes.l_tensor_output": {
        "es": "el estado de la última capa en cada paso",
        "en": "the last layer's state at every step",
    },
    "shapes.l_tensor_output_bi": {
        "es": "el estado de la última capa en cada paso, las dos direcciones concatenadas",
        "en": "the last layer's state at every step, both directions concatenated",
    },
    "shapes.l_same_as_layer_1": {
        "es": "capas 2 a {last}: como la capa 1",
        "en": "layers 2 to {last}: as layer 1",
    },
    "shapes.l_tensor_h_n": {
        "es": "el estado final de cada capa y dirección",
        "en": "the final state of each layer and direction",
    },
    "shapes.l_tensor_c_n": {
        "es": "el estado de celda final de cada capa y dirección",
        "en": "the final cell state of each layer and direction",
    },
    "shapes.l_directions_word": {"es": "2 si es bidireccional, si no 1", "en": "2 if bidirectional, else 1"},
    "shapes.l_layer_n": {"es": "capa {n}", "en": "layer {n}"},
    "shapes.l_layers_each": {"es": "capas 1 a {last}, cada una", "en": "layers 1 to {last}, each"},
    "shapes.l_total_word": {"es": "total", "en": "total"},
    "shapes.l_layer_short": {"es": "capa", "en": "layer"},
    "shapes.l_rolled": {"es": "enrollada", "en": "rolled"},
    "shapes.l_unrolled": {"es": "desenrollada en el tiempo", "en": "unrolled in time"},
    "shapes.l_encoder": {"es": "codificador", "en": "encoder"},
    "shapes.l_decoder": {"es": "decodificador", "en": "decoder"},
    "shapes.l_gate_i": {"es": "entrada", "en": "input"},
    "shapes.l_gate_f": {"es": "olvido", "en": "forget"},
    "shapes.l_gate_g": {"es": "candidata", "en": "cell candidate"},
    "shapes.l_gate_o": {"es": "salida", "en": "output"},
    "shapes.l_gate_r": {"es": "reinicio", "en": "reset"},
    "shapes.l_gate_z": {"es": "actualización", "en": "update"},
    "shapes.l_gate_n": {"es": "nueva", "en": "new"},
    "shapes.l_config_one_to_one": {"es": "uno a uno", "en": "one to one"},
    "shapes.l_config_one_to_many": {"es": "uno a muchos", "en": "one to many"},
    "shapes.l_config_many_to_one": {"es": "muchos a uno", "en": "many to one"},
    "shapes.l_config_many_to_many": {"es": "muchos a muchos", "en": "many to many"},
    "shapes.l_config_encoder_decoder": {"es": "codificador-decodificador", "en": "encoder-decoder"},
    "shapes.sub_one_to_one": {"es": "Uno a uno", "en": "One to one"},
    "shapes.sub_one_to_many": {
        "es": "Uno a muchos: vector a secuencia",
        "en": "One to many: vector to sequence",
    },
    "shapes.sub_many_to_one": {
        "es": "Muchos a uno: secuencia a vector",
        "en": "Many to one: sequence to vector",
    },
    "shapes.sub_many_to_many": {
        "es": "Muchos a muchos, alineado: secuencia a secuencia",
        "en": "Many to many, aligned: sequence to sequence",
    },
    "shapes.sub_encoder_decoder": {
        "es": "Codificador-decodificador (seq2seq)",
        "en": "Encoder-decoder (seq2seq)",
    },
    # the guided tour (lessons/shapes.py TOUR)
    "shapes.tour_basic_title": {
        "es": "La red más chica: nn.RNN(1, 1)",
        "en": "The smallest network: nn.RNN(1, 1)",
    },
    "shapes.tour_basic_look": {
        "es": "El ejercicio «Básica» del apunte 001: una entrada y una neurona oculta, $h_t = \\tanh(W_{ih} "
        "x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})$. Mira la tabla de la clase: a la izquierda lo que entra y "
        "sale, a la derecha lo que el módulo guarda.",
        "en": 'The "Basic" exercise of notes 001: one input and one hidden neuron, $h_t = \\tanh(W_{ih} x_t '
        "+ b_{ih} + W_{hh} h_{t-1} + b_{hh})$. Look at the lecture's table: on the left what goes in and "
        "comes out, on the right what the module holds.",
    },
    "shapes.tour_basic_ask": {
        "es": "¿Cuántos parámetros guarda `nn.RNN(1, 1)`?",
        "en": "How many parameters does `nn.RNN(1, 1)` hold?",
    },
    "shapes.tour_basic_reveal": {
        "es": "Son {total}, en {tensors} tensores de un número cada uno: `weight_ih_l0`, `weight_hh_l0`, "
        "`bias_ih_l0` y `bias_hh_l0`. La clase escribe un solo sesgo $b$; PyTorch guarda dos y los suma, así "
        "que quien contó 3 olvidó el segundo.",
        "en": "There are {total}, in {tensors} tensors of one number each: `weight_ih_l0`, `weight_hh_l0`, "
        "`bias_ih_l0` and `bias_hh_l0`. The lectures write a single bias $b$; PyTorch keeps two and adds "
        "them, so whoever counted 3 missed the second one.",
    },
    "shapes.tour_multivariable_title": {
        "es": "Entrada multivariable: I = 2, H = 4",
        "en": "Multivariable input: I = 2, H = 4",
    },
    "shapes.tour_multivariable_look": {
        "es": "Ahora entran dos números por paso y el estado tiene cuatro neuronas. Se eligieron tamaños "
        "distintos para que cada número de una forma diga qué dimensión es.",
        "en": "Now two numbers come in at each step and the state has four neurons. The sizes differ so "
        "that each number in a shape says which dimension it is.",
    },
    "shapes.tour_multivariable_ask": {
        "es": "¿Qué forma tiene `weight_ih_l0`, la matriz que multiplica a la entrada $x_t$?",
        "en": "What shape is `weight_ih_l0`, the matrix that multiplies the input $x_t$?",
    },
    "shapes.tour_multivariable_opt_h_i": {
        "es": "(H, I): una fila por neurona oculta",
        "en": "(H, I): one row per hidden neuron",
    },
    "shapes.tour_multivariable_opt_i_h": {
        "es": "(I, H): una fila por entrada",
        "en": "(I, H): one row per input",
    },
    "shapes.tour_multivariable_opt_h_h": {
        "es": "(H, H): cuadrada, como $W_{hh}$",
        "en": "(H, H): square, like $W_{hh}$",
    },
    "shapes.tour_multivariable_reveal": {
        "es": "`weight_ih_l0` tiene forma {shape}: una fila por neurona oculta (H = {H}) y una columna por "
        "entrada (I = {I}): en la fórmula de PyTorch, $W_{{ih}} x_t$ con $x_t$ como columna, el resultado "
        "tiene que tener el tamaño de $h_t$. (Para un lote entero el código hace `x @ weight_ih_l0.T`, "
        "que es lo mismo.)",
        "en": "`weight_ih_l0` is {shape}: one row per hidden neuron (H = {H}) and one column per input "
        "(I = {I}): in PyTorch's formula, $W_{{ih}} x_t$ with $x_t$ a column, the result must be the size "
        "of $h_t$. (For a whole batch the code computes `x @ weight_ih_l0.T`, which is the same.)",
    },
    "shapes.tour_two_layers_title": {"es": "Dos capas apiladas", "en": "Two stacked layers"},
    "shapes.tour_two_layers_look": {
        "es": "La segunda capa no lee $x_t$ sino los estados de la primera: en la tabla, `weight_ih_l1` "
        "tiene $H$ columnas, no $I$, y la cuenta de la capa 1 usa $I_1 = H$. Mira en el dibujo por dónde "
        "pasa cada estado: `h0` y `h_n` tienen una fila por capa.",
        "en": "The second layer does not read $x_t$ but the first layer's states: in the table "
        "`weight_ih_l1` has $H$ columns, not $I$, and layer 1's count uses $I_1 = H$. Follow each state "
        "in the picture: `h0` and `h_n` have one row per layer.",
    },
    "shapes.tour_lstm_title": {"es": "La misma red, con LSTM", "en": "The same network, as an LSTM"},
    "shapes.tour_lstm_look": {
        "es": "Mismos tamaños que la entrada multivariable (I = 2, H = 4), pero la celda es una LSTM: "
        "compuertas de entrada, olvido, candidata y salida, cada una con sus pesos. Mira los bloques de "
        "filas en el dibujo de las compuertas.",
        "en": "The same sizes as the multivariable input (I = 2, H = 4), but the cell is an LSTM: input, "
        "forget, cell-candidate and output gates, each with weights of its own. Look at the blocks of rows "
        "in the gates picture.",
    },
    "shapes.tour_lstm_ask": {
        "es": "La RNN de la parada 2 tenía 32 parámetros. ¿Cuántos tiene esta LSTM?",
        "en": "The RNN of stop 2 had 32 parameters. How many does this LSTM have?",
    },
    "shapes.tour_lstm_reveal": {
        "es": "Son {total}: la LSTM apila {G} bloques de $H$ filas en cada matriz y cada sesgo, así que "
        "guarda {G} veces lo que la RNN de los mismos tamaños ({rnn}).",
        "en": "There are {total}: the LSTM stacks {G} blocks of $H$ rows in every matrix and every bias, so "
        "it holds {G} times what the RNN of the same sizes holds ({rnn}).",
    },
    "shapes.tour_bilstm_title": {
        "es": "LSTM bidireccional de 2 capas",
        "en": "Two-layer bidirectional LSTM",
    },
    "shapes.tour_bilstm_look": {
        "es": "La pregunta de la introducción: I = 5, H = 7, dos capas y las dos direcciones. En el dibujo, "
        "una fila de celdas lee la secuencia hacia adelante (→) y otra hacia atrás (←); `cat` junta sus "
        "estados en cada paso.",
        "en": "The introduction's question: I = 5, H = 7, two layers and both directions. In the picture one "
        "row of cells reads the sequence forwards (→) and another backwards (←); `cat` joins their states "
        "at each step.",
    },
    "shapes.tour_bilstm_ask": {
        "es": "Con T = 3 pasos y un lote de N = 1, ¿qué forma tiene `output`?",
        "en": "With T = 3 steps and a batch of N = 1, what shape is `output`?",
    },
    "shapes.tour_bilstm_opt_t_n_h": {"es": "(T, N, H)", "en": "(T, N, H)"},
    "shapes.tour_bilstm_opt_t_n_2h": {"es": "(T, N, 2H)", "en": "(T, N, 2H)"},
    "shapes.tour_bilstm_opt_dl_n_h": {"es": "(D·num_layers, N, H)", "en": "(D·num_layers, N, H)"},
    "shapes.tour_bilstm_reveal": {
        "es": "`output` es {output}: en cada paso, los estados de la última capa en las dos direcciones, "
        "concatenados (2 · {H}). Lo que tiene una fila por capa y dirección es `h_n`, {h_n}: solo el último "
        "paso de cada una.",
        "en": "`output` is {output}: at every step, the last layer's states in both directions, "
        "concatenated (2 · {H}). What has one row per layer and direction is `h_n`, {h_n}: only the last "
        "step of each.",
    },
    "shapes.tour_huge_title": {"es": "Una red enorme, sin memoria", "en": "A huge network, with no memory"},
    "shapes.tour_huge_look": {
        "es": "Unos 1400 millones de parámetros: más de 5 GB en float32, y la página no reserva nada porque "
        "construye el módulo en el dispositivo meta. Además `batch_first` está activo: mira la tabla de "
        "tensores, la entrada y `output` llevan el lote primero, pero `h0` y `h_n` no cambian.",
        "en": "About 1.4 billion parameters: over 5 GB in float32, and the page reserves nothing because it "
        "builds the module on the meta device. And `batch_first` is on: look at the tensors table, the input "
        "and `output` put the batch first, but `h0` and `h_n` do not change.",
    },
}
