"""Every tool accepts every other tool's output whose fields it needs (issue 11, finding 8).

Hot spots on a LISA layer stopped with "columns overlap but no suffix specified: NNeighbors"
because both add that field.  A field a tool adds again is replaced (the input's field of the
same name, compared ignoring case, is dropped from the output) and the log names it.  Each
pair below runs through ``processing.run`` on the output of the first tool, as a model or an
analyst chains them.
"""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE
from tests.qgis.test_provider import bundled_uri

pytestmark = pytest.mark.qgis

PREFIX = "Replaced fields already in the input: "
PERMUTATIONS = 99
#: few or scattered features (cores, zones) get k-nearest-neighbour weights: no islands
NEAREST = {"WEIGHTS": "knn", "K": 2}
#: the numeric field each produced layer is analysed on by the local and global statistics
FIELD = {"join": "research", "cores": "innov_idx", "zones": "zone_order", "members": "macro_id"}
SMALL = ("cores", "zones")
#: short names of the tools in the pairs -> algorithm names
ALGORITHMS = {"join": "joinindicators", "index": "innovationindex"}

#: (tool that made the input, tool run on it): the pairs whose outputs and inputs fit
PAIRS = [
    *[("join", tool) for tool in ("join", "index", "lisa", "hotspots", "globalautocorrelation",
                                  "regionalize", "fullanalysis")],
    *[(made, tool) for made in ("index", "lisa", "hotspots", "full")
      for tool in ("join", "index", "lisa", "hotspots", "globalautocorrelation", "clustercores",
                   "regionalize", "fullanalysis")],
    ("cores", "lisa"), ("cores", "hotspots"), ("cores", "join"),
    ("zones", "lisa"), ("zones", "hotspots"),
    ("members", "lisa"), ("members", "join"),
]


