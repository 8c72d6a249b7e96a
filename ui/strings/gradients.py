"""Strings of the "Vanishing and exploding gradients" lesson."""

STRINGS = {
    "gradients.nav": {"es": "Desvanecimiento y explosión", "en": "Vanishing & exploding"},
    "gradients.blurb": {
        "es": "Por qué el gradiente se apaga o se dispara al volver en el tiempo: el código de la clase en "
        "vivo, el jacobiano de una matriz medido contra su cota, y los arreglos (compuertas, recorte, "
        "inicialización ortogonal, BPTT truncada).",
        "en": "Why the gradient dies out or blows up on its way back in time: the lecture's code live, a "
        "matrix's Jacobian measured against its bound, and the fixes (gates, clipping, orthogonal "
        "initialisation, truncated BPTT).",
    },
    "gradients.title": {
        "es": "Gradientes que se desvanecen y explotan",
        "en": "Vanishing and exploding gradients",
    },
    "gradients.intro": {
        "es": "Para entrenar una red recurrente, la [retropropagación a través del tiempo "
        "(BPTT)](glossary?lang=es#bptt) lleva el "
        "gradiente hacia atrás paso a paso, y en cada paso lo multiplica por la misma matriz $W_{hh}$ y "
        "por la derivada de la activación. Un producto de muchos factores parecidos se achica o crece "
        "exponencialmente: el gradiente **[se desvanece](glossary?lang=es#vanishing-gradient)** o "
        "**[explota](glossary?lang=es#exploding-gradient)**. Esta lección lo muestra, lo mide "
        "y prueba los arreglos.",
        "en": "To train a recurrent network, [backpropagation through time (BPTT)](glossary?lang=en#bptt) "
        "carries the gradient "
        "backwards step by step, and at every step multiplies it by the same matrix $W_{hh}$ and by the "
        "activation's derivative. A product of many similar factors shrinks or grows exponentially: the "
        "gradient **[vanishes](glossary?lang=en#vanishing-gradient)** or "
        "**[explodes](glossary?lang=en#exploding-gradient)**. This lesson shows it, measures it, and tries "
        "the fixes.",
    },
    "gradients.notation_heading": {
        "es": "Notación: la clase, PyTorch y esta página",
        "en": "Notation: the lectures, PyTorch and this page",
    },
    "gradients.notation": {
        "es": "- **Pasos.** En el código de la clase (apunte 002) `hs[0]` es el estado inicial y `hs[T]` "
        "el final. Aquí también: $h_0$ es el estado inicial (el `h_0` de PyTorch) y el paso "
        "$t = 1, \\dots, T$ lee $x_t$ y da $h_t$. En «Desenrollar una RNN» el estado inicial se llama "
        "$h_{-1}$, como en el ejemplo resuelto a mano.\n"
        "- **Jacobiano de un paso.** PyTorch calcula "
        "$h_t = f(a_t)$ con $a_t = W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh}$, así que "
        "$\\partial h_t / \\partial h_{t-1} = \\operatorname{diag}(f'(a_t))\\, W_{hh}$. El apunte 002, "
        "siguiendo a Pascanu, Mikolov y Bengio (2013), sigue otra variable: su $x_i$ es la "
        "**preactivación**, nuestra $a_i = W_{hh} f(a_{i-1}) + \\dots$, y su factor "
        "$W^T \\operatorname{diag}(\\sigma(x_{i-1}))$, escrito como en el artículo, es el de esa cadena, "
        "cuyo jacobiano es $\\partial a_i / \\partial a_{i-1} = W_{hh} \\operatorname{diag}(f'(a_{i-1}))$; "
        "donde dice $\\sigma(x_{i-1})$ va la **derivada** de la activación. No es la traspuesta del "
        "factor de esta página: las dos cadenas son matrices distintas, con normas distintas (en una red "
        "tanh de 4 × 4 a lo largo de 6 pasos, 0.234 frente a 0.162), pero cada factor de las dos tiene "
        "norma a lo sumo $\\sigma_{max}\\gamma$, así que comparten la cota "
        "$(\\sigma_{max}\\gamma)^{t-k}$ y las condiciones de Pascanu.\n"
        "- **Normas.** $\\|\\cdot\\|$ es la norma espectral: el mayor valor singular, $\\sigma_{max}$. "
        "$\\rho$ es el radio espectral, el mayor $|\\lambda|$ entre los autovalores; siempre "
        "$\\rho \\le \\sigma_{max}$.\n"
        "- **γ** acota la derivada de la activación, $|f'| \\le \\gamma$: γ = 1 para tanh, ReLU y la "
        "lineal; γ = 1/4 para la sigmoide.\n"
        "- **GRU.** El apunte 003 escribe $h_t = z_t \\odot h_{t-1} + (1 - z_t) \\odot "
        "\\phi_h(W_h x_t + U_h(r_t \\odot h_{t-1}) + b_h)$: la compuerta de reinicio $r_t$ entra antes "
        "del producto por la matriz. PyTorch la aplica después, $r_t \\odot (W_{hn} h_{t-1} + b_{hn})$. "
        "Aquí se calcula lo que calcula PyTorch.",
        "en": "- **Steps.** In the lecture's code (notes 002) `hs[0]` is the initial state and `hs[T]` the "
        "final one. Here too: $h_0$ is the initial state (PyTorch's `h_0`) and step $t = 1, \\dots, T$ "
        "reads $x_t$ and gives $h_t$. In “Unroll an RNN” the initial state is called $h_{-1}$, as in the "
        "hand-worked example.\n"
        "- **One step's Jacobian.** PyTorch computes $h_t = f(a_t)$ with "
        "$a_t = W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh}$, so "
        "$\\partial h_t / \\partial h_{t-1} = \\operatorname{diag}(f'(a_t))\\, W_{hh}$. Notes 002, after "
        "Pascanu, Mikolov and Bengio (2013), follow another variable: their $x_i$ is the "
        "**pre-activation**, our $a_i = W_{hh} f(a_{i-1}) + \\dots$, and their factor "
        "$W^T \\operatorname{diag}(\\sigma(x_{i-1}))$, written as the paper writes it, is that chain's, "
        "whose Jacobian is $\\partial a_i / \\partial a_{i-1} = W_{hh} \\operatorname{diag}(f'(a_{i-1}))$; "
        "where they say $\\sigma(x_{i-1})$, read the **derivative** of the activation. It is not the "
        "transpose of this page's factor: the two chains are different matrices with different norms (in "
        "a 4 × 4 tanh network over 6 steps, 0.234 against 0.162), but every factor of both has norm at "
        "most $\\sigma_{max}\\gamma$, so they share the bound $(\\sigma_{max}\\gamma)^{t-k}$ and "
        "Pascanu's conditions.\n"
        "- **Norms.** $\\|\\cdot\\|$ is the spectral norm: the largest singular value, $\\sigma_{max}$. "
        "$\\rho$ is the spectral radius, the largest $|\\lambda|$ among the eigenvalues; always "
        "$\\rho \\le \\sigma_{max}$.\n"
        "- **γ** bounds the activation's derivative, $|f'| \\le \\gamma$: γ = 1 for tanh, ReLU and the "
        "linear one; γ = 1/4 for the sigmoid.\n"
        "- **GRU.** Notes 003 write $h_t = z_t \\odot h_{t-1} + (1 - z_t) \\odot "
        "\\phi_h(W_h x_t + U_h(r_t \\odot h_{t-1}) + b_h)$: the reset gate $r_t$ comes before the "
        "product with the matrix. PyTorch applies it after, $r_t \\odot (W_{hn} h_{t-1} + b_{hn})$. "
        "Here we compute what PyTorch computes.",
    },
    # settings, as the widgets and the messages name them
    "gradients.name_w": {"es": "Peso w", "en": "Weight w"},
    "gradients.name_T": {"es": "Pasos T", "en": "Steps T"},
    "gradients.name_h0": {"es": "Estado inicial h₀", "en": "Initial state h₀"},
    "gradients.name_log": {"es": "Escala log", "en": "Log scale"},
    "gradients.log_help": {
        "es": "Encendida: |∂h_T/∂h_0| en potencias de 10. Apagada: el gradiente con su signo, como en el "
        "gráfico de la clase.",
        "en": "On: |∂h_T/∂h_0| in powers of 10. Off: the gradient with its sign, as in the lecture's plot.",
    },
    "gradients.name_H": {"es": "Unidades H", "en": "Hidden units H"},
    "gradients.name_length": {"es": "Largo de la secuencia T", "en": "Sequence length T"},
    "gradients.name_seed": {"es": "Semilla", "en": "Seed"},
    "gradients.name_init": {"es": "Matriz W_hh", "en": "Matrix W_hh"},
    "gradients.init_gaussian": {"es": "Gaussiana", "en": "Gaussian"},
    "gradients.init_orthogonal": {"es": "Ortogonal", "en": "Orthogonal"},
    "gradients.init_help": {
        "es": "Gaussiana: entradas al azar N(0, 1/H), después escalada. Ortogonal: una matriz ortogonal al "
        "azar por un número, así que todos sus valores singulares son iguales.",
        "en": "Gaussian: random N(0, 1/H) entries, then scaled. Orthogonal: a random orthogonal matrix "
        "times a number, so all its singular values are equal.",
    },
    "gradients.name_act": {"es": "Activación f", "en": "Activation f"},
    "gradients.act_help": {
        "es": "|f'| ≤ γ: γ = 1 para tanh, relu y linear (la identidad); γ = 1/4 para sigmoid.",
        "en": "|f'| ≤ γ: γ = 1 for tanh, relu and linear (the identity); γ = 1/4 for sigmoid.",
    },
    "gradients.name_norm": {"es": "σ_max de W_hh", "en": "σ_max of W_hh"},
    "gradients.norm_help": {
        "es": "El mayor valor singular de W_hh (su norma espectral): la matriz se escala para que valga "
        "esto. Ortogonal: todos los valores singulares valen esto; gaussiana: los demás son menores.",
        "en": "The largest singular value of W_hh (its spectral norm): the matrix is scaled so that it is "
        "this. Orthogonal: every singular value is this; Gaussian: the others are smaller.",
    },
    "gradients.name_gate_bias": {
        "es": "Sesgo de las compuertas que recuerdan",
        "en": "Bias of the gates that remember",
    },
    "gradients.gate_bias_help": {
        "es": "Se suma al sesgo de la compuerta de olvido f de la LSTM y de la compuerta de actualización z "
        "de la GRU, las que deciden cuánto del estado viejo se guarda. 0 es lo que hace PyTorch (las "
        "compuertas arrancan en σ(0) = 0.5). Para la compuerta de olvido de la LSTM, un sesgo de 1 es el "
        "arreglo que recomiendan Jozefowicz, Zaremba y Sutskever (2015); sumarlo también a la z de la GRU "
        "es la misma idea llevada por esta página a la GRU, no algo de ese artículo.",
        "en": "Added to the bias of the LSTM's forget gate f and of the GRU's update gate z, the ones that "
        "decide how much of the old state is kept. 0 is what PyTorch does (the gates start at "
        "σ(0) = 0.5). For the LSTM's forget gate, a bias of 1 is the fix Jozefowicz, Zaremba and "
        "Sutskever (2015) recommend; adding it to the GRU's z as well is the same idea carried over to "
        "the GRU by this page, not something from that paper.",
    },
    "gradients.name_clip": {"es": "Umbral c", "en": "Threshold c"},
    "gradients.clip_help": {
        "es": "Si ‖g‖ > c, todo el gradiente se multiplica por c/‖g‖: la regla de "
        "torch.nn.utils.clip_grad_norm_.",
        "en": "If ‖g‖ > c, the whole gradient is multiplied by c/‖g‖: the rule of "
        "torch.nn.utils.clip_grad_norm_.",
    },
    "gradients.name_window": {"es": "Ventana de truncado (pasos)", "en": "Truncation window (steps)"},
    "gradients.window_help": {
        "es": "El grafo se corta cada tantos pasos: el estado sigue hacia adelante, pero el gradiente no "
        "vuelve más atrás del comienzo de su tramo.",
        "en": "The graph is cut every so many steps: the state goes on forwards, but the gradient does not "
        "go back past the start of its stretch.",
    },
    # 1. one weight
    "gradients.s1_heading": {"es": "1. Un peso", "en": "1. One weight"},
    "gradients.s1_intro": {
        "es": "El código de la clase (apunte 002, `forward_backward_prop(w, T)`) toma una RNN de una sola "
        "neurona y sin entrada: parte de $h_0$ (0.5 en la clase), aplica $T$ veces "
        "$h_t = \\tanh(w\\,h_{t-1})$ y devuelve el estado final y el gradiente "
        "$\\partial h_T/\\partial h_0$. Este es el mismo gráfico, en vivo, para los 1000 valores de $w$ "
        "entre −4 y 4 que usa la clase.",
        "en": "The lecture's code (notes 002, `forward_backward_prop(w, T)`) takes a one-neuron RNN with no "
        "input: it starts from $h_0$ (0.5 in the lecture), applies $h_t = \\tanh(w\\,h_{t-1})$ $T$ times, "
        "and returns the final state and the gradient $\\partial h_T/\\partial h_0$. This is the same "
        "plot, live, for the 1000 values of $w$ between −4 and 4 the lecture uses.",
    },
    "gradients.metric_state": {"es": "h_T con T = {T}", "en": "h_T with T = {T}"},
    "gradients.metric_grad": {"es": "∂h_T/∂h_0 con T = {T}", "en": "∂h_T/∂h_0 with T = {T}"},
    "gradients.point_underflow": {
        "es": "Este gradiente es menor que el menor float64 normal (unos 2.2·10⁻³⁰⁸): el código de la "
        "clase, en float64, daría 0 o un número sin precisión. Aquí el producto se suma como logaritmos "
        "y el valor se muestra igual.",
        "en": "This gradient is below the smallest normal float64 (about 2.2·10⁻³⁰⁸): the lecture's code, "
        "in float64, would give 0 or a number without precision. Here the product is summed as logarithms "
        "and the value is shown all the same.",
    },
    "gradients.point_overflow": {
        "es": "Este gradiente pasa el mayor float64 (unos 1.8·10³⁰⁸): en float64 sería inf. Aquí el "
        "producto se suma como logaritmos y el valor se muestra igual.",
        "en": "This gradient is past the largest float64 (about 1.8·10³⁰⁸): in float64 it would be inf. "
        "Here the product is summed as logarithms and the value is shown all the same.",
    },
    "gradients.point_zero": {
        "es": "Con w = 0 el gradiente es exactamente 0: el estado se borra en el primer paso.",
        "en": "With w = 0 the gradient is exactly 0: the state is wiped out at the first step.",
    },
    "gradients.point_nan": {
        "es": "Este gradiente no es un número (NaN): algún valor intermedio ya era infinito.",
        "en": "This gradient is not a number (NaN): some value on the way was already infinite.",
    },
    "gradients.saturation": {
        "es": "**Dónde se satura y por qué.** Con $|w|$ grande el estado queda pegado a ±1, donde tanh es "
        "plana, así que cada paso multiplica el gradiente por $w\\,(1 - h_t^2) \\approx 0$: se desvanece "
        "aunque $|w| > 1$. Con $|w| < 1$ el estado se apaga hacia 0 y el gradiente se achica como "
        "$|w|^T$. Cerca de $|w| = 1$ es donde menos cambia, pero no llega entero: con $h_0$ = {h0} y "
        "$T$ = {T}, el mayor $|\\partial h_T/\\partial h_0|$ con $w$ entre −4 y 4 es {value}, en "
        "$w$ ≈ {w}.",
        "en": "**Where it saturates and why.** With large $|w|$ the state sticks to ±1, where tanh is flat, "
        "so every step multiplies the gradient by $w\\,(1 - h_t^2) \\approx 0$: it vanishes even though "
        "$|w| > 1$. With $|w| < 1$ the state dies out towards 0 and the gradient shrinks like $|w|^T$. "
        "Near $|w| = 1$ it changes least, but it does not arrive whole: with $h_0$ = {h0} and $T$ = {T}, "
        "the largest $|\\partial h_T/\\partial h_0|$ for $w$ between −4 and 4 is {value}, at "
        "$w$ ≈ {w}.",
    },
    "gradients.saturation_grows": {
        "es": "**Dónde crece.** Con $h_0$ = {h0} y $T$ = {T}, el mayor $|\\partial h_T/\\partial h_0|$ "
        "con $w$ entre −4 y 4 es {value}, en $w$ ≈ {w}: en algún paso el factor $w\\,(1 - h_t^2)$ "
        "pasa de 1 en tamaño, porque el estado todavía está lejos de ±1, donde tanh es más empinada. "
        "Con $h_0 = 0$ el estado se queda en 0 y el gradiente es exactamente $w^T$: llega entero solo "
        "con $|w| = 1$ y explota con $|w| > 1$.",
        "en": "**Where it grows.** With $h_0$ = {h0} and $T$ = {T}, the largest "
        "$|\\partial h_T/\\partial h_0|$ for $w$ between −4 and 4 is {value}, at $w$ ≈ {w}: at some step "
        "the factor $w\\,(1 - h_t^2)$ is larger than 1 in size, because the state is still away from "
        "±1, where tanh is steeper. With $h_0 = 0$ the state stays at 0 and the gradient is exactly "
        "$w^T$: it arrives whole only at $|w| = 1$ and explodes for $|w| > 1$.",
    },
    "gradients.lecture_code_heading": {"es": "El código de la clase", "en": "The lecture's code"},
    "gradients.lecture_code_intro": {
        "es": "El código tal como está en el apunte 002, con el $h_0$, el $w$ y el $T$ elegidos aquí. Da "
        "los mismos números que el gráfico (una prueba automática los compara para un barrido de $w$). "
        "La única diferencia: aquí el producto se suma como logaritmos, así que un gradiente de 10^-450 "
        "se ve como tal y no como 0.",
        "en": "The code as it is in notes 002, with the $h_0$, $w$ and $T$ chosen here. It gives the same "
        "numbers as the plot (an automatic test compares them for a sweep of $w$). The one difference: "
        "here the product is summed as logarithms, so a gradient of 10^-450 shows as such and not as 0.",
    },
    # 2. a matrix
    "gradients.s2_heading": {"es": "2. Una matriz", "en": "2. A matrix"},
    "gradients.s2_intro": {
        "es": "Con $H$ unidades el peso $w$ pasa a ser la matriz $W_{hh}$, y cada paso hacia atrás "
        "multiplica por $\\operatorname{diag}(f'(a_t))\\,W_{hh}$. Aquí $W_{hh}$ se sortea gaussiana u "
        "ortogonal y se escala para que su mayor valor singular $\\sigma_{max}$ sea el elegido; la "
        "entrada es ruido $N(0, 1)$ sorteado con la misma semilla.",
        "en": "With $H$ units the weight $w$ becomes the matrix $W_{hh}$, and every step back multiplies "
        "by $\\operatorname{diag}(f'(a_t))\\,W_{hh}$. Here $W_{hh}$ is drawn Gaussian or orthogonal and "
        "scaled so that its largest singular value $\\sigma_{max}$ is the one chosen; the input is "
        "$N(0, 1)$ noise drawn from the same seed.",
    },
    "gradients.presets": {"es": "Ejemplos", "en": "Examples"},
    "gradients.presets_help": {
        "es": "Cada ejemplo fija la matriz, la activación y σ_max; el resto queda como está.",
        "en": "Each example sets the matrix, the activation and σ_max; the rest stays as it is.",
    },
    "gradients.preset_vanish": {"es": "Se desvanece (tanh, σ = 0.9)", "en": "Vanishes (tanh, σ = 0.9)"},
    "gradients.preset_explode": {"es": "Explota (lineal, σ = 1.1)", "en": "Explodes (linear, σ = 1.1)"},
    "gradients.preset_edge": {"es": "En el borde (lineal, σ = 1)", "en": "On the edge (linear, σ = 1)"},
    "gradients.preset_gaussian": {
        "es": "Gaussiana, σ = 1.5 > 1: igual se desvanece",
        "en": "Gaussian, σ = 1.5 > 1: still vanishes",
    },
    "gradients.preset_sigmoid": {"es": "Sigmoide, σ = 3 < 1/γ", "en": "Sigmoid, σ = 3 < 1/γ"},
    "gradients.verdict_vanish": {
        "es": "**Se desvanece.** Después de {T} pasos hacia atrás, "
        "$\\|\\partial h_T/\\partial h_0\\|$ = {value}. La cota $(\\sigma_{{max}}\\gamma)^T$ vale {bound}.",
        "en": "**It vanishes.** After {T} steps back, $\\|\\partial h_T/\\partial h_0\\|$ = {value}. The "
        "bound $(\\sigma_{{max}}\\gamma)^T$ is {bound}.",
    },
    "gradients.verdict_explode": {
        "es": "**Explota.** Después de {T} pasos hacia atrás, $\\|\\partial h_T/\\partial h_0\\|$ = "
        "{value}. La cota $(\\sigma_{{max}}\\gamma)^T$ vale {bound}.",
        "en": "**It explodes.** After {T} steps back, $\\|\\partial h_T/\\partial h_0\\|$ = {value}. The "
        "bound $(\\sigma_{{max}}\\gamma)^T$ is {bound}.",
    },
    "gradients.verdict_steady": {
        "es": "**Ni se desvanece ni explota** (en {T} pasos): $\\|\\partial h_T/\\partial h_0\\|$ = "
        "{value}. La cota $(\\sigma_{{max}}\\gamma)^T$ vale {bound}.",
        "en": "**Neither vanishes nor explodes** (over {T} steps): $\\|\\partial h_T/\\partial h_0\\|$ = "
        "{value}. The bound $(\\sigma_{{max}}\\gamma)^T$ is {bound}.",
    },
    "gradients.pascanu": {
        "es": "**Pascanu, Mikolov y Bengio (2013)** lo precisan:\n\n"
        "- RNN **lineal**: que el radio espectral sea $\\rho(W_{{hh}}) < 1$ **alcanza** para que el "
        "gradiente se desvanezca; $\\rho > 1$ **hace falta** para que explote (pero no alcanza).\n"
        "- Con una **no linealidad**, $|f'| \\le \\gamma$: $\\sigma_{{max}}(W_{{hh}}) < 1/\\gamma$ "
        "**alcanza** para que se desvanezca.\n\n"
        "Aquí: $\\rho$ = {rho}, $\\sigma_{{max}}$ = {smax}, $\\gamma$ = {gamma}, $1/\\gamma$ = {inv_gamma}.",
        "en": "**Pascanu, Mikolov and Bengio (2013)** make it precise:\n\n"
        "- A **linear** RNN: a spectral radius $\\rho(W_{{hh}}) < 1$ is **enough** for the gradient to "
        "vanish; $\\rho > 1$ is **needed** for it to explode (but not enough).\n"
        "- With a **nonlinearity**, $|f'| \\le \\gamma$: $\\sigma_{{max}}(W_{{hh}}) < 1/\\gamma$ is "
        "**enough** for it to vanish.\n\n"
        "Here: $\\rho$ = {rho}, $\\sigma_{{max}}$ = {smax}, $\\gamma$ = {gamma}, $1/\\gamma$ = {inv_gamma}.",
    },
    "gradients.now_linear_vanish": {
        "es": "Lineal con ρ = {rho} < 1: el desvanecimiento está garantizado.",
        "en": "Linear with ρ = {rho} < 1: vanishing is guaranteed.",
    },
    "gradients.now_linear_may_explode": {
        "es": "Lineal con ρ = {rho} > 1: nada garantiza que se desvanezca, y se cumple la condición "
        "necesaria para que explote.",
        "en": "Linear with ρ = {rho} > 1: nothing guarantees vanishing, and the condition needed for "
        "exploding holds.",
    },
    "gradients.now_linear_edge": {
        "es": "Lineal con ρ = {rho}, igual a 1 salvo redondeo: la frontera. Ninguna de las dos "
        "desigualdades estrictas se cumple (ρ < 1 garantizaría el desvanecimiento; ρ > 1 hace falta para "
        "que explote). Lo que pase a la larga depende de la matriz; el gráfico lo mide.",
        "en": "Linear with ρ = {rho}, equal to 1 up to rounding: the boundary. Neither strict inequality "
        "holds (ρ < 1 would guarantee vanishing; ρ > 1 is needed for exploding). What happens in the long "
        "run depends on the matrix; the plot measures it.",
    },
    "gradients.now_linear_edge_orthogonal": {
        "es": "Lineal con $W_{{hh}}$ ortogonal y ρ = σ_max = {smax}, igual a 1 salvo redondeo: la "
        "frontera. Ninguna de las dos desigualdades estrictas se cumple, y no hace falta: cada factor "
        "$\\partial h_t/\\partial h_{{t-1}} = W_{{hh}}$ conserva la norma exactamente, así que el "
        "gradiente ni se desvanece ni explota, a cualquier distancia.",
        "en": "Linear with an orthogonal $W_{{hh}}$ and ρ = σ_max = {smax}, equal to 1 up to rounding: the "
        "boundary. Neither strict inequality holds, and none is needed: every factor "
        "$\\partial h_t/\\partial h_{{t-1}} = W_{{hh}}$ keeps the norm exactly, so the gradient "
        "neither vanishes nor explodes, at any distance.",
    },
    "gradients.now_nonlinear_edge": {
        "es": "σ_max = {smax} = 1/γ = {inv_gamma} salvo redondeo: la frontera. La cota "
        "$(\\sigma_{{max}}\\gamma)^{{T-k}}$ vale 1, así que el gradiente no puede crecer; pero el "
        "desvanecimiento no está garantizado, porque el teorema pide σ_max < 1/γ estrictamente. Cuánto "
        "se achica depende de cuánto se saturen las unidades; el gráfico lo mide.",
        "en": "σ_max = {smax} = 1/γ = {inv_gamma} up to rounding: the boundary. The bound "
        "$(\\sigma_{{max}}\\gamma)^{{T-k}}$ is 1, so the gradient cannot grow; but vanishing is not "
        "guaranteed, because the theorem asks for σ_max < 1/γ strictly. How much it shrinks depends on "
        "how much the units saturate; the plot measures it.",
    },
    "gradients.now_nonlinear_vanish": {
        "es": "σ_max = {smax} < 1/γ = {inv_gamma}: el desvanecimiento está garantizado, con cualquier "
        "entrada.",
        "en": "σ_max = {smax} < 1/γ = {inv_gamma}: vanishing is guaranteed, whatever the input.",
    },
    "gradients.now_nonlinear_open": {
        "es": "σ_max = {smax} > 1/γ = {inv_gamma}: la cota no garantiza nada. Lo que pase depende de la "
        "matriz y de cuánto se saturen las unidades; el gráfico lo mide.",
        "en": "σ_max = {smax} > 1/γ = {inv_gamma}: the bound guarantees nothing. What happens depends on "
        "the matrix and on how much the units saturate; the plot measures it.",
    },
    "gradients.lecture_differs": {
        "es": "**La clase y lo calculado.** Los apuntes resumen: «valor singular máximo < 1 → se "
        "desvanece; > 1 → explota». La primera mitad es el teorema (con γ = 1). La segunda es solo una "
        "condición necesaria: aquí σ_max = {smax} > 1 y el gradiente no explota.",
        "en": "**The lectures and what is computed.** The notes sum up: “largest singular value < 1 → it "
        "vanishes; > 1 → it explodes”. The first half is the theorem (with γ = 1). The second is only a "
        "necessary condition: here σ_max = {smax} > 1 and the gradient does not explode.",
    },
    "gradients.spectrum_heading": {"es": "Valores singulares de W_hh", "en": "Singular values of W_hh"},
    "gradients.spectrum_caption": {
        "es": "Cuánto estira $W_{hh}$ en cada dirección. El mayor es el σ_max elegido; la línea marca 1 "
        "(y 1/γ con la sigmoide).",
        "en": "How much $W_{hh}$ stretches along each direction. The largest is the chosen σ_max; the line "
        "marks 1 (and 1/γ with the sigmoid).",
    },
    "gradients.eigen_heading": {"es": "Autovalores de W_hh", "en": "Eigenvalues of W_hh"},
    "gradients.eigen_caption": {
        "es": "Los autovalores λ frente al círculo unidad. El mayor |λ| es el radio espectral ρ = {rho}: "
        "decide qué pasa a la larga en una RNN lineal. Todos caen dentro del círculo punteado de radio "
        "σ_max, porque ρ ≤ σ_max.",
        "en": "The eigenvalues λ against the unit circle. The largest |λ| is the spectral radius ρ = {rho}: "
        "it decides the long run of a linear RNN. They all fall inside the dotted circle of radius σ_max, "
        "because ρ ≤ σ_max.",
    },
    "gradients.map_heading": {
        "es": "Escala × distancia: dónde está la frontera",
        "en": "Scale × distance: where the boundary is",
    },
    "gradients.map_caption": {
        "es": "Cada fila es una escala σ_max de la misma matriz ({init}, {act}); cada columna, cuántos pasos "
        "hacia atrás viaja el gradiente (T − k). El color es ‖∂h_T/∂h_k‖: azul se desvanece, rojo "
        "explota, el blanco es exactamente 1 y la línea negra marca la frontera. La línea de trazos es la "
        "escala elegida arriba. Los colores se saturan en 10^±30 como mucho; al pasar el cursor se ve el "
        "valor.",
        "en": "Each row is a scale σ_max of the same matrix ({init}, {act}); each column, how many steps "
        "back the gradient travels (T − k). The colour is ‖∂h_T/∂h_k‖: blue vanishes, red explodes, and "
        "white is exactly 1 and the black line marks the boundary. The dashed line is the scale chosen "
        "above. Colours saturate at 10^±30 at most; hover for the value.",
    },
    # 3. why gates help
    "gradients.s3_heading": {"es": "3. Por qué ayudan las compuertas", "en": "3. Why gates help"},
    "gradients.s3_intro": {
        "es": "Una LSTM y una GRU también multiplican jacobianos hacia atrás, pero parte de su estado pasa "
        "de un paso al siguiente por un camino **aditivo**, regulado por compuertas. Aquí la misma "
        "entrada (el ruido de arriba, T = {T} pasos) entra a una RNN (tanh), una LSTM y una GRU de "
        "PyTorch, las tres con H = {H} unidades y la inicialización por defecto de PyTorch, salvo el "
        "sesgo de abajo. El gráfico muestra ‖∂h_T/∂x_k‖: cuánto pesa la entrada del paso k en el estado "
        "final.",
        "en": "An LSTM and a GRU also multiply Jacobians on the way back, but part of their state goes from "
        "one step to the next along an **additive** path, controlled by gates. Here the same input (the "
        "noise above, T = {T} steps) goes into a PyTorch RNN (tanh), LSTM and GRU, all three with "
        "H = {H} units and PyTorch's default initialisation except for the bias below. The plot shows "
        "‖∂h_T/∂x_k‖: how much the input at step k weighs on the final state.",
    },
    "gradients.metric_reach": {
        "es": "{cell}: ‖∂h_T/∂x_1‖ con T = {T}",
        "en": "{cell}: ‖∂h_T/∂x_1‖ with T = {T}",
    },
    "gradients.cell_path": {
        "es": "**El camino de la celda de la LSTM.** La LSTM guarda su memoria en la celda $c_t$, que se "
        "actualiza sumando. Por ese camino el gradiente no atraviesa $W_{{hh}}$ ni la derivada de una "
        "tanh: solo se multiplica por la compuerta de olvido $f_t$, y con $f_t$ cerca de 1 pasa casi "
        "intacto (el «flujo ininterrumpido» del apunte 002, como las conexiones residuales de ResNet). "
        "La GRU tiene un atajo parecido, $h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{{t-1}}$ en la "
        "forma de PyTorch, abierto cuando $z_t$ está cerca de 1. Las compuertas solo ayudan si están "
        "abiertas: con sesgo {bias}, el promedio de $f_t$ es {f} y el de $z_t$ es {z}. Con el sesgo en 0 "
        "(lo que hace PyTorch) rondan 0.5, cada paso deja pasar cerca de la mitad del gradiente y las tres "
        "redes olvidan casi igual; entrenar, o un sesgo de 1 o más, las abre.",
        "en": "**The LSTM's cell path.** The LSTM keeps its memory in the cell $c_t$, which is updated by "
        "adding. Along that path the gradient goes through neither $W_{{hh}}$ nor a tanh's derivative: "
        "it is only multiplied by the forget gate $f_t$, and with $f_t$ near 1 it passes almost "
        "untouched (the “uninterrupted gradient flow” of notes 002, like ResNet's residual connections). "
        "The GRU has a similar shortcut, $h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{{t-1}}$ in "
        "PyTorch's form, open when $z_t$ is near 1. Gates only help when they are open: with bias {bias}, "
        "the average $f_t$ is {f} and the average $z_t$ is {z}. With the bias at 0 (what PyTorch does) "
        "they sit around 0.5, every step lets through about half of the gradient and all three networks "
        "forget about alike; training, or a bias of 1 or more, opens them.",
    },
    # 4. fixes
    "gradients.s4_heading": {"es": "4. Arreglos", "en": "4. Fixes"},
    "gradients.s4_intro": {
        "es": "Los apuntes (003) proponen dos trucos: recortar los gradientes y empezar con una matriz "
        "ortogonal; el apunte 000 nombra la BPTT truncada, que corta el grafo. Los tres usan la red de "
        "la sección 2 con la pérdida $L = \\sum_{t=1}^{T} V h_t$: una lectura lineal fija $V$, sumada "
        "en todos los pasos.",
        "en": "The notes (003) offer two tricks: clipping the gradients and starting from an orthogonal "
        "matrix; notes 000 name truncated BPTT, which cuts the graph. All three use the network of "
        "section 2 with the loss $L = \\sum_{t=1}^{T} V h_t$: a fixed linear read-out $V$, summed over "
        "every step.",
    },
    "gradients.clip_heading": {"es": "Recorte del gradiente por norma", "en": "Gradient clipping by norm"},
    "gradients.metric_before": {"es": "‖g‖ antes", "en": "‖g‖ before"},
    "gradients.metric_after": {"es": "‖g‖ después", "en": "‖g‖ after"},
    "gradients.metric_cosine": {"es": "coseno(antes, después)", "en": "cosine(before, after)"},
    "gradients.clip_text_clipped": {
        "es": "La norma de todo el gradiente ($W_{{ih}}$, $W_{{hh}}$, $b_{{ih}}$ y $b_{{hh}}$ juntos) es "
        "{norm}, mayor que c = {c}: se multiplica **todo** por {coef}. Cada parte se achica en la misma "
        "proporción (en escala logarítmica las barras bajan lo mismo) y la dirección no cambia: el coseno "
        "entre antes y después es 1. Queda acotado el largo del paso, no su dirección. El recorte no "
        "arregla un gradiente que se desvanece.",
        "en": "The norm of the whole gradient ($W_{{ih}}$, $W_{{hh}}$, $b_{{ih}}$ and $b_{{hh}}$ together) "
        "is {norm}, more than c = {c}: **all** of it is multiplied by {coef}. Every part shrinks in the "
        "same proportion (on a log scale the bars drop by the same amount) and the direction does not "
        "change: the cosine between before and after is 1. The step's length is bounded, not its "
        "direction. Clipping does not mend a gradient that vanishes.",
    },
    "gradients.clip_text_kept": {
        "es": "La norma del gradiente es {norm}, no pasa de c = {c}: el recorte no cambia nada (multiplica "
        "por {coef}). Para ver un gradiente que explota, sube σ_max o elige la activación lineal; o baja c.",
        "en": "The gradient's norm is {norm}, not more than c = {c}: clipping changes nothing (it "
        "multiplies by {coef}). To see a gradient that explodes, raise σ_max or pick the linear "
        "activation; or lower c.",
    },
    "gradients.init_heading": {
        "es": "Inicialización ortogonal frente a gaussiana",
        "en": "Orthogonal against Gaussian initialisation",
    },
    "gradients.init_text": {
        "es": "Las dos matrices tienen el mismo σ_max = {s}. La ortogonal tiene **todos** sus valores "
        "singulares iguales a {s}: estira todo vector por igual, y con la activación lineal la norma es "
        "exactamente {s}^(T−k). La gaussiana tiene uno solo así de grande; los demás son menores y su "
        "radio espectral es {rho_gauss} (contra {rho_orth}), así que el gradiente se apaga antes. A T = "
        "{T} pasos: ortogonal {orth}, gaussiana {gauss}.",
        "en": "Both matrices have the same σ_max = {s}. The orthogonal one has **all** its singular values "
        "equal to {s}: it stretches every vector alike, and with the linear activation the norm is exactly "
        "{s}^(T−k). The Gaussian one has only one that large; the others are smaller and its spectral "
        "radius is {rho_gauss} (against {rho_orth}), so the gradient dies out sooner. At T = {T} steps: "
        "orthogonal {orth}, Gaussian {gauss}.",
    },
    "gradients.tbptt_heading": {"es": "BPTT truncada", "en": "Truncated BPTT"},
    "gradients.metric_tbptt_cosine": {"es": "coseno(truncada, completa)", "en": "cosine(truncated, full)"},
    "gradients.metric_tbptt_ratio": {
        "es": "‖g truncada‖ / ‖g completa‖",
        "en": "‖g truncated‖ / ‖g full‖",
    },
    "gradients.tbptt_text": {
        "es": "El mapa muestra cuánto tira la pérdida del paso t, ℓ_t = V h_t, del estado h_k: la BPTT "
        "completa usa todo el triángulo. Con el grafo cortado cada {k} pasos solo quedan los cuadrados "
        "de la diagonal: las dependencias de más de {k} pasos nunca llegan a los pesos. Si el color ya "
        "se apaga dentro de los cuadrados, no se pierde nada (coseno ≈ 1); si la red recuerda más "
        "lejos, el gradiente truncado apunta a otro lado. A cambio, cada tramo guarda {k} pasos en "
        "memoria en vez de {T}.",
        "en": "The map shows how hard the loss at step t, ℓ_t = V h_t, pulls on the state h_k: full BPTT "
        "uses the whole triangle. With the graph cut every {k} steps only the squares on the diagonal "
        "are left: dependencies longer than {k} steps never reach the weights. If the colour has faded "
        "within the squares, nothing is lost (cosine ≈ 1); if the network remembers further back, the "
        "truncated gradient points elsewhere. In exchange, each stretch keeps {k} steps in memory "
        "instead of {T}.",
    },
    "gradients.ran_on": {
        "es": "Calculado en la CPU en float64: NumPy {numpy} para los productos de jacobianos (cientos de "
        "matrices chicas, una tras otra: una GPU esperaría en cada paso) y las capas de PyTorch {torch} "
        "para la RNN, la LSTM y la GRU. Las pruebas comparan cada número con autograd. El selector de "
        "dispositivo no se aplica a esta página.",
        "en": "Computed on the CPU in float64: NumPy {numpy} for the Jacobian products (hundreds of small "
        "matrices, one after another: a GPU would wait at every step) and PyTorch {torch} layers for the "
        "RNN, the LSTM and the GRU. The tests check every number against autograd. The device switch does "
        "not apply to this page.",
    },
    "gradients.status_overflow": {"es": "desborde en {fmt}", "en": "overflow in {fmt}"},
    "gradients.status_underflow": {"es": "subdesborde en {fmt}", "en": "underflow in {fmt}"},
    "gradients.status_zero": {"es": "exactamente 0 en {fmt}", "en": "exactly 0 in {fmt}"},
    "gradients.status_nan": {"es": "NaN en {fmt}", "en": "NaN in {fmt}"},
    # chart labels
    "gradients.label_state": {"es": "estado h_T", "en": "state h_T"},
    "gradients.label_state_axis": {"es": "h_T", "en": "h_T"},
    "gradients.label_gradient": {"es": "gradiente ∂h_T/∂h_0", "en": "gradient ∂h_T/∂h_0"},
    "gradients.label_grad": {"es": "∂h_T/∂h_0", "en": "∂h_T/∂h_0"},
    "gradients.label_abs_grad": {"es": "|∂h_T/∂h_0|", "en": "|∂h_T/∂h_0|"},
    "gradients.label_k": {"es": "paso k", "en": "step k"},
    "gradients.label_lag": {"es": "pasos hacia atrás, T − k", "en": "steps back, T − k"},
    "gradients.label_scale": {"es": "σ_max de W_hh", "en": "σ_max of W_hh"},
    "gradients.label_jac_norm": {"es": "‖∂h_T/∂h_k‖", "en": "‖∂h_T/∂h_k‖"},
    "gradients.label_bound": {"es": "cota (σ_max γ)^(T−k)", "en": "bound (σ_max γ)^(T−k)"},
    "gradients.label_measured": {"es": "‖∂h_T/∂h_k‖ medida", "en": "‖∂h_T/∂h_k‖ measured"},
    "gradients.label_sv": {"es": "valor singular", "en": "singular value"},
    "gradients.label_sv_index": {"es": "i", "en": "i"},
    "gradients.label_unit_circle": {"es": "círculo unidad", "en": "unit circle"},
    "gradients.label_eigenvalues": {"es": "autovalores", "en": "eigenvalues"},
    "gradients.label_boundary": {"es": "‖∂h_T/∂h_k‖ = 1", "en": "‖∂h_T/∂h_k‖ = 1"},
    "gradients.label_current": {"es": "escala elegida", "en": "chosen scale"},
    "gradients.label_input_norm": {"es": "‖∂h_T/∂x_k‖", "en": "‖∂h_T/∂x_k‖"},
    "gradients.label_rnn": {"es": "RNN", "en": "RNN"},
    "gradients.label_lstm": {"es": "LSTM", "en": "LSTM"},
    "gradients.label_gru": {"es": "GRU", "en": "GRU"},
    "gradients.label_total": {"es": "todo g", "en": "all of g"},
    "gradients.label_before": {"es": "antes", "en": "before"},
    "gradients.label_after": {"es": "después", "en": "after"},
    "gradients.label_threshold": {"es": "c = {c}", "en": "c = {c}"},
    "gradients.label_grad_norm": {"es": "norma", "en": "norm"},
    "gradients.label_orthogonal": {"es": "ortogonal", "en": "orthogonal"},
    "gradients.label_gaussian": {"es": "gaussiana", "en": "Gaussian"},
    "gradients.label_full": {"es": "BPTT completa", "en": "full BPTT"},
    "gradients.label_truncated": {"es": "BPTT truncada", "en": "truncated BPTT"},
    "gradients.label_t": {"es": "paso de la pérdida t", "en": "loss step t"},
    "gradients.label_overflow_in": {"es": "{fmt}: desborde (inf)", "en": "{fmt}: overflow (inf)"},
    "gradients.label_underflow_in": {"es": "{fmt}: subdesborde (0)", "en": "{fmt}: underflow (0)"},
    "gradients.part": {"es": "Parte de la lección", "en": "Part of the lesson"},
    "gradients.name_part": {"es": "parte", "en": "part"},
    "gradients.next_part": {"es": "Siguiente: {title}", "en": "Next: {title}"},
    "gradients.network_summary": {
        "es": "La red de la parte 2: H = {H} unidades, T = {T} pasos, σ_max = {norm}, pesos {init}, {act}, "
        "semilla {seed}.",
        "en": "The network of part 2: H = {H} units, T = {T} steps, σ_max = {norm}, {init} weights, {act}, "
        "seed {seed}.",
    },
    "gradients.change_network": {"es": "Cambiarla en la parte 2", "en": "Change it in part 2"},
    # the guided tour (lessons.gradients.TOUR)
    "gradients.tour_weight_title": {"es": "Un solo peso", "en": "One weight"},
    "gradients.tour_weight_look": {
        "es": "Como en el código de la clase: $h_t = \\tanh(w\\,h_{t-1})$, y la derivada que vuelve $T$ "
        "pasos "
        "atrás es el producto $\\partial h_T/\\partial h_0 = \\prod_t w\\,(1-h_t^2)$. La curva la muestra "
        "para cada $w$ entre −4 y 4; la línea discontinua es tu $w$.",
        "en": "As in the lecture's code: $h_t = \\tanh(w\\,h_{t-1})$, and the derivative that travels $T$ "
        "steps "
        "back is the product $\\partial h_T/\\partial h_0 = \\prod_t w\\,(1-h_t^2)$. The curve shows it for "
        "every $w$ from −4 to 4; the dashed line is your $w$.",
    },
    "gradients.tour_weight_ask": {
        "es": "Con $w = 0.9$, $h_0 = 0.5$ y $T = 50$ pasos, ¿$|\\partial h_T/\\partial h_0|$ quedará por "
        "encima o "
        "por debajo de $10^{-2}$?",
        "en": "With $w = 0.9$, $h_0 = 0.5$ and $T = 50$ steps, will $|\\partial h_T/\\partial h_0|$ be above "
        "or "
        "below $10^{-2}$?",
    },
    "gradients.tour_weight_opt_above": {"es": "Por encima de $10^{-2}$", "en": "Above $10^{-2}$"},
    "gradients.tour_weight_opt_below": {"es": "Por debajo de $10^{-2}$", "en": "Below $10^{-2}$"},
    "gradients.tour_weight_reveal": {
        "es": "El motor calcula $|\\partial h_T/\\partial h_0| = {grad}$. Cada factor $w\\,(1-h_t^2)$ vale a "
        "lo "
        "sumo $0.9$, así que 50 de ellos no pasan de $0.9^{{50}} \\approx 0.005$: el gradiente se desvanece.",
        "en": "The engine computes $|\\partial h_T/\\partial h_0| = {grad}$. Every factor $w\\,(1-h_t^2)$ is "
        "at "
        "most $0.9$, so 50 of them come to at most $0.9^{{50}} \\approx 0.005$: the gradient vanishes.",
    },
    "gradients.tour_saturate_title": {
        "es": "Un peso grande que no explota",
        "en": "A big weight that does not explode",
    },
    "gradients.tour_saturate_look": {
        "es": "Con $w = 3$ cada factor tiene un $w$ grande y, sin embargo, la derivada es diminuta: $h_t$ se "
        "va "
        "cerca de ±1, donde $\\tanh$ es plana, y cada $1-h_t^2$ es casi cero. Mira la curva lejos de "
        "$w = 0$: con $\\tanh$, un peso grande satura la neurona en vez de hacer explotar el gradiente.",
        "en": "With $w = 3$ every factor has a big $w$, and yet the derivative is tiny: $h_t$ goes close to "
        "±1, "
        "where $\\tanh$ is flat, and every $1-h_t^2$ is almost zero. Look at the curve far from $w = 0$: "
        "with $\\tanh$, a big weight saturates the unit instead of exploding the gradient.",
    },
    "gradients.tour_open_title": {"es": "Una matriz con σ_max = 1.2", "en": "A matrix with σ_max = 1.2"},
    "gradients.tour_open_look": {
        "es": "Ahora 32 unidades, 100 pasos y una matriz ortogonal escalada a $\\sigma_{\\max} = 1.2$, con "
        "$\\tanh$ ($\\gamma = 1$). La cota $(\\sigma_{\\max}\\gamma)^{T-k}$ crece: no garantiza que el "
        "gradiente se desvanezca, pero tampoco dice que explote.",
        "en": "Now 32 units, 100 steps and an orthogonal matrix scaled to $\\sigma_{\\max} = 1.2$, with "
        "$\\tanh$ ($\\gamma = 1$). The bound $(\\sigma_{\\max}\\gamma)^{T-k}$ grows: it does not promise "
        "that "
        "the gradient vanishes, nor does it say that it explodes.",
    },
    "gradients.tour_open_ask": {
        "es": "Con $\\sigma_{\\max} = 1.2$, ¿la norma del gradiente que llega a $k = 0$, "
        "$\\|\\partial h_T/\\partial h_0\\|$, quedará por encima o por debajo de 1?",
        "en": "With $\\sigma_{\\max} = 1.2$, will the norm of the gradient that reaches $k = 0$, "
        "$\\|\\partial h_T/\\partial h_0\\|$, be above or below 1?",
    },
    "gradients.tour_open_opt_above": {"es": "Por encima de 1", "en": "Above 1"},
    "gradients.tour_open_opt_below": {"es": "Por debajo de 1", "en": "Below 1"},
    "gradients.tour_open_reveal": {
        "es": "El motor calcula $\\|\\partial h_T/\\partial h_0\\| = {grad}$ tras {T} pasos, con "
        "$\\sigma_{{\\max}} = {sigma}$. La cota es $1.2^{{{T}}}$, enorme: lo que pasa de verdad lo deciden "
        "las derivadas de $\\tanh$ en cada paso, y la curva queda muy por debajo de la cota.",
        "en": "The engine computes $\\|\\partial h_T/\\partial h_0\\| = {grad}$ after {T} steps, with "
        "$\\sigma_{{\\max}} = {sigma}$. The bound is $1.2^{{{T}}}$, huge: what really happens is decided by "
        "the derivatives of $\\tanh$ at every step, and the curve stays far under the bound.",
    },
    "gradients.tour_edge_title": {
        "es": "En el borde: lineal y ortogonal",
        "en": "On the edge: linear and orthogonal",
    },
    "gradients.tour_edge_look": {
        "es": "Activación lineal y una matriz ortogonal con $\\sigma_{\\max} = 1$: cada paso multiplica el "
        "gradiente por una rotación.",
        "en": "Linear activation and an orthogonal matrix with $\\sigma_{\\max} = 1$: every step multiplies "
        "the gradient by a rotation.",
    },
    "gradients.tour_edge_ask": {
        "es": "¿Cuánto vale $\\|\\partial h_T/\\partial h_0\\|$ tras 100 pasos? (con dos decimales)",
        "en": "What is $\\|\\partial h_T/\\partial h_0\\|$ after 100 steps? (to two decimals)",
    },
    "gradients.tour_edge_reveal": {
        "es": "Una rotación conserva la norma: el producto de {T} matrices ortogonales es ortogonal y su "
        "norma "
        "es exactamente 1 (el motor da $\\rho = {rho}$). Ni se desvanece ni explota.",
        "en": "A rotation keeps the norm: the product of {T} orthogonal matrices is orthogonal and its norm "
        "is "
        "exactly 1 (the engine gives $\\rho = {rho}$). It neither vanishes nor explodes.",
    },
    "gradients.tour_gates_title": {"es": "Las compuertas", "en": "The gates"},
    "gradients.tour_gates_look": {
        "es": "La misma entrada pasa por una RNN, una LSTM y una GRU de PyTorch, con el sesgo de la "
        "compuerta "
        "que conserva el estado (la de olvido $f_t$ de la LSTM, la de actualización $z_t$ de la GRU) en 1. "
        "La curva es $\\|\\partial h_T/\\partial x_k\\|$: cuánto llega al final de cada entrada.",
        "en": "The same input goes through a PyTorch RNN, LSTM and GRU, with the bias of the gate that keeps "
        "the state (the LSTM's forget gate $f_t$, the GRU's update gate $z_t$) at 1. The curve is "
        "$\\|\\partial h_T/\\partial x_k\\|$: how much of each input reaches the end.",
    },
    "gradients.tour_gates_ask": {
        "es": "¿Qué red hace llegar más lejos el gradiente, hasta la primera entrada ($k = 1$)?",
        "en": "Which network carries the gradient furthest, back to the first input ($k = 1$)?",
    },
    "gradients.tour_gates_opt_rnn": {"es": "La RNN", "en": "The RNN"},
    "gradients.tour_gates_opt_lstm": {"es": "La LSTM", "en": "The LSTM"},
    "gradients.tour_gates_opt_gru": {"es": "La GRU", "en": "The GRU"},
    "gradients.tour_gates_reveal": {
        "es": "En $k = 1$ el motor mide RNN {rnn}, LSTM {lstm} y GRU {gru}. El camino aditivo de la celda "
        "($c_t = f_t c_{{t-1}} + i_t g_t$), con las compuertas abiertas, deja pasar el gradiente donde la "
        "RNN lo multiplica por una jacobiana en cada paso.",
        "en": "At $k = 1$ the engine measures RNN {rnn}, LSTM {lstm} and GRU {gru}. The cell's additive path "
        "($c_t = f_t c_{{t-1}} + i_t g_t$), with the gates open, lets the gradient through where the RNN "
        "multiplies it by a Jacobian at every step.",
    },
    "gradients.tour_clip_title": {"es": "Recortar el gradiente", "en": "Clipping the gradient"},
    "gradients.tour_clip_look": {
        "es": "Si la norma de todo el gradiente pasa del umbral $c$, se multiplica todo por $c/\\|g\\|$. "
        "Compara "
        "las barras de antes y después: en escala logarítmica bajan todas lo mismo, y el coseno entre "
        "ambos es 1. El recorte acota el largo del paso, no su dirección.",
        "en": "When the norm of the whole gradient passes the threshold $c$, all of it is multiplied by "
        "$c/\\|g\\|$. Compare the bars before and after: on a log scale they all drop by the same amount, "
        "and the cosine between the two is 1. Clipping bounds the step's length, not its direction.",
    },
}
