"""What every algorithm's dialog reads, in English, Russian and Kazakh.

Each session opened every dialog of the toolbox (the model's included) and read each
parameter's label and each dropdown's entries as the widgets show them.  A dropdown shows human
labels, never the stable values scripts pass; a label names no identifier; and in Russian and
Kazakh the texts are in that language.
"""

from __future__ import annotations

import re

import pytest

from tests.desktop.conftest import Desktop

pytestmark = [pytest.mark.qgis, pytest.mark.slow, pytest.mark.desktop]

CYRILLIC = re.compile("[\u0400-\u04ff]")
#: an identifier: one lower-case token (``median``, ``r``, ``top_k``), or any token with "_"
IDENTIFIER = re.compile(r"(?=[a-z0-9_]*[a-z])[a-z0-9_]+|\S*_\S*")
SNAKE_CASE = re.compile(r"\b[A-Za-z]+_[A-Za-z0-9_]+\b")
KEY_VALUE = re.compile(r"\b[A-Z][A-Z_]{2,}=\S+")
LETTER_CODES = re.compile(r"(?:^|[(,;]\s*)[a-z]: ")
OPTIONAL = re.compile(r"optional|необязательн|міндетті емес", re.IGNORECASE)


def dropdowns(desktop: Desktop):
    """(algorithm, parameter, entries) of every enum parameter's widget."""
    for algorithm, info in desktop.step("dialogs").items():
        for parameter in info["parameters"]:
            if parameter["type"] == "enum" and not parameter["hidden"]:
                yield algorithm, parameter


def test_every_dropdown_shows_its_entries(any_desktop: Desktop):
    empty = [f"{algorithm} {parameter['name']}" for algorithm, parameter in
             dropdowns(any_desktop) if not parameter["items"]]
    assert empty == [], "dropdowns with no entries (or no widget found)"


def test_no_dropdown_shows_a_raw_identifier(any_desktop: Desktop):
    raw = {f"{algorithm} {parameter['name']}": [item for item in parameter["items"] or []
                                                 if IDENTIFIER.fullmatch(item)]
           for algorithm, parameter in dropdowns(any_desktop)}
    raw = {where: items for where, items in raw.items() if items}
    assert raw == {}, (f"dropdowns showing identifiers instead of labels "
                       f"({any_desktop.language}): {raw}")


def label_problems(algorithm: str, parameter: dict, names: set[str]) -> list[str]:
    """What is wrong with one parameter's label (as the dialog shows it) and description."""
    label = parameter["label"] or parameter["description"]
    where = f"{algorithm} {parameter['name']} {label!r}"
    problems = []
    for token in SNAKE_CASE.findall(label):
        problems.append(f"{where}: names the identifier {token!r}")
    for token in KEY_VALUE.findall(label):
        problems.append(f"{where}: names the parameter setting {token!r}")
    for token in re.findall(r"\(([A-Za-z_]+)\)", label):
        if token.lower() in names:
            problems.append(f"{where}: names the parameter {token!r}")
    if LETTER_CODES.search(label):
        problems.append(f"{where}: lists one-letter codes")
    if parameter["optional"] and OPTIONAL.search(parameter["description"]):
        problems.append(f"{where}: says it is optional in its description, and the dialog adds "
                        f"its own [optional]")
    if re.match(r"[a-zа-яәғқңөұүһі](?![a-z]?-)", label):
        problems.append(f"{where}: starts in lower case, as a fragment")
    return problems


def test_no_label_names_an_identifier(any_desktop: Desktop):
    problems = []
    dialogs = any_desktop.step("dialogs")
    assert dialogs and all(info["parameters"] for info in dialogs.values()), \
        "no dialog's parameters were recorded"
    for algorithm, info in dialogs.items():
        names = {parameter["name"].lower() for parameter in info["parameters"]}
        for parameter in info["parameters"]:
            if not parameter["hidden"]:
                problems += label_problems(algorithm, parameter, names)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_dropdowns_and_labels_are_translated(request, language):
    """Every entry and label with words has letters of the interface's alphabet."""
    desktop = request.getfixturevalue({"ru": "russian_desktop", "kk": "kazakh_desktop"}[language])
    english = []
    for algorithm, info in desktop.step("dialogs").items():
        for parameter in info["parameters"]:
            if parameter["hidden"]:
                continue
            texts = [parameter["label"] or parameter["description"], *(parameter["items"] or [])]
            english += [f"{algorithm} {parameter['name']}: {text!r}" for text in texts
                        if re.search("[A-Za-z]{2,}", text) and not CYRILLIC.search(text)]
    assert english == [], f"texts left in English in the {language} interface:\n" + \
        "\n".join(english)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_algorithm_names_and_groups_are_translated(request, language):
    desktop = request.getfixturevalue({"ru": "russian_desktop", "kk": "kazakh_desktop"}[language])
    english = {name: (info["display_name"], info["group"])
               for name, info in desktop.step("dialogs").items()
               if not (CYRILLIC.search(info["display_name"]) and CYRILLIC.search(info["group"]))}
    assert english == {}, f"toolbox names or groups in English in the {language} interface"


def test_no_algorithm_is_titled_by_its_id(english_desktop: Desktop):
    titled = {name: info["display_name"] for name, info in english_desktop.step("dialogs").items()
              if info["display_name"] == name.split(":")[1]}
    assert titled == {}
