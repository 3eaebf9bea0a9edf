"""Innovation cluster cores, their zones of influence and their multiplier effect.

:mod:`.cores` selects and types the cores and joins neighbouring ones into clusters;
:mod:`.influence` draws the zones (contiguity rings, distance bands, gravity potential);
:mod:`.multiplier` measures whether each core lifts the regions of its zone.
"""

from .cores import (
    CLUSTER_COLUMNS,
    CORE_MODES,
    CORE_TYPES,
    LOCAL_REQUIREMENTS,
    CoreRule,
    CoreSelection,
    core_cluster_ids,
    core_clusters,
    default_name_field,
    region_names,
    select_cores,
)
from .influence import (
    ZONE_METHODS,
    ZoneResult,
    contiguity_rings,
    distance_bands,
    gravity_potential,
    influence_zones,
    regions_in_bands,
)
from .multiplier import MULTIPLIER_COLUMNS, multiplier_effect

__all__ = [
    "CLUSTER_COLUMNS",
    "CORE_MODES",
    "CORE_TYPES",
    "LOCAL_REQUIREMENTS",
    "MULTIPLIER_COLUMNS",
    "ZONE_METHODS",
    "CoreRule",
    "ZoneResult",
    "CoreSelection",
    "core_cluster_ids",
    "contiguity_rings",
    "core_clusters",
    "distance_bands",
    "gravity_potential",
    "default_name_field",
    "influence_zones",
    "multiplier_effect",
    "region_names",
    "regions_in_bands",
    "select_cores",
]
