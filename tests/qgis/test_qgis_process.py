"""The packaged zip, installed into a fresh profile, runs through qgis_process."""

from __future__ import annotations

import zipfile

import pytest

from tests.conftest import DEMO_TABLE, ROOT

pytestmark = [pytest.mark.qgis, pytest.mark.slow]


def joined_2018(qgis_process, tmp_path):
    """The bundled 2018 regions with the 2018 statistics joined, through qgis_process."""
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2018", OUTPUT=str(regions))
    joined = tmp_path / "joined.gpkg"
    qgis_process.run_json(
        "kzinnovation:joinindicators", INPUT=str(regions), TABLE=str(DEMO_TABLE), YEAR="2018",
        OUTPUT=str(joined), REPORT=str(tmp_path / "report.gpkg"),
    )
    return joined


def test_zip_has_one_plugin_folder_with_metadata_and_no_tests(packaged_zip):
    with zipfile.ZipFile(packaged_zip) as archive:
        names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"kz_innovation_plugin"}
    assert "kz_innovation_plugin/metadata.txt" in names
    assert "kz_innovation_plugin/requirements.txt" in names
    assert "kz_innovation_plugin/data/kz_regions.gpkg" in names
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in names if "/tests/" in name]
    with zipfile.ZipFile(packaged_zip) as archive:
        packaged = archive.read("kz_innovation_plugin/metadata.txt")
    assert packaged == (ROOT / "metadata.txt").read_bytes()


def test_qgis_process_lists_the_provider(qgis_process):
    listing = qgis_process("list").stdout
    assert "kzinnovation:joinindicators" in listing
    assert "kzinnovation:bundledregions" in listing


def test_qgis_process_runs_the_join_from_the_packaged_plugin(qgis_process, tmp_path):
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json(
        "kzinnovation:bundledregions", BOUNDARY_SET="2018", OUTPUT=str(regions)
    )
    result = qgis_process.run_json(
        "kzinnovation:joinindicators",
        INPUT=str(regions),
        TABLE=str(DEMO_TABLE),
        YEAR="2018",
        OUTPUT=str(tmp_path / "joined.gpkg"),
        REPORT=str(tmp_path / "report.gpkg"),
    )
    assert result["results"]["MATCHED"] == 17
    assert result["results"]["UNMATCHED_ROWS"] == 0
    assert (tmp_path / "joined.gpkg").exists()


def test_qgis_process_reports_a_bad_table_and_writes_nothing(qgis_process, tmp_path):
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2018", OUTPUT=str(regions))
    completed = qgis_process(
        "run", "kzinnovation:joinindicators", "--", f"INPUT={regions}",
        f"TABLE={tmp_path / 'missing.csv'}", f"OUTPUT={tmp_path / 'joined.gpkg'}",
        f"REPORT={tmp_path / 'report.gpkg'}", check=False,
    )
    assert completed.returncode != 0
    assert "missing.csv" in completed.stdout + completed.stderr
    assert not (tmp_path / "joined.gpkg").exists()


def test_qgis_process_runs_the_index_on_the_bundled_statistics(qgis_process, tmp_path):
    joined = joined_2018(qgis_process, tmp_path)
    result = qgis_process.run_json(
        "kzinnovation:innovationindex", INPUT=str(joined), NATIONAL_TABLE=str(DEMO_TABLE),
        YEAR="2018", NORMALISATION="minmax", RUNS="100", SEED="7",
        OUTPUT=str(tmp_path / "index.gpkg"), METHOD=str(tmp_path / "method.gpkg"),
        WEIGHTS=str(tmp_path / "weights.gpkg"),
    )
    assert (tmp_path / "index.gpkg").exists()
    assert set(result["results"]) >= {"OUTPUT", "METHOD", "WEIGHTS"}


