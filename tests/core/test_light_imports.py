"""The one-year full analysis imports neither scikit-learn nor scipy.stats.

Importing scikit-learn (which imports scipy.stats) took about 0.9 s of every run, longer
than the analysis of the 17 regions itself; the profiles now cluster with SciPy
(:mod:`kz_innovation_plugin.core.composite.clustering`), skewness and the multiplier's slope
are computed with numpy, and the dynamics import scipy.stats and pymannkendall only when
they run; the rings measure their distances without scipy.spatial.  A fresh process checks
it, as a run in QGIS starts.
"""

from __future__ import annotations

import json

from tests.conftest import DEMO_TABLE
from tests.core.test_weights_without_libpysal import in_a_fresh_process

#: what a one-year analysis must not import (scipy.cluster and scipy.spatial: a tenth of a
#: second, for Ward's clusters and the gravity zones only)
HEAVY = ("sklearn", "scipy.stats", "pymannkendall", "libpysal", "numba", "scipy.cluster",
         "scipy.spatial")

_FULL_ANALYSIS = """
import json, sys
from kz_innovation_plugin.core.composite.index import IndexOptions
from kz_innovation_plugin.core.composite.uncertainty import UncertaintySettings
from kz_innovation_plugin.core.jobs.full import FullJob, run
from kz_innovation_plugin.core.jobs.join import JoinJob

job = FullJob(join=JoinJob(table=TABLE, year=2018),
              index=IndexOptions(uncertainty=UncertaintySettings(runs=20)), dynamics=None)
outcome = run(job)
print(json.dumps({"regions": len(outcome.regions),
                  "profiles": int(outcome.regions["profile"].nunique()),
                  "loaded": [name for name in HEAVY if name in sys.modules]}))
"""


def test_a_one_year_full_analysis_imports_no_heavy_library():
    code = _FULL_ANALYSIS.replace("TABLE", repr(str(DEMO_TABLE))).replace("HEAVY", repr(HEAVY))
    result = json.loads(in_a_fresh_process(code).strip().splitlines()[-1])
    assert result["regions"] == 17 and result["profiles"] >= 2
    assert result["loaded"] == []
