"""The full analysis of the bundled 2018 table, run once for the report's tests."""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TABLE


@pytest.fixture(scope="session")
def full_outcome():
    """The full analysis of the bundled 2018 table (50 uncertainty runs), in memory."""
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from kz_innovation_plugin.core.jobs.full import FullJob
    from kz_innovation_plugin.core.jobs.full import run as run_full
    from kz_innovation_plugin.core.jobs.join import JoinJob

    job = FullJob(join=JoinJob(table=str(DEMO_TABLE), year=2018),
                  index=IndexOptions(uncertainty=UncertaintySettings(runs=50)))
    return run_full(job)


#: the fields of science of the 2022 R&D bulletin, named in Kazakh as the bulletin does
RD_FIELDS_KK = ("жаратылыстану ғылымдары=6; инженерия және технология=7; медицина ғылымдары=8; "
                "ауыл шаруашылығы ғылымдары=9; әлеуметтік ғылымдар=10; гуманитарлық ғылымдар=11")


@pytest.fixture(scope="session")
def specialised_outcome():
    """The full analysis of the bundled 2018 table with the 2022 R&D bulletin (its fields
    named in Kazakh), in memory."""
    from kz_innovation_plugin.core.composite.index import IndexOptions
    from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
    from kz_innovation_plugin.core.jobs.full import FullJob
    from kz_innovation_plugin.core.jobs.full import run as run_full
    from kz_innovation_plugin.core.jobs.join import JoinJob
    from kz_innovation_plugin.core.jobs.specialisation import SpecialisationJob, parse_sheet_map
    from tests.conftest import RD_BULLETIN

    job = FullJob(join=JoinJob(table=str(DEMO_TABLE), year=2018),
                  index=IndexOptions(uncertainty=UncertaintySettings(runs=50)),
                  specialisation=SpecialisationJob(
                      table=str(RD_BULLETIN), layout="sheets",
                      sheets=parse_sheet_map(RD_FIELDS_KK)),
                  specialisation_about="ҒЗТКЖ-ға ішкі шығындар, 2022")
    return run_full(job)
