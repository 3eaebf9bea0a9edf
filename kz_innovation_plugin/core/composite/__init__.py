"""Composite innovation index, step by step as the OECD/JRC Handbook on Constructing
Composite Indicators (2008) describes it: missing values, outliers, normalisation, weights,
aggregation, levels, coherence and profiles.  Each module holds one step.
"""
