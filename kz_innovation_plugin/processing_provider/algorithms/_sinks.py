"""The third move of every algorithm: a job's outcome written to the algorithm's sinks."""

from __future__ import annotations

from ..layers import write_outputs
from ..styles import styles_on_load


def write_outcome(alg, parameters, context, outcome, sinks: dict[str, str],
                  feedback) -> dict[str, str]:
    """Write ``outcome``'s layers to the sinks ``{sink parameter: outcome layer name}``, in that
    order, and have QGIS apply each layer's style (``outcome.styles()``) when it loads it.

    Returns the destination ids by sink parameter; an optional sink the user did not ask for
    is left out (:func:`..layers.write_outputs`).
    """
    layers = outcome.layers()
    frames = {sink: layers[name] for sink, name in sinks.items() if name in layers}
    destinations = write_outputs(alg, parameters, context, frames, feedback)
    styles = outcome.styles()
    styled = {destinations[sink]: styles.get(name) for sink, name in sinks.items()
              if sink in destinations and styles.get(name)}
    if styled:
        styles_on_load(context, styled)
    return destinations
