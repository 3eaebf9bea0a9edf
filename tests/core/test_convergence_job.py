"""The convergence job (core/jobs/convergence.py): beta- and sigma-convergence of a layer with
one feature per region and year, equal to the core functions run directly on the official
2021-2023 extract harmonised to the 2022 set and on a constructed lattice; its tables,
warnings and method record; bad input refused with nothing written; the command-line twin."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest
from libpysal.graph import Graph
from numpy.testing import assert_allclose

from kz_innovation_plugin.core.dynamics import beta_convergence, sigma_convergence
from kz_innovation_plugin.core.errors import InputFileError, ParameterError
from kz_innovation_plugin.core.jobs import convergence as job
from kz_innovation_plugin.core.jobs import dynamics, panel
from kz_innovation_plugin.core.jobs.spatial import SpatialJob
from kz_innovation_plugin.core.spatial_weights import WeightsOptions
from tests.conftest import ROOT
from tests.core.dynamics import reworded
from tests.core.test_dynamics_job import IDS, YEARS, lattice_graph, long_layer

EXTRACT = ROOT / "tests" / "data" / "kz_regional_indicators_2021_2023_extract.csv"


def harmonised(**extra):
    """The extract on the 2022 set, one feature per region and year."""
    return panel.run(panel.PanelJob(table=str(EXTRACT), split_rule="copy_parent",
                                    **extra)).regions


@pytest.fixture(scope="module")
def grp_layer():
    """GRP per capita, 2021 (published on the 2018 set) and 2022, on the 20 regions of 2022."""
    return harmonised(indicators=["grp_per_capita"])


@pytest.fixture(scope="module")
def every_year():
    """All three indicators, 2021-2023: GRP per capita has no 2023 value."""
    return harmonised()


def by_hand(layer, field) -> pd.DataFrame:
    """Regions x years of ``field``, pivoted here without the job's reader."""
    return layer.pivot(index="unit_id", columns="year", values=field)


def queen(layer) -> Graph:
    """Queen contiguity of the regions, by libpysal, indexed by unit_id."""
    regions = layer.drop_duplicates("unit_id").set_index("unit_id")
    return Graph.build_contiguity(regions, rook=False)


def grp_job(**extra) -> job.ConvergenceJob:
    return job.ConvergenceJob(field="grp_per_capita", spatial=SpatialJob(id_field="unit_id"),
                              **extra)


@pytest.mark.parametrize("model", ["ols", "lag", "error"])
def test_the_job_equals_the_core_on_the_official_extract(grp_layer, model):
    outcome = job.run(grp_job(model=model, confidence=0.9), grp_layer)
    values = by_hand(grp_layer, "grp_per_capita")
    assert values.shape == (20, 2)
    direct = beta_convergence(values, None if model == "ols" else queen(grp_layer),
                              model=model, confidence=0.9)
    # the maximum-likelihood search meets the regions in another order (the layer's, not
    # libpysal's): the same optimum to the optimiser's tolerance
    tolerance = 1e-9 if model == "ols" else 1e-5
    row = outcome.layers()[job.BETA_LAYER].iloc[0]
    assert (row["model"], row["start_year"], row["end_year"], row["span"], row["regions"]) == (
        model, 2021, 2022, 1, 20)
    assert_allclose([row["beta"], row["beta_se"], row["beta_p"], row["ci_lower"],
                     row["ci_upper"], row["intercept"], row["r2"], row["speed"]],
                    [direct.beta, direct.beta_se, direct.beta_p, *direct.beta_ci,
                     direct.intercept, direct.r2, direct.speed], rtol=tolerance)
    assert np.isnan(row["half_life"]) and np.isnan(direct.half_life)  # beta > 0: divergence
    if model == "ols":
        assert row["spatial_term"] is None and np.isnan(row["spatial"])
        assert outcome.weights is None
    else:
        assert row["spatial_term"] == {"lag": "rho", "error": "lambda"}[model]
        assert_allclose([row["spatial"], row["spatial_p"]], [direct.spatial, direct.spatial_p],
                        rtol=tolerance)
    regions = outcome.layers()[job.REGIONS_LAYER].set_index("unit_id")
    assert len(regions) == 20 and regions.geometry.notna().all()
    for name in ("LOG_INITIAL", "GROWTH", "RESIDUAL"):
        assert_allclose(regions.loc[direct.frame.index, name], direct.frame[name],
                        rtol=tolerance, atol=1e-9)
    assert regions.at["astana", "LOG_INITIAL"] == pytest.approx(np.log(7361.9))
    assert "grp_per_capita" not in regions.columns  # a value of one year only


