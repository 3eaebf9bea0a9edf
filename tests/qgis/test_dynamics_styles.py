"""The dynamics outputs load styled: emerging hot spots in ArcGIS Pro's colours of the
patterns, each core's effects by sign and interval; loaded by QGIS's own result handling and
stored as the default style of a written GeoPackage."""

from __future__ import annotations

import pytest

from tests.qgis.test_dynamics_algorithms import EXTRACT, spillover_parameters
from tests.qgis.test_loading import stored_style, style_of

pytestmark = pytest.mark.qgis


@pytest.fixture
def every_year(qgis_app, tmp_path):
    """The extract on the 2022 set, one feature per region and year (2021-2023)."""
    import processing

    return processing.run("kzinnovation:harmonisepanel", {
        "TABLE": str(EXTRACT), "BOUNDARY_SET": "2022", "SPLIT_RULE": "copy_parent",
        "OUTPUT": "TEMPORARY_OUTPUT", "REGIONS": str(tmp_path / "every_year.gpkg")})["REGIONS"]


def loaded(project, description: str):
    (layer,) = [layer for layer in project.mapLayers().values() if layer.name() == description]
    return layer


def description(algorithm_id: str, sink: str) -> str:
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return algorithm.parameterDefinition(sink).description()


def test_emerging_hot_spots_load_in_arcgis_colours(project, every_year):
    import processing

    from kz_innovation_plugin.core.dynamics.emerging import PATTERNS

    processing.runAndLoadResults("kzinnovation:emerginghotspots", {
        "INPUT": every_year, "FIELD": "rd_expenditure_pct_grp", "PERMUTATIONS": 99,
        "OUTPUT": "TEMPORARY_OUTPUT", "YEARS": "TEMPORARY_OUTPUT"})
    layer = loaded(project, description("kzinnovation:emerginghotspots", "OUTPUT"))
    # the legend lists the patterns the layer has, each in its colour and with its name
    present = {int(feature["CATEGORY"]) for feature in layer.getFeatures()}
    assert len(present) < len(PATTERNS)
    stored = stored_style("emerging")
    stored["symbols"] = [symbol for symbol in stored["symbols"] if int(symbol[0]) in present]
    assert style_of(layer) == stored
    renderer = layer.renderer()
    assert renderer.classAttribute() == "CATEGORY"
    assert {int(c.value()): c.label() for c in renderer.categories()} == {
        code: PATTERNS[code] for code in present}
    years = loaded(project, description("kzinnovation:emerginghotspots", "YEARS"))
    assert not years.isSpatial()


def test_each_cores_effects_load_by_sign_and_interval(project, every_year, tmp_path):
    import processing

    from kz_innovation_plugin.core.jobs.spillover import EFFECT_CLASSES

    processing.runAndLoadResults("kzinnovation:spillover", spillover_parameters(
        tmp_path, f"{every_year}|subset=\"year\" = 2022", CORES="astana",
        OUTPUT="TEMPORARY_OUTPUT", IMPACTS="TEMPORARY_OUTPUT",
        CORE_EFFECTS="TEMPORARY_OUTPUT", CORE_SUMMARY="TEMPORARY_OUTPUT"))
    layer = loaded(project, description("kzinnovation:spillover", "CORE_EFFECTS"))
    assert style_of(layer) == stored_style("spillover")
    assert layer.renderer().classAttribute() == "effect_class"
    assert {int(c.value()) for c in layer.renderer().categories()} == set(EFFECT_CLASSES)
    classes = {f["region_name"]: f["effect_class"] for f in layer.getFeatures()}
    assert classes["Astana"] == 3 and len(classes) == 20


def test_several_cores_load_as_one_legend_group_each_the_first_shown(project, every_year,
                                                                   tmp_path):
    """One polygon per core and region: all drawn at once, the last core would hide the
    others; each core is a legend group of the effect classes, only the first one drawn."""
    import processing

    from kz_innovation_plugin.core.jobs.spillover import EFFECT_CLASSES

    processing.runAndLoadResults("kzinnovation:spillover", spillover_parameters(
        tmp_path, f"{every_year}|subset=\"year\" = 2022", CORES="astana, almaty_city",
        OUTPUT="TEMPORARY_OUTPUT", IMPACTS="TEMPORARY_OUTPUT",
        CORE_EFFECTS="TEMPORARY_OUTPUT", CORE_SUMMARY="TEMPORARY_OUTPUT"))
    layer = loaded(project, description("kzinnovation:spillover", "CORE_EFFECTS"))
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    groups = renderer.rootRule().children()
    names = {f["core"]: f["core_name"] for f in layer.getFeatures()}
    assert sorted(group.label() for group in groups) == sorted(names.values())
    assert [group.active() for group in groups] == [True, False]
    assert all(len(group.children()) == len(EFFECT_CLASSES) for group in groups)
    # the first group draws one core's regions: 20 polygons, each once
    shown = [f for f in layer.getFeatures() if f["core"] == sorted(names)[0]]
    assert len(shown) == 20


def test_written_geopackages_keep_the_styles(qgis_app, every_year, tmp_path):
    from qgis.core import QgsVectorLayer

    from kz_innovation_plugin.core.jobs import dynamics, spillover
    from kz_innovation_plugin.core.jobs.spatial import SpatialJob
    from kz_innovation_plugin.core.vector import read_vector_layer

    layer = read_vector_layer(every_year)
    emerging = dynamics.run(dynamics.EmergingJob(
        field="rd_expenditure_pct_grp", spatial=SpatialJob(id_field="unit_id",
                                                           permutations=99)), layer)
    path = emerging.write(tmp_path / "emerging.gpkg")
    opened = QgsVectorLayer(f"{path}|layername={dynamics.EMERGING_LAYER}", "e", "ogr")
    assert opened.renderer().classAttribute() == "CATEGORY"
    effects = spillover.run(spillover.SpilloverJob(
        y="grp_per_capita", x=["rd_expenditure_pct_grp"], cores=["astana"], draws=100),
        layer[layer["year"] == 2022])
    path = effects.write(tmp_path / "spillover.gpkg")
    opened = QgsVectorLayer(f"{path}|layername={spillover.CORE_EFFECTS_LAYER}", "s", "ogr")
    assert opened.renderer().classAttribute() == "effect_class"
