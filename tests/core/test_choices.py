"""The one list of choices: the core's validators accept exactly its values, it resolves values,
aliases and indices, and it loads without numpy or pandas."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from kz_innovation_plugin.core import choices as module
from kz_innovation_plugin.core.choices import CHOICE_LISTS, Choices, Option
from kz_innovation_plugin.core.errors import ParameterError
from tests.conftest import ROOT


def _weights(field):
    from kz_innovation_plugin.core.spatial_weights import WeightsOptions

    return lambda value: WeightsOptions(**{field: value})


def _index(field):
    from kz_innovation_plugin.core.composite.index import IndexOptions

    return lambda value: IndexOptions(**{field: value})


def _rule(field, convert=str):
    from kz_innovation_plugin.core.zones import CoreRule

    return lambda value: CoreRule(**{field: convert(value), "threshold": 0.5})


def _zones(value):
    from kz_innovation_plugin.core.jobs.cores import CoresJob
    from kz_innovation_plugin.core.jobs.spatial import SpatialJob
    from kz_innovation_plugin.core.zones import CoreRule

    return CoresJob(rule=CoreRule(), zone_method=value, spatial=SpatialJob())


def _correction(value):
    from kz_innovation_plugin.core.autocorrelation.correction import check_correction

    return check_correction(value)


def _inference(value):
    import libpysal
    import numpy as np
    import pandas as pd

    from kz_innovation_plugin.core.autocorrelation.local import hotspots

    graph = libpysal.graph.Graph.build_contiguity(_lattice(), rook=True)
    return hotspots(pd.Series(np.arange(9.0)), graph, permutations=99, inference=value)


def _lattice():
    import geopandas as gpd
    from shapely.geometry import box

    return gpd.GeoDataFrame(geometry=[box(x, y, x + 1, y + 1)
                                      for y in range(3) for x in range(3)])


def _regionalise(value):
    from kz_innovation_plugin.core.regionalization import _method

    return _method(value)


def _boundary_set(value):
    from kz_innovation_plugin.core.bundled import layer_name

    return layer_name(value)


def _layout(value):
    from kz_innovation_plugin.core.jobs.specialisation import SpecialisationJob

    return SpecialisationJob(table="table.xls", layout=value, sheets={"natural sciences": "6"})


def _dash(value):
    from kz_innovation_plugin.core.specialisation.reading import _check_dash

    return _check_dash(value)


def _split_rule(value):
    from kz_innovation_plugin.core.panel import HarmoniseOptions

    return HarmoniseOptions("2022", split_rules=value)


def _spillover_model(value):
    from kz_innovation_plugin.core.jobs.spillover import SpilloverJob

    return SpilloverJob(y="y", x=["x"], model=value)


def _markov_kind(value):
    from kz_innovation_plugin.core.jobs.dynamics import MarkovJob
    from kz_innovation_plugin.core.jobs.spatial import SpatialJob

    return MarkovJob(field="x", kind=value, spatial=SpatialJob(id_field="id"))


def _convergence_model(value):
    from kz_innovation_plugin.core.jobs.convergence import ConvergenceJob
    from kz_innovation_plugin.core.jobs.spatial import SpatialJob

    return ConvergenceJob(field="x", model=value, spatial=SpatialJob(id_field="id"))


def _panel_reference(value):
    from kz_innovation_plugin.core.composite.panel_index import PanelIndexOptions

    return PanelIndexOptions(reference=value, base_year=2021)


def _fixed_normalisation(value):
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.composite.panel_index import PanelIndexOptions

    return PanelIndexOptions(index=IndexOptions(normalisation=value))


#: option list key -> the core function that checks a value of that list
VALIDATORS = {
    "weight_method": _weights("method"),
    "kernel": _weights("kernel"),
    "transform": _weights("transform"),
    "island_policy": _weights("island_policy"),
    "correction": _correction,
    "inference": _inference,
    "imputation": _index("imputation"),
    "treatment": _index("treatment"),
    "normalisation": _index("normalisation"),
    "weighting": _index("weighting"),
    "aggregation": _index("aggregation"),
    "level_method": _index("level_method"),
    "profile_method": _index("profile_method"),
    "core_mode": _rule("mode"),
    "local_requirement": _rule("local"),
    "confidence": _rule("confidence", int),
    "zone_method": _zones,
    "regionalisation_method": _regionalise,
    "boundary_set": _boundary_set,
    "table_layout": _layout,
    "dash": _dash,
    "split_rule": _split_rule,
    "spillover_model": _spillover_model,
    "markov_kind": _markov_kind,
    "panel_reference": _panel_reference,
    "fixed_normalisation": _fixed_normalisation,
    "convergence_model": _convergence_model,
}


def test_every_list_has_a_core_validator():
    assert set(VALIDATORS) == set(CHOICE_LISTS)


@pytest.mark.parametrize("key", sorted(CHOICE_LISTS))
def test_the_core_accepts_exactly_the_listed_values(key):
    choices, validate = CHOICE_LISTS[key], VALIDATORS[key]
    for value in choices.values:
        validate(value)
    for alias in choices.aliases:
        validate(alias)
    with pytest.raises(ParameterError):
        validate("9999" if key in ("confidence", "boundary_set") else "no_such_option")


def test_core_constants_are_the_lists():
    from kz_innovation_plugin.core.autocorrelation import CORRECTIONS, INFERENCES
    from kz_innovation_plugin.core.composite.aggregate import AGGREGATIONS
    from kz_innovation_plugin.core.composite.levels import LEVEL_METHODS
    from kz_innovation_plugin.core.composite.missing import IMPUTATIONS
    from kz_innovation_plugin.core.composite.normalise import NORMALISATIONS
    from kz_innovation_plugin.core.composite.profiles import PROFILE_METHODS
    from kz_innovation_plugin.core.composite.treatment import TREATMENTS
    from kz_innovation_plugin.core.composite.weights import WEIGHTINGS
    from kz_innovation_plugin.core.regionalization import REGIONALISATION_METHODS
    from kz_innovation_plugin.core.regions import BOUNDARY_SETS
    from kz_innovation_plugin.core.spatial_weights import (
        ISLAND_POLICIES,
        KERNELS,
        TRANSFORMS,
        WEIGHT_METHODS,
    )
    from kz_innovation_plugin.core.spatial_weights._options import KERNEL_ALIASES
    from kz_innovation_plugin.core.zones import CORE_MODES, LOCAL_REQUIREMENTS, ZONE_METHODS

    assert WEIGHT_METHODS == module.WEIGHT_METHOD.values
    assert KERNELS == module.KERNEL.values and KERNEL_ALIASES == module.KERNEL.aliases
    assert TRANSFORMS == module.TRANSFORM.values
    assert ISLAND_POLICIES == module.ISLAND_POLICY.values
    assert CORRECTIONS == module.CORRECTION.values
    assert INFERENCES == module.INFERENCE.values
    assert IMPUTATIONS == module.IMPUTATION.values
    assert TREATMENTS == module.TREATMENT.values
    assert NORMALISATIONS == module.NORMALISATION.values
    assert WEIGHTINGS == module.WEIGHTING.values
    assert AGGREGATIONS == module.AGGREGATION.values
    assert LEVEL_METHODS == module.LEVEL_METHOD.values
    assert PROFILE_METHODS == module.PROFILE_METHOD.values
    assert CORE_MODES == module.CORE_MODE.values
    assert LOCAL_REQUIREMENTS == module.LOCAL_REQUIREMENT.values
    assert ZONE_METHODS == module.ZONE_METHOD.values
    assert REGIONALISATION_METHODS == module.REGIONALISATION_METHOD.values
    assert BOUNDARY_SETS == ("2017", "2018", "2022")  # oldest first, as the gazetteer reads
    from kz_innovation_plugin.core.dynamics.spillover import MODELS
    from kz_innovation_plugin.core.panel import kinds

    assert MODELS == module.SPILLOVER_MODEL.values
    from kz_innovation_plugin.core.dynamics import convergence

    assert convergence.MODELS == module.CONVERGENCE_MODEL.values
    assert kinds.SPLIT_RULE is module.SPLIT_RULE and kinds.INDICATOR_KIND is module.INDICATOR_KIND
    assert (kinds.COUNT, kinds.RATE) == ("count", "rate")
    assert (kinds.NO_SPLIT, kinds.COPY_PARENT, kinds.PROPORTIONAL) == (
        "none", "copy_parent", "proportional")
    assert set(BOUNDARY_SETS) == set(module.BOUNDARY_SET.values)
    from kz_innovation_plugin.core.composite.normalise import FIXED_REFERENCE
    from kz_innovation_plugin.core.composite.panel_index import REFERENCES

    assert REFERENCES == module.PANEL_REFERENCE.values
    assert FIXED_REFERENCE == module.FIXED_NORMALISATION.values == tuple(
        value for value in module.NORMALISATION.values if value != "rank")


def _constant_tuples(path):
    """(name, values) of every module-level UPPER_CASE constant that is a tuple of strings."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        value = getattr(node, "value", None)
        if not isinstance(value, (ast.Tuple, ast.List)):
            continue
        items = [item.value for item in value.elts if isinstance(item, ast.Constant)]
        if len(items) != len(value.elts) or not all(isinstance(item, str) for item in items):
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                yield target.id, set(items)


