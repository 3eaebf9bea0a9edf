"""Every option list of the product, once: a stable value and a label for each option.

The *value* (``"minmax"``, ``"queen"``, ``"r"``, ``"fdr"`` ...) is what scripts, saved models,
``qgis_process`` and the command line pass; it never changes.  The *label* ("Min-max (0 to 1)",
"Queen contiguity (shared border or corner)") is what the algorithm dialog shows, translated by
the Processing layer.  The core's validators and the Processing parameters both read these
lists, so a value the dialog offers is always one the core accepts.

Labels are marked for Qt's ``pylupdate5`` with :func:`QT_TRANSLATE_NOOP`, a stand-in that
returns its text: this module imports neither Qt nor numpy, so the plugin loads without them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from numbers import Integral

from .errors import ParameterError

#: the translation context of every interface text of the plugin
CONTEXT = "KzInnovation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (read by pylupdate5); returns ``text``."""
    return text


@dataclass(frozen=True)
class Option:
    """One option: the stable ``value`` and the English ``label`` the dialog translates."""

    value: str
    label: str


@dataclass(frozen=True)
class Choices:
    """An option list.

    Attributes
    ----------
    key : str
        Stable name of the list (``"normalisation"``), recorded with Processing parameters.
    what : str
        What is chosen, in words, for messages ("normalisation", "weights transform").
    options : tuple of Option
        The options in the order the dialog shows them; the position is the option's index.
    default : str
        Value of the default option.
    aliases : dict
        Other accepted spellings -> value (for example ``"quartic"`` -> ``"bisquare"``).
    """

    key: str
    what: str
    options: tuple[Option, ...]
    default: str
    aliases: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        values = self.values
        if len(set(values)) != len(values):
            raise ValueError(f"{self.key}: an option value is listed twice")
        if any(value != value.strip().lower() or not value for value in values):
            raise ValueError(f"{self.key}: option values must be lower-case words")
        if self.default not in values:
            raise ValueError(f"{self.key}: the default {self.default!r} is not an option")
        if not set(self.aliases.values()) <= set(values):
            raise ValueError(f"{self.key}: an alias names an unknown option")

    @property
    def values(self) -> tuple[str, ...]:
        """The stable values, in dialog order."""
        return tuple(option.value for option in self.options)

    @property
    def labels(self) -> tuple[str, ...]:
        """The English labels, in dialog order."""
        return tuple(option.label for option in self.options)

    def index(self, value: str) -> int:
        """Position of ``value`` (a stable value or an alias) in the list."""
        return self.values.index(self.resolve(value))

    def label(self, value: str) -> str:
        """English label of ``value``."""
        return self.options[self.index(value)].label

    def accepted(self) -> str:
        """``"r" or 0 (Row-standardised), "b" or 1 (Binary)``: what may be passed."""
        return ", ".join(f'"{option.value}" or {number} ({option.label})'
                         for number, option in enumerate(self.options))

    def resolve(self, given: object) -> str:
        """The stable value ``given`` stands for.

        Parameters
        ----------
        given : str or int
            A stable value or alias (any case, surrounding spaces ignored), or the option's
            index as a whole number or as digits (``2`` or ``"2"``).  A value is matched before
            an index, so ``"2018"`` is a boundary set, not option 2018.

        Returns
        -------
        str
            The stable value.

        Raises
        ------
        ParameterError
            When ``given`` is neither, naming every accepted value and index.
        """
        if isinstance(given, str):
            text = given.strip().lower()
            text = self.aliases.get(text, text)
            if text in self.values:
                return text
            if text.isdigit():
                given = int(text)
        if isinstance(given, Integral) and not isinstance(given, bool) \
                and 0 <= int(given) < len(self.options):
            return self.options[int(given)].value
        raise ParameterError(
            f"Unknown {self.what} {given!r}; use one of {self.accepted()}."
        )


def _choices(key: str, what: str, default: str, *options: tuple[str, str],
             aliases: dict[str, str] | None = None) -> Choices:
    return Choices(key, what, tuple(Option(value, label) for value, label in options), default,
                   dict(aliases or {}))


# --- spatial weights and inference ---------------------------------------------------------