def test_qgis_process_runs_lisa_on_regions_and_hotspots_on_points(qgis_process, tmp_path):
    joined = joined_2018(qgis_process, tmp_path)
    lisa = qgis_process.run_json(
        "kzinnovation:lisa", INPUT=str(joined), FIELD="research", WEIGHTS="queen",
        PERMUTATIONS="199", SEED="3", OUTPUT=str(tmp_path / "lisa.gpkg"),
        METHOD=str(tmp_path / "lisa_method.gpkg"),
    )
    assert (tmp_path / "lisa.gpkg").exists() and "OUTPUT" in lisa["results"]
    points = tmp_path / "points.gpkg"
    qgis_process.run_json("native:pointonsurface", INPUT=str(joined), OUTPUT=str(points))
    spots = qgis_process.run_json(
        "kzinnovation:hotspots", INPUT=str(points), FIELD="research", WEIGHTS="knn", K="4",
        PERMUTATIONS="199", OUTPUT=str(tmp_path / "spots.gpkg"),
        METHOD=str(tmp_path / "spots_method.gpkg"),
    )
    assert (tmp_path / "spots.gpkg").exists() and "OUTPUT" in spots["results"]


def test_qgis_process_runs_weights_and_global_statistics(qgis_process, tmp_path):
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2018", OUTPUT=str(regions))
    polygons = tmp_path / "joined_polygons.gpkg"
    qgis_process.run_json(
        "kzinnovation:joinindicators", INPUT=str(regions), TABLE=str(DEMO_TABLE), YEAR="2018",
        OUTPUT=str(polygons), REPORT=str(tmp_path / "report.gpkg"),
    )
    joined = tmp_path / "points.gpkg"  # the joined regions as points
    qgis_process.run_json("native:pointonsurface", INPUT=str(polygons), OUTPUT=str(joined))
    weights = qgis_process.run_json(
        "kzinnovation:spatialweights", INPUT=str(regions), WEIGHTS="rook",
        OUTPUT=str(tmp_path / "rook.gal"), SUMMARY=str(tmp_path / "summary.gpkg"),
    )
    assert weights["results"]["ISLANDS_COUNT"] == 0
    result = qgis_process.run_json(
        "kzinnovation:globalautocorrelation", INPUT=str(joined), FIELDS="research",
        WEIGHTS="knn", K="3", PERMUTATIONS="199", OUTPUT=str(tmp_path / "global.gpkg"),
        SCATTER=str(tmp_path / "scatter.gpkg"), METHOD=str(tmp_path / "method.gpkg"),
    )
    assert (tmp_path / "global.gpkg").exists() and "OUTPUT" in result["results"]


def test_qgis_process_cores_and_zones_with_stored_styles(qgis_app, qgis_process, tmp_path):
    """Defaults on the 2018 statistics: cores, zones and clusters, zones checked against the
    contiguity weights, and the GeoPackage opening styled."""
    from qgis.core import QgsVectorLayer

    from kz_innovation_plugin.core.spatial_weights import build_weights
    from kz_innovation_plugin.core.vector import read_vector_layer

    joined = joined_2018(qgis_process, tmp_path)
    index = tmp_path / "index.gpkg"
    qgis_process.run_json(
        "kzinnovation:innovationindex", INPUT=str(joined), NATIONAL_TABLE=str(DEMO_TABLE),
        YEAR="2018", RUNS="100", OUTPUT=str(index), METHOD=str(tmp_path / "m.gpkg"),
        WEIGHTS=str(tmp_path / "w.gpkg"),
    )
    bundle = tmp_path / "cores_bundle.gpkg"
    result = qgis_process.run_json(
        "kzinnovation:clustercores", INPUT=str(index),
        CORES=str(tmp_path / "cores.gpkg"), ZONES=str(tmp_path / "zones.gpkg"),
        CLUSTERS=str(tmp_path / "clusters.gpkg"), MULTIPLIER=str(tmp_path / "mult.gpkg"),
        METHOD=str(tmp_path / "method.gpkg"), GEOPACKAGE=str(bundle),
    )
    assert result["results"]["CORE_COUNT"] >= 1
    layers = {name: QgsVectorLayer(f"{bundle}|layername={name}", name, "ogr")
              for name in ("cores", "zones", "clusters")}
    for name, layer in layers.items():
        assert layer.isValid(), name
        assert layer.renderer().type() != "singleSymbol" or name == "clusters", name
    cores = {f["unit_id"]: f["core_id"] for f in layers["cores"].getFeatures()}
    zones = [(f["unit_id"], f["core_id"], f["zone_order"]) for f in layers["zones"].getFeatures()]
    assert zones and all(core in cores.values() for _, core, _ in zones)
    # first-order zones are exactly the cores' contiguity neighbours (other cores aside)
    regions_frame = read_vector_layer(index).set_index("unit_id", drop=False)
    graph = build_weights(regions_frame).graph
    neighbours = set()
    for core in cores:
        neighbours |= set(graph[core].index)
    first_order = {unit for unit, _, order in zones if order == 1}
    assert first_order == neighbours - set(cores)
    core_of = {core_id: unit for unit, core_id in cores.items()}
    for unit, core_id, order in zones:
        if order == 1:
            assert unit in set(graph[core_of[core_id]].index)


