"""Tests of kz_innovation_plugin.core.specialisation, one file per module."""
