"""Tests of the gazetteer (data/gazetteer.csv) and of name matching (core/regions.py).

The reference packages pycountry and iso3166-2 (pinned in requirements-dev.txt)
are compared with the gazetteer where they are comparable:

* current ISO 3166-2 codes and subdivision types (both packages);
* the 2022 recoding old -> new and the units added then (iso3166-2 history);
* pycountry's names (BGN/PCGN romanisation of Kazakh) and its partial Russian
  translations;
* iso3166-2's Kazakh and Russian names in Cyrillic and its English names.

Not compared: iso3166-2's ``name`` field and the romanised "(rus)" names (a mix
of GOST and BGN/PCGN romanisations of Russian with typos such as
"Turkestankaya"), and the city nicknames listed below.
"""

from __future__ import annotations

import gettext
import re

import pycountry
import pytest
from iso3166_2 import Subdivisions

from kz_innovation_plugin.core.errors import InputFileError, ParameterError, TableFormatError
from kz_innovation_plugin.core.regions import (
    BOUNDARY_SETS,
    DEFAULT_GAZETTEER_PATH,
    NAME_COLUMNS,
    Gazetteer,
    NameMatch,
    SetFit,
    normalise_name,
    set_for_year,
)

CITIES = {"astana", "almaty_city", "shymkent"}
NEW_2022 = {"abai", "jetisu", "ulytau"}
ALL_UNITS = {
    "abai",
    "akmola",
    "aktobe",
    "almaty_region",
    "almaty_city",
    "astana",
    "atyrau",
    "west_kazakhstan",
    "jambyl",
    "jetisu",
    "karaganda",
    "kostanay",
    "kyzylorda",
    "mangystau",
    "north_kazakhstan",
    "pavlodar",
    "shymkent",
    "turkistan",
    "ulytau",
    "east_kazakhstan",
    "south_kazakhstan",
}
# iso3166-2's "localOtherName" entries that are not names of the unit.
NICKNAMES = {"Southern Capital", "Apple City", "Big Apple", "ALA"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def iso_kz() -> dict[str, dict]:
    data = Subdivisions()["KZ"]
    return {code: dict(value) for code, value in dict(data).items()}


def unit_by_code(gaz: Gazetteer, code: str) -> str:
    rows = gaz.units.index[gaz.units["iso_code"] == code].tolist()
    assert len(rows) == 1, code
    return rows[0]


def all_texts(gaz: Gazetteer) -> list[tuple[str, str]]:
    """(unit_id, text) for every name and alias of the gazetteer."""
    out = []
    for unit_id, row in gaz.units.iterrows():
        out += [(unit_id, row[col]) for col in NAME_COLUMNS if row[col]]
        out += [(unit_id, alias) for alias in row["aliases"].split("|") if alias]
    return out


def only_unit(matches: list[NameMatch]) -> str:
    assert len(matches) == 1, matches
    return matches[0].unit_id


# --------------------------------------------------------------------- the CSV
def test_csv_lists_the_21_units(gaz):
    assert set(gaz.units.index) == ALL_UNITS
    assert len(gaz.units) == 21
    assert set(gaz.units.index[gaz.units["unit_type"] == "city"]) == CITIES
    assert DEFAULT_GAZETTEER_PATH.read_bytes().decode("utf-8")  # UTF-8


def test_boundary_sets_have_the_right_units(gaz):
    set_2022 = set(gaz.units_in_set("2022"))
    set_2018 = set(gaz.units_in_set("2018"))
    set_2017 = set(gaz.units_in_set("2017"))
    assert (len(set_2017), len(set_2018), len(set_2022)) == (16, 17, 20)
    assert set_2022 == ALL_UNITS - {"south_kazakhstan"}
    assert set_2018 == set_2022 - NEW_2022
    assert set_2017 == set_2018 - {"shymkent", "turkistan"} | {"south_kazakhstan"}


def test_units_in_set_is_in_statistical_order(gaz):
    units = gaz.units_in_set("2022")
    assert units[0] == "abai" and units[-3:] == ["astana", "almaty_city", "shymkent"]
    codes = gaz.units.loc[units, "iso_code"].tolist()
    assert codes == sorted(codes)


def test_parents(gaz):
    units = gaz.units
    expected_2018 = {"abai": "east_kazakhstan", "jetisu": "almaty_region", "ulytau": "karaganda"}
    expected_2017 = dict(expected_2018, shymkent="south_kazakhstan", turkistan="south_kazakhstan")
    for unit in ALL_UNITS:
        assert units.at[unit, "parent_2018"] == expected_2018.get(unit, unit)
        assert units.at[unit, "parent_2017"] == expected_2017.get(unit, unit)


def test_codes_columns(gaz):
    units = gaz.units
    assert units.at["south_kazakhstan", "iso_code"] == ""
    assert (units.loc[sorted(NEW_2022), "iso_code_old"] == "").all()
    assert units.at["almaty_city", "iso_code_old"] == "KZ-ALA"
    assert units.at["almaty_region", "iso_code_old"] == "KZ-ALM"
    # KZ-YUZ is the only code on two rows (see the module docstring of regions.py).
    old = units["iso_code_old"][units["iso_code_old"] != ""]
    assert old[old.duplicated(keep=False)].to_dict() == {
        "south_kazakhstan": "KZ-YUZ",
        "turkistan": "KZ-YUZ",
    }
    assert units["iso_code"][units["iso_code"] != ""].is_unique


# ---------------------------------------------------- pycountry and iso3166-2
def test_current_codes_equal_pycountry(gaz):
    reference = {s.code: s.type for s in pycountry.subdivisions.get(country_code="KZ")}
    ours = gaz.units[gaz.units["iso_code"] != ""]
    assert set(ours["iso_code"]) == set(reference)
    for code, kind in reference.items():
        expected = "city" if kind == "City" else "oblast"
        assert ours.set_index("iso_code").at[code, "unit_type"] == expected, code


def test_current_codes_equal_iso3166_2(gaz, iso_kz):
    ours = gaz.units[gaz.units["iso_code"] != ""].set_index("iso_code")
    assert set(ours.index) == set(iso_kz)
    for code, data in iso_kz.items():
        expected = "city" if data["type"] == "City" else "oblast"
        assert ours.at[code, "unit_type"] == expected, code


def _recoding_2022(iso_kz) -> tuple[dict[str, str], set[str]]:
    changes = [h["Change"] for h in iso_kz["KZ-61"]["history"] if h["Date Issued"] == "2022-11-29"]
    assert len(changes) == 1
    text = changes[0]
    pairs = dict(re.findall(r"(KZ-[A-Z]{3}) -> (KZ-\d\d)", text))
    added_text = re.search(r"Subdivisions added: ([^.]*)\.", text).group(1)
    added = set(re.findall(r"KZ-\d\d", added_text))
    return pairs, added


def test_old_codes_follow_the_2022_recoding(gaz, iso_kz):
    pairs, added = _recoding_2022(iso_kz)
    assert len(pairs) == 17 and added == {"KZ-10", "KZ-33", "KZ-62"}
    for old, new in pairs.items():
        assert gaz.units.at[unit_by_code(gaz, new), "iso_code_old"] == old
    for new in added:
        assert gaz.units.at[unit_by_code(gaz, new), "iso_code_old"] == ""
    assert {unit_by_code(gaz, code) for code in added} == NEW_2022


def test_2018_rename_of_kz_yuz(gaz, iso_kz):
    history = {h["Date Issued"]: h["Change"] for h in iso_kz["KZ-61"]["history"]}
    change = history["2018-11-26"]
    assert "Subdivision added: KZ-SHY" in change
    before, after = re.search(r"KZ-YUZ (.+?) \(kk\).* -> (.+?) \(kk\)", change).groups()
    assert only_unit(gaz.match(before)) == "south_kazakhstan"
    assert only_unit(gaz.match(after)) == "turkistan"
    assert gaz.units.at["shymkent", "iso_code_old"] == "KZ-SHY"


def test_pycountry_names_name_the_same_unit(gaz):
    for sub in pycountry.subdivisions.get(country_code="KZ"):
        assert only_unit(gaz.match(sub.name)) == unit_by_code(gaz, sub.code), sub.name


def test_pycountry_russian_translations_name_the_same_unit(gaz):
    russian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    translated = 0
    for sub in pycountry.subdivisions.get(country_code="KZ"):
        name = russian.gettext(sub.name)
        if name == sub.name:
            continue
        translated += 1
        assert only_unit(gaz.match(name)) == unit_by_code(gaz, sub.code), name
    assert translated >= 5  # pycountry 26.2.16 translates 8 of the 20 names


def _local_names(data: dict) -> list[tuple[str, str]]:
    """(name, language) pairs of an iso3166-2 "localOtherName"."""
    out = []
    for item in data["localOtherName"].split(", "):
        name, lang = re.fullmatch(r"(.+) \((\w+)\)", item.strip()).groups()
        out.append((name, lang))
    return out


def _cyrillic(text: str) -> bool:
    return bool(re.search("[\u0400-\u04ff]", text))


def test_iso3166_2_kazakh_names_equal_ours(gaz, iso_kz):
    for code, data in iso_kz.items():
        unit = unit_by_code(gaz, code)
        kazakh = [name for name, lang in _local_names(data) if lang == "kaz"]
        assert len(kazakh) == 1
        assert normalise_name(kazakh[0]) == normalise_name(gaz.units.at[unit, "name_kk"]), code


def test_iso3166_2_russian_names(gaz, iso_kz):
    """Russian names equal ours, except the new oblasts' (an adjective in iso3166-2)."""
    differing = set()
    for code, data in iso_kz.items():
        unit = unit_by_code(gaz, code)
        for name, lang in _local_names(data):
            if lang == "rus" and _cyrillic(name):
                assert only_unit(gaz.match(name)) == unit, name
                if normalise_name(name) != normalise_name(gaz.units.at[unit, "name_ru"]):
                    differing.add(unit)
    # Official Russian names are "область Абай", "область Жетісу", "область Ұлытау";
    # iso3166-2 writes "Абайская область", "Жетысуская область", "Улытауская область".
    assert differing == NEW_2022


def test_iso3166_2_english_and_other_names(gaz, iso_kz):
    checked = 0
    for code, data in iso_kz.items():
        unit = unit_by_code(gaz, code)
        for name, lang in _local_names(data):
            if lang != "eng" or name in NICKNAMES:
                continue
            if unit == "astana" and name == "Akmola":
                # Astana's name 1992-1998; the gazetteer keeps "Akmola" for Akmola Region.
                assert only_unit(gaz.match(name)) == "akmola"
                continue
            checked += 1
            assert only_unit(gaz.match(name)) == unit, name
    # Astana, Nur-Sultan, Akmolinsk, Tselinograd, Almaty City, Alma-Ata, Shymkent
    assert checked == 7


# ----------------------------------------------------------------- normalising
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Акмолинская область", "Акмолинская"),
        ("АКМОЛИНСКАЯ", "акмолинская"),
        ("Западно-Казахстанская", "Западно Казахстанская"),
        ("Западно–Казахстанская", "Западно—Казахстанская"),
        ("  Северо - Казахстанская  обл. ", "Северо-Казахстанская"),
        ("«Акмолинская»", "Акмолинская"),
        ("(Акмолинская)", "Акмолинская"),
        ("Қызылорда", "Кызылорда"),
        ("Ұлытау", "Улытау"),
        ("Жетісу облысы", "Жетису облысы"),
        ("Маңғыстау", "Мангыстау"),
        ("Aqtöbe", "Aqtobe"),
        ("Şymkent", "Symkent"),
        ("Jetısu", "Jetisu"),
        ("ёлка", "елка"),
        ("г.Шымкент2)", "г.Шымкент"),
        ("Абай¹", "Абай"),
        ("Астана*", "Астана"),
        ("Алматинская 3)", "Алматинская"),
        ("Almaty Region", "Almaty oblast"),
        ("Almaty Province", "Almaty oblysy"),
    ],
)
def test_normalise_name_equal(left, right):
    assert normalise_name(left) == normalise_name(right)


