"""The demo: the full analysis of the bundled 2018 statistics through qgis_process.

Builds the plugin zip, installs it into a throw-away QGIS profile, runs
``kzinnovation:fullanalysis`` with the bundled 2022 R&D bulletin as its region x activity
table (R&D specialisation by field of science, summed to the 2018 regions for the typology)
and writes ``out/`` (GeoPackage, report and its images); runs ``kzinnovation:specialisation``
on the 20 regions of 2022 (``out/kz_rd_specialisation_2022.gpkg``); then prints the top
regions, the cores with their types, the zones and the typology of the study's five regions.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

INDICATORS = ROOT / "kz_innovation_plugin" / "data" / "indicators"
TABLE = INDICATORS / "kz_bns_indicators_2018_2019.csv"
#: the bundled BNS bulletin "Research and development, 2022": internal R&D expenditure by
#: region within each field of science, one sheet per field
RD_BULLETIN = INDICATORS / "bns_2022_rd_bulletin_kk.xls"
RD_SHEETS = ("natural sciences=6; engineering and technology=7; medical sciences=8; "
             "agricultural sciences=9; social sciences=10; humanities=11")
RD_ABOUT = ("R&D specialisation by field of science: internal R&D expenditure 2022, thousand "
            "tenge (BNS bulletin \"Research and development, 2022\", sheets 6-11, each "
            "region's total from sheet 1)")
#: the regions the reference study names as the most promising cores
STUDY_REGIONS = ("almaty_city", "astana", "aktobe", "karaganda", "east_kazakhstan")


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
            ACTIVITY_TABLE=str(RD_BULLETIN), ACTIVITY_LAYOUT="sheets", ACTIVITY_SHEETS=RD_SHEETS,
            ACTIVITY_TOTAL_SHEET="1", ACTIVITY_ABOUT=RD_ABOUT,
            OUTPUT=str(out / "kz_innovation_2018.gpkg"), REPORT=str(out / "report.html"),
        )
        regions_2022 = Path(work) / "regions_2022.gpkg"
        runner.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2022",
                        OUTPUT=str(regions_2022))
        runner.run_json(
            "kzinnovation:specialisation", INPUT=str(regions_2022), TABLE=str(RD_BULLETIN),
            LAYOUT="sheets", SHEETS=RD_SHEETS, TOTAL_SHEET="1", OUTPUT=str(Path(work) / "rd.gpkg"),
            GEOPACKAGE=str(out / "kz_rd_specialisation_2022.gpkg"))
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
    lines.append("The study's five regions, by innovation level and R&D specialisation:")
    typed = regions.set_index("unit_id")
    for unit in STUDY_REGIONS:
        row = typed.loc[unit]
        lines.append(f"  {row['name_en']}: {row['innov_lvl']} index (rank "
                     f"{row['innov_rank']:.0f}), {row['sp_type_txt']} "
                     f"(dominant {row['sp_dom']}, LQ {row['sp_dom_lq']:.2f})")
    lines.append(f"Written: {geopackage}, {result['results']['REPORT']} and "
                 f"{out / 'kz_rd_specialisation_2022.gpkg'}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
