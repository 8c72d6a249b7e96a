"""Strings of the "Unroll an RNN" lesson."""

STRINGS = {
    "unroll.nav": {"es": "Desenrollar una RNN", "en": "Unroll an RNN"},
    "unroll.blurb": {
        "es": "Una neurona recurrente calcula paso a paso, con cada número a la vista, como en el ejemplo "
        "resuelto a mano de la clase; después, una capa entera.",
        "en": "One recurrent neuron computes step by step, every number in sight, as in the lecture's "
        "hand-worked example; then a whole layer.",
    },
    "unroll.title": {"es": "Desenrollar una RNN", "en": "Unroll an RNN"},
    "unroll.intro": {
        "es": "Una [red recurrente](glossary?lang=es#recurrent-network) repite **el mismo cálculo en cada "
        "paso** de la secuencia, con los mismos "
        "pesos, y le pasa su [estado](glossary?lang=es#hidden-state) $h$ al paso siguiente. "
        "[Desenrollarla](glossary?lang=es#unrolling) es dibujar una copia por paso de "
        "tiempo: así se ve de dónde sale cada número.",
        "en": "A [recurrent network](glossary?lang=en#recurrent-network) repeats **the same computation at "
        "every step** of the sequence, with the "
        "same weights, and hands its [state](glossary?lang=en#hidden-state) $h$ to the next step. "
        "[Unrolling](glossary?lang=en#unrolling) it means drawing one copy per "
        "time step: then you can see where every number comes from.",
    },
    "unroll.mode": {"es": "Qué desenrollar", "en": "What to unroll"},
    "unroll.mode_scalar": {"es": "Una neurona", "en": "One neuron"},
    "unroll.mode_layer": {"es": "Una capa", "en": "A layer"},
    "unroll.presets": {"es": "Ejemplos", "en": "Examples"},
    "unroll.presets_help": {
        "es": "Cada ejemplo fija todos los valores de abajo; después puedes cambiarlos.",
        "en": "Each example sets every value below; you can change them afterwards.",
    },
    "unroll.preset_lecture": {"es": "Ejemplo de la clase", "en": "Lecture example"},
    "unroll.preset_memory": {"es": "Memoria larga (W = 0.95)", "en": "Long memory (W = 0.95)"},
    "unroll.preset_forget": {"es": "Olvido rápido (W = 0.3)", "en": "Quick forgetting (W = 0.3)"},
    "unroll.preset_oscillate": {"es": "Oscila (W < 0)", "en": "Oscillates (W < 0)"},
    "unroll.preset_explode": {"es": "Explota (ReLU, W = 1.5)", "en": "Explodes (ReLU, W = 1.5)"},
    "unroll.preset_saturate": {"es": "Se satura (tanh)", "en": "Saturates (tanh)"},
    "unroll.preset_sine": {"es": "Seno, 16 unidades", "en": "Sine, 16 units"},
    "unroll.preset_vanish": {"es": "Escalón que se olvida", "en": "A step it forgets"},
    "unroll.preset_chaos": {"es": "Pesos grandes: caos", "en": "Large weights: chaos"},
    "unroll.preset_grow": {"es": "ReLU que crece", "en": "ReLU that grows"},
    "unroll.preset_lecture_layer": {"es": "Entradas de la clase", "en": "Lecture inputs"},
    # settings, as the messages and the widgets name them
    "unroll.name_mode": {"es": "modo", "en": "mode"},
    "unroll.name_x": {"es": "Entradas x₀, x₁, …", "en": "Inputs x₀, x₁, …"},
    "unroll.x_help": {
        "es": "Números separados por comas (0.7, 0.9, 1.1) o, con coma decimal, por punto y coma "
        "(0,7; 0,9; 1,1). Hasta {max} valores.",
        "en": "Numbers separated by commas (0.7, 0.9, 1.1), or by semicolons with decimal commas "
        "(0,7; 0,9; 1,1). Up to {max} values.",
    },
    "unroll.name_U": {"es": "U (peso de la entrada)", "en": "U (input weight)"},
    "unroll.name_W": {"es": "W (peso recurrente)", "en": "W (recurrent weight)"},
    "unroll.name_b": {"es": "b (sesgo)", "en": "b (bias)"},
    "unroll.name_h0": {"es": "h₋₁ (estado inicial)", "en": "h₋₁ (initial state)"},
    "unroll.help_U": {
        "es": "Multiplica la entrada x_t. En PyTorch: weight_ih_l0.",
        "en": "Multiplies the input x_t. In PyTorch: weight_ih_l0.",
    },
    "unroll.help_W": {
        "es": "Multiplica el estado anterior h_{t-1}. En PyTorch: weight_hh_l0.",
        "en": "Multiplies the previous state h_{t-1}. In PyTorch: weight_hh_l0.",
    },
    "unroll.help_b": {
        "es": "Se suma en cada paso. En PyTorch: bias_ih_l0 + bias_hh_l0.",
        "en": "Added at every step. In PyTorch: bias_ih_l0 + bias_hh_l0.",
    },
    "unroll.help_h0": {
        "es": "El estado antes del primer paso (PyTorch lo llama h_0).",
        "en": "The state before the first step (PyTorch calls it h_0).",
    },
    "unroll.name_act": {"es": "Activación f", "en": "Activation f"},
    "unroll.name_step": {"es": "Paso t", "en": "Step t"},
    "unroll.name_I": {"es": "Tamaño de entrada I", "en": "Input size I"},
    "unroll.name_H": {"es": "Unidades ocultas H", "en": "Hidden units H"},
    "unroll.name_T": {"es": "Largo T", "en": "Length T"},
    "unroll.name_seed": {"es": "Semilla", "en": "Seed"},
    "unroll.name_init": {"es": "Pesos recurrentes", "en": "Recurrent weights"},
    "unroll.init_gaussian": {"es": "Gaussianos", "en": "Gaussian"},
    "unroll.init_orthogonal": {"es": "Ortogonales", "en": "Orthogonal"},
    "unroll.init_help": {
        "es": "Gaussianos: cada peso de W_hh sale de N(0, s²/H). Ortogonales: W_hh es s veces una matriz "
        "ortogonal al azar, así que todos sus valores singulares valen exactamente s.",
        "en": "Gaussian: each weight of W_hh is drawn from N(0, s²/H). Orthogonal: W_hh is s times a random "
        "orthogonal matrix, so every singular value is exactly s.",
    },
    "unroll.name_scale": {"es": "Escala s de W_hh", "en": "Scale s of W_hh"},
    "unroll.scale_help": {
        "es": "Multiplica la matriz recurrente. Cerca de 1 la red recuerda; muy por debajo olvida; muy "
        "por encima amplifica (o se satura, con tanh).",
        "en": "Multiplies the recurrent matrix. Near 1 the network remembers; well below it forgets; well "
        "above it amplifies (or saturates, with tanh).",
    },
    "unroll.name_signal": {"es": "Señal de entrada", "en": "Input signal"},
    "unroll.signal_sine": {"es": "Seno", "en": "Sine"},
    "unroll.signal_step": {"es": "Escalón", "en": "Step"},
    "unroll.signal_noise": {"es": "Ruido", "en": "Noise"},
    "unroll.signal_lecture": {
        "es": "Ejemplo de la clase (0.7, 0.9, 1.1, …)",
        "en": "Lecture example (0.7, 0.9, 1.1, …)",
    },
    "unroll.name_output": {"es": "Salida o_t = V h_t + c", "en": "Output o_t = V h_t + c"},
    "unroll.output_help": {
        "es": "Una capa lineal que lee el estado en cada paso, como la o^(t) de la clase.",
        "en": "A linear layer that reads the state at every step, like the lecture's o^(t).",
    },
    "unroll.name_O": {"es": "Tamaño de salida O", "en": "Output size O"},
    "unroll.name_units": {"es": "Unidades a graficar", "en": "Units to plot"},
    # the step view
    "unroll.step_heading": {"es": "Paso a paso", "en": "Step by step"},
    "unroll.chain_caption": {
        "es": "La red desenrollada: una copia por paso, con los mismos U, W y b en todas. Abajo la entrada "
        "x_t, arriba el estado h_t (color: su signo y tamaño); el recuadro marca el paso actual.",
        "en": "The unrolled network: one copy per step, the same U, W and b in each. Below, the input x_t; "
        "above, the state h_t (colour: its sign and size); the frame marks the current step.",
    },
    "unroll.unit_equation_caption": {
        "es": "La unidad {unit} en este paso: lo que aporta la entrada más lo que aporta la memoria. Cambia "
        "la unidad eligiendo otra primera en «Unidades a graficar».",
        "en": "Unit {unit} at this step: what the input brings plus what memory brings. Change the unit by "
        "putting another first in “Units to plot”.",
    },
    "unroll.drive": {"es": "entrada: W_ih x_t + b_ih", "en": "input: W_ih x_t + b_ih"},
    "unroll.carry": {"es": "memoria: W_hh h_{t-1} + b_hh", "en": "memory: W_hh h_{t-1} + b_hh"},
    "unroll.axis_t": {"es": "paso t", "en": "step t"},
    "unroll.notation_heading": {
        "es": "Notación: la clase y PyTorch",
        "en": "Notation: the lectures and PyTorch",
    },
    "unroll.notation": {
        "es": "| clase | PyTorch (`nn.RNN`) | qué es |\n|---|---|---|\n"
        "| $U$ | `weight_ih_l0` ($W_{ih}$) | peso de la entrada |\n"
        "| $W$ | `weight_hh_l0` ($W_{hh}$) | peso recurrente |\n"
        "| $b$ | `bias_ih_l0 + bias_hh_l0` | sesgo (PyTorch usa dos y los suma) |\n"
        "| $h^{(-1)}$, $h[-1]$ | `h_0` | estado inicial |\n"
        "| $h^{(t)}$, $h[t]$ | `output[t]` | estado en el paso $t$ |\n\n"
        "PyTorch escribe $h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})$: es la misma "
        "cuenta. Aquí los pasos van de $t = 0$ a $T-1$, como en el ejemplo de la clase, y el estado "
        "antes del primer paso es $h_{-1}$.",
        "en": "| lectures | PyTorch (`nn.RNN`) | what it is |\n|---|---|---|\n"
        "| $U$ | `weight_ih_l0` ($W_{ih}$) | input weight |\n"
        "| $W$ | `weight_hh_l0` ($W_{hh}$) | recurrent weight |\n"
        "| $b$ | `bias_ih_l0 + bias_hh_l0` | bias (PyTorch keeps two and adds them) |\n"
        "| $h^{(-1)}$, $h[-1]$ | `h_0` | initial state |\n"
        "| $h^{(t)}$, $h[t]$ | `output[t]` | state at step $t$ |\n\n"
        "PyTorch writes $h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})$: the same "
        "computation. Here steps run from $t = 0$ to $T-1$, as in the lecture's example, and the state "
        "before the first step is $h_{-1}$.",
    },
    "unroll.lecture_note": {
        "es": "**El ejemplo de la clase** (apunte 001, FIUBA). Redondeados a 4 decimales, los estados son "
        "{r0}, 0.0917 y {r2}; los apuntes escriben {c0} y {c2} porque cortan los dígitos en vez de "
        "redondear. Los valores exactos son {e0} y {e2}.",
        "en": "**The lecture's example** (notes 001, FIUBA). Rounded to 4 decimals the states are {r0}, "
        "0.0917 and {r2}; the notes write {c0} and {c2} because they cut the digits instead of rounding. "
        "The exact values are {e0} and {e2}.",
    },
    "unroll.table_heading": {"es": "Todos los pasos", "en": "Every step"},
    "unroll.col_torch": {"es": "h_t según nn.RNN", "en": "h_t by nn.RNN"},
    "unroll.overflow": {
        "es": "Desde el paso {step} los estados pasan el mayor número que cabe en float64 (unos 1.8·10³⁰⁸): "
        "se muestran como «desborde». Lo que explota aquí son los estados, en la pasada hacia adelante, "
        "no un gradiente: prueba un W más chico o tanh.",
        "en": "From step {step} on the states are past the largest number float64 holds (about 1.8·10³⁰⁸): "
        "they are shown as “overflow”. What explodes here is the states, in the forward pass, not a "
        "gradient: try a smaller W or tanh.",
    },
    "unroll.heatmap_heading": {"es": "Los estados de la capa", "en": "The layer's states"},
    "unroll.heatmap_caption": {
        "es": "Cada fila es una unidad, cada columna un paso: el color es h_t de esa unidad. Pasa el "
        "cursor para ver el valor exacto.",
        "en": "Each row is a unit, each column a step: the colour is that unit's h_t. Hover for the exact "
        "value.",
    },
    "unroll.output_heading": {"es": "La salida o_t", "en": "The output o_t"},
    "unroll.weights_heading": {"es": "La matriz recurrente W_hh", "en": "The recurrent matrix W_hh"},
    "unroll.from_unit": {"es": "desde la unidad", "en": "from unit"},
    "unroll.to_unit": {"es": "hacia la unidad", "en": "to unit"},
    "unroll.weights_text": {
        "es": "Pesos: {init}, escala s = {scale}.\n\n"
        "- Mayor valor singular $\\sigma_{{max}}$ = **{smax}**, menor = {smin}\n"
        "- Radio espectral $\\rho$ (el mayor |autovalor|) = **{rho}**\n\n"
        "La clase lo resume así: con valor singular máximo menor que 1 la memoria (y el gradiente) se "
        "desvanece; mayor que 1, puede explotar.",
        "en": "Weights: {init}, scale s = {scale}.\n\n"
        "- Largest singular value $\\sigma_{{max}}$ = **{smax}**, smallest = {smin}\n"
        "- Spectral radius $\\rho$ (the largest |eigenvalue|) = **{rho}**\n\n"
        "The lectures sum it up: with the largest singular value below 1 memory (and the gradient) "
        "vanishes; above 1, it can explode.",
    },
    "unroll.torch_heading": {"es": "Igual que PyTorch", "en": "The same as PyTorch"},
    "unroll.torch_metric": {"es": "Mayor diferencia con nn.RNN", "en": "Largest difference from nn.RNN"},
    "unroll.torch_caption": {
        "es": "La misma red cargada en torch.nn.RNN con estos pesos; se comparan los {count} estados.",
        "en": "The same network loaded into torch.nn.RNN with these weights; all {count} states compared.",
    },
    # the guided tour (lessons/unroll.py TOUR)
    "unroll.tour_lecture_title": {"es": "El ejemplo de la clase", "en": "The lecture's example"},
    "unroll.tour_lecture_look": {
        "es": "Una sola neurona con $U = 0.2$, $W = 0.3$, $b = -0.1$ lee $x = 0.7, 0.9, 1.1$ (apunte 001). "
        "En la cadena, cada copia usa **los mismos** $U$, $W$ y $b$: eso es compartir parámetros. La "
        "ecuación de abajo es el paso 0: como $h_{-1} = 0$, solo cuenta la entrada.",
        "en": "One neuron with $U = 0.2$, $W = 0.3$, $b = -0.1$ reads $x = 0.7, 0.9, 1.1$ (notes 001). In "
        "the chain every copy uses **the same** $U$, $W$ and $b$: that is parameter sharing. The equation "
        "below is step 0: since $h_{-1} = 0$, only the input counts.",
    },
    "unroll.tour_by_hand_title": {"es": "Un paso a mano", "en": "One step by hand"},
    "unroll.tour_by_hand_look": {
        "es": "Ahora el paso 2: $h_2 = \\tanh(0.2 \\cdot 1.1 + 0.3 \\cdot h_1 - 0.1)$, con $h_1 = 0.0917$. "
        "Es la cuenta que la clase hace a mano.",
        "en": "Now step 2: $h_2 = \\tanh(0.2 \\cdot 1.1 + 0.3 \\cdot h_1 - 0.1)$, with $h_1 = 0.0917$. It "
        "is the sum the lecture works by hand.",
    },
    "unroll.tour_by_hand_ask": {
        "es": "¿Cuánto vale $h_2$? (con dos decimales basta)",
        "en": "What is $h_2$? (two decimals will do)",
    },
    "unroll.tour_by_hand_reveal": {
        "es": "Dentro de tanh: $a_{t} = {U} \\cdot {x} + {W} \\cdot {prev} + ({b}) = {a}$, y "
        "$h_{t} = \\tanh({a}) = {h}$. Los apuntes escriben {cut} porque cortan los dígitos en vez de "
        "redondear. Como $a$ es chico, $\\tanh(a) \\approx a$.",
        "en": "Inside tanh: $a_{t} = {U} \\cdot {x} + {W} \\cdot {prev} + ({b}) = {a}$, and "
        "$h_{t} = \\tanh({a}) = {h}$. The notes write {cut} because they cut the digits instead of "
        "rounding. Since $a$ is small, $\\tanh(a) \\approx a$.",
    },
    "unroll.tour_memory_title": {"es": "¿Cuánto recuerda?", "en": "How long does it remember?"},
    "unroll.tour_memory_look": {
        "es": "Un solo pulso $x_0 = 1$ y después 19 ceros: desde el paso 1 la neurona solo tiene su memoria, "
        "$h_t = \\tanh(W h_{t-1})$. Con $W = 0.3$ (el ejemplo «Olvido rápido») el pulso se borra en pocos "
        "pasos; aquí $W = 0.95$.",
        "en": "A single pulse $x_0 = 1$, then 19 zeros: from step 1 on the neuron has only its memory, "
        "$h_t = \\tanh(W h_{t-1})$. With $W = 0.3$ (the “Quick forgetting” example) the pulse is gone in a "
        "few steps; here $W = 0.95$.",
    },
    "unroll.tour_memory_ask": {
        "es": "En el último paso, $t = 19$, ¿queda $h_{19}$ por encima o por debajo de 0.1?",
        "en": "At the last step, $t = 19$, is $h_{19}$ above or below 0.1?",
    },
    "unroll.tour_memory_opt_above": {"es": "Por encima de 0.1", "en": "Above 0.1"},
    "unroll.tour_memory_opt_below": {"es": "Por debajo de 0.1", "en": "Below 0.1"},
    "unroll.tour_memory_reveal": {
        "es": "$h_{{{t}}} = {h}$: queda el {kept} % de $h_0 = {h0}$. Cada paso multiplica el estado por "
        "$W = {W}$ y tanh lo achica un poco más; $W$ solo habría dejado el {linear} %. La memoria de una RNN "
        "simple se apaga como una potencia de $W$.",
        "en": "$h_{{{t}}} = {h}$: {kept} % of $h_0 = {h0}$ is left. Each step multiplies the state by "
        "$W = {W}$ and tanh shrinks it a little more; $W$ alone would have kept {linear} %. A plain RNN's "
        "memory fades like a power of $W$.",
    },
    "unroll.tour_explode_title": {"es": "Sin tanh que lo frene", "en": "No tanh to hold it"},
    "unroll.tour_explode_look": {
        "es": "El mismo pulso, ahora con ReLU y $W = 1.5$. tanh deja todo estado entre −1 y 1; ReLU no "
        "acota los valores positivos.",
        "en": "The same pulse, now with ReLU and $W = 1.5$. tanh keeps every state between −1 and 1; ReLU "
        "does not bound positive values.",
    },
    "unroll.tour_explode_ask": {
        "es": "¿Cuánto vale $h_{29}$, el último estado?",
        "en": "How big is $h_{29}$, the last state?",
    },
    "unroll.tour_explode_opt_below_10": {"es": "Menos de 10", "en": "Below 10"},
    "unroll.tour_explode_opt_up_to_1000": {"es": "Entre 10 y 1000", "en": "Between 10 and 1000"},
    "unroll.tour_explode_opt_above_1000": {"es": "Más de 1000", "en": "Above 1000"},
    "unroll.tour_explode_reveal": {
        "es": "$h_{{{t}}} = {h}$, y ${W}^{{{t}}} = {power}$: con $h_0 = 1$, cada paso sin entrada multiplica "
        "el estado por $W$. Crece de forma exponencial; con tanh quedaría por debajo de 1.",
        "en": "$h_{{{t}}} = {h}$, and ${W}^{{{t}}} = {power}$: with $h_0 = 1$, each step without input "
        "multiplies the state by $W$. It grows exponentially; with tanh it would stay below 1.",
    },
    "unroll.tour_orthogonal_title": {
        "es": "Una capa con W_hh ortogonal",
        "en": "A layer with orthogonal W_hh",
    },
    "unroll.tour_orthogonal_look": {
        "es": "Ahora 16 unidades leen un seno. $W_{hh}$ es una matriz ortogonal ($s = 1$): sus valores "
        "singulares valen todos 1 (lo dice el texto junto a la matriz, al final), así que gira el estado "
        "sin achicarlo ni estirarlo. Las barras separan, en cada unidad, lo que aporta la entrada y lo que "
        "aporta la memoria. Prueba $s = 0.5$ y $s = 1.5$ con el deslizador.",
        "en": "Now 16 units read a sine. $W_{hh}$ is an orthogonal matrix ($s = 1$): its singular values "
        "are all 1 (the text beside the matrix, at the bottom, says so), so it turns the state without "
        "shrinking or stretching it. The bars split each unit's sum into the input's share and memory's "
        "share. Try $s = 0.5$ and $s = 1.5$ with the slider.",
    },
    "unroll.tour_chaos_title": {"es": "Pesos grandes: caos", "en": "Large weights: chaos"},
    "unroll.tour_chaos_look": {
        "es": "32 unidades con pesos gaussianos de escala $s = 2.5$. Hasta $t = 74$ la entrada vale 0 y, aun "
        "así, los estados saltan de un paso al otro, muchos cerca de −1 o de 1: la capa se excita sola. La "
        "clase lo resume: con valor singular máximo menor que 1 el gradiente se desvanece; mayor que 1, "
        "puede explotar.",
        "en": "32 units with Gaussian weights of scale $s = 2.5$. Up to $t = 74$ the input is 0, and still "
        "the states jump from one step to the next, many of them near −1 or 1: the layer excites itself. "
        "The lectures sum it up: with the largest singular value below 1 the gradient vanishes; above 1, it "
        "can explode.",
    },
    "unroll.tour_chaos_ask": {
        "es": "¿Dónde cae el mayor valor singular $\\sigma_{max}$ de esta $W_{hh}$?",
        "en": "Where is the largest singular value $\\sigma_{max}$ of this $W_{hh}$?",
    },
    "unroll.tour_chaos_opt_under_1": {"es": "Por debajo de 1", "en": "Below 1"},
    "unroll.tour_chaos_opt_up_to_s": {"es": "Entre 1 y s = 2.5", "en": "Between 1 and s = 2.5"},
    "unroll.tour_chaos_opt_over_s": {"es": "Por encima de s = 2.5", "en": "Above s = 2.5"},
    "unroll.tour_chaos_reveal": {
        "es": "$\\sigma_{{max}} = {smax}$, cerca de $2s = {two_s}$: en una matriz gaussiana grande (aquí "
        "{H} × {H}) el mayor valor singular es unas dos veces la escala, y el radio espectral "
        "($\\rho = {rho}$) anda cerca de $s = {s}$. Una ortogonal con la misma escala tendría todos sus "
        "valores singulares en {s}.",
        "en": "$\\sigma_{{max}} = {smax}$, near $2s = {two_s}$: in a large Gaussian matrix (here {H} × "
        "{H}) the largest singular value is about twice the scale, and the spectral radius "
        "($\\rho = {rho}$) is near $s = {s}$. An orthogonal one with the same scale would have every "
        "singular value at {s}.",
    },
}