def test_no_module_keeps_its_own_copy_of_a_list():
    """No constant outside choices.py holds the values of one of its lists."""
    lists = {frozenset(choices.values): key for key, choices in CHOICE_LISTS.items()}
    copies = [
        f"{path.relative_to(ROOT)}: {name} copies {lists[frozenset(values)]}"
        for path in sorted((ROOT / "kz_innovation_plugin").rglob("*.py"))
        if path.name != "choices.py"
        for name, values in _constant_tuples(path) if frozenset(values) in lists
    ]
    assert not copies


def test_the_defaults_are_the_cores_defaults():
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.spatial_weights import WeightsOptions
    from kz_innovation_plugin.core.zones import CoreRule

    weights, index, rule = WeightsOptions(), IndexOptions(), CoreRule()
    assert weights.method == module.WEIGHT_METHOD.default
    assert weights.kernel == module.KERNEL.default
    assert weights.transform == module.TRANSFORM.default
    assert weights.island_policy == module.ISLAND_POLICY.default
    assert index.imputation == module.IMPUTATION.default
    assert index.treatment == module.TREATMENT.default
    assert index.normalisation == module.NORMALISATION.default
    assert index.weighting == module.WEIGHTING.default
    assert index.aggregation == module.AGGREGATION.default
    assert index.level_method == module.LEVEL_METHOD.default
    assert index.profile_method == module.PROFILE_METHOD.default
    assert rule.mode == module.CORE_MODE.default
    assert rule.local == module.LOCAL_REQUIREMENT.default
    assert str(rule.confidence) == module.CONFIDENCE.default