def test_zip_meets_the_plugin_repository_rules(packaged_zip):
    """plugins.qgis.org: required metadata, an icon in the zip, no binaries, under 25 MB."""
    import configparser

    assert packaged_zip.stat().st_size < 25 * 1024 * 1024
    with zipfile.ZipFile(packaged_zip) as archive:
        names = archive.namelist()
        metadata = archive.read("kz_innovation_plugin/metadata.txt").decode("utf-8")
    binaries = (".so", ".pyd", ".dll", ".dylib", ".exe", ".pyc", ".pyo")
    assert not [name for name in names if name.endswith(binaries)]
    assert not [name for name in names if "__MACOSX" in name or "/.git" in name]
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(metadata)
    general = parser["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                "email", "repository", "tracker", "icon", "hasProcessingProvider"):
        assert general.get(key, "").strip(), key
    assert f"kz_innovation_plugin/{general['icon']}" in names
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert "kz_innovation_plugin/i18n/kz_innovation_ru.qm" in names


def test_qgis_process_runs_the_model_file(qgis_process, tmp_path):
    model = ROOT / "kz_innovation_plugin" / "models" / "analysismodel.model3"
    regions = tmp_path / "regions.gpkg"
    qgis_process.run_json("kzinnovation:bundledregions", BOUNDARY_SET="2018", OUTPUT=str(regions))
    result = qgis_process.run_json(
        str(model), regions=str(regions), table=str(DEMO_TABLE), year="2018", runs="50",
        # run from its file, the model is QGIS's own: an option list takes its position
        seed="1", zone_method="0", **{
            "join:Match report": str(tmp_path / "report.gpkg"),
            "index:Innovation index": str(tmp_path / "index.gpkg"),
            "lisa:LISA clusters of the index": str(tmp_path / "lisa.gpkg"),
            "cores:Cores": str(tmp_path / "cores.gpkg"),
            "cores:Influence zones": str(tmp_path / "zones.gpkg"),
            "cores:Clusters of cores": str(tmp_path / "clusters.gpkg"),
        },
    )
    assert (tmp_path / "cores.gpkg").exists()
    assert "cores:Cores" in result["results"]


def test_qgis_process_takes_an_option_by_value_or_by_number(qgis_process, tmp_path):
    """``--TRANSFORM=b`` and ``--TRANSFORM=1`` are the same run; an unknown value is refused
    with the values and numbers accepted, and nothing is written."""
    import json

    joined = joined_2018(qgis_process, tmp_path)

    def lisa(tag, transform, check=True):
        output = tmp_path / f"lisa_{tag}.gpkg"
        completed = qgis_process(
            "--json", "run", "kzinnovation:lisa", f"--INPUT={joined}", "--FIELD=research",
            "--PERMUTATIONS=99", f"--TRANSFORM={transform}", f"--OUTPUT={output}",
            f"--METHOD={tmp_path / f'method_{tag}.gpkg'}", check=check)
        return completed, output

    by_value, _ = lisa("value", "b")
    by_number, _ = lisa("number", "1")
    inputs = [json.loads(completed.stdout[completed.stdout.index("{"):])["inputs"]
              for completed in (by_value, by_number)]
    assert inputs[0]["TRANSFORM"] == "b" and inputs[1]["TRANSFORM"] == "1"

    def record(tag):
        from kz_innovation_plugin.core.vector import read_vector_layer

        method = read_vector_layer(tmp_path / f"method_{tag}.gpkg")
        return {key: value for key, value in zip(method["key"], method["value"])
                if "version" not in key and key != "created_utc"}

    assert record("value") == record("number")
    assert "b" in record("value").values()
    refused, output = lisa("bad", "binary", check=False)
    assert refused.returncode != 0
    assert ("Weights transform: 'binary' is not one of the options. Pass one of these values "
            'or its number: "r" or 0 (Row-standardised), "b" or 1 (Binary).'
            ) in refused.stdout + refused.stderr
    assert not output.exists()
