"""Command line: ``python -m kz_innovation_plugin <command>``; thin, like the Processing layer.

Exit codes: 0 done, 2 a problem with the input or parameters (the message says which).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from .core.choices import (
    BOUNDARY_SET,
    CONVERGENCE_MODEL,
    CORRECTION,
    DASH,
    INFERENCE,
    ISLAND_POLICY,
    KERNEL,
    MARKOV_KIND,
    PANEL_REFERENCE,
    SPILLOVER_MODEL,
    SPLIT_RULE,
    TABLE_LAYOUT,
    WEIGHT_METHOD,
)
from .core.errors import KzInnovationError, ParameterError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kz_innovation_plugin",
        description="kz-innovation: regional innovation analysis without QGIS.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    _add_join(commands)
    _add_index(commands)
    _add_specialisation(commands)
    _add_harmonise(commands)
    _add_spillover(commands)
    _add_dynamics(commands)
    _add_convergence(commands)
    _add_trajectories(commands)
    regions = commands.add_parser("regions", help="write the bundled regions of a boundary set")
    regions.add_argument("--boundary-set", choices=sorted(BOUNDARY_SET.values),
                         default=BOUNDARY_SET.default)
    regions.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")
    return parser


def _add_join(commands) -> None:
    join = commands.add_parser(
        "join", help="join an indicator table (CSV/XLSX) to regional boundaries"
    )
    join.add_argument("--table", required=True, help="CSV or XLSX indicator table")
    join.add_argument(
        "--sheet", help="XLSX sheet name, or a 0-based number when no sheet has that name "
        "(default: the first)",
    )
    join.add_argument("--year", type=int, help="year to take from long or BNS-style tables")
    layer = join.add_mutually_exclusive_group()
    layer.add_argument("--layer", help="boundary layer file (default: the bundled regions)")
    layer.add_argument(
        "--boundary-set", choices=sorted(BOUNDARY_SET.values),
        help="bundled boundary set (default: the one valid in --year, else 2022)",
    )
    join.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
    join.add_argument("--layer-key", help="layer field with region codes or names")
    join.add_argument("--table-key", help="table column with region codes or names")
    join.add_argument(
        "--fuzzy-threshold", type=float,
        help="accept fuzzy name matches at least this similar (0.5-1); default: never",
    )
    join.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_specialisation(commands) -> None:
    command = commands.add_parser(
        "specialisation", help="location quotients, stars, HHI, Krugman and shift-share of a "
        "region x activity table, joined to regional boundaries")
    command.add_argument("--table", required=True, help="CSV, XLSX, XLS or ODS table")
    command.add_argument("--layout", choices=TABLE_LAYOUT.values, default=TABLE_LAYOUT.default)
    command.add_argument("--sheet", help="sheet of a wide or long workbook")
    command.add_argument("--sheets", help='layout "sheets": "activity=sheet; activity=sheet"')
    command.add_argument("--column", default="0",
                         help="layout sheets: each sheet's column (header or number)")
    command.add_argument("--total-sheet",
                         help="layout sheets: the sheet with each region's total")
    for name in ("region-column", "activity-column", "value-column", "total-column"):
        command.add_argument(f"--{name}")
    command.add_argument("--dash", choices=DASH.values, default=DASH.default)
    command.add_argument("--base-table", help="the base year, same layout: shift-share")
    command.add_argument("--base-sheet")
    command.add_argument("--esteban-marquillas", action="store_true")
    for name, default in (("threshold", 1.25), ("size-share", 0.10), ("lq-threshold", 2.0),
                          ("focus-share", 0.10)):
        command.add_argument(f"--{name}", type=float, default=default)
    layer = command.add_mutually_exclusive_group()
    layer.add_argument("--layer", help="boundary layer file (default: the bundled regions)")
    layer.add_argument("--boundary-set", choices=sorted(BOUNDARY_SET.values),
                       default=BOUNDARY_SET.default, help="bundled boundary set")
    command.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
    command.add_argument("--layer-key", help="layer field with region codes or names")
    command.add_argument("--aggregate", action="store_true",
                         help="sum a table of newer regions to the layer's boundary set")
    command.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_harmonise(commands) -> None:
    command = commands.add_parser(
        "harmonise", help="put a multi-year table (year, region, indicator, value) on one "
        "boundary set across the 2018 and 2022 reforms")
    command.add_argument("--table", required=True, help="CSV, XLSX, XLS or ODS long table")
    command.add_argument("--sheet", help="sheet of a workbook")
    command.add_argument("--boundary-set", choices=sorted(BOUNDARY_SET.values),
                         default=BOUNDARY_SET.default, help="the boundary set of the result")
    command.add_argument("--indicators", help="comma-separated indicators (default: all)")
    command.add_argument("--kinds", help='"indicator=count; indicator=rate"')
    command.add_argument("--weights", help='"rate indicator=weight indicator; ..."')
    command.add_argument("--weight-table", help="long table of the weight series")
    command.add_argument("--weight-sheet", help="sheet of the weights workbook")
    command.add_argument("--split-rule", choices=SPLIT_RULE.values, default=SPLIT_RULE.default,
                         help="how a region split by a reform gets a value")
    command.add_argument("--split-rules", help='per indicator: "indicator=rule; ..."')
    command.add_argument("--declared-sets", help='"2021=2018; 2022 indicator=2022"')
    command.add_argument("--year", type=int,
                         help="year of the region layer (default: every year)")
    command.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_spillover(commands) -> None:
    command = commands.add_parser(
        "spillover", help="spatial lag or Durbin model of a region layer: direct, indirect "
        "and total effects, and each core's effect on every region")
    command.add_argument("--layer", required=True, help="region layer file")
    command.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
    command.add_argument("--y", required=True, help="outcome field")
    command.add_argument("--x", required=True, help="comma-separated input fields")
    command.add_argument("--model", choices=SPILLOVER_MODEL.values,
                         default=SPILLOVER_MODEL.default)
    command.add_argument("--cores", help="comma-separated region ids, codes or names")
    command.add_argument("--core-field", help="field whose true or non-zero values mark cores")
    command.add_argument("--year-field", help="year field of a panel (one feature per region "
                                              "and year; needs --id-field)")
    command.add_argument("--draws", type=int, default=1000)
    command.add_argument("--seed", type=int, default=1)
    command.add_argument("--level", type=float, default=0.95, help="interval coverage")
    _add_weights_arguments(command, "region ids (of a weights file; of a panel)")
    command.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_weights_arguments(command, id_help: str) -> None:
    weights = command.add_argument_group("spatial weights")
    weights.add_argument("--weights-method", choices=WEIGHT_METHOD.values,
                         default=WEIGHT_METHOD.default)
    weights.add_argument("--k", type=int, default=4, help="neighbours (knn, adaptive kernel)")
    weights.add_argument("--band", type=float, help="distance band or bandwidth in metres")
    weights.add_argument("--kernel", choices=KERNEL.values, default=KERNEL.default)
    weights.add_argument("--islands", choices=ISLAND_POLICY.values,
                         default=ISLAND_POLICY.default)
    weights.add_argument("--weights-file", help="GAL/GWT file instead of building weights")
    weights.add_argument("--id-field", help=id_help)


def _add_dynamics(commands) -> None:
    for name, description in (
            ("emerging", "emerging hot spots of one indicator over the years (Gi* each year, "
                         "Mann-Kendall trend, ArcGIS Pro's patterns)"),
            ("markov", "classic, spatial or LISA Markov transitions of regions between "
                       "classes")):
        command = commands.add_parser(name, help=description)
        command.add_argument("--layer", required=True,
                             help="layer with one feature per region and year")
        command.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
        command.add_argument("--field", required=True, help="the indicator")
        command.add_argument("--year-field", default="year")
        command.add_argument("--permutations", type=int, default=999)
        command.add_argument("--seed", type=int, default=1)
        command.add_argument("--alpha", type=float, default=0.05,
                             help="significance level of each year's Gi* or local Moran")
        if name == "emerging":
            command.add_argument("--inference", choices=INFERENCE.values,
                                 default=INFERENCE.default)
            command.add_argument("--correction", choices=CORRECTION.values,
                                 default=CORRECTION.default)
            command.add_argument("--trend-alpha", type=float, default=0.05)
        else:
            command.add_argument("--kind", choices=MARKOV_KIND.values,
                                 default=MARKOV_KIND.default)
            command.add_argument("--classes", type=int, default=4)
            command.add_argument("--within-years", action="store_true",
                                 help="quantiles within each year, not of all years together")
            command.add_argument("--relative", action="store_true",
                                 help="divide each year's values by the year's mean")
        _add_weights_arguments(command, "region ids, the same in every year (default unit_id)")
        command.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_convergence(commands) -> None:
    command = commands.add_parser(
        "convergence", help="beta-convergence (growth on the initial level; plain, spatial lag "
        "or spatial error) and sigma-convergence (the spread by year) of one indicator")
    command.add_argument("--layer", required=True,
                         help="layer with one feature per region and year")
    command.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
    command.add_argument("--field", required=True, help="the indicator (positive)")
    command.add_argument("--year-field", default="year")
    command.add_argument("--model", choices=CONVERGENCE_MODEL.values,
                         default=CONVERGENCE_MODEL.default)
    command.add_argument("--confidence", type=float, default=0.95,
                         help="level of the interval of beta")
    _add_weights_arguments(command, "region ids, the same in every year (default unit_id); "
                                    "the weights serve the spatial models only")
    command.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_index(commands) -> None:
    index = commands.add_parser(
        "index", help="composite innovation index (joins --table first when given)"
    )
    source = index.add_argument_group("input: a table to join, or a layer with indicator fields")
    source.add_argument("--table", help="CSV or XLSX indicator table, joined first")
    source.add_argument(
        "--sheet", help="XLSX sheet name, or a 0-based number when no sheet has that name",
    )
    source.add_argument("--year", type=int, help="year to take from long or BNS-style tables")
    source.add_argument("--layer", help="layer file (with --table: the regions to join to)")
    source.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
    source.add_argument("--boundary-set", choices=sorted(BOUNDARY_SET.values))
    source.add_argument("--national-table", help="table whose national row is the reference")
    _add_index_method(index.add_argument_group("method (defaults as in the algorithm's help)"))
    index.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_trajectories(commands) -> None:
    command = commands.add_parser(
        "trajectories", help="the composite index over several years on a fixed reference: "
        "each region's score, rank and rank interval per year, and a chart")
    source = command.add_argument_group("input: a multi-year table, or a layer with one "
                                        "feature per region and year")
    panel = source.add_mutually_exclusive_group(required=True)
    panel.add_argument("--table", help="CSV, XLSX, XLS or ODS long table, harmonised first")
    panel.add_argument("--layer", help="layer file with one feature per region and year")
    source.add_argument("--layer-name", help="layer inside --layer (GeoPackage)")
    source.add_argument("--region-field", default="unit_id", help="--layer: region ids")
    source.add_argument("--year-field", default="year", help="--layer: years")
    table = command.add_argument_group("harmonisation of --table (as the harmonise command)")
    table.add_argument("--sheet", help="sheet of a workbook")
    table.add_argument("--boundary-set", choices=sorted(BOUNDARY_SET.values),
                       default=BOUNDARY_SET.default)
    table.add_argument("--indicators", help="comma-separated indicators (default: all)")
    table.add_argument("--kinds", help='"indicator=count; indicator=rate"')
    table.add_argument("--rate-weights", help='"rate indicator=weight indicator; ..." (the '
                                              "harmonise command's --weights)")
    table.add_argument("--weight-table", help="long table of the weight series")
    table.add_argument("--weight-sheet", help="sheet of the weights workbook")
    table.add_argument("--split-rule", choices=SPLIT_RULE.values, default=SPLIT_RULE.default)
    table.add_argument("--split-rules", help='per indicator: "indicator=rule; ..."')
    table.add_argument("--declared-sets", help='"2021=2018; 2022 indicator=2022"')
    method = command.add_argument_group("method (defaults as in the algorithm's help)")
    method.add_argument("--reference", choices=PANEL_REFERENCE.values,
                        default=PANEL_REFERENCE.default)
    method.add_argument("--base-year", type=int, help="the year of a base-year reference")
    method.add_argument("--years", help="comma-separated years (default: every year)")
    _add_index_method(method, over_years=True)
    command.add_argument("--highlight", help="comma-separated regions in colour on the chart")
    command.add_argument("--chart", help="PNG of the rank trajectories")
    command.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")


def _add_index_method(method, over_years: bool = False) -> None:
    method.add_argument("--potential", help="comma-separated fields of the potential group")
    method.add_argument("--performance", help="comma-separated fields of the performance group")
    method.add_argument("--group", action="append", default=[],
                        help="another group as NAME:field1,field2 (repeatable)")
    method.add_argument("--lower-is-better", help="comma-separated fields where less is better")
    method.add_argument("--derived", default="", help="'name = expression; ...' definitions")
    method.add_argument("--imputation", default="median")
    method.add_argument("--max-missing-share", type=float, default=0.5)
    method.add_argument("--treatment", default="winsorise")
    method.add_argument("--max-winsorised", type=int, default=5)
    method.add_argument("--normalisation", default="minmax")
    method.add_argument("--weighting", default="equal")
    method.add_argument("--weights", help="user weights as field=weight,field=weight")
    method.add_argument("--group-weights", help="group weights as group=weight,group=weight")
    method.add_argument("--aggregation", default="arithmetic")
    if not over_years:  # the index over years has no levels or profiles
        method.add_argument("--level-method", default="thresholds")
        method.add_argument("--thresholds", help="two level thresholds, e.g. 0.33,0.66")
        method.add_argument("--profile-method", default="kmeans")
        method.add_argument("--profiles", type=int, help="number of profile clusters "
                                                          "(default: chosen by silhouette)")
    method.add_argument("--runs", type=int, default=1000, help="uncertainty runs")
    method.add_argument("--seed", type=int, default=1, help="seed of the uncertainty runs")


#: arguments named as the fields of JoinJob and IndexText they fill
_JOIN_INPUTS = ("table", "sheet", "year", "layer", "layer_name", "boundary_set")
_INDEX_TEXTS = (
    "potential", "performance", "lower_is_better", "derived", "imputation",
    "max_missing_share", "treatment", "max_winsorised", "normalisation", "weighting",
    "group_weights", "aggregation", "level_method", "thresholds", "profile_method", "runs",
    "seed",
)


def _same_named(arguments: argparse.Namespace, names: tuple[str, ...]) -> dict[str, Any]:
    """The arguments ``names`` as keywords, for the job fields of the same names."""
    return {name: getattr(arguments, name) for name in names}


def _run_join(arguments: argparse.Namespace) -> str:
    from .core.jobs import join
    from .core.jobs.join import JoinJob

    job = JoinJob(**_same_named(arguments, (*_JOIN_INPUTS, "layer_key", "table_key",
                                            "fuzzy_threshold")))
    outcome = join.run(job)
    outcome.write(arguments.output)
    lines = [*(f"warning: {text}" for text in outcome.result.warnings), outcome.summary()]
    return "\n".join(lines)


def _run_index(arguments: argparse.Namespace) -> str:
    from .core.jobs import index, join
    from .core.jobs.index import IndexJob
    from .core.jobs.join import JoinJob
    from .core.options_text import IndexText
    from .core.vector import read_vector_layer

    options = IndexText(
        **_same_named(arguments, _INDEX_TEXTS), extra_groups=arguments.group,
        user_weights=arguments.weights, profile_k=arguments.profiles,
    ).to_options()
    job = IndexJob(options, national_table=arguments.national_table, year=arguments.year,
                   sheet=arguments.sheet)
    lines = []
    if arguments.table:
        join_job = JoinJob(**_same_named(arguments, _JOIN_INPUTS))
        joined = join.run(join_job)
        lines += [f"warning: {text}" for text in joined.result.warnings]
        lines.append(joined.summary())
        job.national = joined.national()
        layer = joined.result.joined
    elif arguments.layer:
        layer = read_vector_layer(arguments.layer, arguments.layer_name)
    else:
        raise ParameterError("Give --table (joined first) or --layer with indicator fields.")
    outcome = index.run(job, layer)
    outcome.write(arguments.output)
    lines += [f"note: {text}" for text in outcome.result.notes]
    lines.append(outcome.summary())
    return "\n".join(lines)


_SPECIALISATION_OPTIONS = (
    "table", "layout", "sheet", "total_sheet", "region_column", "activity_column", "value_column",
    "total_column", "dash", "base_table", "base_sheet", "esteban_marquillas", "threshold",
    "size_share", "lq_threshold", "focus_share", "layer_key", "aggregate",
)


def _run_specialisation(arguments: argparse.Namespace) -> str:
    from .core.bundled import load_bundled_regions
    from .core.jobs import specialisation
    from .core.vector import read_vector_layer

    job = specialisation.SpecialisationJob(
        **_same_named(arguments, _SPECIALISATION_OPTIONS),
        sheets=specialisation.parse_sheet_map(arguments.sheets) if arguments.sheets else None,
        column=int(arguments.column) if arguments.column.isdigit() else arguments.column)
    if arguments.layer:
        layer = read_vector_layer(arguments.layer, arguments.layer_name)
        job.layer_label = arguments.layer
    else:
        layer = load_bundled_regions(arguments.boundary_set)
        job.layer_label = f"the bundled {arguments.boundary_set} boundary set"
    outcome = specialisation.run(job, layer)
    path = outcome.write(arguments.output)
    return f"{outcome.summary()}\nWritten to {path}"


def _run_harmonise(arguments: argparse.Namespace) -> str:
    from .core.jobs import panel
    from .core.options_text import field_list

    job = panel.PanelJob(
        table=arguments.table, sheet=arguments.sheet, target_set=arguments.boundary_set,
        indicators=field_list(arguments.indicators) or None,
        kinds=panel.parse_pairs(arguments.kinds, "--kinds", "rd_exp=rate; staff=count"),
        weights=panel.parse_pairs(arguments.weights, "--weights", "grp_per_capita=population"),
        weight_table=arguments.weight_table, weight_sheet=arguments.weight_sheet,
        split_rule=arguments.split_rule,
        split_rules=panel.parse_pairs(arguments.split_rules, "--split-rules",
                                      "grp_per_capita=copy_parent"),
        declared_sets=panel.declared_sets(arguments.declared_sets), year=arguments.year)
    outcome = panel.run(job)
    path = outcome.write(arguments.output)
    return f"{outcome.summary()}\nWritten to {path}"


def _spatial(arguments: argparse.Namespace, **settings):
    """The spatial settings of the weights arguments."""
    from .core.jobs.spatial import SpatialJob
    from .core.spatial_weights import WeightsOptions

    return SpatialJob(
        weights=WeightsOptions(method=arguments.weights_method, k=arguments.k,
                               band=arguments.band, kernel=arguments.kernel,
                               island_policy=arguments.islands),
        weights_file=arguments.weights_file, id_field=arguments.id_field,
        seed=getattr(arguments, "seed", 1),
        **settings)


def _run_spillover(arguments: argparse.Namespace) -> str:
    from .core.jobs import spillover
    from .core.options_text import field_list
    from .core.vector import read_vector_layer

    spatial = _spatial(arguments)
    job = spillover.SpilloverJob(
        y=arguments.y, x=field_list(arguments.x), model=arguments.model,
        cores=spillover.core_list(arguments.cores), core_field=arguments.core_field,
        year_field=arguments.year_field, draws=arguments.draws, seed=arguments.seed,
        level=arguments.level, spatial=spatial)
    outcome = spillover.run(job, read_vector_layer(arguments.layer, arguments.layer_name))
    path = outcome.write(arguments.output)
    warnings = [f"warning: {text}" for text in outcome.warnings]
    return "\n".join([*warnings, outcome.summary(), f"Written to {path}"])


def _run_dynamics(arguments: argparse.Namespace) -> str:
    from .core.jobs import dynamics
    from .core.vector import read_vector_layer

    arguments.id_field = arguments.id_field or "unit_id"
    common = {"field": arguments.field, "year_field": arguments.year_field}
    if arguments.command == "emerging":
        spatial = _spatial(arguments, permutations=arguments.permutations,
                           alpha=arguments.alpha, correction=arguments.correction,
                           inference=arguments.inference)
        job = dynamics.EmergingJob(**common, spatial=spatial, trend_alpha=arguments.trend_alpha)
    else:
        spatial = _spatial(arguments, permutations=arguments.permutations,
                           alpha=arguments.alpha)
        job = dynamics.MarkovJob(**common, spatial=spatial, kind=arguments.kind,
                                 classes=arguments.classes, pooled=not arguments.within_years,
                                 relative=arguments.relative)
    outcome = dynamics.run(job, read_vector_layer(arguments.layer, arguments.layer_name))
    path = outcome.write(arguments.output)
    warnings = [f"warning: {text}" for text in outcome.warnings]
    notes = [text for text in outcome.notes if text not in outcome.warnings]
    return "\n".join([*warnings, *notes, f"Written to {path}"])


def _run_convergence(arguments: argparse.Namespace) -> str:
    from .core.jobs import convergence
    from .core.vector import read_vector_layer

    arguments.id_field = arguments.id_field or "unit_id"
    job = convergence.ConvergenceJob(
        field=arguments.field, year_field=arguments.year_field, spatial=_spatial(arguments),
        model=arguments.model, confidence=arguments.confidence)
    outcome = convergence.run(job, read_vector_layer(arguments.layer, arguments.layer_name))
    path = outcome.write(arguments.output)
    warnings = [f"warning: {text}" for text in outcome.warnings]
    summary = [line for line in outcome.summary().splitlines() if line not in outcome.warnings]
    return "\n".join([*warnings, *summary, f"Written to {path}"])


def _run_trajectories(arguments: argparse.Namespace) -> str:
    from .core.jobs import panel, trajectories
    from .core.options_text import IndexText, field_list
    from .core.vector import read_vector_layer

    names = tuple(name for name in _INDEX_TEXTS
                  if name not in ("level_method", "thresholds", "profile_method"))
    options = IndexText(**_same_named(arguments, names), extra_groups=arguments.group,
                        user_weights=arguments.weights).to_options()
    table = None
    if arguments.table:
        table = panel.PanelJob(
            table=arguments.table, sheet=arguments.sheet, target_set=arguments.boundary_set,
            indicators=field_list(arguments.indicators) or None,
            kinds=panel.parse_pairs(arguments.kinds, "--kinds", "rd_exp=rate; staff=count"),
            weights=panel.parse_pairs(arguments.rate_weights, "--rate-weights",
                                      "grp_per_capita=population"),
            weight_table=arguments.weight_table, weight_sheet=arguments.weight_sheet,
            split_rule=arguments.split_rule,
            split_rules=panel.parse_pairs(arguments.split_rules, "--split-rules",
                                          "grp_per_capita=copy_parent"),
            declared_sets=panel.declared_sets(arguments.declared_sets))
    job = trajectories.TrajectoriesJob(
        index=options, reference=arguments.reference, base_year=arguments.base_year,
        years=trajectories.year_list(arguments.years), panel=table,
        region_field=arguments.region_field, year_field=arguments.year_field,
        highlight=field_list(arguments.highlight))
    layer = read_vector_layer(arguments.layer, arguments.layer_name) if arguments.layer \
        else None
    outcome = trajectories.run(job, layer)
    path = outcome.write(arguments.output)
    lines = [*outcome.notes, outcome.summary(), f"Written to {path}"]
    if arguments.chart:
        lines.append(f"Chart written to {outcome.chart(arguments.chart)}")
    return "\n".join(lines)


def _run_regions(arguments: argparse.Namespace) -> str:
    from .core.bundled import load_bundled_regions
    from .core.output import write_geopackage

    regions = load_bundled_regions(arguments.boundary_set)
    path = write_geopackage(arguments.output, {f"kz_regions_{arguments.boundary_set}": regions})
    return f"{len(regions)} regions of the {arguments.boundary_set} boundary set written to {path}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code."""
    arguments = _parser().parse_args(argv)
    runners = {"join": _run_join, "index": _run_index, "regions": _run_regions,
               "specialisation": _run_specialisation, "harmonise": _run_harmonise,
               "spillover": _run_spillover, "emerging": _run_dynamics,
               "markov": _run_dynamics, "trajectories": _run_trajectories,
               "convergence": _run_convergence}
    try:
        text = runners[arguments.command](arguments)
    except KzInnovationError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
    sys.stdout.write(text + "\n")
    return 0