def test_the_sigma_table_equals_the_core_on_the_official_extract(grp_layer):
    table = job.run(grp_job(), grp_layer).layers()[job.SIGMA_LAYER]
    direct = sigma_convergence(by_hand(grp_layer, "grp_per_capita"))
    assert list(table.columns) == list(job.SIGMA_COLUMNS)
    assert list(table["year"]) == [2021, 2022]
    for name in ("regions", "mean", "std", "cv", "log_std"):
        assert_allclose(table[name], direct.frame[name], rtol=1e-12)
    assert_allclose(table["cv_slope"], direct.trends["cv"]["slope"])
    assert_allclose(table["log_std_slope"], direct.trends["log_std"]["slope"])
    # the spread of GRP per capita widened from 2021 to 2022: no sigma-convergence
    assert table["log_std"].iloc[1] > table["log_std"].iloc[0]
    assert table["cv_trend_p"].isna().all()  # two years: no p-value


def test_small_samples_and_short_series_are_warnings(grp_layer):
    outcome = job.run(grp_job(model="lag"), grp_layer)
    assert any(text.startswith("Only 20 regions: the regression has 18 degrees of freedom")
               for text in outcome.warnings)
    assert any(text.startswith("Growth is measured over 1 year(s)") for text in outcome.warnings)
    assert any("has no p-value" in text for text in outcome.warnings)
    # the 2021 values of the three new regions and of the three they left are the old,
    # larger regions' values (copy_parent): their growth is partly the reform
    assert ("6 region(s) have a 2021 or 2022 value derived by the harmonisation "
            "(grp_per_capita_method: copied), not published for them: abai, almaty_region, "
            "jetisu, karaganda, ulytau, east_kazakhstan.") in " ".join(outcome.warnings)
    assert set(outcome.warnings) <= set(outcome.notes)
    assert not any(text.startswith("beta = ") for text in outcome.warnings)
    record = outcome.provenance
    assert record["tool"] == job.TOOL and record["parameters"]["model"] == "lag"
    assert record["weights"]["features"] == 20 and record["warnings"] == outcome.warnings


def test_the_plain_model_builds_no_weights(grp_layer):
    """A weights file that does not exist is not read by the plain model."""
    spatial = SpatialJob(id_field="unit_id", weights_file="missing.gal")
    outcome = job.run(job.ConvergenceJob(field="grp_per_capita", spatial=spatial), grp_layer)
    assert outcome.weights is None and outcome.provenance["weights"] is None
    assert "weights" not in outcome.provenance["parameters"]
    with pytest.raises(InputFileError, match="Weights file not found: missing.gal"):
        job.run(job.ConvergenceJob(field="grp_per_capita", model="error", spatial=spatial),
                grp_layer)


@pytest.mark.parametrize("model", ["ols", "lag"])
def test_the_job_equals_the_core_on_a_lattice(model):
    """Six years: the trends have p-values; rook weights built on the squares equal lat2W's."""
    rng = np.random.default_rng(3)
    start = rng.uniform(5.0, 20.0, len(IDS))
    rates = 0.12 - 0.03 * np.log(start) + rng.normal(0, 0.005, len(IDS))
    values = pd.DataFrame(start[:, None] * np.exp(np.outer(rates, np.arange(len(YEARS)))),
                          index=pd.Index(IDS, name="rid"), columns=list(YEARS))
    spatial = SpatialJob(weights=WeightsOptions(method="rook"), id_field="rid")
    outcome = job.run(job.ConvergenceJob(field="rd", model=model, spatial=spatial),
                      long_layer(values))
    direct = beta_convergence(values, lattice_graph(), model=model)
    row = outcome.layers()[job.BETA_LAYER].iloc[0]
    assert_allclose([row["beta"], row["beta_p"], row["speed"], row["half_life"]],
                    [direct.beta, direct.beta_p, direct.speed, direct.half_life], rtol=1e-8)
    assert row["beta"] < 0 and row["half_life"] > 0  # built to converge
    sigma = sigma_convergence(values)
    table = outcome.layers()[job.SIGMA_LAYER]
    assert_allclose(table[["cv_trend_p", "log_std_trend_p"]].iloc[0],
                    [sigma.trends["cv"]["p"], sigma.trends["log_std"]["p"]])
    assert table["log_std_slope"].iloc[0] < 0
    assert not any("has no p-value" in text or "derived by the harmonisation" in text
                   for text in outcome.warnings)
    assert "half-life" in outcome.summary() and "years." in outcome.summary()