WEIGHT_METHOD = _choices(
    "weight_method", "weights method", "queen",
    ("queen", QT_TRANSLATE_NOOP("KzInnovation", "Queen contiguity (shared border or corner)")),
    ("rook", QT_TRANSLATE_NOOP("KzInnovation", "Rook contiguity (shared border)")),
    ("knn", QT_TRANSLATE_NOOP("KzInnovation", "K nearest neighbours")),
    ("distance_band", QT_TRANSLATE_NOOP("KzInnovation", "Distance band")),
    ("kernel", QT_TRANSLATE_NOOP("KzInnovation", "Kernel (weights decay with distance)")),
)
KERNEL = _choices(
    "kernel", "kernel", "triangular",
    ("triangular", QT_TRANSLATE_NOOP("KzInnovation", "Triangular")),
    ("gaussian", QT_TRANSLATE_NOOP("KzInnovation", "Gaussian")),
    ("bisquare", QT_TRANSLATE_NOOP("KzInnovation", "Bisquare (quartic)")),
    ("epanechnikov", QT_TRANSLATE_NOOP("KzInnovation", "Epanechnikov (parabolic)")),
    ("uniform", QT_TRANSLATE_NOOP("KzInnovation", "Uniform (boxcar)")),
    aliases={"quartic": "bisquare", "parabolic": "epanechnikov", "boxcar": "uniform"},
)
TRANSFORM = _choices(
    "transform", "weights transform", "r",
    ("r", QT_TRANSLATE_NOOP("KzInnovation", "Row-standardised")),
    ("b", QT_TRANSLATE_NOOP("KzInnovation", "Binary")),
)
ISLAND_POLICY = _choices(
    "island_policy", "island policy", "stop",
    ("stop", QT_TRANSLATE_NOOP("KzInnovation", "Stop and name them")),
    ("isolate", QT_TRANSLATE_NOOP("KzInnovation", "Keep them without neighbours")),
    ("attach", QT_TRANSLATE_NOOP("KzInnovation", "Link each to its nearest feature")),
)
CORRECTION = _choices(
    "correction", "multiple-testing correction", "fdr",
    ("fdr", QT_TRANSLATE_NOOP("KzInnovation", "False discovery rate (Benjamini-Hochberg)")),
    ("bonferroni", QT_TRANSLATE_NOOP("KzInnovation", "Bonferroni")),
    ("none", QT_TRANSLATE_NOOP("KzInnovation", "No correction")),
)
INFERENCE = _choices(
    "inference", "inference", "permutation",
    ("permutation", QT_TRANSLATE_NOOP("KzInnovation", "Permutations (pseudo p-value)")),
    ("normal", QT_TRANSLATE_NOOP("KzInnovation", "Normal approximation")),
)

# --- the composite index ---------------------------------------------------------------------

IMPUTATION = _choices(
    "imputation", "imputation", "median",
    ("median", QT_TRANSLATE_NOOP("KzInnovation", "Fill with the median of the regions")),
    ("mean", QT_TRANSLATE_NOOP("KzInnovation", "Fill with the mean of the regions")),
    ("national", QT_TRANSLATE_NOOP("KzInnovation", "Fill with the national value")),
    ("none", QT_TRANSLATE_NOOP("KzInnovation", "Leave out regions with gaps")),
)
TREATMENT = _choices(
    "treatment", "outlier treatment", "winsorise",
    ("winsorise", QT_TRANSLATE_NOOP("KzInnovation", "Winsorise the outliers")),
    ("log", QT_TRANSLATE_NOOP("KzInnovation", "Logarithm")),
    ("sqrt", QT_TRANSLATE_NOOP("KzInnovation", "Square root")),
    ("none", QT_TRANSLATE_NOOP("KzInnovation", "Leave as they are")),
)
NORMALISATION = _choices(
    "normalisation", "normalisation", "minmax",
    ("minmax", QT_TRANSLATE_NOOP("KzInnovation", "Min-max (0 to 1)")),
    ("minmax100", QT_TRANSLATE_NOOP("KzInnovation", "Min-max (0 to 100)")),
    ("zscore", QT_TRANSLATE_NOOP("KzInnovation", "Z-score (standard deviations from the mean)")),
    ("rank", QT_TRANSLATE_NOOP("KzInnovation", "Rank")),
    ("percent_of_reference",
     QT_TRANSLATE_NOOP("KzInnovation", "Percent of the national value (or of the mean)")),
    ("distance_to_best", QT_TRANSLATE_NOOP("KzInnovation", "Distance to the best")),
)
WEIGHTING = _choices(
    "weighting", "weighting", "equal",
    ("equal", QT_TRANSLATE_NOOP("KzInnovation", "Equal")),
    ("user", QT_TRANSLATE_NOOP("KzInnovation", "Set by the user (User weights)")),
    ("pca", QT_TRANSLATE_NOOP("KzInnovation", "Principal components (PCA)")),
    ("entropy", QT_TRANSLATE_NOOP("KzInnovation", "Entropy")),
)
AGGREGATION = _choices(
    "aggregation", "aggregation", "arithmetic",
    ("arithmetic", QT_TRANSLATE_NOOP("KzInnovation", "Arithmetic mean")),
    ("geometric", QT_TRANSLATE_NOOP("KzInnovation", "Geometric mean")),
)
LEVEL_METHOD = _choices(
    "level_method", "level method", "thresholds",
    ("thresholds", QT_TRANSLATE_NOOP("KzInnovation", "Fixed thresholds")),
    ("quantiles", QT_TRANSLATE_NOOP("KzInnovation", "Terciles (equal numbers of regions)")),
    ("natural_breaks", QT_TRANSLATE_NOOP("KzInnovation", "Natural breaks (Jenks)")),
)
PROFILE_METHOD = _choices(
    "profile_method", "profile method", "kmeans",
    ("kmeans", QT_TRANSLATE_NOOP("KzInnovation", "K-means")),
    ("ward", QT_TRANSLATE_NOOP("KzInnovation", "Ward's hierarchical clustering")),
)

