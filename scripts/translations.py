"""Qt translations of the plugin's interface: refresh the .ts sources, build the .qm files.

    python scripts/translations.py update                  # sources -> i18n/kz_innovation_<lang>.ts
    python scripts/translations.py build [--output-dir D]  # .ts -> D/kz_innovation_<lang>.qm

``update`` runs pylupdate5 (Debian package pyqt5-dev-tools) over every .py file of the plugin,
sorted, into a fresh file in a temporary folder::

    pylupdate5 -noobsolete kz_innovation_plugin/**/*.py -ts <tmp>/extracted.ts

pylupdate5 names the context of ``self.tr("...")`` after the enclosing class (and of ``tr("...")``
in a function after ``@default``), while the plugin translates every text in the one context
``KzInnovation`` (``KzAlgorithm.tr`` and the ``QT_TRANSLATE_NOOP("KzInnovation", ...)`` markers).
So ``update`` then rewrites each ``i18n/kz_innovation_<lang>.ts`` with every extracted text, once,
in context ``KzInnovation``, in the order of the sources: existing translations are kept by source
text, new texts come in ``type="unfinished"``, and texts no longer in the sources are dropped
(listed on the output).  Translate with Qt Linguist or any editor, then remove the ``unfinished``
marks.

``build`` runs lrelease (Debian package qttools5-dev-tools) on each .ts::

    lrelease -silent -nounfinished i18n/kz_innovation_<lang>.ts \
             -qm <output-dir>/kz_innovation_<lang>.qm

The .qm files are built at package time by ``scripts/package.py`` and are not committed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "kz_innovation_plugin"
I18N_DIR = PLUGIN_DIR / "i18n"
PREFIX = "kz_innovation"
CONTEXT = "KzInnovation"
#: languages with a .ts file (update creates a missing one)
LANGUAGES = ("ru", "kk")
QT_LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ"}


class ToolMissingError(RuntimeError):
    """A Qt tool is not installed; the message names the Debian package."""


def find_tool(names: tuple[str, ...], environment: str, package: str) -> str:
    """The first of ``names`` found ($``environment`` wins), else ToolMissingError (``package``)."""
    program = names[-1].rsplit("/", 1)[-1]
    if os.environ.get(environment):
        found = shutil.which(os.environ[environment])
        if not found:
            raise ToolMissingError(f"{environment}={os.environ[environment]} is not a program; "
                                   f"{program} is in the Debian package {package}.")
        return found
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise ToolMissingError(
        f"{program} not found: install the Debian package {package} "
        f"(apt-get install {package}), or set {environment} to the program's path."
    )


def pylupdate5() -> str:
    return find_tool(("pylupdate5",), "PYLUPDATE5", "pyqt5-dev-tools")


def lrelease() -> str:
    # Debian's /usr/bin/lrelease is qtchooser's wrapper; the Qt 5 program itself comes first
    return find_tool(("/usr/lib/qt5/bin/lrelease", "lrelease-qt5", "lrelease"), "LRELEASE",
                     "qttools5-dev-tools")


def ts_path(language: str) -> Path:
    return I18N_DIR / f"{PREFIX}_{language}.ts"


def source_files() -> list[Path]:
    """Every .py file of the plugin, sorted, without caches."""
    return sorted(path for path in PLUGIN_DIR.rglob("*.py") if "__pycache__" not in path.parts)


@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False


def extract() -> list[Message]:
    """Every text pylupdate5 finds, once, ordered by its first place in the sources."""
    with tempfile.TemporaryDirectory(prefix="kzi-lupdate-") as folder:
        target = Path(folder) / "extracted.ts"
        command = [pylupdate5(), "-noobsolete",
                   *[str(path.relative_to(ROOT)) for path in source_files()], "-ts", str(target)]
        completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if completed.returncode != 0 or not target.is_file():
            raise RuntimeError(f"pylupdate5 failed:\n{completed.stdout}{completed.stderr}")
        tree = ElementTree.parse(target)
        messages: dict[str, Message] = {}
        for element in tree.iter("message"):
            source = element.findtext("source", "")
            message = messages.setdefault(source, Message(source))
            for location in element.iter("location"):
                # pylupdate5 writes file names relative to the .ts file
                path = (target.parent / location.get("filename", "")).resolve()
                message.locations.append((os.path.relpath(path, I18N_DIR).replace(os.sep, "/"),
                                          int(location.get("line", "0"))))
    for message in messages.values():
        message.locations = sorted(set(message.locations))
    return sorted(messages.values(), key=lambda message: message.locations[0])


def read_ts(path: Path) -> dict[str, Message]:
    """Source text -> message (translation and whether it is finished) of a .ts file."""
    if not path.is_file():
        return {}
    messages = {}
    for element in ElementTree.parse(path).iter("message"):
        translation = element.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        source = element.findtext("source", "")
        messages[source] = Message(
            source, translation=(translation.text or "") if translation is not None else "",
            finished=kind is None,
        )
    return messages


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{QT_LANGUAGES.get(language, language)}" '
        'sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for message in messages:
        lines.append("    <message>")
        for filename, line in message.locations:
            lines.append(f"        <location filename={quoteattr(filename)} line=\"{line}\"/>")
        lines.append(f"        <source>{escape(message.source)}</source>")
        kind = "" if message.finished else ' type="unfinished"'
        lines.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def update(languages: tuple[str, ...] = LANGUAGES) -> dict[str, dict[str, int]]:
    """Refresh each .ts from the sources, keeping the translations; counts per language."""
    extracted = extract()
    counts = {}
    for language in languages:
        path = ts_path(language)
        existing = read_ts(path)
        merged = []
        for message in extracted:
            old = existing.get(message.source)
            if old is not None:
                message = Message(message.source, message.locations, old.translation,
                                  old.finished)
            merged.append(message)
        dropped = sorted(set(existing) - {message.source for message in extracted})
        path.parent.mkdir(parents=True, exist_ok=True)
        write_ts(path, language, merged)
        counts[language] = {
            "messages": len(merged),
            "unfinished": sum(not message.finished for message in merged),
            "dropped": len(dropped),
        }
        for source in dropped:
            sys.stdout.write(f"{path.name}: dropped (no longer in the sources): {source}\n")
    return counts


def build(output_dir: Path = I18N_DIR) -> list[Path]:
    """lrelease every .ts of i18n/ into ``output_dir``; the .qm files written."""
    program = lrelease()
    output_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(I18N_DIR.glob(f"{PREFIX}_*.ts")):
        target = output_dir / f"{source.stem}.qm"
        completed = subprocess.run(
            [program, "-silent", "-nounfinished", str(source), "-qm", str(target)],
            capture_output=True, text=True,
        )
        if completed.returncode != 0 or not target.is_file():
            raise RuntimeError(f"lrelease failed on {source.name}:\n"
                               f"{completed.stdout}{completed.stderr}")
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh the .ts files from the sources")
    build_parser = commands.add_parser("build", help="compile the .ts files into .qm files")
    build_parser.add_argument("--output-dir", type=Path, default=I18N_DIR)
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "update":
            for language, count in update().items():
                sys.stdout.write(f"{ts_path(language).relative_to(ROOT)}: {count['messages']} "
                                 f"messages, {count['unfinished']} unfinished, "
                                 f"{count['dropped']} dropped\n")
        else:
            for path in build(arguments.output_dir):
                sys.stdout.write(f"{path}\n")
    except ToolMissingError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
