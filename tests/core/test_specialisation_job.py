"""The specialisation job: the 2022 R&D bulletin measured and joined to the 2022 regions."""

from __future__ import annotations

import re

import pandas as pd
import pyogrio
import pytest

from kz_innovation_plugin.core.bundled import load_bundled_regions
from kz_innovation_plugin.core.errors import MatchError, ParameterError, TableFormatError
from kz_innovation_plugin.core.jobs import specialisation as job
from tests.conftest import RD_BULLETIN

#: the sheets of the 2022 R&D bulletin: internal R&D expenditure by field of science
FIELDS = ("natural sciences=6; engineering and technology=7; medical sciences=8; "
          "agricultural sciences=9; social sciences=10; humanities=11")


@pytest.fixture(scope="module")
def regions_2022():
    return load_bundled_regions("2022")


@pytest.fixture(scope="module")
def bulletin(regions_2022):
    options = job.SpecialisationJob(table=str(RD_BULLETIN), layout="sheets",
                                    sheets=job.parse_sheet_map(FIELDS))
    return job.run(options, regions_2022)


def by_unit(outcome, field):
    return dict(zip(outcome.regions["unit_id"], outcome.regions[field]))


def test_every_region_of_2022_gets_its_profile(bulletin):
    dominant = by_unit(bulletin, "sp_dom")
    assert len(dominant) == 20 and all(isinstance(name, str) for name in dominant.values())
    # by hand from the bulletin (thousand tenge): Astana's social sciences 4,063,236.8 of
    # 22,961,042.7 against the country's 12,337,025.2 of 216,170,582.3 (sheet "10" and the
    # sheets' national rows)
    assert dominant["astana"] == "social sciences"
    assert by_unit(bulletin, "sp_dom_lq")["astana"] == pytest.approx(3.1074, abs=1e-4)
    assert dominant["almaty_city"] == "natural sciences"
    assert dominant["karaganda"] == "social sciences"
    assert dominant["aktobe"] == "medical sciences"
    assert dominant["east_kazakhstan"] == "engineering and technology"
    # "Алматы" of the bulletin is the oblast, not the city
    assert dominant["almaty_region"] == "agricultural sciences"


def test_the_dominant_number_follows_the_table_order(bulletin):
    activities = list(bulletin.result.lq.columns)
    numbers = by_unit(bulletin, "sp_dom_no")
    for unit, name in by_unit(bulletin, "sp_dom").items():
        assert activities[numbers[unit] - 1] == name


def test_the_layer_is_not_modified(regions_2022, bulletin):
    assert not [column for column in regions_2022.columns if column.startswith("sp_")]


def test_written_geopackage_has_every_table_and_a_named_legend(bulletin, tmp_path):
    path = bulletin.write(tmp_path / "specialisation.gpkg")
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"regions_specialisation", "specialisation_cells", "activity_localisation",
                      "specialisation_match", "method", "layer_styles"}
    cells = pyogrio.read_dataframe(path, layer="specialisation_cells")
    assert len(cells) == 20 * 6 and cells["unit_id"].notna().all()
    styles = pyogrio.read_dataframe(path, layer="layer_styles")
    qml = styles.loc[styles["f_table_name"] == "regions_specialisation", "styleQML"].iloc[0]
    labels = re.findall(r'<category [^>]*label="([^"]*)"', qml)
    # the activities that dominate somewhere, named; "Activity 7".."Activity 24" are gone
    assert set(labels) == set(bulletin.regions["sp_dom"].dropna())
    assert not any(label.startswith("Activity") for label in labels)


def test_a_table_of_another_boundary_set_is_refused(tmp_path):
    options = job.SpecialisationJob(table=str(RD_BULLETIN), layout="sheets",
                                    sheets=job.parse_sheet_map(FIELDS))
    message = ("3 region(s) of the table match no feature of the layer: Абай, Жетісу, Ұлытау. "
               "The table's regions form the 2022 boundary set, the layer is the 2018 set")
    with pytest.raises(MatchError, match=re.escape(message)):
        job.run(options, load_bundled_regions("2018"))