# --- cores, zones and macro-regions ----------------------------------------------------------

CORE_MODE = _choices(
    "core_mode", "core mode", "level",
    ("level", QT_TRANSLATE_NOOP("KzInnovation", "Regions of the high level")),
    ("top_k", QT_TRANSLATE_NOOP("KzInnovation", "A set number of highest-index regions")),
    ("threshold", QT_TRANSLATE_NOOP("KzInnovation", "Regions at or above an index threshold")),
)
LOCAL_REQUIREMENT = _choices(
    "local_requirement", "local requirement", "none",
    ("none", QT_TRANSLATE_NOOP("KzInnovation", "Not required")),
    ("lisa", QT_TRANSLATE_NOOP("KzInnovation", "LISA High-High or High-Low")),
    ("hotspot", QT_TRANSLATE_NOOP("KzInnovation", "Gi* hot spot")),
)
CONFIDENCE = _choices(
    "confidence", "hot spot confidence", "95",
    ("90", QT_TRANSLATE_NOOP("KzInnovation", "90 % confidence")),
    ("95", QT_TRANSLATE_NOOP("KzInnovation", "95 % confidence")),
    ("99", QT_TRANSLATE_NOOP("KzInnovation", "99 % confidence")),
)
ZONE_METHOD = _choices(
    "zone_method", "zone method", "rings",
    ("rings", QT_TRANSLATE_NOOP("KzInnovation", "Contiguity rings")),
    ("bands", QT_TRANSLATE_NOOP("KzInnovation", "Distance bands")),
    ("gravity", QT_TRANSLATE_NOOP("KzInnovation", "Gravity potential")),
)
REGIONALISATION_METHOD = _choices(
    "regionalisation_method", "regionalisation method", "skater",
    ("skater", QT_TRANSLATE_NOOP("KzInnovation", "SKATER (pruned spanning tree)")),
    ("maxp", QT_TRANSLATE_NOOP("KzInnovation", "Max-p (a floor per macro-region)")),
    ("ward", QT_TRANSLATE_NOOP("KzInnovation", "Ward (contiguity-constrained)")),
)

# --- data --------------------------------------------------------------------------------------

BOUNDARY_SET = _choices(
    "boundary_set", "boundary set", "2022",
    ("2022", QT_TRANSLATE_NOOP("KzInnovation", "2022: 17 regions and 3 cities")),
    ("2018", QT_TRANSLATE_NOOP("KzInnovation", "2018: 14 regions and 3 cities")),
    ("2017", QT_TRANSLATE_NOOP("KzInnovation", "2017: 14 regions and 2 cities")),
)

TABLE_LAYOUT = _choices(
    "table_layout", "table layout", "wide",
    ("wide", QT_TRANSLATE_NOOP("KzInnovation", "One row per region, one column per activity")),
    ("long", QT_TRANSLATE_NOOP("KzInnovation", "One row per region and activity")),
    ("sheets", QT_TRANSLATE_NOOP("KzInnovation",
                                 "One sheet per activity (statistical bulletins)")),
)
DASH = _choices(
    "dash", "reading of \"-\"", "zero",
    ("zero", QT_TRANSLATE_NOOP("KzInnovation", "Zero (the phenomenon does not occur)")),
    ("missing", QT_TRANSLATE_NOOP("KzInnovation", "Missing")),
)

# --- multi-year panels and dynamics ------------------------------------------------------

