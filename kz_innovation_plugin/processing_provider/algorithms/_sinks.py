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


def sink_layers(sinks: dict[str, tuple]) -> dict[str, str]:
    """``{sink parameter: outcome layer}`` of an algorithm's ``SINKS`` table
    (``{sink: (outcome layer, label, geometry kind)}``), with the method record."""
    return {**{name: spec[0] for name, spec in sinks.items()}, "METHOD": "method"}


def deliver(alg, parameters, context, outcome, sinks: dict[str, tuple], feedback, *,
            warnings=(), geopackage: str = "GEOPACKAGE") -> dict:
    """The end of an algorithm: the outcome's notes to the log (those in ``warnings`` as
    warnings), its layers to the sinks of ``sinks`` and the method record, and every layer
    to one GeoPackage when the ``geopackage`` output was asked for."""
    for note in outcome.notes:
        (feedback.pushWarning if note in warnings else feedback.pushInfo)(note)
    feedback.setProgressText(alg.tr("Writing the outputs"))
    results = write_outcome(alg, parameters, context, outcome, sink_layers(sinks), feedback)
    if alg.parameterDefinition(geopackage) is not None:
        path = alg.parameterAsFileOutput(parameters, geopackage, context)
        if path:
            results[geopackage] = str(outcome.write(path))
    return results
