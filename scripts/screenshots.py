"""Screenshots of the plugin in the QGIS desktop for the README, written to ``docs/``.

They are made by the acceptance harness of ``tests/desktop`` (``scenarios.analyst_session``,
its ``full_analysis`` step), the same code the tests run, in English and in Russian:

* ``docs/fullanalysis_dialog.png`` (``_ru``): the dialog of ``kzinnovation:fullanalysis`` filled
  with the demo table, the bundled regions of 2018 and the year;
* ``docs/map.png`` (``_ru``): the QGIS window after that dialog's Run: the layers are those QGIS
  loaded itself when the run ended (styles, names and order as a user gets them), the view
  zoomed to the regions, the plugin's algorithms in the Processing toolbox;
* ``docs/report_map.png``: the "Cores and influence zones" map of the HTML report of that run.

The packaged plugin runs in the real QGIS desktop under Xvfb, in a throw-away profile
(``scripts/desktop_session.py``).  Needs QGIS and xvfb (``scripts/ensure_system.sh``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import package  # noqa: E402 - sibling scripts, found through the lines above
from desktop_session import run_desktop  # noqa: E402

from tests.desktop import scenarios  # noqa: E402 - the harness the acceptance tests run

SIZE = (1600, 1000)
LANGUAGES = ("en", "ru")


def take(plugin_zip: Path, work: Path, docs: Path, language: str, timeout: float) -> bool:
    """One desktop session in ``language``; True when it wrote its screenshots."""
    params = scenarios.session_params(ROOT, language, screenshots=docs,
                                      steps=("full_analysis",))
    run = run_desktop(plugin_zip, work / f"desktop-{language}", scenarios.analyst_session,
                      params=params, timeout=timeout, size=SIZE, language=language,
                      whole_module=True)
    step = (run.result or {}).get("full_analysis", {})
    if run.timed_out or run.error or not step.get("ok"):
        sys.stderr.write(f"The {language} screenshots failed:\n{step.get('error') or ''}\n"
                         f"{run.describe()}\n")
        return False
    value = step["value"]
    if not value.get("ok"):
        sys.stderr.write(f"warning: the full analysis run from its dialog did not end well "
                         f"({language}):\n{value.get('log', '')[-2000:]}\n")
    for name, info in value["screenshots"].items():
        size = f"{info['width']}x{info['height']}, " if "width" in info else ""
        sys.stdout.write(f"{info['path']} ({name}, {language}): {size}"
                         f"{info['bytes'] // 1000} KB\n")
    layers = ", ".join(f"{layer['name']} ({layer['renderer']})" for layer in value["layers"])
    sys.stdout.write(f"layers loaded by QGIS, top first ({language}): {layers}\n")
    for problem in run.plugin_problems():
        sys.stderr.write(f"warning: {problem}\n")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds for each desktop session")
    parser.add_argument("--language", choices=LANGUAGES, action="append",
                        help="only this interface language (repeatable; default: all)")
    arguments = parser.parse_args(argv)
    docs = arguments.docs.resolve()
    docs.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kzi-screenshots-") as folder:
        work = Path(folder)
        plugin_zip = package.build(work / "dist")
        done = [take(plugin_zip, work, docs, language, arguments.timeout)
                for language in arguments.language or LANGUAGES]
    return 0 if all(done) else 1


if __name__ == "__main__":
    sys.exit(main())