def test_a_newer_table_is_summed_to_the_layer_when_asked(regions_2022):
    options = job.SpecialisationJob(table=str(RD_BULLETIN), layout="sheets",
                                    sheets=job.parse_sheet_map(FIELDS), aggregate=True)
    outcome = job.run(options, load_bundled_regions("2018"))
    assert outcome.regions["sp_dom"].notna().sum() == 17
    assert any("Қарағанды + Ұлытау -> Карагандинская" in note for note in outcome.notes)
    # the table as published is kept beside, on its 20 regions
    assert outcome.published.lq.shape == (20, 6)
    assert len(outcome.layers()["specialisation_cells_published"]) == 120
    # on a layer of the table's own set nothing is summed
    same = job.run(options, regions_2022)
    assert same.published is None and same.regions["sp_dom"].notna().sum() == 20


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


#: a toy table (not statistics): regions of 2018, three OKED sections and a total column
TOY = ("region;A;C;F;Total\n"
       "Республика Казахстан;100;60;40;200\n"
       "Акмолинская область;50;10;0;60\n"
       "Атырауская область;50;50;40;140\n")


def test_activities_that_do_not_add_up_are_refused(tmp_path):
    bad = TOY.replace("Акмолинская область;50;10;0;60", "Акмолинская область;50;10;0;90")
    options = job.SpecialisationJob(table=write(tmp_path, "off.csv", bad), total_column="Total")
    with pytest.raises(TableFormatError, match="Акмолинская"):
        job.run(options, load_bundled_regions("2018"))


def test_negative_values_are_refused(tmp_path):
    bad = TOY.replace("Атырауская область;50;50;40;140", "Атырауская область;50;50;-40;60")
    options = job.SpecialisationJob(table=write(tmp_path, "negative.csv", bad))
    with pytest.raises(TableFormatError, match="negative"):
        job.run(options, load_bundled_regions("2018"))


def test_missing_cells_without_a_total_row_are_refused(tmp_path):
    bad = "region;A;C\nАкмолинская область;50;x\nАтырауская область;50;50\n"
    options = job.SpecialisationJob(table=write(tmp_path, "no_total.csv", bad))
    with pytest.raises(TableFormatError, match="no national total row"):
        job.run(options, load_bundled_regions("2018"))


def test_shift_share_components_add_up_to_the_change(tmp_path):
    base = TOY
    end = ("region;A;C;F;Total\n"
           "Республика Казахстан;110;90;40;240\n"
           "Акмолинская область;55;30;0;85\n"
           "Атырауская область;55;60;40;155\n")
    options = job.SpecialisationJob(table=write(tmp_path, "end.csv", end),
                                    base_table=write(tmp_path, "base.csv", base),
                                    esteban_marquillas=True)
    outcome = job.run(options, load_bundled_regions("2018"))
    shares = outcome.layers()["shift_share"]
    parts = shares[["national_growth", "industry_mix", "regional_shift"]].sum(axis=1)
    pd.testing.assert_series_equal(parts, shares["change"], check_names=False)
    # by hand, Акмолинская C: base 10, national growth 240/200 - 1 = 0.2 -> 2.0; C grew
    # 90/60 - 1 = 0.5 -> industry mix 10 x 0.3 = 3.0; regional shift 30 - 10 x 1.5 = 15.0
    row = shares[(shares["region"] == "Акмолинская область") & (shares["activity"] == "C")]
    assert row[["national_growth", "industry_mix", "regional_shift"]].iloc[0].tolist() == \
        pytest.approx([2.0, 3.0, 15.0])


def test_sheet_pairs_are_read_and_bad_ones_named():
    assert job.parse_sheet_map("a=1;\n b = 2 ") == {"a": "1", "b": "2"}
    with pytest.raises(ParameterError, match='"natural sciences" is not "activity=sheet"'):
        job.parse_sheet_map("natural sciences")
    with pytest.raises(ParameterError, match="sheet of each activity"):
        job.SpecialisationJob(table="t.xls", layout="sheets")