#: what an indicator's value is (given per indicator as text, ``indicator=kind``, so no dialog
#: offers it as a list; its default only serves a dialog: the core never assumes a kind)
INDICATOR_KIND = _choices(
    "indicator_kind", "indicator kind", "rate",
    ("count", QT_TRANSLATE_NOOP("KzInnovation", "Count or total (adds up)")),
    ("rate", QT_TRANSLATE_NOOP("KzInnovation", "Rate, share or mean (needs a weight)")),
    aliases={"total": "count", "share": "rate", "ratio": "rate", "mean": "rate"},
)
#: how the value of an old region is given to the new regions it was split into
SPLIT_RULE = _choices(
    "split_rule", "split rule", "none",
    ("none", QT_TRANSLATE_NOOP("KzInnovation", "Do not split (refuse)")),
    ("copy_parent", QT_TRANSLATE_NOOP(
        "KzInnovation", "Copy the old region's rate to each new region")),
    ("proportional", QT_TRANSLATE_NOOP(
        "KzInnovation", "Divide the old region's total in proportion to a weight")),
    aliases={"copy": "copy_parent", "share": "proportional"},
)
#: the spatial model of the spillover estimate
SPILLOVER_MODEL = _choices(
    "spillover_model", "spillover model", "lag",
    ("lag", QT_TRANSLATE_NOOP("KzInnovation", "Spatial lag (neighbours' outcomes)")),
    ("durbin", QT_TRANSLATE_NOOP(
        "KzInnovation", "Spatial Durbin (neighbours' outcomes and inputs)")),
    aliases={"sar": "lag", "sdm": "durbin"},
)
#: where the index over years takes its fixed reference (normalisation bounds, treatment,
#: weights)
PANEL_REFERENCE = _choices(
    "panel_reference", "reference of the index over years", "pooled",
    ("pooled", QT_TRANSLATE_NOOP("KzInnovation", "Pooled: every region and year together")),
    ("base_year", QT_TRANSLATE_NOOP("KzInnovation", "The base year")),
)
#: the normalisations of the index over years: those that take a fixed reference (the
#: normalisations of the index but rank, whose ranks exist only within one year)
FIXED_NORMALISATION = _choices(
    "fixed_normalisation", "normalisation on a fixed reference", "minmax",
    ("minmax", QT_TRANSLATE_NOOP("KzInnovation", "Min-max (0 to 1)")),
    ("minmax100", QT_TRANSLATE_NOOP("KzInnovation", "Min-max (0 to 100)")),
    ("zscore", QT_TRANSLATE_NOOP("KzInnovation", "Z-score (standard deviations from the mean)")),
    ("percent_of_reference",
     QT_TRANSLATE_NOOP("KzInnovation", "Percent of the reference's regional mean")),
    ("distance_to_best", QT_TRANSLATE_NOOP("KzInnovation", "Distance to the best")),
)
#: the Markov chain of the transitions tool
MARKOV_KIND = _choices(
    "markov_kind", "Markov chain", "classic",
    ("classic", QT_TRANSLATE_NOOP("KzInnovation", "Classic: between classes of the values")),
    ("spatial", QT_TRANSLATE_NOOP(
        "KzInnovation", "Spatial: by the class of the neighbours' average")),
    ("lisa", QT_TRANSLATE_NOOP("KzInnovation", "LISA: between Moran scatter plot quadrants")),
)
#: the regression of beta-convergence
CONVERGENCE_MODEL = _choices(
    "convergence_model", "beta-convergence model", "ols",
    ("ols", QT_TRANSLATE_NOOP("KzInnovation", "Plain least squares (OLS)")),
    ("lag", QT_TRANSLATE_NOOP("KzInnovation", "Spatial lag of growth (maximum likelihood)")),
    ("error", QT_TRANSLATE_NOOP("KzInnovation", "Spatial error (maximum likelihood)")),
    aliases={"sar": "lag", "sem": "error"},
)

#: every option list by its key (INDICATOR_KIND is given as text per indicator, not offered as
#: a list by any dialog, so it is not among them)
CHOICE_LISTS: dict[str, Choices] = {
    choices.key: choices for choices in (
        WEIGHT_METHOD, KERNEL, TRANSFORM, ISLAND_POLICY, CORRECTION, INFERENCE,
        IMPUTATION, TREATMENT, NORMALISATION, WEIGHTING, AGGREGATION, LEVEL_METHOD,
        PROFILE_METHOD, CORE_MODE, LOCAL_REQUIREMENT, CONFIDENCE, ZONE_METHOD,
        REGIONALISATION_METHOD, BOUNDARY_SET, TABLE_LAYOUT, DASH, SPLIT_RULE, SPILLOVER_MODEL,
        MARKOV_KIND, PANEL_REFERENCE, FIXED_NORMALISATION, CONVERGENCE_MODEL,
    )
}
