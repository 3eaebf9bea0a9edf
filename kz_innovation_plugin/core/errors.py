"""Errors raised by the pure core, written for a GIS analyst.

Every message names the problem and how to fix it.  The Processing layer turns
these into ``QgsProcessingException``; the command line turns them into exit
code 2.
"""

from __future__ import annotations


class KzInnovationError(Exception):
    """Base class of every error the core raises on purpose."""


class InputFileError(KzInnovationError):
    """A file cannot be found, opened or decoded, or holds nothing usable."""


class TableFormatError(KzInnovationError):
    """An indicator table has a layout or a value the reader cannot interpret."""


class LayerError(KzInnovationError):
    """A boundary layer is unusable: no polygons, invalid geometry, wrong CRS."""


class MatchError(KzInnovationError):
    """Table rows and regions cannot be matched without guessing."""


class ParameterError(KzInnovationError):
    """A parameter value is out of range or inconsistent with the others."""


class DependencyError(KzInnovationError):
    """A required Python package is missing."""


class CancelledError(KzInnovationError):
    """The user cancelled a long computation; nothing was written."""
