"""The Russian interface: the .ts covers every text, builds into a .qm that QGIS uses, the help
exists in Russian for every algorithm, and the package ships the .qm (not the .ts)."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PLUGIN_DIR, ROOT
from tests.qgis.translated import (
    algorithm_classes,
    assert_algorithms_translated,
    assert_messages_complete,
)

pytestmark = pytest.mark.qgis

TS_FILE = PLUGIN_DIR / "i18n" / "kz_innovation_ru.ts"
CONTEXT = "KzInnovation"
CYRILLIC = re.compile("[А-Яа-яЁё]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CODE = re.compile(r"<code>(.*?)</code>", re.S)


def code_names(html: str) -> set[str]:
    """What the help shows as <code>, with line breaks and runs of spaces made one space."""
    return {" ".join(text.split()) for text in CODE.findall(html)}


def load_script(name: str):
    """A module of scripts/ (not a package), imported from its path."""
    spec = importlib.util.spec_from_file_location(f"kzi_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def ts_messages() -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every message of the .ts."""
    messages = []
    for context in ElementTree.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages.append((name, message.findtext("source"), message.find("translation")))
    return messages


def source_texts() -> dict[str, str]:
    """Text -> "file:line" of every tr("...") / self.tr("...") literal and every
    QT_TRANSLATE_NOOP("KzInnovation", "...") literal in the plugin's sources."""
    texts = {}
    for path in sorted(PLUGIN_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(
                function, "id", None)
            literals = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
            text = None
            if name == "tr" and literals and isinstance(literals[0], str):
                text = literals[0]
            elif name == "QT_TRANSLATE_NOOP":
                assert literals[:1] == [CONTEXT], f"{path}:{node.lineno}: context must be {CONTEXT}"
                text = literals[1]
            if text is not None:
                texts.setdefault(text, f"{path.relative_to(ROOT)}:{node.lineno}")
    return texts


# --- (a) the .ts: complete, in one context, covering every text of the sources ---------------

def test_ts_is_complete_in_one_context():
    messages = ts_messages()
    assert messages
    assert_messages_complete(messages, CONTEXT, PLACEHOLDER, CYRILLIC.search, "Russian")
    sources = [source for _, source, _ in messages]
    assert len(sources) == len(set(sources)), "a text is in the .ts twice"
    assert "unfinished" not in TS_FILE.read_text(encoding="utf-8")


def test_ts_covers_every_text_of_the_sources():
    texts = source_texts()
    assert "Spatial weights" in texts and "Missing values" in texts  # tr() and the NOOP tables
    translated = {source for _, source, _ in ts_messages()}
    missing = {text: where for text, where in texts.items() if text not in translated}
    assert not missing, ("not in the .ts; run `python scripts/translations.py update` and "
                         f"translate: {missing}")


def test_ts_covers_every_algorithm_name_and_group(qgis_app):
    translated = {source for _, source, _ in ts_messages()}
    for algorithm_class in algorithm_classes():
        for text in (algorithm_class.DISPLAY_NAME, algorithm_class.GROUP):
            assert text in translated, (
                f"{algorithm_class.__name__}: {text!r} is not in the .ts (wrap it in "
                'QT_TRANSLATE_NOOP("KzInnovation", ...))')


def test_pylupdate5_finds_nothing_the_ts_lacks():
    translations = load_script("translations")
    try:
        extracted = translations.extract()
    except translations.ToolMissingError as error:
        pytest.fail(str(error))
    translated = {source for _, source, _ in ts_messages()}
    assert {message.source for message in extracted} <= translated


# --- (b) lrelease builds a .qm that translates the interface ---------------------------------

@pytest.fixture
def russian(qgis_app, tmp_path):
    """The .qm built by ``scripts/translations.py build`` into tmp_path, installed meanwhile."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build", "--output-dir",
         str(tmp_path)], capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    qm = tmp_path / "kz_innovation_ru.qm"
    assert qm.is_file()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield qm
    finally:
        QCoreApplication.removeTranslator(translator)


def test_built_qm_translates_names_and_labels(russian):
    from qgis.PyQt.QtCore import QCoreApplication

    from kz_innovation_plugin.processing_provider.algorithms import (
        LisaAlgorithm,
        SpatialWeightsAlgorithm,
    )

    assert QCoreApplication.translate(CONTEXT, "Spatial weights") == "Пространственные веса"
    assert SpatialWeightsAlgorithm().displayName() == "Пространственные веса"
    assert SpatialWeightsAlgorithm().group() == "Пространственная статистика"
    assert LisaAlgorithm().displayName() == "Локальный индекс Морана (LISA)"
    assert_algorithms_translated(CYRILLIC, CYRILLIC)


def test_english_again_once_the_translator_is_removed(qgis_app):
    from kz_innovation_plugin.processing_provider.algorithms import SpatialWeightsAlgorithm

    assert SpatialWeightsAlgorithm().displayName() == "Spatial weights"


def test_plugin_installs_the_translator_it_finds(qgis_app, russian):
    from qgis.PyQt.QtCore import QCoreApplication

    from kz_innovation_plugin.plugin import install_translator

    assert install_translator("en", russian.parent) is None
    assert install_translator("ru", russian.parent / "absent") is None
    translator = install_translator("ru_RU", russian.parent)
    assert translator is not None
    QCoreApplication.removeTranslator(translator)


def test_plugin_starts_quietly_without_a_qm(qgis_app):
    from qgis.core import QgsApplication

    from kz_innovation_plugin.plugin import KzInnovationPlugin

    messages = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: messages.append(message))
    plugin = KzInnovationPlugin(None)
    plugin.unload()
    assert plugin.translator is None
    assert not messages


# --- (b2) what the dialog shows: labels, never identifiers, in English and Russian ----------

def identifier_patterns() -> list[re.Pattern]:
    """What gives an identifier away in a label: a parameter name (``WEIGHTING``, ``TOP_K``),
    a snake_case word (``top_k``), a stable value in brackets, before a colon or after an
    equals sign (``(threshold)``, ``r:``, ``=user``), and "optional" (QGIS adds its own)."""
    from kz_innovation_plugin.core.choices import CHOICE_LISTS

    values = sorted({re.escape(value) for choices in CHOICE_LISTS.values()
                     for value in choices.values}, key=len, reverse=True)
    alternatives = "|".join(values)
    names = sorted({definition.name() for algorithm in initialised_algorithms()
                    for definition in algorithm.parameterDefinitions()}, key=len, reverse=True)
    return [
        re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])"),
        re.compile(r"\b[a-z]+_[a-z0-9_]+\b"),
        re.compile(r"\((?:" + alternatives + r")\)"),
        re.compile(r"(?<![\w])(?:" + alternatives + r"):"),
        re.compile(r"=\s*(?:" + alternatives + r")\b"),
        re.compile(r"optional|необязательн", re.IGNORECASE),
    ]


def initialised_algorithms():
    algorithms = []
    for algorithm_class in algorithm_classes():
        algorithm = algorithm_class()
        algorithm.initAlgorithm()
        algorithms.append(algorithm)
    return algorithms


def dialog_texts() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(where, label) of every parameter and output, and (where, option) of every option."""
    labels, options = [], []
    for algorithm in initialised_algorithms():
        for definition in algorithm.parameterDefinitions():
            where = f"{algorithm.name()}:{definition.name()}"
            labels.append((where, definition.description()))
            if definition.type() == "enum":
                options += [(where, option) for option in definition.options()]
        for output in algorithm.outputDefinitions():
            labels.append((f"{algorithm.name()}:{output.name()}", output.description()))
    return labels, options


def assert_no_identifiers(language: str) -> None:
    from kz_innovation_plugin.core.choices import CHOICE_LISTS

    values = {value for choices in CHOICE_LISTS.values() for value in choices.values}
    labels, options = dialog_texts()
    assert options
    shown_as_values = [(where, option) for where, option in options
                       if option in values or re.fullmatch(r"[a-z0-9_]+", option)]
    assert not shown_as_values, f"{language}: options shown as identifiers: {shown_as_values}"
    patterns = identifier_patterns()
    leaks = [(where, label, pattern.pattern[:40]) for where, label in labels
             for pattern in patterns if pattern.search(label)]
    assert not leaks, f"{language}: labels with an identifier: {leaks}"
    if language == "ru":
        untranslated = [(where, option) for where, option in options
                        if not CYRILLIC.search(option)]
        assert not untranslated, untranslated


def test_no_dialog_shows_an_identifier_in_english(qgis_app):
    assert_no_identifiers("en")


def test_no_dialog_shows_an_identifier_in_russian(russian):
    assert_no_identifiers("ru")


def test_the_russian_dialog_shows_russian_options(russian):
    from kz_innovation_plugin.processing_provider.algorithms import LisaAlgorithm

    algorithm = LisaAlgorithm()
    algorithm.initAlgorithm()
    assert algorithm.parameterDefinition("TRANSFORM").options() == [
        "Нормировка по строкам", "Бинарные"]
    assert "<code>b</code> = 1: Бинарные" in algorithm.help_text("ru")


# --- (c) Russian help for every algorithm ----------------------------------------------------

def algorithm_ids() -> list[str]:
    ids = [path.stem for path in (PLUGIN_DIR / "help" / "en").glob("*.html")]
    return sorted(name for name in ids if not name.startswith("_"))


def test_every_english_help_file_has_a_russian_one(qgis_app):
    english = {path.name for path in (PLUGIN_DIR / "help" / "en").glob("*.html")}
    russian = {path.name for path in (PLUGIN_DIR / "help" / "ru").glob("*.html")}
    assert {"_weights.html", "_inference.html"} <= english
    assert english <= russian, f"missing in help/ru: {sorted(english - russian)}"
    lacking = [cls.ALGORITHM_ID for cls in algorithm_classes()
               if not (PLUGIN_DIR / "help" / "ru" / f"{cls.ALGORITHM_ID}.html").is_file()]
    assert not lacking, f"algorithms without help/ru/<id>.html: {lacking}"


@pytest.mark.parametrize("algorithm_id", algorithm_ids())
def test_russian_help_is_complete(qgis_app, algorithm_id):
    from kz_innovation_plugin.processing_provider.base import read_help

    assert (PLUGIN_DIR / "help" / "ru" / f"{algorithm_id}.html").is_file()
    algorithm = {cls.ALGORITHM_ID: cls for cls in algorithm_classes()}[algorithm_id]()
    algorithm.initAlgorithm()
    russian = algorithm.help_text("ru")
    english = algorithm.help_text("en")
    assert read_help(algorithm_id, "ru") != read_help(algorithm_id, "en")
    assert not re.search(r"\{\w+\}", russian), re.findall(r"\{\w+\}", russian)
    assert CYRILLIC.search(russian)
    assert russian != english
    missing = code_names(english) - code_names(russian)
    assert not missing, f"{algorithm_id}: the Russian help does not mention {sorted(missing)}"


def test_russian_cluster_cores_help_names_every_core_type(qgis_app):
    from kz_innovation_plugin.core.zones.cores import CORE_TYPES
    from kz_innovation_plugin.processing_provider.base import read_help

    russian = read_help("clustercores", "ru")
    assert not [name for name in CORE_TYPES if f"<b>{name}</b>" not in russian]


# --- (d) the package ships the .qm, not the .ts ----------------------------------------------

def test_package_ships_the_qm_and_no_ts(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QTranslator

    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), "--output-dir", str(tmp_path)],
        capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    (archive,) = tmp_path.glob("kz_innovation_plugin-*.zip")
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        qm = package.read("kz_innovation_plugin/i18n/kz_innovation_ru.qm")
    assert not [name for name in names if name.endswith(".ts")]
    assert "kz_innovation_plugin/help/ru/_weights.html" in names
    path = Path(tmp_path / "packaged_ru.qm")
    path.write_bytes(qm)
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate(CONTEXT, "Spatial weights") == "Пространственные веса"