def test_the_command_line_twin_writes_the_same_layers(tmp_path, capsys):
    from kz_innovation_plugin.cli import main

    output = tmp_path / "rd.gpkg"
    code = main(["specialisation", "--table", str(RD_BULLETIN), "--layout", "sheets",
                 "--sheets", FIELDS, "--boundary-set", "2022", "--output", str(output)])
    assert code == 0, capsys.readouterr().err
    assert "20 regions x 6 activities measured; 20 of 20 features matched" in \
        capsys.readouterr().out
    regions = pyogrio.read_dataframe(output, layer="regions_specialisation")
    assert dict(zip(regions["unit_id"], regions["sp_dom"]))["astana"] == "social sciences"


def test_the_command_line_names_a_bad_table_and_writes_nothing(tmp_path, capsys):
    from kz_innovation_plugin.cli import main

    output = tmp_path / "rd.gpkg"
    code = main(["specialisation", "--table", str(RD_BULLETIN), "--layout", "sheets",
                 "--sheets", FIELDS, "--boundary-set", "2018", "--output", str(output)])
    assert code == 2 and "Абай, Жетісу, Ұлытау" in capsys.readouterr().err
    assert not output.exists()


#: TOY's end year (toy numbers, not statistics), its regions and total row named in Kazakh
TOY_KK_END = ("region;A;C;F;Total\n"
              "Қазақстан Республикасы;110;90;40;240\n"
              "Атырау облысы;55;60;40;155\n"
              "Ақмола облысы;55;30;0;85\n")


def test_shift_share_matches_russian_and_kazakh_names_of_one_region(tmp_path):
    options = job.SpecialisationJob(table=write(tmp_path, "end_kk.csv", TOY_KK_END),
                                    base_table=write(tmp_path, "base_ru.csv", TOY))
    shares = job.run(options, load_bundled_regions("2018")).shift_share
    # rows named as the end table names them; Ақмола C by hand as in the test above
    assert set(shares["region"]) == {"Атырау облысы", "Ақмола облысы"}
    row = shares[(shares["region"] == "Ақмола облысы") & (shares["activity"] == "C")]
    assert row[["national_growth", "industry_mix", "regional_shift"]].iloc[0].tolist() == \
        pytest.approx([2.0, 3.0, 15.0])


#: toy numbers (not statistics): a base year on the 2018 regions and an end year on the
#: 2022 regions, whose Abai and East Kazakhstan make 2018's East Kazakhstan
BASE_2018 = ("region;A;C;Total\n"
             "Республика Казахстан;100;60;160\n"
             "Акмолинская область;40;20;60\n"
             "Восточно-Казахстанская область;60;40;100\n")
END_2022 = ("region;A;C;Total\n"
            "Республика Казахстан;120;90;210\n"
            "Акмолинская область;50;30;80\n"
            "область Абай;30;20;50\n"
            "Восточно-Казахстанская область;40;40;80\n")


def test_shift_share_sums_a_newer_end_year_to_the_layer_set(tmp_path):
    options = job.SpecialisationJob(table=write(tmp_path, "end_2022.csv", END_2022),
                                    base_table=write(tmp_path, "base_2018.csv", BASE_2018),
                                    aggregate=True)
    shares = job.run(options, load_bundled_regions("2018")).shift_share
    assert len(shares) == 4  # two regions of 2018 x two activities
    east = shares[shares["region"].str.startswith("Восточно-Казахстанская")]
    east = east.set_index("activity")
    # by hand: g = 210/160 - 1 = 0.3125, g_A = 120/100 - 1 = 0.2; East Kazakhstan A grew
    # from 60 to 30 + 40 = 70: national 60 x 0.3125, mix 60 x (0.2 - 0.3125), shift 70 - 72
    assert east.loc["A", ["base", "end"]].tolist() == [60.0, 70.0]
    assert east.loc["A", ["national_growth", "industry_mix", "regional_shift"]].tolist() == \
        pytest.approx([18.75, -6.75, -2.0])
    # without the option the two years differ, and the message names the regions
    plain = job.SpecialisationJob(table=options.table, base_table=options.base_table)
    with pytest.raises(TableFormatError, match="regions only in the end table: область Абай"):
        job.run(plain, load_bundled_regions("2022"))


