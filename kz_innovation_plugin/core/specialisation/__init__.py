"""Industry specialisation and concentration: the study's second group of methods.

Reading a region x activity table (:mod:`.reading`, cells through :mod:`..tables`),
recognising OKED sections (:mod:`.activities`), location quotients, the European Cluster
Observatory's stars, HHI and Krugman indices (:mod:`.measures`), Gini, Theil and
Ellison-Glaeser (:mod:`.concentration`, PySAL's :mod:`inequality` where it has the measure)
and shift-share (:mod:`.shiftshare`).  Pure numpy/pandas; results are dataclasses.
"""

from .activities import OKED_SECTIONS, oked_section, section_name
from .measures import (
    SpecialisationResult,
    activity_localisation,
    location_quotients,
    locational_gini,
    region_profiles,
    specialisation,
    star_ratings,
    top_share,
)
from .reading import (
    DASHES,
    ActivityTable,
    activity_table_from_frame,
    check_activity_table,
    match_regions,
    read_activity_sheets,
    read_activity_table,
)
from .shiftshare import shift_share

__all__ = [
    "DASHES",
    "OKED_SECTIONS",
    "ActivityTable",
    "SpecialisationResult",
    "activity_localisation",
    "activity_table_from_frame",
    "check_activity_table",
    "location_quotients",
    "locational_gini",
    "match_regions",
    "oked_section",
    "read_activity_sheets",
    "read_activity_table",
    "region_profiles",
    "section_name",
    "shift_share",
    "specialisation",
    "star_ratings",
    "top_share",
]
