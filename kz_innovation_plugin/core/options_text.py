"""Index options written as text, as the command line and Processing parameters give them.

Lists are comma-separated (``rd_exp, research``); assignments are ``name=value`` pairs
separated by commas or semicolons (``potential=2; performance=1``); extra groups are
``NAME: field, field`` separated by semicolons or given one per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .composite.index import IndexOptions
from .composite.uncertainty import UncertaintySettings
from .errors import ParameterError


def field_list(text: str | None) -> list[str]:
    """``"a, b ,c"`` -> ``["a", "b", "c"]`` (empty text -> ``[]``)."""
    return [item.strip() for item in (text or "").split(",") if item.strip()]


def assignments(text: str | None, what: str) -> dict[str, float]:
    """``"a=1, b=2.5"`` -> ``{"a": 1.0, "b": 2.5}``; a malformed pair names ``what``."""
    result: dict[str, float] = {}
    for item in re.split(r"[;,]", text or ""):
        if not item.strip():
            continue
        name, equals, value = item.partition("=")
        try:
            if not equals or not name.strip():
                raise ValueError
            result[name.strip()] = float(value.strip().replace(",", "."))
        except ValueError:
            raise ParameterError(
                f"{what}: {item.strip()!r} is not of the form name=number (for example "
                "rd_exp=2)."
            ) from None
    return result


def groups_from_text(
    potential: str | None, performance: str | None, extra_groups: list[str] | str | None
) -> dict[str, list[str]] | None:
    """The groups the user named, or None to use the catalogue's."""
    groups: dict[str, list[str]] = {}
    if field_list(potential):
        groups["potential"] = field_list(potential)
    if field_list(performance):
        groups["performance"] = field_list(performance)
    items = extra_groups if isinstance(extra_groups, list) else re.split(r";", extra_groups or "")
    for item in items:
        if not item.strip():
            continue
        name, colon, members = item.partition(":")
        if not colon or not name.strip() or not field_list(members):
            raise ParameterError(
                f"Group {item.strip()!r} is not of the form NAME: field, field (for example "
                "'digital: internet, dig_lit')."
            )
        groups[name.strip()] = field_list(members)
    return groups or None


def bands_from_text(text: str | None) -> tuple[float, ...]:
    """``"100, 200, 300"`` -> ``(100.0, 200.0, 300.0)`` km; the zones check the values."""
    try:
        return tuple(float(item) for item in field_list(text))
    except ValueError:
        raise ParameterError(
            f"Distance bands {text!r} must be numbers in km separated by commas, e.g. "
            "100, 200, 300."
        ) from None


def thresholds_from_text(text: str | None) -> tuple[float, float] | None:
    """``"0.33, 0.66"`` -> ``(0.33, 0.66)``; checked by the level classification."""
    values = [item.strip() for item in re.split(r"[;,\s]+", text or "") if item.strip()]
    if not values:
        return None
    try:
        numbers = tuple(float(value) for value in values)
    except ValueError:
        raise ParameterError(
            f"Level thresholds {text!r} must be two numbers, for example 0.33, 0.66."
        ) from None
    if len(numbers) != 2 or not numbers[0] < numbers[1]:
        raise ParameterError(
            f"Level thresholds must be two increasing numbers, e.g. 0.33, 0.66; got {text!r}."
        )
    return numbers


#: choices :class:`IndexText` passes to :class:`IndexOptions` as they are
_PLAIN_CHOICES = (
    "imputation", "max_missing_share", "treatment", "max_winsorised", "normalisation",
    "weighting", "aggregation", "level_method", "profile_method",
)


@dataclass(frozen=True)
class IndexText:
    """The index options as text and plain values, as the command line and dialogs give them.

    Attributes
    ----------
    potential, performance : str or None
        Comma-separated indicator fields of the two study groups; none uses the catalogue's.
    extra_groups : str or list of str or None
        More groups, ``NAME: field, field`` separated by semicolons or one per item.
    lower_is_better : str or None
        Comma-separated indicators for which a lower value is better.
    derived : str
        Derived indicators (``name = expression``), see :mod:`.expressions`.
    imputation, treatment, normalisation, weighting, aggregation : str
        The method of each index step (stable values of :mod:`.choices`).
    level_method, profile_method : str
        How levels and profiles are formed (stable values of :mod:`.choices`).
    max_missing_share : float
        Largest share of missing indicators a region may have.
    max_winsorised : int
        Most values winsorised per indicator.
    user_weights, group_weights : str or None
        ``name=number`` pairs, separated by commas or semicolons.
    thresholds : str or None
        Two increasing level thresholds (``0.33, 0.66``).
    profile_k : int or None
        Number of profiles; 0 or None chooses it.
    runs, seed : int
        Runs and seed of the uncertainty analysis.
    """

    potential: str | None = None
    performance: str | None = None
    extra_groups: list[str] | str | None = None
    lower_is_better: str | None = None
    # the plain choices take their defaults from IndexOptions, where they are documented
    derived: str = IndexOptions.derived
    imputation: str = IndexOptions.imputation
    max_missing_share: float = IndexOptions.max_missing_share
    treatment: str = IndexOptions.treatment
    max_winsorised: int = IndexOptions.max_winsorised
    normalisation: str = IndexOptions.normalisation
    weighting: str = IndexOptions.weighting
    user_weights: str | None = None
    group_weights: str | None = None
    aggregation: str = IndexOptions.aggregation
    level_method: str = IndexOptions.level_method
    thresholds: str | None = None
    profile_method: str = IndexOptions.profile_method
    profile_k: int | None = None
    runs: int = 1000
    seed: int = 1

    def to_options(self) -> IndexOptions:
        """Parse the texts into :class:`IndexOptions`.

        Raises
        ------
        ParameterError
            For a malformed list, group, assignment or threshold pair.
        """
        directions = {name: -1 for name in field_list(self.lower_is_better)}
        return IndexOptions(
            groups=groups_from_text(self.potential, self.performance, self.extra_groups),
            directions=directions or None,
            derived=self.derived or "",
            **{name: getattr(self, name) for name in _PLAIN_CHOICES},
            user_weights=assignments(self.user_weights, "Weights") or None,
            group_weights=assignments(self.group_weights, "Group weights") or None,
            thresholds=thresholds_from_text(self.thresholds),
            profile_k=self.profile_k or None,
            uncertainty=UncertaintySettings(runs=self.runs, seed=self.seed),
        )


def index_options_from_text(text: IndexText | None = None, /, **fields: Any) -> IndexOptions:
    """Build :class:`IndexOptions` from an :class:`IndexText`, or from its fields by keyword.

    ``index_options_from_text(IndexText(runs=200))`` and
    ``index_options_from_text(runs=200)`` are the same; giving both is an error.
    """
    if text is not None and fields:
        raise TypeError("Give an IndexText or its fields as keywords, not both.")
    return (text or IndexText(**fields)).to_options()