@pytest.mark.parametrize("given", ["minmax", "MinMax", " minmax ", 0, "0"])
def test_resolve_takes_a_value_in_any_case_or_an_index(given):
    assert module.NORMALISATION.resolve(given) == "minmax"


def test_resolve_matches_a_value_before_an_index():
    assert module.BOUNDARY_SET.resolve("2018") == "2018"
    assert module.BOUNDARY_SET.resolve("2") == "2017"
    assert module.BOUNDARY_SET.resolve(0) == "2022"
    assert module.CONFIDENCE.resolve("99") == "99"
    assert module.CONFIDENCE.resolve(0) == "90"


def test_resolve_follows_aliases():
    assert module.KERNEL.resolve("Quartic") == "bisquare"
    assert module.KERNEL.index("boxcar") == module.KERNEL.values.index("uniform")


@pytest.mark.parametrize("given", ["x", 2, -1, "-1", True, None, 1.0])
def test_resolve_names_every_accepted_value_and_index(given):
    with pytest.raises(ParameterError) as raised:
        module.TRANSFORM.resolve(given)
    assert str(raised.value) == (
        f"Unknown weights transform {given!r}; use one of \"r\" or 0 (Row-standardised), "
        "\"b\" or 1 (Binary)."
    )


def test_labels_are_words_not_values():
    for choices in CHOICE_LISTS.values():
        for option in choices.options:
            assert option.label != option.value
            assert option.label[:1].isupper() or option.label[:1].isdigit(), option.label
        assert len(set(choices.labels)) == len(choices.labels), choices.key


def test_a_bad_list_is_refused_when_defined():
    with pytest.raises(ValueError, match="default"):
        Choices("k", "thing", (Option("a", "A"),), "b")
    with pytest.raises(ValueError, match="twice"):
        Choices("k", "thing", (Option("a", "A"), Option("a", "B")), "a")
    with pytest.raises(ValueError, match="lower-case"):
        Choices("k", "thing", (Option("A", "A"),), "A")
    with pytest.raises(ValueError, match="alias"):
        Choices("k", "thing", (Option("a", "A"),), "a", {"z": "b"})


def test_choices_module_loads_without_numpy_pandas_or_qt():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('numpy', 'pandas', 'qgis', 'PyQt5'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from kz_innovation_plugin.core import choices\n"
        "print(len(choices.CHOICE_LISTS))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                               text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == str(len(CHOICE_LISTS))
