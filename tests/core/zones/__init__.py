"""Tests of innovation cluster cores, clusters and the multiplier effect."""
