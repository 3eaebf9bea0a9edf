"""The core never imports QGIS or Qt: every core module imports where qgis cannot."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import PLUGIN_DIR, ROOT

CORE_MODULES = sorted(
    ".".join(path.relative_to(PLUGIN_DIR.parent).with_suffix("").parts).removesuffix(".__init__")
    for path in (PLUGIN_DIR / "core").rglob("*.py")
) + ["kz_innovation_plugin.cli", "kz_innovation_plugin"]


def test_core_modules_import_without_qgis():
    script = textwrap.dedent(
        f"""
        import importlib, importlib.abc, sys

        class Refuse(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"):
                    raise ImportError(f"{{name}} imported by the core")
                return None

        sys.meta_path.insert(0, Refuse())
        for module in {CORE_MODULES!r}:
            importlib.import_module(module)
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    assert len(CORE_MODULES) > 20  # the sub-packages' modules are listed too


def test_refusal_hook_would_catch_a_qgis_import():
    """The check above can fail: the same hook refuses a direct qgis import."""
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(
            """
            import importlib.abc, sys
            class Refuse(importlib.abc.MetaPathFinder):
                def find_spec(self, name, path, target=None):
                    if name.split(".")[0] == "qgis":
                        raise ImportError("refused")
            sys.meta_path.insert(0, Refuse())
            import qgis.core
            """
        )],
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode != 0 and "refused" in completed.stderr
