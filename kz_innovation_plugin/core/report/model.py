"""What a report is made of (:class:`ReportInputs`) and how its values are named and written."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .._checks import unknown_choice
from ..errors import ParameterError
from .texts import LANGUAGES, decimal

#: fields naming a region, by preference, per language
NAME_FIELDS = {
    "en": ("name_en", "core_name", "names", "name_ru", "unit_id"),
    "ru": ("name_ru", "core_name", "names", "name_en", "unit_id"),
    "kk": ("name_kk", "name_ru", "core_name", "names", "name_en", "unit_id"),
}
#: the regions' name columns a cores table is given when it lacks them (matched by unit_id)
REGION_NAME_COLUMNS = ("name_en", "name_ru", "name_kk")


@dataclass
class SpecialisationInputs:
    """The specialisation part of the report (:mod:`.specialisation`).

    Attributes
    ----------
    about : str
        What the region x activity table measures, as the user describes it.
    lq : pandas.DataFrame
        Location quotients of the table as published, region label x activity.
    stars : pandas.DataFrame
        Long: ``region``, ``activity``, ``lq``, ``stars`` (0 to 3), of the same table.
    summed : dict
        Region of the analysis -> the table's regions summed into it (a table of a newer
        boundary set).
    thresholds : dict
        ``threshold``, ``size_share``, ``lq_threshold``, ``focus_share``.
    """

    about: str
    lq: pd.DataFrame
    stars: pd.DataFrame
    summed: dict[str, list[str]] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)


@dataclass
class DynamicsInputs:
    """The Dynamics part of the report (:mod:`.dynamics`): the table's years together.

    Attributes
    ----------
    boundary_set : str
        The boundary set the years were harmonised to (the regions').
    year : int or None
        The year of the one-year analysis.
    table_years : list of int
        The years of the table.
    years : list of int
        The years of the index over years (empty when it was not computed).
    fields : list of str
        Its indicators (field names).
    left_out : list of (str, str)
        Indicators left out of the dynamics and why: ``kind``, ``weight``, ``split``,
        ``split_weight``, ``rule``, ``years`` or ``other``.
    scores : pandas.DataFrame
        The index over years, long: ``unit_id``, name columns, ``year``, ``index``,
        ``rank``, ``rank_p05``, ``rank_p95``, ``harmonised``.
    cores : list of str
        The cores' unit ids (highlighted in the chart).
    emerging : pandas.DataFrame
        One row per region (``unit_id``, name columns, ``PATTERN``, ``CATEGORY``,
        ``NUM_HOT``, ``NUM_COLD``, ``TREND_Z``, ``TREND_P``); empty when not computed.
    trend_alpha : float
        Significance level of the trend test.
    spillover : pandas.DataFrame
        One row per core: name columns, ``own``, ``spillover``, ``total`` and their
        ``_lower``/``_upper`` bounds; empty when not estimated.
    spillover_about : dict
        ``x`` (field), ``panel``, ``rho``, ``regions``, ``years``, ``level``, ``draws``,
        ``seed``, ``small_sample``, ``x_in_index``.
    skipped : dict
        Part (``index``, ``emerging``, ``spillover``) -> (reason code, message in English).
    fallback : bool
        True when a rank normalisation fell back to min-max for the index over years.
    """

    boundary_set: str
    year: int | None
    table_years: list[int]
    years: list[int] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    scores: pd.DataFrame = field(default_factory=pd.DataFrame)
    cores: list[str] = field(default_factory=list)
    emerging: pd.DataFrame = field(default_factory=pd.DataFrame)
    trend_alpha: float = 0.05
    spillover: pd.DataFrame = field(default_factory=pd.DataFrame)
    spillover_about: dict[str, Any] = field(default_factory=dict)
    skipped: dict[str, tuple[str, str]] = field(default_factory=dict)
    fallback: bool = False


@dataclass
class ReportInputs:
    """Everything the HTML report shows; any table may lack columns, the report skips them.

    Attributes
    ----------
    title : str
        Title of the report.
    regions : pandas.DataFrame
        One row per region: name columns (``name_en``, ``name_ru``, ``name_kk``), ``innov_idx``,
        ``innov_rank``, ``innov_lvl``, ``rank_p05``, ``rank_p95``, ``p_top``, ``perf_group``,
        ``si_*`` sub-indices, ``LISA_CL``, ``LISA_LABEL``, ``Gi_Bin``.
    cores : pandas.DataFrame
        One row per core: ``core_id``, ``core_type``, names, ``innov_idx``; name columns it
        lacks are taken from ``regions`` by ``unit_id``.
    multiplier : pandas.DataFrame
        The multiplier table of the cores (``core_id``, zone and national means, lifts,
        gradient, ``reading``).
    join_report : pandas.DataFrame or None
        How each table row and region matched (``match_kind`` ``"unmatched"`` is listed).
    method : dict
        The provenance record: the choices that matter are said in words (see
        :mod:`.method`), the whole record is written beside the report as ``method.json``.
    global_moran : dict or None
        Global statistics such as ``moran_i``, ``moran_p_sim``, ``moran_z_rand``.
    scatter : pandas.DataFrame or None
        ``z`` and ``lag`` (and a name column) for the Moran scatterplot.
    maps : dict of str to str
        Caption -> PNG path; the files are copied into the report's folder.
    sources : list of str
        Data sources, listed verbatim.
    illustrative : bool
        When True the report says in a banner that the data are illustrative, not official.
    language : str
        ``"en"``, ``"ru"`` or ``"kk"``: headings, fixed sentences, the name column shown
        (``name_kk`` for Kazakh, else ``name_ru``, then ``name_en``) and the decimal mark.
    specialisation : SpecialisationInputs or None
        The region x activity measures; the regions then carry ``sp_*`` fields and the
        type of each region (``sp_type``).
    dynamics : DynamicsInputs or None
        The years of a table of several years seen together: the index over years, the
        emerging hot spots and each core's spillover.
    """

    title: str
    regions: pd.DataFrame
    cores: pd.DataFrame = field(default_factory=pd.DataFrame)
    multiplier: pd.DataFrame = field(default_factory=pd.DataFrame)
    join_report: pd.DataFrame | None = None
    method: dict[str, Any] = field(default_factory=dict)
    global_moran: dict[str, Any] | None = None
    scatter: pd.DataFrame | None = None
    maps: dict[str, str] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    illustrative: bool = False
    language: str = "en"
    specialisation: SpecialisationInputs | None = None
    dynamics: DynamicsInputs | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise unknown_choice(
                "report language", self.language, LANGUAGES, lead="choose one of"
            )
        if not isinstance(self.regions, pd.DataFrame) or self.regions.empty:
            raise ParameterError(
                "The report needs the regions table with at least one region; run the "
                "innovation index first."
            )
        self.cores = _with_region_names(_frame(self.cores), self.regions)
        self.multiplier = _frame(self.multiplier)


def _frame(value: pd.DataFrame | None) -> pd.DataFrame:
    """A DataFrame for None, a GeoDataFrame without its geometry, else the frame itself."""
    if value is None:
        return pd.DataFrame()
    geometry = getattr(value, "_geometry_column_name", None)
    if geometry in value.columns:
        return pd.DataFrame(value.drop(columns=geometry))
    return value


def _with_region_names(frame: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the regions' name columns it lacks, matched by ``unit_id``."""
    missing = [c for c in REGION_NAME_COLUMNS if c in regions.columns and c not in frame.columns]
    if not missing or "unit_id" not in frame.columns or "unit_id" not in regions.columns:
        return frame
    names = regions.drop_duplicates("unit_id").set_index("unit_id")
    return frame.assign(**{c: frame["unit_id"].map(names[c]) for c in missing})


def name_column(frame: pd.DataFrame, language: str = "en") -> str | None:
    """The column naming the rows in ``language``, or None."""
    return next((c for c in NAME_FIELDS[language] if c in frame.columns), None)


def names_of(frame: pd.DataFrame, language: str = "en") -> pd.Series:
    """Row names as text: each row's first non-empty name column of ``language``, by
    preference (a region without a Kazakh name is shown by its Russian one), else the index."""
    columns = [c for c in NAME_FIELDS[language] if c in frame.columns]
    if not columns:
        return pd.Series(frame.index, index=frame.index).map(
            lambda v: "" if is_missing(v) else str(v))
    names = [next((str(v) for v in row if not is_missing(v) and str(v).strip()), "")
             for row in frame[columns].itertuples(index=False)]
    return pd.Series(names, index=frame.index, dtype=object)


def subindex_columns(frame: pd.DataFrame) -> list[str]:
    """The ``si_*`` sub-index columns, in table order."""
    return [c for c in frame.columns if str(c).startswith("si_")]


def by_rank(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows ordered by ``innov_rank`` (else by descending ``innov_idx``), missing last."""
    if "innov_rank" in frame.columns:
        key = pd.to_numeric(frame["innov_rank"], errors="coerce")
        return frame.iloc[key.argsort(kind="stable").to_numpy()]
    if "innov_idx" in frame.columns:
        key = -pd.to_numeric(frame["innov_idx"], errors="coerce")
        return frame.iloc[key.argsort(kind="stable").to_numpy()]
    return frame


def is_missing(value: Any) -> bool:
    """True for None, NaN and pandas' NA."""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def number(value: Any, digits: int = 3, language: str = "en") -> str:
    """A number with ``digits`` decimals and the decimal mark of ``language``; text as it is;
    "–" when missing."""
    if is_missing(value):
        return "–"
    if isinstance(value, bool):
        return str(value)
    try:
        numeric = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isinf(numeric):
        return "∞" if numeric > 0 else "−∞"
    return decimal(f"{numeric:.{digits}f}", language)


def whole(value: Any) -> str:
    """A rank or count rounded to a whole number; "–" when missing."""
    return number(value, 0)


def p_value(value: Any, language: str = "en") -> str:
    """A p-value with 3 decimals, or "< 0.001" (decimal mark of ``language``)."""
    try:
        tiny = 0 <= float(value) < 0.001
    except (TypeError, ValueError):
        tiny = False
    return decimal("< 0.001", language) if tiny else number(value, 3, language)


def rank_interval(row: pd.Series) -> str:
    """The row's 90 % rank interval as "low–high", or "–"."""
    if is_missing(row.get("rank_p05")) or is_missing(row.get("rank_p95")):
        return "–"
    return f"{whole(row['rank_p05'])}–{whole(row['rank_p95'])}"
