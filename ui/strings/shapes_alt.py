"""Text alternatives of the shapes lesson's charts (lessons/shapes.py builds their numbers)."""

STRINGS = {
    "shapes.alt_network": {
        "es": "Diagrama de la red: {layers} capa(s) {cell} apiladas, en un solo sentido; a la izquierda "
        "enrollada, con su bucle, y a la derecha desenrollada en {T} paso(s) de tiempo.",
        "en": "Diagram of the network: {layers} stacked {cell} layer(s), one direction; rolled on the left, "
        "with its loop, and unrolled over {T} time step(s) on the right.",
    },
    "shapes.alt_network_bi": {
        "es": "Diagrama de la red: {layers} capa(s) {cell} bidireccionales apiladas, cada una con una fila "
        "hacia delante y otra hacia atrás; a la izquierda enrollada y a la derecha desenrollada en {T} "
        "paso(s) de tiempo.",
        "en": "Diagram of the network: {layers} stacked bidirectional {cell} layer(s), each with a forward "
        "and a backward row; rolled on the left and unrolled over {T} time step(s) on the right.",
    },
    "shapes.alt_network_sizes": {
        "es": "Entrada de tamaño {I}, estado de tamaño {H}; {total} parámetros en total.",
        "en": "Input size {I}, state size {H}; {total} parameters in all.",
    },
    "shapes.alt_gates": {
        "es": "Los pesos de la capa 0 de la {cell} como {n} bloques de filas, uno por compuerta en el orden "
        "de PyTorch: {gates}.",
        "en": "The weights of the {cell}'s layer 0 as {n} blocks of rows, one per gate in PyTorch's order: "
        "{gates}.",
    },
    "shapes.alt_gates_rnn": {
        "es": "Los pesos de la capa 0 de la RNN: un solo bloque, sin compuertas.",
        "en": "The weights of the RNN's layer 0: a single block, no gates.",
    },
    "shapes.alt_gates_sizes": {
        "es": "weight_ih_l0 tiene forma {ih} y weight_hh_l0, {hh}.",
        "en": "weight_ih_l0 has shape {ih} and weight_hh_l0 {hh}.",
    },
    "shapes.alt_configurations": {
        "es": "Las {n} configuraciones de secuencia de los apuntes, lado a lado: una a una, una a muchas, "
        "muchas a una, muchas a muchas y codificador-decodificador, este último pasando su último estado al "
        "decodificador.",
        "en": "The lectures' {n} sequence configurations side by side: one to one, one to many, many to "
        "one, many to many, and encoder-decoder, which hands its last state to the decoder.",
    },
    "shapes.alt_thumbnail": {
        "es": "Dibujo de una red bidireccional de {layers} capas desenrollada en {steps} pasos.",
        "en": "Drawing of a {layers}-layer bidirectional network unrolled over {steps} steps.",
    },
}
