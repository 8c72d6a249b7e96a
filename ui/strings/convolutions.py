"""Strings of the "Convolutions over time" lesson."""

STRINGS = {
    "convolutions.nav": {"es": "Convoluciones en el tiempo", "en": "Convolutions over time"},
    "convolutions.blurb": {
        "es": "Convoluciones 1D causales y dilatadas como en WaveNet: cuántas entradas ve cada salida, y "
        "los pronosticadores de Géron (lineal, RNN, LSTM, WaveNet) sobre sus series.",
        "en": "Causal, dilated 1-D convolutions as in WaveNet: how many inputs each output sees, and "
        "Géron's forecasters (linear, RNN, LSTM, WaveNet) on his series.",
    },
    "convolutions.title": {"es": "Convoluciones en el tiempo", "en": "Convolutions over time"},
    "convolutions.intro": {
        "es": "El apunte 004 cierra con [WaveNet](glossary?lang=es#wavenet) (van den Oord y otros, 2016): "
        "capas convolucionales de 1D "
        "apiladas, con la tasa de [dilatación](glossary?lang=es#dilation) duplicándose en cada capa (1, 2, "
        "4, …, 512), diez capas por "
        "bloque y tres bloques. Aquí se ve cuántas entradas mira cada salida, por qué la dilatación "
        "ahorra capas, y cómo pronostican una serie los modelos del capítulo 15 de Géron.",
        "en": "Lecture 004 closes with [WaveNet](glossary?lang=en#wavenet) (van den Oord et al., 2016): "
        "stacked 1-D convolutional "
        "layers whose [dilation](glossary?lang=en#dilation) rate doubles at every layer (1, 2, 4, …, 512), "
        "ten layers to a block and "
        "three blocks. Here you see how many inputs each output looks at, why dilation saves layers, "
        "and how the models of Géron's chapter 15 forecast a series.",
    },
    # ------------------------------------------------------------ receptive field
    "convolutions.field_heading": {"es": "El campo receptivo", "en": "The receptive field"},
    "convolutions.presets": {"es": "Pilas de referencia", "en": "Reference stacks"},
    "convolutions.presets_help": {
        "es": "Cada una fija el núcleo, las dilataciones, las capas, los bloques y el relleno causal.",
        "en": "Each sets the kernel, the dilations, the layers, the blocks and causal padding.",
    },
    "convolutions.preset_geron": {"es": "Géron: (1, 2, 4, 8) × 2", "en": "Géron: (1, 2, 4, 8) × 2"},
    "convolutions.preset_wavenet_block": {
        "es": "Un bloque de WaveNet (1…512)",
        "en": "One WaveNet block (1…512)",
    },
    "convolutions.preset_wavenet": {
        "es": "WaveNet del apunte: 3 bloques",
        "en": "The lecture's WaveNet: 3 blocks",
    },
    "convolutions.name_kernel_size": {"es": "Tamaño del núcleo k", "en": "Kernel size k"},
    "convolutions.help_kernel_size": {
        "es": "Cuántas entradas lee cada salida de una capa, de 1 a {max}.",
        "en": "How many inputs each output of a layer reads, from 1 to {max}.",
    },
    "convolutions.name_mode": {"es": "Dilataciones", "en": "Dilations"},
    "convolutions.mode_doubling": {"es": "Duplicando", "en": "Doubling"},
    "convolutions.mode_constant": {"es": "Sin dilatar (1)", "en": "Undilated (1)"},
    "convolutions.mode_typed": {"es": "Escritas", "en": "Typed"},
    "convolutions.help_mode": {
        "es": "Duplicando: 1, 2, 4, … en cada bloque. Sin dilatar: todas 1. Escritas: la lista de un "
        "bloque, hasta {max} números enteros de 1 a {hi}.",
        "en": "Doubling: 1, 2, 4, … in each block. Undilated: all 1. Typed: one block's list, up to "
        "{max} whole numbers from 1 to {hi}.",
    },
    "convolutions.name_layers": {"es": "Capas por bloque", "en": "Layers per block"},
    "convolutions.help_layers": {
        "es": "De 1 a {max}. Con dilataciones escritas, las capas son las de la lista.",
        "en": "From 1 to {max}. With typed dilations, the layers are those of the list.",
    },
    "convolutions.name_blocks": {"es": "Bloques", "en": "Blocks"},
    "convolutions.help_blocks": {
        "es": "Cuántas veces se repite el bloque, de 1 a {max}.",
        "en": "How many times the block repeats, from 1 to {max}.",
    },
    "convolutions.name_dilations": {"es": "Dilataciones de un bloque", "en": "Dilations of one block"},
    "convolutions.help_dilations": {
        "es": "Números enteros de 1 a {hi} separados por comas, hasta {max}.",
        "en": "Whole numbers from 1 to {hi} separated by commas, up to {max}.",
    },
    "convolutions.name_padding": {"es": "Relleno", "en": "Padding"},
    "convolutions.padding_causal": {"es": "Causal", "en": "Causal"},
    "convolutions.padding_same": {"es": "Centrado", "en": "Centred"},
    "convolutions.help_padding": {
        "es": "Causal: ceros solo a la izquierda, la salida t lee t y lo anterior. Centrado "
        '(`padding="same"`): la mitad de los ceros a cada lado, la salida t lee también entradas '
        "posteriores.",
        "en": "Causal: zeros on the left only, output t reads t and what came before. Centred "
        '(`padding="same"`): half the zeros on each side, output t also reads later inputs.',
    },
    "convolutions.name_series": {"es": "Serie de prueba", "en": "Test series"},
    "convolutions.help_series": {
        "es": "Una de las {n} series de prueba de Géron, de 0 a {max}.",
        "en": "One of Géron's {n} test series, from 0 to {max}.",
    },
    "convolutions.name_model": {"es": "Modelo de un paso realimentado", "en": "One-step model fed back"},
    "convolutions.help_model": {
        "es": "El modelo de un paso que pronostica diez pasos leyendo sus propios pronósticos.",
        "en": "The one-step model that forecasts ten steps by reading its own forecasts.",
    },
    "convolutions.metric_field": {"es": "Campo receptivo", "en": "Receptive field"},
    "convolutions.metric_field_help": {
        "es": "Cuántas entradas consecutivas abarca una salida: de la más antigua que la afecta a la más "
        "reciente.",
        "en": "How many consecutive inputs one output spans: from the oldest that affects it to the "
        "most recent.",
    },
    "convolutions.metric_layers": {"es": "Capas", "en": "Layers"},
    "convolutions.field_value": {"es": "{n} entradas", "en": "{n} inputs"},
    "convolutions.formula_text": {
        "es": "Cada capa de núcleo $k$ y dilatación $d$ agrega $(k-1)\\,d$ entradas a lo que veía la capa "
        "de abajo:",
        "en": "Each layer of kernel $k$ and dilation $d$ adds $(k-1)\\,d$ inputs to what the layer below "
        "saw:",
    },
    "convolutions.kernel_one": {
        "es": "Con $k = 1$ cada salida lee una sola entrada: el campo no crece, ni con dilatación.",
        "en": "With $k = 1$ each output reads a single input: the field never grows, dilated or not.",
    },
    "convolutions.lecture_check": {
        "es": "Como dice el apunte: un bloque de diez capas con dilataciones 1, 2, …, 512 actúa como una "
        "convolución con un núcleo de 1 024; tres bloques ven 3 070 entradas.",
        "en": "As the lecture says: one block of ten layers with dilations 1, 2, …, 512 acts like one "
        "convolution with a kernel of 1 024; three blocks see 3 070 inputs.",
    },
    "convolutions.picture_caption": {
        "es": "Pasa el puntero por una salida (la fila de arriba): se iluminan las neuronas de cada capa "
        "y las entradas de las que depende, sin recargar la página. Los puntos grises son los "
        "{window} pasos de una secuencia, en cada capa.",
        "en": "Move the pointer over an output (the top row): the neurons of each layer and the inputs "
        "it depends on light up, without reloading the page. The grey dots are the {window} steps of "
        "a sequence, in each layer.",
    },
    "convolutions.picture_future": {
        "es": "En rojo, las entradas posteriores a la salida: las que el relleno centrado deja leer y el "
        "causal prohíbe. Una red así no sirve para pronosticar, porque usaría el futuro.",
        "en": "In red, inputs after the output: those centred padding lets it read and causal padding "
        "forbids. Such a network cannot forecast, because it would use the future.",
    },
    "convolutions.picture_causal": {
        "es": "Con relleno causal nada de lo iluminado queda a la derecha de la salida: la salida t nunca "
        "depende de una entrada posterior a t. Prueba el relleno centrado para ver qué prohíbe.",
        "en": "With causal padding nothing lit lies right of the output: output t never depends on an "
        "input after t. Try centred padding to see what it forbids.",
    },
    "convolutions.picture_clipped": {
        "es": "El campo ({field} entradas) es más largo que los {window} pasos dibujados: los conos llegan "
        "al comienzo de la secuencia, y lo que habría antes son los ceros del relleno.",
        "en": "The field ({field} inputs) is longer than the {window} steps drawn: the cones reach the "
        "start of the sequence, and what would come before it are the padding zeros.",
    },
    "convolutions.picture_gaps": {
        "es": "La primera dilatación es mayor que 1, así que el cono tiene huecos: el campo cuenta el "
        "tramo entero, de la entrada más antigua a la más reciente, aunque no las lea todas.",
        "en": "The first dilation is above 1, so the cone has gaps: the field counts the whole span, "
        "from the oldest input to the most recent, though it does not read them all.",
    },
    "convolutions.too_deep": {
        "es": "El dibujo muestra pilas de hasta {max} capas y esta tiene {layers}: la cuenta y la fórmula "
        "de arriba valen igual. Prueba la pila de Géron para verla dibujada.",
        "en": "The picture draws stacks of up to {max} layers and this one has {layers}: the count and the "
        "formula above hold all the same. Try Géron's stack to see it drawn.",
    },
    "convolutions.growth_heading": {"es": "Capa por capa", "en": "Layer by layer"},
    "convolutions.col_layer": {"es": "Capa", "en": "Layer"},
    "convolutions.col_dilation": {"es": "Dilatación", "en": "Dilation"},
    "convolutions.col_field": {"es": "Campo tras la capa", "en": "Field after the layer"},
    # ------------------------------------------------------------ why dilation
    "convolutions.why_heading": {"es": "¿Por qué dilatar?", "en": "Why dilate?"},
    "convolutions.why_text": {
        "es": "Sin dilatación cada capa de núcleo {k} agrega solo k − 1 = {k1} al campo, así que para "
        "ver {field} entradas hacen falta {undilated} capas en vez de {dilated}. Con {channels} filtros "
        "por capa (los de Géron) son {p_undilated} parámetros en vez de {p_dilated}.",
        "en": "Without dilation each layer of kernel {k} adds only k − 1 = {k1} to the field, so "
        "seeing {field} inputs takes {undilated} layers instead of {dilated}. With {channels} filters "
        "per layer (Géron's) that is {p_undilated} parameters instead of {p_dilated}.",
    },
    "convolutions.why_kernel_one": {
        "es": "(Con $k = 1$ el campo no crece nunca; la comparación usa $k = 2$.)",
        "en": "(With $k = 1$ the field never grows; the comparison uses $k = 2$.)",
    },
    "convolutions.col_stack": {"es": "Red", "en": "Network"},
    "convolutions.col_layers": {"es": "Capas", "en": "Layers"},
    "convolutions.col_parameters": {"es": "Parámetros ({c} filtros)", "en": "Parameters ({c} filters)"},
    "convolutions.col_path": {
        "es": "Pasos de la entrada más antigua a la salida",
        "en": "Steps from the oldest input to the output",
    },
    "convolutions.row_dilated": {"es": "Esta pila dilatada", "en": "This dilated stack"},
    "convolutions.row_undilated": {"es": "Sin dilatar, mismo campo", "en": "Undilated, same field"},
    "convolutions.row_rnn": {"es": "Una RNN", "en": "An RNN"},
    "convolutions.rnn_layers": {"es": "1 (recurrente)", "en": "1 (recurrent)"},
    "convolutions.rnn_parameters": {"es": "{p} (20 unidades)", "en": "{p} (20 units)"},
    "convolutions.rnn_text": {
        "es": "Una RNN ve todo lo anterior, sin límite de campo, pero de a un paso: para que la entrada "
        "más antigua del campo llegue a la salida recorre {steps} pasos recurrentes, uno tras otro, y "
        "el gradiente vuelve por esos mismos pasos (donde puede desvanecerse). La pila convolucional calcula "
        "todas las salidas a la vez y une esa entrada con la salida en {layers} capas.",
        "en": "An RNN sees everything before, with no limit to its field, but one step at a time: for "
        "the oldest input of the field to reach the output it goes through {steps} recurrent steps, "
        "one after another, and the gradient comes back through those same steps (where it can vanish). "
        "The convolutional stack computes every output at once and joins that input to the output "
        "through {layers} layers.",
    },
    # ------------------------------------------------------------ forecasting
    "convolutions.forecast_heading": {"es": "Pronosticar una serie", "en": "Forecasting a series"},
    "convolutions.forecast_intro": {
        "es": "Las series de Géron: dos senos de frecuencia y fase al azar más ruido uniforme, 50 pasos. "
        "Con su semilla (42) se generan sus mismas 10 000 series: 7 000 para entrenar, 2 000 de "
        "validación y 1 000 de prueba. Cada modelo se entrenó aquí, en PyTorch, como en su cuaderno: "
        "Adam, error cuadrático medio, lotes de 32, 20 épocas.",
        "en": "Géron's series: two sines of random frequency and phase plus uniform noise, 50 steps. "
        "With his seed (42) the same 10 000 series come out: 7 000 to train, 2 000 for validation and "
        "1 000 for testing. Each model was trained here, in PyTorch, as in his notebook: Adam, mean "
        "squared error, batches of 32, 20 epochs.",
    },
    "convolutions.one_heading": {"es": "Un paso adelante", "en": "One step ahead"},
    "convolutions.one_caption": {
        "es": "La serie de prueba, el valor siguiente verdadero (círculo) y el pronóstico de cada modelo "
        "(cruces). El ingenuo repite el último valor.",
        "en": "The test series, the true next value (circle) and each model's forecast (crosses). The "
        "naive one repeats the last value.",
    },
    "convolutions.ten_heading": {"es": "Diez pasos adelante", "en": "Ten steps ahead"},
    "convolutions.ten_caption": {
        "es": "Los modelos que pronostican los diez valores de una vez (líneas llenas) y un modelo de un "
        "paso realimentado con sus propios pronósticos (línea cortada).",
        "en": "The models that forecast all ten values at once (solid lines) and a one-step model fed "
        "its own forecasts (dashed line).",
    },
    "convolutions.table_heading": {
        "es": "Errores: los nuestros y los de Géron",
        "en": "Errors: ours and Géron's",
    },
    "convolutions.table_caption": {
        "es": "Error cuadrático medio sobre las 2 000 series de validación y las 1 000 de prueba; Géron "
        "publica el de validación (cuaderno 15 de handson-ml2; — donde no da uno). Diez pasos: la "
        "media sobre los diez valores. Su «realimentado» es su RNN profunda de un paso.",
        "en": "Mean squared error over the 2 000 validation and 1 000 test series; Géron publishes the "
        "validation one (handson-ml2 notebook 15; — where he gives none). Ten steps: the mean over the "
        'ten values. His "fed back" is his one-step deep RNN.',
    },
    "convolutions.ordering": {
        "es": "Con estos números: el mejor modelo de un paso ({best}, {best_mse}) queda {ratio} veces "
        "por debajo del ingenuo ({naive}); la RNN profunda ({deep}) queda {deep_vs} del lineal "
        "({linear}); y el mejor de diez a la vez ({best10}, {best10_mse}) queda {ten_vs} del modelo "
        "realimentado ({fed}).",
        "en": "With these numbers: the best one-step model ({best}, {best_mse}) is {ratio} times below "
        "the naive one ({naive}); the deep RNN ({deep}) is {deep_vs} the linear one ({linear}); and the "
        "best ten-at-once model ({best10}, {best10_mse}) is {ten_vs} the fed-back one ({fed}).",
    },
    "convolutions.l_below": {"es": "por debajo", "en": "below"},
    "convolutions.l_above": {"es": "por encima", "en": "above"},
    "convolutions.compound_heading": {
        "es": "Por qué realimentar acumula errores",
        "en": "Why feeding back compounds errors",
    },
    "convolutions.compound_text": {
        "es": "Un modelo de un paso, para ir diez pasos adelante, lee su propio pronóstico como si fuera "
        "un dato y pronostica el siguiente. Su primer error ya está dentro de la entrada del segundo "
        "pronóstico, y así diez veces: los errores no se promedian, se arrastran. Además lee entradas "
        "distintas de las de su entrenamiento (sus pronósticos no traen el ruido de las series). "
        "Los modelos de diez a la vez solo leen datos verdaderos.",
        "en": "A one-step model, to go ten steps ahead, reads its own forecast as if it were data and "
        "forecasts the next one. Its first error is already inside the input of the second forecast, "
        "and so on ten times: the errors are not averaged away, they are carried along. It also reads "
        "inputs unlike those it trained on (its own forecasts carry none of the series' noise). The "
        "ten-at-once models only read true data.",
    },
    "convolutions.errors_caption": {
        "es": "Error cuadrático medio en cada paso adelante, sobre las 2 000 series de validación.",
        "en": "Mean squared error at each step ahead, over the 2 000 validation series.",
    },
    "convolutions.models_caption": {
        "es": "Modelos: lineal (Flatten + Dense), SimpleRNN(1), RNN profunda (20, 20 y 1 o Dense(10)), "
        "LSTM (20, 20, Dense(10) en cada paso) y la WaveNet simplificada de Géron (k = 2, "
        "dilataciones (1, 2, 4, 8) × 2, 20 filtros: campo de 31 entradas). LSTM y WaveNet se entrenan "
        "de secuencia a secuencia, como en su cuaderno.",
        "en": "Models: linear (Flatten + Dense), SimpleRNN(1), deep RNN (20, 20 and 1 or Dense(10)), "
        "LSTM (20, 20, Dense(10) at every step) and Géron's simplified WaveNet (k = 2, dilations "
        "(1, 2, 4, 8) × 2, 20 filters: a field of 31 inputs). LSTM and WaveNet are trained sequence to "
        "sequence, as in his notebook.",
    },
    # ------------------------------------------------------------ labels inside tables and pictures
    "convolutions.l_inputs": {"es": "entradas", "en": "inputs"},
    "convolutions.l_layer": {"es": "capa {n} (d = {d})", "en": "layer {n} (d = {d})"},
    "convolutions.l_output": {"es": "salida", "en": "output"},
    "convolutions.l_time": {"es": "paso de tiempo", "en": "time step"},
    "convolutions.l_value": {"es": "valor", "en": "value"},
    "convolutions.l_series": {"es": "serie", "en": "series"},
    "convolutions.l_truth": {"es": "verdadero", "en": "true"},
    "convolutions.l_fed_back": {"es": "{model} realimentado", "en": "{model} fed back"},
    "convolutions.l_steps_ahead": {"es": "pasos adelante", "en": "steps ahead"},
    "convolutions.l_mse": {"es": "error cuadrático medio", "en": "mean squared error"},
    "convolutions.l_col_model": {"es": "Modelo", "en": "Model"},
    "convolutions.l_col_ours_valid": {"es": "Nuestro (validación)", "en": "Ours (validation)"},
    "convolutions.l_col_ours_test": {"es": "Nuestro (prueba)", "en": "Ours (test)"},
    "convolutions.l_col_geron": {"es": "Géron (validación)", "en": "Géron (validation)"},
    "convolutions.l_one_step": {"es": "1 paso", "en": "1 step"},
    "convolutions.l_ten_steps": {"es": "10 pasos", "en": "10 steps"},
    "convolutions.l_naive": {"es": "ingenuo", "en": "naive"},
    "convolutions.l_alt_field": {
        "es": "Pila de {layers} capas sobre una secuencia de {window} pasos. La salida {t} depende de {n} "
        "entradas, de la {first} a la {last}; el campo receptivo es de {field} entradas.",
        "en": "A stack of {layers} layers over a sequence of {window} steps. Output {t} depends on {n} "
        "inputs, from {first} to {last}; the receptive field is {field} inputs.",
    },
    "convolutions.l_alt_field_future": {
        "es": "{n} de ellas son posteriores a la salida.",
        "en": "{n} of them come after the output.",
    },
    "convolutions.l_alt_one": {
        "es": "Serie de prueba {index}: valor siguiente verdadero {truth}; pronósticos: {forecasts}.",
        "en": "Test series {index}: true next value {truth}; forecasts: {forecasts}.",
    },
    "convolutions.l_alt_ten": {
        "es": "Serie de prueba {index}, diez pasos adelante; error cuadrático medio de cada modelo en "
        "esta serie: {errors}.",
        "en": "Test series {index}, ten steps ahead; each model's mean squared error on this series: "
        "{errors}.",
    },
    "convolutions.l_alt_errors": {
        "es": "{fed}: error {first} al primer paso y {last} al décimo. {best}, diez a la vez: {best_first} "
        "y {best_last}.",
        "en": "{fed}: error {first} at the first step and {last} at the tenth. {best}, ten at once: "
        "{best_first} and {best_last}.",
    },
    "convolutions.alt_thumbnail": {
        "es": "Una pila causal de convoluciones con núcleo 2 y dilataciones 1, 2 y 4, y el cono de su última "
        "salida: ve las {seen} últimas entradas (campo receptivo {field}).",
        "en": "A causal stack of convolutions with kernel 2 and dilations 1, 2 and 4, and its last output's "
        "cone: it sees the last {seen} inputs (receptive field {field}).",
    },
    "convolutions.ran_on": {
        "es": "Pronósticos calculados con PyTorch {version} en {device}.",
        "en": "Forecasts computed with PyTorch {version} on {device}.",
    },
    # ------------------------------------------------------------ train your own
    "convolutions.train_heading": {"es": "Entrena el tuyo", "en": "Train your own"},
    "convolutions.train_intro": {
        "es": "Entrena aquí un pronosticador de un paso, desde cero, sobre las mismas 7 000 series: Adam "
        "con la tasa de Géron (0.001), lotes de 32, y a lo sumo {seconds} segundos. La curva es la "
        "pérdida de entrenamiento (media móvil); al final se mide en las 2 000 de validación.",
        "en": "Train a one-step forecaster here, from scratch, on the same 7 000 series: Adam at Géron's "
        "rate (0.001), batches of 32, and {seconds} seconds at most. The curve is the training loss "
        "(a running mean); at the end it is measured on the 2 000 validation series.",
    },
    "convolutions.train_kind": {"es": "Modelo", "en": "Model"},
    "convolutions.train_kind_linear": {"es": "Lineal", "en": "Linear"},
    "convolutions.train_kind_wavenet": {"es": "WaveNet", "en": "WaveNet"},
    "convolutions.train_kind_deeprnn": {"es": "RNN 20-20-1", "en": "RNN 20-20-1"},
    "convolutions.train_steps": {"es": "Pasos (lotes)", "en": "Steps (batches)"},
    "convolutions.train_seed": {"es": "Semilla", "en": "Seed"},
    "convolutions.train_chart_caption": {
        "es": "Pérdida de entrenamiento (error cuadrático medio, media móvil), cada 10 pasos.",
        "en": "Training loss (mean squared error, a running mean), every 10 steps.",
    },
    "convolutions.train_done": {
        "es": "{model} entrenado: {steps} pasos en {seconds} s. Error de validación {mse} (el modelo "
        "publicado: {shipped}; el ingenuo: {naive}).",
        "en": "{model} trained: {steps} steps in {seconds} s. Validation error {mse} (the shipped "
        "model: {shipped}; the naive one: {naive}).",
    },
    "convolutions.train_stopped": {
        "es": "{model} detenido en el paso {steps}, a los {seconds} s. Error de validación {mse} (el "
        "modelo publicado: {shipped}; el ingenuo: {naive}).",
        "en": "{model} stopped at step {steps}, after {seconds} s. Validation error {mse} (the shipped "
        "model: {shipped}; the naive one: {naive}).",
    },
    # the guided tour (lessons/convolutions.py TOUR)
    "convolutions.tour_undilated_title": {"es": "Cuatro capas sin dilatar", "en": "Four undilated layers"},
    "convolutions.tour_undilated_look": {
        "es": "Cuatro capas convolucionales de 1D, núcleo $k = 2$, todas con dilatación 1 y relleno causal: "
        "cada salida de una capa lee dos neuronas seguidas de la capa de abajo: la de su mismo paso y la "
        "anterior. Pasa el puntero por la fila de arriba y mira qué se ilumina.",
        "en": "Four 1-D convolutional layers, kernel $k = 2$, all of dilation 1, causal padding: each output "
        "of a layer reads two consecutive neurons of the layer below: the one at its own step and the one "
        "before. Move the pointer over the top row and watch what lights up.",
    },
    "convolutions.tour_undilated_ask": {
        "es": "¿De cuántas entradas depende una salida de la última capa?",
        "en": "How many inputs does one output of the top layer depend on?",
    },
    "convolutions.tour_undilated_reveal": {
        "es": "De {field} entradas: cada una de las {layers} capas agrega $k - 1 = {k1}$ entrada, así que "
        "1 + {k1} · {sum} = {field}. Sin dilatación el campo crece de a uno por capa.",
        "en": "On {field} inputs: each of the {layers} layers adds $k - 1 = {k1}$ input, so "
        "1 + {k1} · {sum} = {field}. Without dilation the field grows by one per layer.",
    },
    "convolutions.tour_doubling_title": {"es": "Dilatación que se duplica", "en": "Doubling dilation"},
    "convolutions.tour_doubling_look": {
        "es": "Las mismas cuatro capas, pero como en WaveNet la dilatación se duplica en cada una: 1, 2, 4 y "
        "8. La capa de dilatación $d$ lee dos neuronas separadas por $d$ pasos.",
        "en": "The same four layers, but as in WaveNet the dilation doubles at each one: 1, 2, 4 and 8. The "
        "layer of dilation $d$ reads two neurons $d$ steps apart.",
    },
    "convolutions.tour_doubling_ask": {
        "es": "Con las mismas cuatro capas y los mismos parámetros, ¿cuántas entradas ve ahora una salida?",
        "en": "With the same four layers and the same parameters, how many inputs does one output see now?",
    },
    "convolutions.tour_doubling_reveal": {
        "es": "Ve {field} entradas: cada una de las {layers} capas agrega $(k-1)\\,d$, y "
        "1 + {k1} · {sum} = {field}. Cada capa duplica el campo, sin un solo parámetro más.",
        "en": "It sees {field} inputs: each of the {layers} layers adds $(k-1)\\,d$, and "
        "1 + {k1} · {sum} = {field}. Every layer doubles the field, without a single extra parameter.",
    },
    "convolutions.tour_wavenet_block_title": {"es": "Un bloque de WaveNet", "en": "One WaveNet block"},
    "convolutions.tour_wavenet_block_look": {
        "es": "Diez capas con dilataciones 1, 2, 4, …, 512: el apunte 004 dice que actúan «como una capa "
        "convolucional súper eficiente con un kernel de 1024». Mira la sección «¿Por qué dilatar?»: cuántas "
        "capas sin dilatar harían falta para ver lo mismo, y cuántos pasos recorre una RNN.",
        "en": 'Ten layers with dilations 1, 2, 4, …, 512: lecture 004 says they act "like a super '
        'efficient convolutional layer with a kernel of 1024". Look at the "Why dilate?" section: how '
        "many undilated layers it would take to see as much, and how many steps an RNN goes through.",
    },
    "convolutions.tour_wavenet_title": {
        "es": "Tres bloques, como WaveNet",
        "en": "Three blocks, as in WaveNet",
    },
    "convolutions.tour_wavenet_look": {
        "es": "WaveNet apila tres bloques iguales de diez capas (dilataciones 1 a 512, y otra vez, y otra "
        "vez). Son 30 capas: demasiadas para dibujarlas, pero la cuenta vale igual.",
        "en": "WaveNet stacks three identical blocks of ten layers (dilations 1 to 512, and again, and "
        "again). That is 30 layers: too many to draw, but the count holds all the same.",
    },
    "convolutions.tour_wavenet_ask": {
        "es": "Un bloque ve 1024 entradas. ¿Cuántas ven tres bloques apilados?",
        "en": "One block sees 1024 inputs. How many do three stacked blocks see?",
    },
    "convolutions.tour_wavenet_reveal": {
        "es": "Ven {field}, no {blocks} · {block_field} = {naive}: cada bloque agrega {block_field} − 1 "
        "entradas a lo que veía el de abajo (se solapan en una), así que "
        "1 + {blocks} · {k1} · {block_sum} = {field}.",
        "en": "They see {field}, not {blocks} · {block_field} = {naive}: each block adds {block_field} − 1 "
        "inputs to what the one below saw (they overlap by one), so "
        "1 + {blocks} · {k1} · {block_sum} = {field}.",
    },
    "convolutions.tour_centred_title": {"es": "Relleno centrado", "en": "Centred padding"},
    "convolutions.tour_centred_look": {
        "es": 'Tres capas de núcleo 3 con relleno centrado (`padding="same"`): la mitad de los ceros a '
        "cada lado, así que una salida lee también entradas posteriores (en rojo en el dibujo).",
        "en": 'Three layers of kernel 3 with centred padding (`padding="same"`): half the zeros on each '
        "side, so an output also reads later inputs (red in the picture).",
    },
    "convolutions.tour_centred_ask": {
        "es": "Frente a la misma pila con relleno causal, ¿una salida con relleno centrado ve más, las "
        "mismas o menos entradas?",
        "en": "Against the same stack with causal padding, does an output with centred padding see more, "
        "as many or fewer inputs?",
    },
    "convolutions.tour_centred_opt_wider": {"es": "Más entradas", "en": "More inputs"},
    "convolutions.tour_centred_opt_same": {"es": "Las mismas", "en": "As many"},
    "convolutions.tour_centred_opt_narrower": {"es": "Menos entradas", "en": "Fewer inputs"},
    "convolutions.tour_centred_reveal": {
        "es": "La salida {t} con relleno centrado ve {centred} entradas, {future} de ellas posteriores a "
        "ella; la última salida con relleno causal ve {causal}. El relleno corre la ventana, no la agranda: "
        "una pila centrada usaría el futuro y no sirve para pronosticar.",
        "en": "Output {t} with centred padding sees {centred} inputs, {future} of them after it; the last "
        "output with causal padding sees {causal}. Padding moves the window, it does not widen it: a "
        "centred stack would use the future, so it cannot forecast.",
    },
    "convolutions.tour_fed_back_title": {
        "es": "Pronosticar diez pasos",
        "en": "Forecasting ten steps",
    },
    "convolutions.tour_fed_back_look": {
        "es": "Baja a «Diez pasos adelante»: la línea cortada es la RNN de un paso realimentada con sus "
        "propios pronósticos; las llenas pronostican los diez valores de una vez. La tabla y el gráfico del "
        "error por paso muestran cómo se arrastran los errores al realimentar.",
        "en": 'Scroll to "Ten steps ahead": the dashed line is the one-step RNN fed its own forecasts; '
        "the solid ones forecast all ten values at once. The table and the chart of the error at each step "
        "show how errors carry over when fed back.",
    },
}
