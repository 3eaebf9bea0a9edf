"""The full analysis with a region x activity table: typology, summing, the report's words."""

from __future__ import annotations

import pytest

from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.jobs.full import FullJob
from kz_innovation_plugin.core.jobs.full import run as run_full
from kz_innovation_plugin.core.jobs.join import JoinJob
from kz_innovation_plugin.core.jobs.spatial import SpatialJob
from kz_innovation_plugin.core.jobs.specialisation import SpecialisationJob, parse_sheet_map
from kz_innovation_plugin.core.report.specialisation import WORDS, _summed_note, label_names
from tests.conftest import DEMO_TABLE, RD_BULLETIN

FIELDS = ("natural sciences=6; engineering and technology=7; medical sciences=8; "
          "agricultural sciences=9; social sciences=10; humanities=11")


def analysis(**spatial) -> FullJob:
    return FullJob(join=JoinJob(table=str(DEMO_TABLE), year=2018),
                   index=IndexOptions(uncertainty=UncertaintySettings(runs=20)),
                   spatial=SpatialJob(**spatial),
                   specialisation=SpecialisationJob(table=str(RD_BULLETIN), layout="sheets",
                                                    sheets=parse_sheet_map(FIELDS),
                                                    total_sheet="1"))


@pytest.mark.parametrize("spatial", [{}, {"id_field": "unit_id"}])
def test_cores_are_typed_with_or_without_an_id_field(spatial):
    outcome = run_full(analysis(**spatial))
    cores = outcome.cores.cores
    assert len(cores) >= 1 and cores["sp_type"].str.startswith("core_").all()
    types = dict(zip(outcome.regions["unit_id"], outcome.regions["sp_type"]))
    for unit in cores["unit_id"]:
        assert types[unit].startswith("core_")
    # by the stated rule: East Kazakhstan's R&D is concentrated (HHI above the country's)
    # and engineering's LQ is above 2 once Abai is summed in
    assert types["east_kazakhstan"] == "medium_specialised"


def test_the_sums_are_named_with_the_oblast_not_the_city():
    summed = {"Алматинская": ["Алматы", "Жетісу"]}
    table_labels = ["Алматы", "Жетісу", "Алматы қаласы"]
    note = _summed_note(summed, WORDS["en"], "en", table_labels)
    assert "Almaty Region + Jetisu Region = Almaty Region" in note
    assert label_names(["Алматы"], "ru", table_labels) == {"Алматы": "Алматинская"}
