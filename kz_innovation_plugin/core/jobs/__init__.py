"""Jobs: the one contract the algorithms, the command line and the full analysis call.

Every job module holds an options dataclass (its ``...Job``) and::

    run(options, layer, *, progress=None, cancelled=None) -> Outcome

``progress(fraction)`` is told how far the job is (0 to 1); ``cancelled()`` is asked whether
to stop (the job then raises :class:`~kz_innovation_plugin.core.errors.CancelledError`).  The
outcome (:class:`.base.Outcome`) holds its ``layers()`` (name -> frame), ``styles()`` (layer ->
plugin style, from the one :data:`.base.LAYER_STYLES`), ``provenance``, ``notes``, a
``summary()`` and one ``write(destination)``.

Modules::

    base.py         Outcome, LAYER_STYLES, checkpoint (progress and cancel), national_row
    join.py         JoinJob -> JoinOutcome          table matched to a boundary layer
    index.py        IndexJob -> IndexOutcome        composite index with uncertainty
    spatial.py      WeightsJob, GlobalJob, LisaJob, HotspotsJob -> SpatialOutcome
    cores.py        CoresJob -> CoresOutcome        cores, zones, clusters, multiplier
    regionalize.py  RegionalizeJob -> RegionsOutcome  macro-regions
    specialisation.py  SpecialisationJob -> SpecialisationOutcome  LQ, stars, HHI
    panel.py        PanelJob -> PanelOutcome        a multi-year table on one boundary set
    spillover.py    SpilloverJob -> SpilloverOutcome  spatial lag / Durbin effects of cores
    dynamics.py     EmergingJob, MarkovJob -> DynamicsOutcome  regions over the years
    convergence.py  ConvergenceJob -> ConvergenceOutcome  beta- and sigma-convergence
    full.py         FullJob -> FullOutcome          every job above, then the report

Adding a job is three moves:

1. here, a module with the options dataclass, an ``Outcome`` subclass whose ``layers()``
   names its outputs (and a line in ``LAYER_STYLES`` for a styled one), and ``run``;
2. in ``processing_provider/algorithms/``, an algorithm whose ``compute`` reads its
   parameters into the options, makes one ``run`` call and writes ``outcome.layers()`` to
   its sinks with ``outcome.styles()``;
3. on the command line, if wanted, a sub-command that does the same and calls
   ``outcome.write(path)``.

For example, a job ``jobs/specialisation.py``::

    @dataclass
    class SpecialisationJob:
        fields: list[str]

    @dataclass(kw_only=True)
    class SpecialisationOutcome(Outcome):
        quotients: pd.DataFrame

        def layers(self):
            return {"location_quotients": self.quotients, **super().layers()}

    def run(options, layer, *, progress=None, cancelled=None):
        step = checkpoint(progress, cancelled)
        ...
        return SpecialisationOutcome(quotients=..., provenance=record)
"""