@pytest.mark.parametrize(
    "text", ["г. Алматы", "г.Алматы", "Алматы қ.", "Алматы қаласы", "город Алматы", "Алматы"]
)
def test_city_word_variants_match_almaty_city(gaz, text):
    assert only_unit(gaz.match(text)) == "almaty_city"
    assert normalise_name(text) == normalise_name("Алматы")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Алматинская", "г.Алматы"),
        ("Алматы облысы", "Алматы қаласы"),
        ("Almaty Region", "Almaty"),
        ("Almaty oblysy", "Almaty qalasy"),
        ("Астана", "Акмолинская"),
        ("Астана", "Ақмола"),
        ("Шымкент", "Туркестанская"),
        ("Шымкент", "Южно-Казахстанская"),
        ("Южно-Казахстанская", "Казахстанская"),
        ("Южно-Казахстанская", "Туркестанская"),
        ("СКО", "ЮКО"),
        ("Гурьев", "Урьев"),  # a name starting with "г" keeps its first letter
    ],
)
def test_normalise_name_keeps_apart(left, right):
    assert normalise_name(left) != normalise_name(right)


def test_normalise_name_is_deterministic_and_idempotent_on_keys():
    assert normalise_name("г. Алматы") == "алматы"
    assert normalise_name("Алматы облысы") == "алматыобласть"
    assert normalise_name("Акмолинская") == normalise_name("Акмолинская") == "акмолинскаяобласть"
    assert normalise_name("Almaty Region") == "almatyобласть"
    assert normalise_name("Акмолинскаяобласть") == normalise_name("Акмолинская")
    assert normalise_name("") == normalise_name(" - . ") == ""


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ВКО", "east_kazakhstan"),
        ("СКО", "north_kazakhstan"),
        ("ЗКО", "west_kazakhstan"),
        ("ЮКО", "south_kazakhstan"),
        ("ШҚО", "east_kazakhstan"),
        ("Nur-Sultan", "astana"),
        ("Нур-Султан", "astana"),
        ("г.Нур-Султан", "astana"),
        ("Нұр-Сұлтан қаласы", "astana"),
        ("NUR SULTAN", "astana"),
        ("г.Шымкент2)", "shymkent"),
        ("Туркестанская область", "turkistan"),
        ("Южно-Казахстанская область", "south_kazakhstan"),
        ("Қарағанды облысы", "karaganda"),
        ("Карагандинская", "karaganda"),
        ("Abai", "abai"),
        ("область Абай", "abai"),
        ("Абай", "abai"),
        ("Jetisu Region", "jetisu"),
        ("Ulytau Region", "ulytau"),
        ("Kyzylorda Province", "kyzylorda"),
        ("Qostanay", "kostanay"),
        ("Восточно-Казахстанская область", "east_kazakhstan"),
    ],
)
def test_match_names_and_aliases(gaz, text, unit):
    assert only_unit(gaz.match(text)) == unit


