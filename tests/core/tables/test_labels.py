"""Tests of core.tables.labels: region labels and national-total rows."""

from __future__ import annotations

import pytest

from kz_innovation_plugin.core.tables import (
    NATIONAL_NAMES,
    clean_label,
    is_national_label,
    read_indicator_table,
)

from . import write_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("г.Шымкент2)", "г.Шымкент"), ("г.Шымкент 2)", "г.Шымкент"),
        ("Туркестанская1", "Туркестанская"), ("Алматы*", "Алматы"),
        ("Nur-Sultan¹", "Nur-Sultan"), ("Астана 1)", "Астана"), ("Астана*1)", "Астана"),
        ("  Акмолинская  ", "Акмолинская"), ("\u00a0Абайская\u202f", "Абайская"),
        ("Северо-  Казахстанская", "Северо- Казахстанская"), ("Алматы1,2)", "Алматы"),
        ("1", "1"), ("2)", "2)"), ("2018", "2018"), ("Region A1", "Region A1"),
        ("г. Алматы", "г. Алматы"),
    ],
)
def test_clean_label(raw, clean):
    assert clean_label(raw) == clean


@pytest.mark.parametrize(
    "name",
    [
        "Республика Казахстан", "Республика Казахстан1)", "РЕСПУБЛИКА КАЗАХСТАН",
        "Қазақстан Республикасы", "Republic of Kazakhstan", "Kazakhstan", "Казахстан",
        "Всего", "Итого", "Total", "Барлығы", " всего: ",
    ],
)
def test_national_names(name):
    assert is_national_label(name)


@pytest.mark.parametrize("name", ["Акмолинская", "Северо-Казахстанская", "г.Алматы", ""])
def test_regions_are_not_national(name):
    assert not is_national_label(name)


def test_national_names_are_normalised():
    assert all(name == name.casefold().strip() for name in NATIONAL_NAMES)


def test_labels_cleaned_and_national_row_moved(tmp_path):
    text = (
        "region,rd\n"
        "Республика Казахстан1),0.12\n"
        " Акмолинская ,0.05\n"
        "Туркестанская1,0.02\n"
        "г.Шымкент 2),0.03\n"
        "Алматы*,0.4\n"
    )
    table = read_indicator_table(write_text(tmp_path, "labels.csv", text))
    assert list(table.data["region"]) == ["Акмолинская", "Туркестанская", "г.Шымкент",
                                          "Алматы"]
    assert list(table.data["source_row"]) == [3, 4, 5, 6]
    assert list(table.national["region"]) == ["Республика Казахстан"]
    assert table.national["rd"].iloc[0] == 0.12
    assert table.national["source_row"].iloc[0] == 2
    assert list(table.national.columns) == list(table.data.columns)
    assert any("National total" in note for note in table.notes)

