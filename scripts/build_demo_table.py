"""Build the bundled demo table from the official figures in ../shared/data.

The figures are the Bureau of National Statistics of Kazakhstan's (BNS) as published on the
national SDG reporting platform and in the release "Gross regional product per capita"; every
row keeps its source.  This script copies them unchanged (long format: year, region_ru,
indicator, value, unit, source), checks that they are complete as published (17 regions plus
the national row, 7 indicators, 2018 and 2019, with the one published gap), and sorts them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "kz_regional_indicators_2018_2019.csv"
TARGET = ROOT / "kz_innovation_plugin" / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv"
COLUMNS = ["year", "region_ru", "indicator", "value", "unit", "source"]


def build(source: Path, target: Path) -> pd.DataFrame:
    # every column as text: the figures are copied exactly as published
    table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
    if list(table.columns) != COLUMNS:
        raise SystemExit(f"{source}: expected columns {COLUMNS}, found {list(table.columns)}")
    regions = table["region_ru"].unique()
    if len(regions) != 18 or "Республика Казахстан" not in regions:
        raise SystemExit(f"{source}: expected 17 regions and the national row, found {regions}")
    if sorted(table["year"].unique()) != ["2018", "2019"] or table["indicator"].nunique() != 7:
        raise SystemExit(f"{source}: expected 7 indicators for 2018 and 2019")
    if table.duplicated(["year", "region_ru", "indicator"]).any():
        raise SystemExit(f"{source}: duplicated year/region/indicator rows")
    table = table.sort_values(["year", "indicator", "region_ru"], kind="stable")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    table.to_csv(partial, index=False, encoding="utf-8", lineterminator="\n")
    partial.replace(target)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the bundled BNS demo table.")
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--output", type=Path, default=TARGET)
    arguments = parser.parse_args(argv)
    table = build(arguments.source, arguments.output)
    sys.stdout.write(f"{len(table)} rows written to {arguments.output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