class Log:
    """A feedback that keeps every line the algorithm logs."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Recording(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines: list[str] = []

            def pushInfo(self, info):
                self.lines.append(info)
                super().pushInfo(info)

            def pushWarning(self, warning):
                self.lines.append(warning)
                super().pushWarning(warning)

        return Recording()


def run(algorithm: str, parameters: dict):
    import processing

    log = Log()
    algorithm = ALGORITHMS.get(algorithm, algorithm)
    results = processing.run(f"kzinnovation:{algorithm}", parameters, feedback=log)
    return results, log.lines


def fields(uri: str) -> list[str]:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "layer", "ogr")
    assert layer.isValid(), uri
    return layer.fields().names()


def field_for(made: str, names: list[str]) -> str:
    return "innov_idx" if "innov_idx" in names else FIELD.get(made, "research")


@pytest.fixture(scope="module")
def chain(qgis_app, tmp_path_factory):
    """One output of each tool, each made from the one before."""
    folder = tmp_path_factory.mktemp("chain")
    made = {}
    made["join"] = run("joinindicators", {
        "INPUT": bundled_uri("2018"), "TABLE": str(DEMO_TABLE), "YEAR": 2018,
        "OUTPUT": str(folder / "join.gpkg"), "REPORT": str(folder / "join_report.gpkg"),
    })[0]["OUTPUT"]
    made["index"] = run("innovationindex", {
        "INPUT": made["join"], "RUNS": 10, "OUTPUT": str(folder / "index.gpkg"),
        "METHOD": str(folder / "index_method.gpkg"),
        "WEIGHTS": str(folder / "index_weights.gpkg"),
    })[0]["OUTPUT"]
    for tool in ("lisa", "hotspots"):
        made[tool] = run(tool, {
            "INPUT": made["index"], "FIELD": "innov_idx", "PERMUTATIONS": PERMUTATIONS,
            "OUTPUT": str(folder / f"{tool}.gpkg"),
        })[0]["OUTPUT"]
    cores = run("clustercores", {
        "INPUT": made["lisa"], "CORE_MODE": "top_k", "TOP_K": 4,
        "PERMUTATIONS": PERMUTATIONS, "CORES": str(folder / "cores.gpkg"),
        "ZONES": str(folder / "zones.gpkg"), "CLUSTERS": str(folder / "clusters.gpkg"),
    })[0]
    made["cores"], made["zones"] = cores["CORES"], cores["ZONES"]
    made["members"] = run("regionalize", {
        "INPUT": made["hotspots"], "FIELDS": ["si_potenti", "si_perform"],
        "OUTPUT": str(folder / "members.gpkg"), "DISSOLVED": str(folder / "macro.gpkg"),
    })[0]["OUTPUT"]
    full = run("fullanalysis", {
        "TABLE": str(DEMO_TABLE), "YEAR": 2018, "RUNS": 10, "PERMUTATIONS": PERMUTATIONS,
        "OUTPUT": str(folder / "full.gpkg"), "REPORT": str(folder / "full.html"),
    })[0]
    made["full"] = f"{full['OUTPUT']}|layername=regions"
    # the fields each tool adds to its input
    added = {
        "join": set(fields(made["join"])) - set(fields(bundled_uri("2018"))),
        "index": set(fields(made["index"])) - set(fields(made["join"])),
        "lisa": set(fields(made["lisa"])) - set(fields(made["index"])),
        "hotspots": set(fields(made["hotspots"])) - set(fields(made["index"])),
        "fullanalysis": set(fields(made["full"])) - set(fields(made["join"])),
    }
    assert "NNeighbors" in added["lisa"] & added["hotspots"]
    return made, added


def consumer_parameters(tool: str, made: str, uri: str, names: list[str], out) -> dict:
    """The parameters of ``tool`` run on ``uri`` (a layer made by ``made``)."""
    weights = NEAREST if made in SMALL else {}
    field = field_for(made, names)
    if tool == "join":
        return {"INPUT": uri, "TABLE": str(DEMO_TABLE), "YEAR": 2019,
                "OUTPUT": out("output"), "REPORT": out("report")}
    if tool == "index":
        return {"INPUT": uri, "RUNS": 10, "OUTPUT": out("output"), "METHOD": out("method"),
                "WEIGHTS": out("weights")}
    if tool in ("lisa", "hotspots"):
        return {"INPUT": uri, "FIELD": field, "PERMUTATIONS": PERMUTATIONS,
                "OUTPUT": out("output"), **weights}
    if tool == "globalautocorrelation":
        return {"INPUT": uri, "FIELDS": [field], "PERMUTATIONS": PERMUTATIONS,
                "OUTPUT": out("output"), **weights}
    if tool == "clustercores":
        return {"INPUT": uri, "CORE_MODE": "top_k", "TOP_K": 3, "PERMUTATIONS": PERMUTATIONS,
                "CORES": out("cores"), "ZONES": out("zones"), "CLUSTERS": out("clusters")}
    if tool == "regionalize":
        return {"INPUT": uri, "FIELDS": ["research", "grp_pc"], "OUTPUT": out("output"),
                "DISSOLVED": out("dissolved")}
    assert tool == "fullanalysis"  # no table: the layer carries its indicators
    return {"INPUT": uri, "RUNS": 10, "PERMUTATIONS": PERMUTATIONS,
            "OUTPUT": out("output"), "REPORT": out("report", "html")}


def written_layers(tool: str, results: dict) -> list[str]:
    if tool == "fullanalysis":
        return [f"{results['OUTPUT']}|layername={name}"
                for name in ("regions", "cores", "zones", "clusters")]
    names = {"clustercores": ("CORES", "ZONES", "CLUSTERS"),
             "regionalize": ("OUTPUT", "DISSOLVED")}.get(tool, ("OUTPUT",))
    return [results[name] for name in names]


def replaced_in(log: list[str]) -> set[str]:
    names = set()
    for line in log:
        if line.startswith(PREFIX):
            names |= {name.strip().casefold() for name in line[len(PREFIX):-1].split(",")}
    return names


@pytest.mark.parametrize("made, tool", PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_tool_runs_on_the_output_of_another(chain, tmp_path, made, tool):
    layers, added = chain
    uri = layers[made]
    before = fields(uri)

    def out(name, extension="gpkg"):
        return str(tmp_path / f"{name}.{extension}")

    results, log = run(tool, consumer_parameters(tool, made, uri, before, out))
    for layer in written_layers(tool, results):
        names = [name.casefold() for name in fields(layer)]
        assert len(names) == len(set(names)), f"a field twice in {layer}: {names}"
    adds = {name.casefold() for name in added.get(tool, ())}
    expected = {name.casefold() for name in before if name.casefold() in adds}
    assert replaced_in(log) == expected, log
    if tool in ("join", "index", "lisa", "hotspots"):  # every field it adds, once, new
        after = fields(results["OUTPUT"])
        assert {name.casefold() for name in after} >= adds
        kept = [name for name in before if name.casefold() not in adds]
        assert [name for name in after if name in kept] == kept  # the rest of the input


def test_replaced_values_are_the_new_ones(chain, tmp_path):
    """LISA on a LISA layer of another field: its LISA fields are those of the new field."""
    from qgis.core import QgsVectorLayer

    layers, _ = chain
    again, _ = run("lisa", {"INPUT": layers["lisa"], "FIELD": "research",
                            "PERMUTATIONS": PERMUTATIONS, "OUTPUT": str(tmp_path / "a.gpkg")})
    fresh, _ = run("lisa", {"INPUT": layers["index"], "FIELD": "research",
                            "PERMUTATIONS": PERMUTATIONS, "OUTPUT": str(tmp_path / "b.gpkg")})

    def values(uri):
        return [f["LISA_I"] for f in QgsVectorLayer(uri, "l", "ogr").getFeatures()]

    assert values(again["OUTPUT"]) == pytest.approx(values(fresh["OUTPUT"]))
    assert values(again["OUTPUT"]) != pytest.approx(values(layers["lisa"]))