def test_no_two_units_share_a_key(gaz):
    owners: dict[str, set[str]] = {}
    for unit, text in all_texts(gaz):
        owners.setdefault(normalise_name(text), set()).add(unit)
    shared = {key: units for key, units in owners.items() if len(units) > 1}
    assert shared == {}
    assert len(owners) > 150


def test_every_name_and_alias_matches_its_own_unit(gaz):
    for unit, text in all_texts(gaz):
        assert only_unit(gaz.match(text)) == unit, text


def test_colliding_gazetteer_is_rejected(gaz, tmp_path):
    table = gaz.units.reset_index()
    table.loc[table["unit_id"] == "almaty_region", "aliases"] = "Almaty"
    path = tmp_path / "gazetteer.csv"
    table.to_csv(path, index=False)
    with pytest.raises(TableFormatError, match="share the key"):
        Gazetteer.load(path)


def test_load_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="not found"):
        Gazetteer.load(tmp_path / "none.csv")


# ---------------------------------------------------------------------- match
def test_match_kinds(gaz):
    assert gaz.match("KZ-75") == [NameMatch("almaty_city", "code", 1.0, "KZ-75")]
    assert gaz.match("kz75") == gaz.match("KZ 75") == gaz.match("KZ-75")
    assert gaz.match("KZ-ALA") == [NameMatch("almaty_city", "code", 1.0, "KZ-ALA")]
    assert gaz.match("kz-alm")[0].unit_id == "almaty_region"
    assert gaz.match("75") == []
    assert gaz.match("Almaty") == [NameMatch("almaty_city", "name", 1.0, "Almaty")]
    assert gaz.match("Alma-Ata") == [NameMatch("almaty_city", "alias", 1.0, "Alma-Ata")]
    assert gaz.match("Алматинская область") == [
        NameMatch("almaty_region", "name", 1.0, "Алматинская")
    ]
    assert gaz.match("Atlantis") == []
    assert gaz.match("") == []