def test_one_year_only_is_refused(every_year):
    one_year = every_year[every_year["year"] == 2022]
    with pytest.raises(ParameterError, match="needs at least 2 years; the panel has 1 \\(2022\\)"):
        job.run(grp_job(), one_year)


def test_a_field_with_gaps_is_refused_naming_them(every_year):
    with pytest.raises(ParameterError, match="no valid value for 20 region-year"):
        job.run(grp_job(), every_year)


def test_values_that_are_not_positive_are_refused(every_year):
    """R&D expenditure is 0.00 in some regions in 2021: no logarithm."""
    with pytest.raises(ParameterError, match="not positive in 2021 or 2023"):
        job.run(job.ConvergenceJob(field="rd_expenditure_pct_grp",
                                   spatial=SpatialJob(id_field="unit_id")), every_year)


def test_the_model_is_checked_and_the_dynamics_runner_runs_the_job(grp_layer):
    with pytest.raises(ParameterError, match="Unknown beta-convergence model 'probit'"):
        grp_job(model="probit")
    assert grp_job(model="SEM").model == "error"
    with pytest.raises(ParameterError, match="Name the region id field"):
        job.ConvergenceJob(field="grp_per_capita")
    outcome = dynamics.run(grp_job(), grp_layer)
    assert isinstance(outcome, job.ConvergenceOutcome)
    assert list(outcome.layers()) == [job.REGIONS_LAYER, job.SIGMA_LAYER, job.BETA_LAYER,
                                      "method"]


def test_the_command_line_twin(grp_layer, every_year, tmp_path, capsys):
    from kz_innovation_plugin.cli import main

    source = tmp_path / "grp.gpkg"
    grp_layer.to_file(source, layer="grp")
    output = tmp_path / "convergence.gpkg"
    assert main(["convergence", "--layer", str(source), "--field", "grp_per_capita",
                 "--model", "error", "--output", str(output)]) == 0
    out = capsys.readouterr().out
    assert "warning: Only 20 regions" in out and "Beta-convergence (error), 2021-2022" in out
    assert out.count("Only 20 regions") == 1
    beta = pyogrio.read_dataframe(output, layer=job.BETA_LAYER)
    assert beta.at[0, "spatial_term"] == "lambda" and beta.at[0, "regions"] == 20
    assert len(pyogrio.read_dataframe(output, layer=job.REGIONS_LAYER)) == 20
    assert len(pyogrio.read_dataframe(output, layer=job.SIGMA_LAYER)) == 2
    gaps = tmp_path / "every_year.gpkg"
    every_year.to_file(gaps, layer="every_year")
    assert main(["convergence", "--layer", str(gaps), "--field", "grp_per_capita",
                 "--output", str(tmp_path / "refused.gpkg")]) == 2
    assert "no valid value for 20 region-year" in capsys.readouterr().err
    assert not (tmp_path / "refused.gpkg").exists()


def test_the_warnings_are_those_the_core_flags_whatever_their_words(grp_layer, monkeypatch):
    monkeypatch.setattr(job, "beta_convergence", reworded(beta_convergence))
    monkeypatch.setattr(job, "sigma_convergence", reworded(sigma_convergence))
    outcome = job.run(grp_job(), grp_layer)
    beta, sigma = outcome.result, outcome.sigma
    assert [text[:25] for text in beta.warnings] == ["ONLY 20 REGIONS: THE REGR",
                                                     "GROWTH IS MEASURED OVER 1"]
    assert [text[:25] for text in sigma.warnings] == ["WITH 2 YEARS THE TREND OF"]
    derived = outcome.warnings[-1]
    assert derived.startswith("6 region(s) have a 2021 or 2022 value derived")
    assert outcome.warnings == [*beta.warnings, *sigma.warnings, derived]
    assert set(outcome.warnings) < set(outcome.notes)
