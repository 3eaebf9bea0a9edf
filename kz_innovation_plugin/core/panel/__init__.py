"""Multi-year panels across Kazakhstan's boundary reforms (2018, 2022).

A long table of several years (year, region, indicator, value) is read into a
:class:`Panel` (:func:`read_panel`); the boundary set each year's indicator was published on
is recognised from its regions (:func:`recognise_sets`); and the panel is harmonised to one
chosen set (:func:`harmonise_panel`) with the gazetteer's reform crosswalk
(:func:`crosswalk`): counts add up, rates are merged with a weight series the user gives,
a region is split only by a rule the user chooses, and every value says how it was obtained.

Modules, one purpose each: :mod:`.reading` (the table to a panel), :mod:`.sets` (sets and
crosswalk), :mod:`.kinds` (count or rate, split rules), :mod:`.weights` (weight look-up),
:mod:`.rules` (what a run lacks, in one message), :mod:`.harmonise` (the values and marks).
"""

from .harmonise import (
    HARMONISED_COLUMNS,
    MARKS,
    HarmonisedPanel,
    HarmoniseOptions,
    harmonise_panel,
)
from .kinds import CATALOGUE_KINDS, INDICATOR_KIND, SPLIT_RULE, catalogue_kind
from .reading import PANEL_COLUMNS, Panel, read_panel
from .sets import CROSSWALK_COLUMNS, GROUP_COLUMNS, crosswalk, recognise_sets, same_territory

__all__ = [
    "CATALOGUE_KINDS",
    "CROSSWALK_COLUMNS",
    "GROUP_COLUMNS",
    "HARMONISED_COLUMNS",
    "INDICATOR_KIND",
    "MARKS",
    "PANEL_COLUMNS",
    "SPLIT_RULE",
    "HarmoniseOptions",
    "HarmonisedPanel",
    "Panel",
    "catalogue_kind",
    "crosswalk",
    "harmonise_panel",
    "read_panel",
    "recognise_sets",
    "same_territory",
]
