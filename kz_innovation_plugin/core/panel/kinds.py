"""What an indicator is (a count or a rate) and how a region split across a reform is filled.

Merging regions needs to know what a value is.  A *count* or a total (researchers, tenge of
expenditure, enterprises) adds up.  A *rate*, share, mean or index (% of GRP, per million
inhabitants, per person) does not: the merged region's rate is the mean of its parts weighted
by the rate's denominator (GRP for a share of GRP, population for a per-capita figure), which
the user gives as a weight series.

The catalogue (``data/indicators/catalogue.csv``) records each indicator's unit but not its
kind, so the kind of the catalogued indicators, and the weight each one needs, are stated
here once (:data:`CATALOGUE_KINDS`); a test checks that every catalogued indicator is listed.
Other indicators need their kind declared by the user.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..choices import INDICATOR_KIND, SPLIT_RULE
from ..errors import ParameterError
from ..indicators import catalogued

__all__ = [
    "CATALOGUE_KINDS",
    "COUNT",
    "INDICATOR_KIND",
    "RATE",
    "SPLIT_RULE",
    "catalogue_kind",
    "resolve_kinds",
    "resolve_split_rules",
    "weight_hint",
]

COUNT, RATE = INDICATOR_KIND.values
NO_SPLIT, COPY_PARENT, PROPORTIONAL = SPLIT_RULE.values

#: kind and weight (the rate's denominator) of every catalogued indicator, by catalogue id
CATALOGUE_KINDS: dict[str, tuple[str, str]] = {
    "rd_expenditure_pct_grp": (RATE, "GRP at current prices"),
    "researchers_per_million": (RATE, "population"),
    "digital_literacy_pct": (RATE, "population aged 6-74"),
    "internet_users_pct": (RATE, "population"),
    "grp_per_capita": (RATE, "population"),
    "manufacturing_va_pct_grp": (RATE, "GRP at 2010 prices"),
    "manufacturing_productivity_growth": (
        RATE,
        "manufacturing output of the previous year (an approximation: no weight gives a "
        "merged region's growth index exactly)",
    ),
}


def catalogue_kind(indicator: str) -> str | None:
    """The kind of a catalogued indicator (by its id or short field name), else None.

    Parameters
    ----------
    indicator : str
        An indicator id (``"grp_per_capita"``) or the catalogue's field name (``"grp_pc"``).

    Returns
    -------
    str or None
        ``"count"`` or ``"rate"``; None for an indicator the catalogue does not know.
    """
    entry = catalogued(indicator)
    if entry is None or entry.id not in CATALOGUE_KINDS:
        return None
    return CATALOGUE_KINDS[entry.id][0]


def weight_hint(indicator: str) -> str:
    """The weight a rate needs, in words (the catalogue's), or a general hint."""
    entry = catalogued(indicator)
    if entry is not None and entry.id in CATALOGUE_KINDS:
        return CATALOGUE_KINDS[entry.id][1]
    return "the rate's denominator (population, GRP ...)"


def resolve_kinds(declared: Mapping[str, str], indicators: list[str]) -> dict[str, str | None]:
    """Kind of each indicator: declared by the user, else the catalogue's, else None.

    Parameters
    ----------
    declared : mapping
        Indicator -> kind (``"count"``, ``"rate"`` or an alias), as the user gave it.
    indicators : list of str
        The indicators of the panel.

    Returns
    -------
    dict
        Indicator -> ``"count"``, ``"rate"`` or None (unknown).

    Raises
    ------
    ParameterError
        For a declared kind that is neither.
    """
    given = {str(name): INDICATOR_KIND.resolve(kind) for name, kind in declared.items()}
    return {name: given.get(name) or catalogue_kind(name) for name in indicators}


def resolve_split_rules(
    rules: str | Mapping[str, str] | None, indicators: list[str]
) -> dict[str, str]:
    """Split rule of each indicator: one rule for all, or one per indicator (default none).

    Raises
    ------
    ParameterError
        For an unknown rule.
    """
    if rules is None:
        return dict.fromkeys(indicators, NO_SPLIT)
    if isinstance(rules, str):
        rule = SPLIT_RULE.resolve(rules)
        return dict.fromkeys(indicators, rule)
    if not isinstance(rules, Mapping):
        raise ParameterError(
            f"Split rules must be one rule for every indicator or a mapping indicator -> rule, "
            f"not {rules!r}; the rules are: {SPLIT_RULE.accepted()}."
        )
    given = {str(name): SPLIT_RULE.resolve(rule) for name, rule in rules.items()}
    return {name: given.get(name, NO_SPLIT) for name in indicators}
