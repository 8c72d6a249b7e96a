"""Strings of the glossary: the page, and each term of the course with its one-sentence definition.

`glossary.term_<key>` is the term as each language says it and `glossary.def_<key>` its definition; the
page shows both languages side by side (`lessons/glossary.py` lists the terms and the lessons that use
them). Definitions follow the lecture notes in ../shared/lectures and say where PyTorch writes it otherwise.
"""

STRINGS = {
    "glossary.nav": {"es": "Glosario", "en": "Glossary"},
    "glossary.title": {"es": "Glosario · Glossary", "en": "Glossary · Glosario"},
    "glossary.intro": {
        "es": "Los términos del curso en español y en inglés, uno al lado del otro, cada uno con una "
        "definición "
        "de una oración y las lecciones que lo usan. Las clases se dan en español; los artículos y PyTorch "
        "están en inglés.",
        "en": "The course's terms in Spanish and English side by side, each with a one-sentence definition "
        "and the lessons that use it. The lectures are taught in Spanish; the papers and PyTorch are in "
        "English.",
    },
    "glossary.filter": {"es": "Mostrar los términos de", "en": "Show the terms of"},
    "glossary.filter_all": {"es": "Todas las lecciones", "en": "Every lesson"},
    "glossary.count": {"es": "{count} términos.", "en": "{count} terms."},
    "glossary.used_in": {"es": "Se usa en:", "en": "Used in:"},
    "glossary.bad_lesson": {
        "es": "La lección {raw} de la dirección no existe: se muestran todos los términos.",
        "en": "The lesson {raw} in the address does not exist: showing every term.",
    },
    # ------------------------------------------------------------------ the terms
    "glossary.term_recurrent_network": {
        "es": "red neuronal recurrente (RNN)",
        "en": "recurrent neural network (RNN)",
    },
    "glossary.def_recurrent_network": {
        "es": "Una red que procesa una secuencia paso a paso y en cada paso combina la entrada nueva con su "
        "estado anterior, $h_t = g(W h_{{t-1}} + U x_t)$.",
        "en": "A network that processes a sequence step by step, combining at each step the new input with "
        "its previous state, $h_t = g(W h_{{t-1}} + U x_t)$.",
    },
    "glossary.term_hidden_state": {"es": "estado oculto", "en": "hidden state"},
    "glossary.def_hidden_state": {
        "es": "El vector $h_t$ que la red calcula en cada paso a partir de la entrada y del estado anterior: "
        "resume lo que leyó hasta ahí y pasa al paso siguiente.",
        "en": "The vector $h_t$ the network computes at each step from the input and the previous state: it "
        "summarises what it has read so far and goes on to the next step.",
    },
    "glossary.term_time_step": {"es": "paso de tiempo", "en": "time step"},
    "glossary.def_time_step": {
        "es": "Cada posición $t$ de la secuencia, que no tiene por qué ser una unidad de tiempo: puede ser "
        "una letra, una palabra o una muestra de una serie.",
        "en": "Each position $t$ of the sequence, which need not be a unit of time: it can be a letter, a "
        "word or one sample of a series.",
    },
    "glossary.term_unrolling": {"es": "desenrollar en el tiempo", "en": "unrolling through time"},
    "glossary.def_unrolling": {
        "es": "Dibujar la red recurrente como una copia por paso de tiempo, todas con los mismos pesos: "
        "queda "
        "una red sin ciclos en la que se ve de dónde sale cada número y se puede aplicar backpropagation.",
        "en": "Drawing the recurrent network as one copy per time step, all with the same weights: the "
        "result is a network without loops where every number can be traced and backpropagation applies.",
    },
    "glossary.term_shared_weights": {"es": "pesos compartidos", "en": "shared weights"},
    "glossary.def_shared_weights": {
        "es": "Las mismas matrices ($U$, $W$) se usan en todos los pasos de tiempo, así que la cantidad de "
        "parámetros no depende del largo de la secuencia.",
        "en": "The same matrices ($U$, $W$) are used at every time step, so the number of parameters does "
        "not depend on the length of the sequence.",
    },
    "glossary.term_activation": {"es": "función de activación", "en": "activation function"},
    "glossary.def_activation": {
        "es": "La no linealidad $g$ que se aplica a la suma ponderada (tanh en una RNN simple); al volver "
        "hacia atrás, su derivada multiplica al gradiente en cada paso.",
        "en": "The nonlinearity $g$ applied to the weighted sum (tanh in a plain RNN); going backwards, its "
        "derivative multiplies the gradient at every step.",
    },
    "glossary.term_bptt": {
        "es": "retropropagación en el tiempo (BPTT)",
        "en": "backpropagation through time (BPTT)",
    },
    "glossary.def_bptt": {
        "es": "Backpropagation aplicada a la red desenrollada: el gradiente de la pérdida viaja hacia atrás "
        "paso a paso y suma lo que cada paso aporta a los pesos compartidos.",
        "en": "Backpropagation applied to the unrolled network: the loss's gradient travels backwards step "
        "by step and adds up what every step contributes to the shared weights.",
    },
    "glossary.term_vanishing_gradient": {"es": "desvanecimiento del gradiente", "en": "vanishing gradient"},
    "glossary.def_vanishing_gradient": {
        "es": "Si los factores por los que se multiplica el gradiente en cada paso tienen valor singular "
        "máximo menor que 1, se achica exponencialmente y los pasos lejanos casi no aprenden.",
        "en": "When the factors the gradient is multiplied by at every step have a largest singular value "
        "below 1, it shrinks exponentially and distant steps hardly learn.",
    },
    "glossary.term_exploding_gradient": {"es": "explosión del gradiente", "en": "exploding gradient"},
    "glossary.def_exploding_gradient": {
        "es": "Si esos factores tienen valor singular máximo mayor que 1 (y la activación no satura), el "
        "gradiente puede crecer exponencialmente hacia atrás y los pesos divergen al actualizarse.",
        "en": "When those factors have a largest singular value above 1 (and the activation does not "
        "saturate), the gradient can grow exponentially backwards and the weights diverge when updated.",
    },
    "glossary.term_jacobian": {"es": "jacobiano", "en": "Jacobian"},
    "glossary.def_jacobian": {
        "es": "La matriz de derivadas de un paso, $\\partial h_t / \\partial h_{{t-1}} = "
        "\\operatorname{{diag}}(g'(a_t))\\, W$; el gradiente que llega al paso $k$ es el producto de estos "
        "jacobianos.",
        "en": "The matrix of derivatives of one step, $\\partial h_t / \\partial h_{{t-1}} = "
        "\\operatorname{{diag}}(g'(a_t))\\, W$; the gradient that reaches step $k$ is the product of these "
        "Jacobians.",
    },
    "glossary.term_singular_value": {"es": "valor singular máximo", "en": "largest singular value"},
    "glossary.def_singular_value": {
        "es": "Lo más que una matriz puede estirar un vector: por debajo de 1 el producto de muchas matrices "
        "se desvanece, por encima de 1 puede explotar.",
        "en": "The most a matrix can stretch a vector: below 1 a product of many such matrices vanishes, "
        "above 1 it can explode.",
    },
    "glossary.term_gradient_clipping": {"es": "recorte del gradiente", "en": "gradient clipping"},
    "glossary.def_gradient_clipping": {
        "es": "Achicar el gradiente cuando su norma pasa de un umbral, para que una explosión no arruine la "
        "actualización de los pesos.",
        "en": "Shrinking the gradient when its norm exceeds a threshold, so that an explosion does not wreck "
        "the weight update.",
    },
    "glossary.term_orthogonal_init": {"es": "inicialización ortogonal", "en": "orthogonal initialisation"},
    "glossary.def_orthogonal_init": {
        "es": "Empezar con una matriz recurrente ortogonal aleatoria, que conserva la norma de los vectores, "
        "para que al principio el gradiente ni se desvanezca ni explote.",
        "en": "Starting from a random orthogonal recurrent matrix, which preserves the norm of vectors, so "
        "that at first the gradient neither vanishes nor explodes.",
    },
    "glossary.term_lstm": {
        "es": "LSTM (memoria de corto y largo plazo)",
        "en": "LSTM (long short-term memory)",
    },
    "glossary.def_lstm": {
        "es": "Una celda recurrente con un estado de celda aparte y tres compuertas (olvido, entrada y "
        "salida) "
        "que deciden qué borrar, qué escribir y qué mostrar en cada paso.",
        "en": "A recurrent cell with a separate cell state and three gates (forget, input and output) that "
        "decide what to erase, what to write and what to show at each step.",
    },
    "glossary.term_cell_state": {"es": "estado de la celda", "en": "cell state"},
    "glossary.def_cell_state": {
        "es": "La memoria de largo plazo de una LSTM, $c_t = f_t \\odot c_{{t-1}} + i_t \\odot \\tilde "
        "c_t$: se "
        "actualiza sumando, sin pasar por una matriz, y por eso el gradiente la recorre sin cortarse.",
        "en": "An LSTM's long-term memory, $c_t = f_t \\odot c_{{t-1}} + i_t \\odot \\tilde c_t$: it is "
        "updated "
        "by adding, without going through a matrix, so the gradient flows along it uninterrupted.",
    },
    "glossary.term_gate": {"es": "compuerta", "en": "gate"},
    "glossary.def_gate": {
        "es": "Un vector de valores, casi siempre entre 0 y 1 (una sigmoide), que multiplica elemento a "
        "elemento a otro vector y decide cuánto de él pasa.",
        "en": "A vector of values, usually between 0 and 1 (a sigmoid), that multiplies another vector "
        "element by element and decides how much of it gets through.",
    },
    "glossary.term_forget_gate": {"es": "compuerta de olvido", "en": "forget gate"},
    "glossary.def_forget_gate": {
        "es": "La compuerta $f_t$ de una LSTM: cuánto del estado de la celda anterior se conserva (cerca de "
        "1) "
        "o se borra (cerca de 0).",
        "en": "An LSTM's gate $f_t$: how much of the previous cell state is kept (near 1) or erased (near "
        "0).",
    },
    "glossary.term_input_gate": {"es": "compuerta de entrada", "en": "input gate"},
    "glossary.def_input_gate": {
        "es": "La compuerta $i_t$: cuánto del candidato nuevo $\\tilde c_t$ se escribe en el estado de la "
        "celda.",
        "en": "The gate $i_t$: how much of the new candidate $\\tilde c_t$ is written into the cell state.",
    },
    "glossary.term_output_gate": {"es": "compuerta de salida", "en": "output gate"},
    "glossary.def_output_gate": {
        "es": "La compuerta $o_t$: qué parte de la celda se muestra como estado oculto, $h_t = o_t \\odot "
        "\\tanh(c_t)$.",
        "en": "The gate $o_t$: which part of the cell is shown as the hidden state, $h_t = o_t \\odot "
        "\\tanh(c_t)$.",
    },
    "glossary.term_gru": {
        "es": "GRU (unidad recurrente con compuertas)",
        "en": "GRU (gated recurrent unit)",
    },
    "glossary.def_gru": {
        "es": "Una celda recurrente con dos compuertas (actualización y reinicio) y sin estado de celda "
        "aparte; "
        "PyTorch calcula $h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{{t-1}}$.",
        "en": "A recurrent cell with two gates (update and reset) and no separate cell state; PyTorch "
        "computes $h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{{t-1}}$.",
    },
    "glossary.term_update_gate": {"es": "compuerta de actualización", "en": "update gate"},
    "glossary.def_update_gate": {
        "es": "La compuerta $z_t$ de una GRU: reparte el nuevo estado entre el anterior y el candidato (en "
        "PyTorch $z_t$ es la parte del estado anterior; el apunte 002 lo escribe al revés).",
        "en": "A GRU's gate $z_t$: it splits the new state between the previous one and the candidate (in "
        "PyTorch $z_t$ is the previous state's share; lecture 002 writes it the other way round).",
    },
    "glossary.term_reset_gate": {"es": "compuerta de reinicio", "en": "reset gate"},
    "glossary.def_reset_gate": {
        "es": "La compuerta $r_t$ de una GRU: cuánto del estado anterior entra en el cálculo del candidato.",
        "en": "A GRU's gate $r_t$: how much of the previous state goes into computing the candidate.",
    },
    "glossary.term_xlstm": {"es": "xLSTM", "en": "xLSTM"},
    "glossary.def_xlstm": {
        "es": "Las celdas de Beck et al. (2024) que extienden la LSTM con compuertas exponenciales y un "
        "estado "
        "normalizador: la sLSTM, de memoria escalar, y la mLSTM, de memoria matricial.",
        "en": "The cells of Beck et al. (2024) that extend the LSTM with exponential gates and a normaliser "
        "state: the sLSTM, with a scalar memory, and the mLSTM, with a matrix memory.",
    },
    "glossary.term_exponential_gating": {"es": "compuerta exponencial", "en": "exponential gating"},
    "glossary.def_exponential_gating": {
        "es": "En xLSTM la compuerta de entrada es $i_t = \\exp(\\tilde i_t)$, que puede valer más que 1; el "
        "estado normalizador compensa esa escala.",
        "en": "In xLSTM the input gate is $i_t = \\exp(\\tilde i_t)$, which can exceed 1; the normaliser "
        "state makes up for that scale.",
    },
    "glossary.term_normalizer_state": {"es": "estado normalizador", "en": "normaliser state"},
    "glossary.def_normalizer_state": {
        "es": "En la sLSTM, $n_t = f_t n_{{t-1}} + i_t$ acumula las compuertas de entrada, y la salida se "
        "divide por él: $h_t = o_t\\, c_t / n_t$.",
        "en": "In the sLSTM, $n_t = f_t n_{{t-1}} + i_t$ adds up the input gates, and the output is divided "
        "by "
        "it: $h_t = o_t\\, c_t / n_t$.",
    },
    "glossary.term_matrix_memory": {"es": "memoria matricial (mLSTM)", "en": "matrix memory (mLSTM)"},
    "glossary.def_matrix_memory": {
        "es": "El estado de la mLSTM, $C_t = f_t C_{{t-1}} + i_t\\, v_t k_t^\\top$: guarda pares "
        "clave-valor en "
        "una matriz y se lee con una consulta $q_t$.",
        "en": "The mLSTM's state, $C_t = f_t C_{{t-1}} + i_t\\, v_t k_t^\\top$: it stores key-value pairs "
        "in a "
        "matrix and is read with a query $q_t$.",
    },
    "glossary.term_softmax": {"es": "softmax", "en": "softmax"},
    "glossary.def_softmax": {
        "es": "Convierte un vector de puntajes en probabilidades positivas que suman uno, "
        "$e^{{s_j}} / \\sum_{{j'}} e^{{s_{{j'}}}}$.",
        "en": "Turns a vector of scores into positive probabilities that sum to one, "
        "$e^{{s_j}} / \\sum_{{j'}} e^{{s_{{j'}}}}$.",
    },
    "glossary.term_cross_entropy": {"es": "entropía cruzada", "en": "cross-entropy"},
    "glossary.def_cross_entropy": {
        "es": "La pérdida $-\\log$ de la probabilidad que el modelo le dio a la clase correcta; en una "
        "secuencia se suma paso a paso.",
        "en": "The loss $-\\log$ of the probability the model gave the right class; over a sequence it is "
        "summed step by step.",
    },
    "glossary.term_encoder_decoder": {
        "es": "codificador-decodificador (seq2seq)",
        "en": "encoder-decoder (seq2seq)",
    },
    "glossary.def_encoder_decoder": {
        "es": "El codificador lee la entrada y la acumula en estados ocultos; el decodificador toma esa "
        "representación y devuelve una secuencia, que puede tener otro largo.",
        "en": "The encoder reads the input and gathers it into hidden states; the decoder takes that "
        "representation and returns a sequence, which may have another length.",
    },
    "glossary.term_teacher_forcing": {"es": "teacher forcing", "en": "teacher forcing"},
    "glossary.def_teacher_forcing": {
        "es": "Al entrenar el decodificador, darle como entrada de cada paso la respuesta correcta anterior "
        "en "
        "lugar de su propia predicción.",
        "en": "When training the decoder, feeding it the previous correct answer as each step's input "
        "instead of its own prediction.",
    },
    "glossary.term_greedy_decoding": {"es": "decodificación voraz", "en": "greedy decoding"},
    "glossary.def_greedy_decoding": {
        "es": "Elegir en cada paso la salida más probable: es rápido, pero puede perderse la secuencia de "
        "mayor "
        "probabilidad total.",
        "en": "Picking the most likely output at every step: it is fast, but can miss the sequence with the "
        "highest total probability.",
    },
    "glossary.term_beam_search": {"es": "búsqueda en haz (beam search)", "en": "beam search"},
    "glossary.def_beam_search": {
        "es": "Mantener en cada paso las $k$ secuencias parciales más probables (el ancho del haz) y "
        "quedarse "
        "al final con la mejor.",
        "en": "Keeping the $k$ most likely partial sequences at every step (the beam width) and taking the "
        "best one at the end.",
    },
    "glossary.term_temperature": {"es": "temperatura", "en": "temperature"},
    "glossary.def_temperature": {
        "es": "Al muestrear, los puntajes se dividen por $T$ antes del softmax: $T < 1$ concentra la "
        "probabilidad en lo más probable y $T > 1$ la reparte.",
        "en": "When sampling, the scores are divided by $T$ before the softmax: $T < 1$ concentrates the "
        "probability on the most likely and $T > 1$ spreads it.",
    },
    "glossary.term_bottleneck": {"es": "cuello de botella", "en": "bottleneck"},
    "glossary.def_bottleneck": {
        "es": "Sin atención, todo lo que el decodificador sabe de la entrada pasa por un solo vector de "
        "largo "
        "fijo, y un texto largo es difícil de codificar ahí.",
        "en": "Without attention, everything the decoder knows about the input goes through a single "
        "fixed-length vector, and a long text is hard to encode in it.",
    },
    "glossary.term_attention": {"es": "atención", "en": "attention"},
    "glossary.def_attention": {
        "es": "En cada paso del decodificador se puntúan todos los estados del codificador, un softmax "
        "vuelve "
        "pesos esos puntajes y se suman los estados con esos pesos: el modelo se «centra» en distintas "
        "partes de la entrada.",
        "en": "At every decoder step all the encoder's states are scored, a softmax turns the scores into "
        "weights and the states are summed with those weights: the model “focuses” on different parts of "
        "the input.",
    },
    "glossary.term_attention_weights": {
        "es": "pesos de atención (de alineación)",
        "en": "attention (alignment) weights",
    },
    "glossary.def_attention_weights": {
        "es": "$w_{{ij}} = \\mathrm{{softmax}}_j(s_{{ij}})$: la importancia relativa del estado $j$ del "
        "codificador "
        "para el paso $i$ del decodificador; no son pesos de la red.",
        "en": "$w_{{ij}} = \\mathrm{{softmax}}_j(s_{{ij}})$: the relative importance of the encoder's state "
        "$j$ for "
        "the decoder's step $i$; they are not weights of the network.",
    },
    "glossary.term_context_vector": {"es": "vector de contexto", "en": "context vector"},
    "glossary.def_context_vector": {
        "es": "$c_i = \\sum_j w_{{ij}}\\, h_j$: la suma de los estados del codificador ponderada por los "
        "pesos "
        "de atención, del mismo tamaño que un $h_j$.",
        "en": "$c_i = \\sum_j w_{{ij}}\\, h_j$: the encoder's states summed with the attention weights, the "
        "same "
        "size as one $h_j$.",
    },
    "glossary.term_additive_attention": {
        "es": "atención aditiva (de Bahdanau)",
        "en": "additive (Bahdanau) attention",
    },
    "glossary.def_additive_attention": {
        "es": "Puntúa con una pequeña red, $v^\\top \\tanh(W\\, hd + U h_j)$, en lugar del producto punto; "
        "es "
        "la de Bahdanau et al. (2014), que Luong et al. llaman *concat*.",
        "en": "Scores with a small network, $v^\\top \\tanh(W\\, hd + U h_j)$, instead of a dot product; it "
        "is Bahdanau et al.'s (2014), which Luong et al. call *concat*.",
    },
    "glossary.term_memory_network": {"es": "red de memoria", "en": "memory network"},
    "glossary.def_memory_network": {
        "es": "Compara una dirección $x$ con claves $k_i$ por producto punto, pasa las similitudes por un "
        "softmax y suma los valores $v_i$ con esos pesos: una memoria asociativa suave y diferenciable.",
        "en": "Compares an address $x$ with keys $k_i$ by dot products, passes the similarities through a "
        "softmax and sums the values $v_i$ with those weights: a soft, differentiable associative memory.",
    },
    "glossary.term_key_value": {"es": "clave y valor", "en": "key and value"},
    "glossary.def_key_value": {
        "es": "En una memoria asociativa, la clave es lo que se compara con la consulta y el valor lo que se "
        "devuelve cuando la clave coincide.",
        "en": "In an associative memory, the key is what the query is compared with and the value is what "
        "comes back when the key matches.",
    },
    "glossary.term_hop": {"es": "salto (hop)", "en": "hop"},
    "glossary.def_hop": {
        "es": "Una lectura de la memoria; con varios saltos, lo leído se suma a la consulta y se vuelve a "
        "leer, $u^{{k+1}} = u^k + o^k$.",
        "en": "One read of the memory; with several hops, what was read is added to the query and read "
        "again, $u^{{k+1}} = u^k + o^k$.",
    },
    "glossary.term_bidirectional": {"es": "red recurrente bidireccional", "en": "bidirectional RNN"},
    "glossary.def_bidirectional": {
        "es": "Dos estados ocultos, uno que lee la secuencia hacia adelante y otro hacia atrás, que se "
        "concatenan: cada paso ve el pasado y el futuro.",
        "en": "Two hidden states, one reading the sequence forwards and one backwards, concatenated: every "
        "step sees the past and the future.",
    },
    "glossary.term_deep_rnn": {"es": "RNN profunda (capas apiladas)", "en": "deep (stacked) RNN"},
    "glossary.def_deep_rnn": {
        "es": "Varias capas recurrentes una encima de otra: la secuencia de estados de una capa es la "
        "entrada "
        "de la siguiente (`num_layers` en PyTorch).",
        "en": "Several recurrent layers on top of each other: one layer's sequence of states is the next "
        "one's input (`num_layers` in PyTorch).",
    },
    "glossary.term_batch": {"es": "lote (batch)", "en": "batch"},
    "glossary.def_batch": {
        "es": "Varias secuencias procesadas a la vez; en PyTorch su tamaño es una dimensión del tensor de "
        "entrada (la segunda, o la primera con `batch_first=True`).",
        "en": "Several sequences processed at once; in PyTorch its size is one dimension of the input tensor "
        "(the second, or the first with `batch_first=True`).",
    },
    "glossary.term_conv1d": {"es": "convolución 1D", "en": "1-D convolution"},
    "glossary.def_conv1d": {
        "es": "Un filtro de pocos pesos que se desliza a lo largo de la secuencia y en cada posición calcula "
        "una suma ponderada de entradas vecinas.",
        "en": "A filter of a few weights that slides along the sequence and computes a weighted sum of "
        "neighbouring inputs at every position.",
    },
    "glossary.term_kernel_size": {"es": "tamaño del núcleo", "en": "kernel size"},
    "glossary.def_kernel_size": {
        "es": "Cuántas entradas lee a la vez el filtro de una convolución.",
        "en": "How many inputs a convolution's filter reads at once.",
    },
    "glossary.term_dilation": {"es": "dilatación", "en": "dilation"},
    "glossary.def_dilation": {
        "es": "La separación entre las entradas que lee un filtro: con dilatación $d$ lee $x_t, x_{{t-d}}, "
        "x_{{t-2d}}, \\dots$; WaveNet la duplica en cada capa.",
        "en": "The spacing between the inputs a filter reads: with dilation $d$ it reads $x_t, x_{{t-d}}, "
        "x_{{t-2d}}, \\dots$; WaveNet doubles it at every layer.",
    },
    "glossary.term_causal_padding": {"es": "relleno causal", "en": "causal padding"},
    "glossary.def_causal_padding": {
        "es": "Rellenar solo al principio de la secuencia, para que la salida en $t$ dependa únicamente de "
        "entradas hasta $t$ y nunca del futuro.",
        "en": "Padding only at the start of the sequence, so that the output at $t$ depends only on inputs "
        "up "
        "to $t$, never on the future.",
    },
    "glossary.term_receptive_field": {"es": "campo receptivo", "en": "receptive field"},
    "glossary.def_receptive_field": {
        "es": "Cuántas entradas influyen en una salida; en una pila de convoluciones con núcleo $k$ y "
        "dilataciones $d_\\ell$ es $1 + \\sum_\\ell (k-1)\\, d_\\ell$.",
        "en": "How many inputs influence one output; in a stack of convolutions with kernel $k$ and "
        "dilations $d_\\ell$ it is $1 + \\sum_\\ell (k-1)\\, d_\\ell$.",
    },
    "glossary.term_wavenet": {"es": "WaveNet", "en": "WaveNet"},
    "glossary.def_wavenet": {
        "es": "La arquitectura de van den Oord et al. (2016): convoluciones 1D causales apiladas, con la "
        "dilatación duplicándose (1, 2, 4, …, 512) en bloques de diez capas.",
        "en": "The architecture of van den Oord et al. (2016): stacked causal 1-D convolutions whose "
        "dilation "
        "doubles (1, 2, 4, …, 512) in blocks of ten layers.",
    },
}
