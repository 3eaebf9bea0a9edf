"""What harmonising a panel needs, checked before any value is computed.

For every year and indicator that is not on the target set, the crosswalk says whether
regions are merged (several published regions make one target region) or split (one
published region became several).  Merging needs the indicator's kind, and a weight for a
rate; splitting needs a rule the user chose, suited to the kind, and a weight for a
proportional division.  Every missing choice is collected and reported in one message that
names the indicators and how to give what they need.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..errors import ParameterError
from .kinds import COPY_PARENT, COUNT, NO_SPLIT, PROPORTIONAL, RATE, weight_hint
from .sets import PART, SPLIT

__all__ = ["Needs", "check_group", "check_needs", "needs_of_group"]


#: indicator -> boundary set -> the years published on it that lack a choice
Wheres = dict[str, dict[str, list[int]]]


@dataclass
class Needs:
    """The choices each indicator lacks, with the years (and their sets) that need them."""

    kind: Wheres = field(default_factory=dict)
    rate_weight: Wheres = field(default_factory=dict)
    split_rule: Wheres = field(default_factory=dict)
    split_weight: Wheres = field(default_factory=dict)
    wrong_rule: dict[str, str] = field(default_factory=dict)
    unknown_weight: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def add(what: Wheres, indicator: str, year: int, boundary_set: str) -> None:
        """Record that ``indicator`` lacks ``what`` in ``year`` (published on
        ``boundary_set``)."""
        years = what.setdefault(indicator, {}).setdefault(boundary_set, [])
        if year not in years:
            years.append(year)


def needs_of_group(
    links: pd.DataFrame, present: set[str]
) -> tuple[bool, bool]:
    """Whether a group whose regions are ``present`` merges and splits regions.

    Parameters
    ----------
    links : pandas.DataFrame
        The crosswalk from the group's set to the target set (:func:`.crosswalk`).
    present : set of str
        The group's regions.

    Returns
    -------
    tuple of bool
        ``(merges, splits)``: a target region made of several parts that are all present;
        a present region split among several target regions.
    """
    parts = links[links["relation"] == PART]
    complete = parts.groupby("target_unit")["source_unit"].agg(lambda units: set(units) <= present)
    merges = bool(complete.any()) if len(complete) else False
    splits = bool(links.loc[links["relation"] == SPLIT, "source_unit"].isin(present).any())
    return merges, splits


def check_group(
    needs: Needs,
    indicator: str,
    where: tuple[int, str],
    operations: tuple[bool, bool],
    choices: tuple[str | None, str | None, str],
) -> None:
    """Record what one group lacks.

    Parameters
    ----------
    needs : Needs
        Collected so far; updated.
    indicator : str
        The indicator.
    where : tuple
        The group's year and the set it was published on.
    operations : tuple of bool
        ``(merges, splits)`` from :func:`needs_of_group`.
    choices : tuple
        The indicator's ``(kind, weight, split_rule)`` (None when not given).
    """
    merges, splits = operations
    kind, weight, rule = choices
    if not (merges or splits):
        return
    if kind is None:
        needs.add(needs.kind, indicator, *where)
        return
    if merges and kind == RATE and not weight:
        needs.add(needs.rate_weight, indicator, *where)
    if not splits:
        return
    if rule == NO_SPLIT:
        needs.add(needs.split_rule, indicator, *where)
    elif rule == COPY_PARENT and kind == COUNT:
        needs.wrong_rule[indicator] = (
            "is a count: copying it to each new region would count it twice; divide it in "
            "proportion to a weight (proportional)")
    elif rule == PROPORTIONAL and kind == RATE:
        needs.wrong_rule[indicator] = (
            "is a rate: a rate is not divided among regions; copy it to each new region "
            "(copy_parent)")
    elif rule == PROPORTIONAL and not weight:
        needs.add(needs.split_weight, indicator, *where)


def check_needs(needs: Needs, target_set: str) -> None:
    """Raise one ParameterError naming everything the harmonisation lacks (if anything)."""
    sentences = [
        _kind_sentence(needs.kind),
        _rate_sentence(needs.rate_weight, target_set),
        _split_sentence(needs.split_rule, target_set),
        _split_weight_sentence(needs.split_weight),
        *(f"{name} {reason}" for name, reason in needs.wrong_rule.items()),
        *(f"the weight of {name} {reason}" for name, reason in needs.unknown_weight.items()),
    ]
    sentences = [sentence for sentence in sentences if sentence]
    if sentences:
        raise ParameterError(
            f"The panel cannot be harmonised to the {target_set} boundary set yet: "
            + "; ".join(sentences) + ". Nothing was computed."
        )


def _listing(items: Wheres) -> str:
    """``rd_exp (2021, 2022 on the 2022 set), grp (2022 on the 2022 set)``."""
    return ", ".join(
        f"{name} ("
        + "; ".join(f"{', '.join(map(str, sorted(years)))} on the {boundary_set} set"
                    for boundary_set, years in sets.items())
        + ")"
        for name, sets in items.items()
    )


def _kind_sentence(items: Wheres) -> str:
    if not items:
        return ""
    return (f"the kind of {_listing(items)} is not known: declare each as a count (a number "
            "or total that adds up) or a rate (a share, a per-capita figure, a mean), "
            f"e.g. {next(iter(items))}: count, in the indicator kinds")


def _rate_sentence(items: Wheres, target_set: str) -> str:
    if not items:
        return ""
    hints = "; ".join(f"{name}: {weight_hint(name)}" for name in items)
    return (f"{_listing(items)} {'is a rate' if len(items) == 1 else 'are rates'}, so merging "
            f"regions into the {target_set} set needs a weight, the rate's denominator "
            f"({hints}). Add the weight as an indicator (year, region, value) to the table or "
            "to a weights table, on the set the rate was published on, and name it in the "
            f"weights, e.g. {next(iter(items))}: <weight indicator>")


def _split_sentence(items: Wheres, target_set: str) -> str:
    if not items:
        return ""
    return (f"{_listing(items)} {'is' if len(items) == 1 else 'are'} published on older, "
            f"larger regions that the {target_set} set splits; choose a split rule: "
            "copy_parent (a rate: each new region gets the old region's rate) or proportional "
            "(a count: the old region's total is divided in proportion to a weight), or "
            "harmonise to an older boundary set instead")


def _split_weight_sentence(items: Wheres) -> str:
    if not items:
        return ""
    return (f"{_listing(items)} {'is' if len(items) == 1 else 'are'} divided in proportion "
            "to a weight, but no weight is named: name one in the weights (e.g. population), "
            "with values for the new regions")
