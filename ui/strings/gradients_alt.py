"""Text alternatives of the gradients lesson's charts (lessons/gradients.py builds their numbers)."""

STRINGS = {
    "gradients.alt_scalar": {
        "es": "Dos gráficos frente a w, de {lo:g} a {hi:g}: arriba h_T y abajo la derivada ∂h_T/∂h_0. En el "
        "w marcado, {w:.2f}, h_T vale {h_T:.4f} y la derivada {grad}. El tamaño de la derivada es máximo, "
        "{peak}, en w = {w_peak:.2f}.",
        "en": "Two charts against w, from {lo:g} to {hi:g}: h_T on top and the derivative ∂h_T/∂h_0 below. "
        "At the marked w, {w:.2f}, h_T is {h_T:.4f} and the derivative {grad}. The derivative's size peaks "
        "at {peak}, at w = {w_peak:.2f}.",
    },
    "gradients.alt_norms": {
        "es": "Gráfico en escala logarítmica de ‖∂h_T/∂h_k‖ frente a k: vale {start} en k = {k0}, el estado "
        "más lejano, y {end} en k = {T}. La cota (σ_max γ)^(T−k), en línea discontinua, vale {bound} en k = "
        "{k0}.",
        "en": "Log-scale chart of ‖∂h_T/∂h_k‖ against k: it is {start} at k = {k0}, the farthest state, and "
        "{end} at k = {T}. The bound (σ_max γ)^(T−k), dashed, is {bound} at k = {k0}.",
    },
    "gradients.alt_spectrum": {
        "es": "Barras de los {n} valores singulares de W_hh, del mayor, {smax:.3f}, al menor, {smin:.3f}; "
        "{above} de ellos pasan de 1 (línea discontinua).",
        "en": "Bars of the {n} singular values of W_hh, from the largest, {smax:.3f}, to the smallest, "
        "{smin:.3f}; {above} of them are above 1 (dashed line).",
    },
    "gradients.alt_spectrum_gamma": {
        "es": "Otra línea marca 1/γ = {inv_gamma:g}.",
        "en": "Another line marks 1/γ = {inv_gamma:g}.",
    },
    "gradients.alt_eigen": {
        "es": "Los {n} autovalores de W_hh en el plano complejo, con el círculo unidad: el de mayor módulo "
        "tiene |λ| = {rho:.3f} y {outside} quedan fuera del círculo unidad; todos caben en el círculo de "
        "radio σ_max = {smax:.3f}.",
        "en": "The {n} eigenvalues of W_hh in the complex plane, with the unit circle: the largest has |λ| "
        "= {rho:.3f} and {outside} lie outside the unit circle; all fit in the circle of radius σ_max = "
        "{smax:.3f}.",
    },
    "gradients.alt_map": {
        "es": "Mapa de ‖∂h_T/∂h_k‖ según σ_max (filas, de {s_lo:g} a {s_hi:g}) y el retardo (columnas, de "
        "{lag_lo} a {lag_hi}): azul donde se desvanece, rojo donde explota, y una línea negra donde se "
        "mantiene en 1. Con el retardo mayor vale {at_lo} para σ_max = {s_lo:g} y {at_hi} para σ_max = "
        "{s_hi:g}. La línea discontinua marca el σ_max elegido, {current:g}.",
        "en": "Map of ‖∂h_T/∂h_k‖ by σ_max (rows, from {s_lo:g} to {s_hi:g}) and lag (columns, from "
        "{lag_lo} to {lag_hi}): blue where it vanishes, red where it explodes, and a black line where it "
        "stays at 1. At the longest lag it is {at_lo} for σ_max = {s_lo:g} and {at_hi} for σ_max = "
        "{s_hi:g}. The dashed line marks the chosen σ_max, {current:g}.",
    },
    "gradients.alt_reach": {
        "es": "Gráfico en escala logarítmica de ‖∂h_T/∂x_k‖ frente a k para tres redes con la misma "
        "entrada. En k = 1, la entrada más lejana: {far}. En k = {T}, la más cercana: {near}.",
        "en": "Log-scale chart of ‖∂h_T/∂x_k‖ against k for three networks on the same input. At k = 1, the "
        "farthest input: {far}. At k = {T}, the nearest: {near}.",
    },
    "gradients.alt_clip": {
        "es": "Barras en escala logarítmica de la norma de los {n} gradientes y de su total, antes y "
        "después de recortar: el total pasa de {before} a {after}, con el umbral en {threshold} "
        "(coeficiente {coefficient}).",
        "en": "Log-scale bars of the norm of the {n} gradients and of their total, before and after "
        "clipping: the total goes from {before} to {after}, with the threshold at {threshold} (coefficient "
        "{coefficient}).",
    },
    "gradients.alt_init": {
        "es": "Gráfico en escala logarítmica de ‖∂h_T/∂h_k‖ con W_hh ortogonal y gaussiana, las dos con "
        "σ_max = {smax:.3f}. Después de {T} pasos hacia atrás: {orth} con la ortogonal, {gauss} con la "
        "gaussiana; la cota es {bound}.",
        "en": "Log-scale chart of ‖∂h_T/∂h_k‖ with an orthogonal and a Gaussian W_hh, both with σ_max = "
        "{smax:.3f}. After {T} steps back: {orth} with the orthogonal one, {gauss} with the Gaussian one; "
        "the bound is {bound}.",
    },
    "gradients.alt_tbptt": {
        "es": "Mapa de ‖∂ℓ_t/∂h_k‖ según el estado k (columnas, de 0 a {T}) y el paso de la pérdida t "
        "(filas): la pérdida del último paso tira de h_0 con {far} y del último estado con {near}. Con "
        "ventana {window}, BPTT truncado guarda {blocks} cuadrados recuadrados y corta todo lo demás.",
        "en": "Map of ‖∂ℓ_t/∂h_k‖ by state k (columns, 0 to {T}) and loss step t (rows): the last step's "
        "loss pulls on h_0 with {far} and on the last state with {near}. With window {window}, truncated "
        "BPTT keeps {blocks} framed squares and cuts everything else.",
    },
    "gradients.alt_thumbnail": {
        "es": "Mapa de colores del gradiente de una red tanh: con retardo {lag}, vale {at_lo} para σ_max = "
        "{s_lo:g} y {at_hi} para σ_max = {s_hi:g}.",
        "en": "Colour map of a tanh network's gradient: at lag {lag} it is {at_lo} for σ_max = {s_lo:g} "
        "and {at_hi} for σ_max = {s_hi:g}.",
    },
}