def test_kz_yuz_resolves_by_boundary_set(gaz):
    assert [m.unit_id for m in gaz.match("KZ-YUZ")] == ["turkistan", "south_kazakhstan"]
    assert only_unit(gaz.match("KZ-YUZ", "2017")) == "south_kazakhstan"
    assert only_unit(gaz.match("kz-yuz", "2018")) == "turkistan"
    assert only_unit(gaz.match("KZ-YUZ", "2022")) == "turkistan"
    assert only_unit(gaz.match("KZ-61", "2017")) == "turkistan"  # returned though not in 2017


def test_match_returns_units_of_other_sets(gaz):
    assert only_unit(gaz.match("ЮКО", "2022")) == "south_kazakhstan"
    assert only_unit(gaz.match("Abai Region", "2017")) == "abai"
    assert only_unit(gaz.match("Шымкент", "2017")) == "shymkent"


def test_suggest_typo(gaz):
    suggestions = gaz.suggest("Карагандинская облась")
    assert suggestions[0].unit_id == "karaganda"
    assert suggestions[0].kind == "fuzzy"
    assert 0.9 < suggestions[0].score < 1.0
    assert normalise_name(suggestions[0].matched_text) == normalise_name("Карагандинская")
    assert len(suggestions) <= 3
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_suggest_ties_limit_and_nonsense(gaz):
    suggestions = gaz.suggest("Kazakhstan", limit=4)
    assert [s.unit_id for s in suggestions] == [
        "east_kazakhstan",
        "west_kazakhstan",
        "north_kazakhstan",
        "south_kazakhstan",
    ]
    assert suggestions[0].score == suggestions[1].score
    assert gaz.suggest("Южно-Казахстанска", "2022", limit=1)[0].unit_id == "south_kazakhstan"
    assert gaz.suggest("Москва") == []
    assert gaz.suggest("") == []
    with pytest.raises(ParameterError):
        gaz.suggest("Алматы", limit=0)


