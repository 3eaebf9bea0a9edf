"""One module per algorithm; ALGORITHMS is what the provider loads."""

from .bundled_regions import BundledRegionsAlgorithm
from .cluster_cores import ClusterCoresAlgorithm
from .convergence import ConvergenceAlgorithm
from .dynamics import EmergingHotspotsAlgorithm, MarkovAlgorithm
from .full_analysis import FullAnalysisAlgorithm
from .global_autocorrelation import GlobalAutocorrelationAlgorithm
from .harmonise_panel import HarmonisePanelAlgorithm
from .index_trajectories import IndexTrajectoriesAlgorithm
from .innovation_index import InnovationIndexAlgorithm
from .join_indicators import JoinIndicatorsAlgorithm
from .local_statistics import HotspotsAlgorithm, LisaAlgorithm
from .regionalize import RegionalizeAlgorithm
from .spatial_weights import SpatialWeightsAlgorithm
from .specialisation import SpecialisationAlgorithm
from .spillover import SpilloverAlgorithm

ALGORITHMS = (
    BundledRegionsAlgorithm,
    JoinIndicatorsAlgorithm,
    HarmonisePanelAlgorithm,
    InnovationIndexAlgorithm,
    IndexTrajectoriesAlgorithm,
    SpatialWeightsAlgorithm,
    GlobalAutocorrelationAlgorithm,
    LisaAlgorithm,
    HotspotsAlgorithm,
    ClusterCoresAlgorithm,
    RegionalizeAlgorithm,
    SpecialisationAlgorithm,
    SpilloverAlgorithm,
    EmergingHotspotsAlgorithm,
    MarkovAlgorithm,
    ConvergenceAlgorithm,
    FullAnalysisAlgorithm,
)