def test_shift_share_notes_an_activity_absent_in_the_base_year(tmp_path):
    base = ("region;A;C;F;Total\n"  # toy numbers: no F anywhere in the base year
            "Республика Казахстан;100;60;0;160\n"
            "Акмолинская область;50;10;0;60\n"
            "Атырауская область;50;50;0;100\n")
    options = job.SpecialisationJob(table=write(tmp_path, "end.csv", TOY),
                                    base_table=write(tmp_path, "base.csv", base))
    outcome = job.run(options, load_bundled_regions("2018"))
    new = outcome.shift_share[outcome.shift_share["activity"] == "F"]
    assert new[["national_growth", "industry_mix", "regional_shift"]].isna().all().all()
    assert any("national total of F is zero in the base year" in note
               for note in outcome.notes)


def test_shift_share_names_the_activities_of_one_year_only(tmp_path):
    base = TOY.replace("region;A;C;F;Total", "region;A;C;G;Total")
    options = job.SpecialisationJob(table=write(tmp_path, "end.csv", TOY),
                                    base_table=write(tmp_path, "base.csv", base))
    with pytest.raises(TableFormatError, match="activities only in the base table: G; "
                       "activities only in the end table: F"):
        job.run(options, load_bundled_regions("2018"))


def test_each_field_of_science_gets_its_gini_theil_and_raw_concentration(bulletin):
    from inequality.gini import Gini
    from inequality.theil import Theil

    activities = bulletin.layers()["activity_localisation"].set_index("activity")
    values = bulletin.result.cells.pivot(index="region", columns="activity", values="value")
    for field in values:
        known = values[field].dropna().to_numpy()
        assert activities.at[field, "gini"] == pytest.approx(Gini(known).g)
        assert activities.at[field, "theil"] == pytest.approx(float(Theil(known).T))
    assert activities["raw_concentration"].between(0, 2).all()


def test_the_written_legend_names_only_the_dominant_activities(tmp_path):
    # toy figures: C is no region's dominant activity, so the legend leaves it out
    table = ("region;A;C;F\n"
             "Республика Казахстан;100;100;100\n"
             "Акмолинская область;80;50;10\n"
             "Атырауская область;20;50;90\n")
    options = job.SpecialisationJob(table=write(tmp_path, "three.csv", table))
    outcome = job.run(options, load_bundled_regions("2018"))
    assert outcome.style_labels() == {"regions_specialisation": {"1": "A", "3": "F"}}


def test_labels_with_markup_characters_are_escaped_in_the_legend():
    from xml.etree import ElementTree

    from kz_innovation_plugin.core.styles import relabelled_qml, style_text

    qml = relabelled_qml(style_text("specialisation"), {"2": 'R&D "science" <all>'})
    categories = ElementTree.fromstring(qml).find(".//categories")
    assert [(c.get("value"), c.get("label")) for c in categories] == \
        [("2", 'R&D "science" <all>')]


def test_an_activity_named_twice_in_the_sheets_is_refused():
    with pytest.raises(ParameterError, match='"a" is named twice'):
        job.parse_sheet_map("a=1; b=2; a=3")


def test_more_activities_than_the_style_colours_are_named_in_a_warning(tmp_path):
    # toy figures: 61 activities, the last dominant in one region
    names = [f"a{i}" for i in range(1, 62)]
    rows = ["region;" + ";".join(names),
            "Республика Казахстан;" + ";".join(["10"] * 61),
            "Акмолинская область;" + ";".join(["5"] * 60 + ["9"]),
            "Атырауская область;" + ";".join(["5"] * 60 + ["1"])]
    options = job.SpecialisationJob(table=write(tmp_path, "many.csv", "\n".join(rows) + "\n"))
    outcome = job.run(options, load_bundled_regions("2018"))
    assert any("61 activities; the style colours the first 60" in n for n in outcome.notes)
