"""The Kazakh interface: the kk .ts is complete, builds into a .qm that QGIS uses for a Kazakh
locale, every help file exists in Kazakh, and the package ships the kk .qm."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile

import pytest

from tests.conftest import PLUGIN_DIR, ROOT
from tests.qgis.translated import (
    algorithm_classes,
    assert_algorithms_translated,
    assert_messages_complete,
)

pytestmark = pytest.mark.qgis

TS_FILE = PLUGIN_DIR / "i18n" / "kz_innovation_kk.ts"
CONTEXT = "KzInnovation"
#: Cyrillic with the Kazakh letters
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
#: letters only Kazakh has (not Russian): a Russian text passed off as Kazakh lacks them
KAZAKH_LETTERS = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
#: {name} and {name:.3f} fields and Qt's %1 markers
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
MARK = re.compile(r"\{(\w+)\}")
CODE = re.compile(r"<code>(.*?)</code>", re.S)
HELP = PLUGIN_DIR / "help"
#: Kazakh words of the interface that are the same as their source (names, abbreviations)
SAME_AS_SOURCE = {"Bonferroni"}


def ts_messages() -> list[tuple[str, str, ElementTree.Element]]:
    messages = []
    for context in ElementTree.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            messages.append((context.findtext("name"), message.findtext("source"),
                             message.find("translation")))
    return messages


def load_translations_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("kzi_translations_kk",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --- the .ts ---------------------------------------------------------------------------------

def test_kazakh_is_a_translated_language():
    translations = load_translations_script()
    assert "kk" in translations.LANGUAGES
    assert translations.QT_LANGUAGES["kk"] == "kk_KZ"
    assert 'language="kk_KZ"' in TS_FILE.read_text(encoding="utf-8")


def test_kk_ts_is_complete_with_the_same_placeholders():
    messages = ts_messages()
    assert len(messages) > 100
    assert_messages_complete(messages, CONTEXT, PLACEHOLDER,
                             lambda text: CYRILLIC.search(text) or text in SAME_AS_SOURCE,
                             "Kazakh")
    assert "unfinished" not in TS_FILE.read_text(encoding="utf-8")


def test_kk_ts_is_kazakh_not_russian():
    texts = [translation.text for _, _, translation in ts_messages()]
    kazakh = [text for text in texts if KAZAKH_LETTERS.search(text or "")]
    assert len(kazakh) > 0.8 * len(texts)


def test_kk_ts_covers_what_pylupdate5_finds():
    translations = load_translations_script()
    try:
        extracted = translations.extract()
    except translations.ToolMissingError as error:
        pytest.fail(str(error))
    translated = {source for _, source, _ in ts_messages()}
    missing = {message.source for message in extracted} - translated
    assert not missing, ("not in the kk .ts; run `python scripts/translations.py update` and "
                         f"translate: {sorted(missing)}")


# --- the .qm: names, labels and options in Kazakh --------------------------------------------

@pytest.fixture(scope="module")
def built_qm(tmp_path_factory):
    """The .qm files built by ``scripts/translations.py build``."""
    folder = tmp_path_factory.mktemp("qm")
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build", "--output-dir",
         str(folder)], capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    assert (folder / "kz_innovation_kk.qm").is_file()
    return folder


@pytest.fixture
def kazakh_locale(qgis_app):
    """QGIS's interface locale set to Kazakh meanwhile."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    old = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "kk_KZ")
    try:
        yield
    finally:
        if old is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", old)


@pytest.fixture
def kazakh(qgis_app, built_qm, kazakh_locale):
    """The plugin's translator for the Kazakh locale, installed as the plugin installs it."""
    from qgis.PyQt.QtCore import QCoreApplication

    from kz_innovation_plugin.plugin import install_translator

    translator = install_translator(folder=built_qm)
    assert translator is not None, "no translator installed for the locale kk_KZ"
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_kazakh_locale_is_the_user_language(kazakh_locale):
    from kz_innovation_plugin.processing_provider.algorithms.full_analysis import _language
    from kz_innovation_plugin.processing_provider.base import user_language

    assert user_language() == "kk"
    assert _language() == "kk"  # the full analysis writes its report in Kazakh


