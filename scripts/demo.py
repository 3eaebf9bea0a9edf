"""The demo: the full analysis of the bundled 2018 statistics through qgis_process.

Builds the plugin zip, installs it into a throw-away QGIS profile, runs
``kzinnovation:fullanalysis`` and writes ``out/`` (GeoPackage, report and its images); then
prints the top regions, the cores with their types, and the zones.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

TABLE = ROOT / "kz_innovation_plugin" / "data" / "indicators" / "kz_bns_indicators_2018_2019.csv"


def main() -> int:
    import geopandas as gpd
    from package import build
    from qgis_process_runner import QgisProcess

    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kzi-demo-") as work:
        plugin_zip = build(Path(work) / "dist")
        runner = QgisProcess.with_plugin(Path(work) / "profile", plugin_zip)
        result = runner.run_json(
            "kzinnovation:fullanalysis", TABLE=str(TABLE), YEAR="2018", SEED="1",
            OUTPUT=str(out / "kz_innovation_2018.gpkg"), REPORT=str(out / "report.html"),
        )
    geopackage = result["results"]["OUTPUT"]
    regions = gpd.read_file(geopackage, layer="regions").sort_values("innov_rank")
    cores = gpd.read_file(geopackage, layer="cores").sort_values("core_id")
    zones = gpd.read_file(geopackage, layer="zones")
    lines = ["Top regions (index, 90 % rank interval):"]
    for _, row in regions.head(5).iterrows():
        lines.append(f"  {row['innov_rank']:>2}. {row['name_en']}: {row['innov_idx']:.3f} "
                     f"(ranks {row['rank_p05']:.0f}-{row['rank_p95']:.0f})")
    lines.append("Cores:")
    for _, row in cores.iterrows():
        lines.append(f"  {row['core_id']}. {row['name_en']}: {row['core_type']}")
    by_core = zones.groupby("core_id").size()
    lines.append("Zones: " + ", ".join(f"core {core}: {count} region(s)"
                                       for core, count in by_core.items()))
    lines.append(f"Written: {geopackage} and {result['results']['REPORT']}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
