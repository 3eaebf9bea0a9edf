"""Command line: ``python -m kz_innovation_plugin <command>``; thin, like the Processing layer.

Exit codes: 0 done, 2 a problem with the input or parameters (the message says which).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .core.errors import KzInnovationError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kz_innovation_plugin",
        description="kz-innovation: regional innovation analysis without QGIS.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    join = commands.add_parser(
        "join", help="join an indicator table (CSV/XLSX) to regional boundaries"
    )
    join.add_argument("--table", required=True, help="CSV or XLSX indicator table")
    join.add_argument("--sheet", help="XLSX sheet name or 0-based number (default: the first)")
    join.add_argument("--year", type=int, help="year to take from long or BNS-style tables")
    layer = join.add_mutually_exclusive_group()
    layer.add_argument("--layer", help="boundary layer file (default: the bundled regions)")
    layer.add_argument(
        "--boundary-set", choices=("2017", "2018", "2022"),
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

    regions = commands.add_parser("regions", help="write the bundled regions of a boundary set")
    regions.add_argument("--boundary-set", choices=("2017", "2018", "2022"), default="2022")
    regions.add_argument("--output", required=True, help="output GeoPackage (.gpkg)")
    return parser


def _sheet(value: str | None) -> str | int | None:
    if value is None:
        return None
    return int(value) if value.isdigit() else value


def _run_join(arguments: argparse.Namespace) -> str:
    from .core.pipeline import JoinJob, run_join

    job = JoinJob(
        table=arguments.table,
        sheet=_sheet(arguments.sheet),
        year=arguments.year,
        layer=arguments.layer,
        layer_name=arguments.layer_name,
        boundary_set=arguments.boundary_set,
        layer_key=arguments.layer_key,
        table_key=arguments.table_key,
        fuzzy_threshold=arguments.fuzzy_threshold,
    )
    outcome = run_join(job, arguments.output)
    lines = [*(f"warning: {text}" for text in outcome.result.warnings), outcome.summary()]
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
    runners = {"join": _run_join, "regions": _run_regions}
    try:
        text = runners[arguments.command](arguments)
    except KzInnovationError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
    sys.stdout.write(text + "\n")
    return 0