# ----------------------------------------------------- sets, parents, years
def test_sets_containing(gaz):
    assert gaz.sets_containing(["abai"]) == ["2022"]
    assert gaz.sets_containing(["south_kazakhstan"]) == ["2017"]
    assert gaz.sets_containing(["shymkent", "turkistan"]) == ["2018", "2022"]
    assert gaz.sets_containing(["akmola", "almaty_city"]) == list(BOUNDARY_SETS)
    assert gaz.sets_containing(["abai", "south_kazakhstan"]) == []
    assert gaz.sets_containing([]) == list(BOUNDARY_SETS)
    with pytest.raises(ParameterError, match="nowhere"):
        gaz.sets_containing(["nowhere"])


def test_closest_sets_rank_by_the_units_lacking(gaz):
    assert gaz.closest_sets(gaz.units_in_set("2018")) == [SetFit("2018", 0), SetFit("2022", 3)]
    assert gaz.closest_sets(gaz.units_in_set("2022")) == [SetFit("2022", 0)]
    assert gaz.closest_sets(gaz.units_in_set("2017")) == [SetFit("2017", 0)]
    common = set(gaz.units_in_set("2017")) - {"south_kazakhstan"}
    assert gaz.closest_sets(common) == [SetFit("2017", 1), SetFit("2018", 2), SetFit("2022", 5)]
    # a repeated id counts once; a single id is accepted
    assert gaz.closest_sets(["shymkent", "shymkent", "turkistan"]) == [
        SetFit("2018", 15), SetFit("2022", 18)]
    assert gaz.closest_sets("abai") == [SetFit("2022", 19)]
    assert gaz.closest_sets(["abai", "south_kazakhstan"]) == []
    assert [fit.boundary_set for fit in gaz.closest_sets([])] == ["2017", "2018", "2022"]


