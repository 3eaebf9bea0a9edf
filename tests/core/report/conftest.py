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
