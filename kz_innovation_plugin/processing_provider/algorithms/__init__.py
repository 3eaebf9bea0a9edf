"""One module per algorithm; ALGORITHMS is what the provider loads."""

from .bundled_regions import BundledRegionsAlgorithm
from .innovation_index import InnovationIndexAlgorithm
from .join_indicators import JoinIndicatorsAlgorithm

ALGORITHMS = (BundledRegionsAlgorithm, JoinIndicatorsAlgorithm, InnovationIndexAlgorithm)