def test_closest_sets_break_a_tie_towards_the_newer_set(gaz):
    # a gazetteer in which sets 2017 and 2018 have as many units (Shymkent in all three)
    units = gaz.units.copy()
    units.loc["shymkent", "sets"] = "2017|2018|2022"
    tied = Gazetteer(units)
    assert tied.closest_sets(["akmola"]) == [SetFit("2018", 16), SetFit("2017", 16),
                                             SetFit("2022", 19)]


def test_closest_sets_name_an_unknown_unit(gaz):
    with pytest.raises(ParameterError, match=r"Unknown unit id\(s\) nowhere; valid ids are: "
                                             r"abai, akmola"):
        gaz.closest_sets(["akmola", "nowhere"])


def test_parent_in(gaz):
    assert gaz.parent_in("abai", "2018") == "east_kazakhstan"
    assert gaz.parent_in("abai", "2017") == "east_kazakhstan"
    assert gaz.parent_in("abai", "2022") == "abai"
    assert gaz.parent_in("jetisu", "2018") == "almaty_region"
    assert gaz.parent_in("ulytau", "2017") == "karaganda"
    assert gaz.parent_in("shymkent", "2017") == "south_kazakhstan"
    assert gaz.parent_in("shymkent", "2018") == "shymkent"
    assert gaz.parent_in("turkistan", "2017") == "south_kazakhstan"
    assert gaz.parent_in("south_kazakhstan", "2017") == "south_kazakhstan"
    assert gaz.parent_in("almaty_city", "2017") == "almaty_city"
    for boundary_set in ("2018", "2022"):
        with pytest.raises(ParameterError, match="turkistan, shymkent"):
            gaz.parent_in("south_kazakhstan", boundary_set)


def test_parent_in_covers_every_unit_of_every_set(gaz):
    for boundary_set in BOUNDARY_SETS:
        members = set(gaz.units_in_set(boundary_set))
        for unit in gaz.units_in_set("2022"):
            assert gaz.parent_in(unit, boundary_set) in members


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1999, "2017"),
        (2017, "2017"),
        (2018, "2018"),
        (2021, "2018"),
        (2022, "2022"),
        (2030, "2022"),
    ],
)
def test_set_for_year(year, expected):
    assert set_for_year(year) == expected


@pytest.mark.parametrize("year", ["2018", 2018.0, True, None])
def test_set_for_year_rejects_non_integers(year):
    with pytest.raises(ParameterError):
        set_for_year(year)


def test_unknown_set_lists_the_valid_ones(gaz):
    message = "Unknown boundary set '2019'; valid sets are: 2017, 2018, 2022."
    calls = [
        lambda: gaz.units_in_set("2019"),
        lambda: gaz.match("Алматы", "2019"),
        lambda: gaz.suggest("Алматы", "2019"),
        lambda: gaz.parent_in("abai", "2019"),
    ]
    for call in calls:
        with pytest.raises(ParameterError) as info:
            call()
        assert str(info.value) == message


def test_bare_name_beside_its_city_is_the_oblast():
    """Kazakh bulletins: "Алматы" (the oblast) and "Алматы қаласы" (the city)."""
    gazetteer = Gazetteer.load()
    ids = {"Алматы": "almaty_city", "Алматы қаласы": "almaty_city", "Ақтөбе": "aktobe"}
    split = gazetteer.split_city_and_oblast(ids, "2022")
    assert split == {"Алматы": "almaty_region", "Алматы қаласы": "almaty_city",
                     "Ақтөбе": "aktobe"}
    assert ids["Алматы"] == "almaty_city"  # the input is not modified
    # two city labels ("г.Алматы", "Алматы қ.") are left alone: the join calls that an error
    both = {"г.Алматы": "almaty_city", "Алматы қ.": "almaty_city"}
    assert gazetteer.split_city_and_oblast(both, "2018") == both