def test_algorithm_names_labels_and_options_in_kazakh(kazakh):
    from qgis.core import QgsProcessingParameterEnum

    from kz_innovation_plugin.processing_provider.algorithms import SpatialWeightsAlgorithm

    assert SpatialWeightsAlgorithm().displayName() == "Кеңістіктік салмақтар"
    assert SpatialWeightsAlgorithm().group() == "Кеңістіктік статистика"
    for algorithm in assert_algorithms_translated(KAZAKH_LETTERS, CYRILLIC):
        for parameter in algorithm.parameterDefinitions():
            if isinstance(parameter, QgsProcessingParameterEnum):
                options = [o for o in parameter.options()
                           if not CYRILLIC.search(o) and o not in SAME_AS_SOURCE
                           and not re.fullmatch(r"[\d\s%.,]+", o)]
                assert not options, f"{algorithm.name()} {parameter.name()}: {options}"


def test_the_provider_in_kazakh(kazakh):
    from kz_innovation_plugin.processing_provider.provider import KzInnovationProvider

    provider = KzInnovationProvider()
    provider.loadAlgorithms()
    names = {algorithm.name(): algorithm.displayName() for algorithm in provider.algorithms()}
    assert names["lisa"] == "Моранның жергілікті I статистикасы (LISA)"
    assert names["fullanalysis"] == "Толық талдау: индекс, кластерлер және есеп"


def test_plugin_installs_the_kazakh_translator(qgis_app, built_qm):
    from qgis.PyQt.QtCore import QCoreApplication

    from kz_innovation_plugin.plugin import install_translator

    for locale in ("kk", "kk_KZ", "kk-KZ"):
        translator = install_translator(locale, built_qm)
        assert translator is not None, locale
        assert translator.translate(CONTEXT, "Spatial weights") == "Кеңістіктік салмақтар"
        QCoreApplication.removeTranslator(translator)


# --- the help --------------------------------------------------------------------------------

def help_names() -> list[str]:
    return sorted(path.name for path in (HELP / "en").glob("*.html"))


def code_names(html: str) -> set[str]:
    return {" ".join(text.split()) for text in CODE.findall(html)}


@pytest.mark.parametrize("name", help_names())
def test_every_help_file_is_in_kazakh_with_the_same_marks(name):
    english = (HELP / "en" / name).read_text(encoding="utf-8")
    path = HELP / "kk" / name
    assert path.is_file(), f"help/kk/{name} is missing"
    kazakh = path.read_text(encoding="utf-8")
    assert KAZAKH_LETTERS.search(kazakh)
    # {core_types} is written out in Kazakh in the file itself, as in help/ru
    russian_marks = set(MARK.findall((HELP / "ru" / name).read_text(encoding="utf-8")))
    english_marks = set(MARK.findall(english))
    assert set(MARK.findall(kazakh)) == english_marks & (russian_marks | {"weights",
                                                                         "inference"})
    assert code_names(kazakh) >= code_names(english), sorted(
        code_names(english) - code_names(kazakh))
    assert kazakh.count("<li>") == english.count("<li>") or name == "clustercores.html"


@pytest.mark.parametrize("algorithm_id", sorted(
    path.stem for path in (HELP / "en").glob("*.html") if not path.stem.startswith("_")))
def test_kazakh_help_is_shown_for_the_kazakh_locale(kazakh, algorithm_id):
    algorithm = {cls.ALGORITHM_ID: cls for cls in algorithm_classes()}[algorithm_id]()
    algorithm.initAlgorithm()
    kazakh = algorithm.shortHelpString()
    assert kazakh == algorithm.help_text("kk")
    assert KAZAKH_LETTERS.search(kazakh)
    assert kazakh != algorithm.help_text("en")
    assert not MARK.search(kazakh), MARK.findall(kazakh)
    if "{weights}" in (HELP / "en" / f"{algorithm_id}.html").read_text(encoding="utf-8"):
        assert "Кеңістіктік салмақтар</h3>" in kazakh


def test_kazakh_cluster_cores_help_names_every_core_type():
    from kz_innovation_plugin.core.zones.cores import CORE_TYPES

    kazakh = (HELP / "kk" / "clustercores.html").read_text(encoding="utf-8")
    assert not [name for name in CORE_TYPES if f"<b>{name}</b>" not in kazakh]


# --- the package -----------------------------------------------------------------------------

def test_package_ships_the_kazakh_qm_and_help(qgis_app, packaged_zip, tmp_path):
    from qgis.PyQt.QtCore import QTranslator

    with zipfile.ZipFile(packaged_zip) as package:
        names = package.namelist()
        qm = package.read("kz_innovation_plugin/i18n/kz_innovation_kk.qm")
    assert not [name for name in names if name.endswith(".ts")]
    assert {f"kz_innovation_plugin/help/kk/{name}" for name in help_names()} <= set(names)
    path = tmp_path / "packaged_kk.qm"
    path.write_bytes(qm)
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate(CONTEXT, "Spatial weights") == "Кеңістіктік салмақтар"
