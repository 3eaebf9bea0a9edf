"""Run the real QGIS desktop under Xvfb with the packaged plugin and a startup function.

Shared by ``tests/desktop/`` and ``scripts/screenshots.py``.  :func:`run_desktop`

* starts ``Xvfb`` on a free display (``-displayfd`` lets the server pick the number),
* installs the plugin zip into a new profile and enables it (``QgisProcess.with_plugin``), and
  adds the settings that keep a new profile quiet (the interface language given, English by
  default; no plugin update check),
* starts ``qgis.bin --nologo --noversioncheck --profiles-path <dir> --profile default
  --code <file>`` with ``HOME`` in the work folder and this environment's packages on
  ``PYTHONPATH``,
* records every message-log message from the start: a ``PYQGIS_STARTUP`` file, which QGIS runs
  when it initialises Python and so before any plugin loads, connects
  ``QgsApplication.messageLog().messageReceived``,
* and, once the event loop runs, calls the given function with a :class:`Session`-like object
  (``iface``, ``params``, ``workdir``, ``wait(ms)``), writes what it returned, the traceback if it
  raised, ``qgis.utils.active_plugins`` and the windows still open as JSON, then quits QGIS.

The function's source is copied into the startup file (``inspect.getsource``), so it has to be
self-contained: imports inside it, no closures.  With ``whole_module=True`` the source of the
function's whole module is copied instead, so the function may call its module's other
functions; that module must then not start with ``from __future__`` imports and should import
only the standard library at its top.  QGIS is killed after ``timeout`` seconds, or
``EXIT_GRACE`` seconds after the function's outcome was written if it does not quit by itself
(``DesktopRun.exit_hung``); Xvfb is always stopped.
"""

from __future__ import annotations

import inspect
import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from qgis_process_runner import QgisProcess  # noqa: E402 - the sibling script

QGIS_DESKTOP = "/usr/bin/qgis.bin"
XVFB = "/usr/bin/Xvfb"
PLUGIN = "kz_innovation_plugin"
#: message-log tags whose warnings and errors count as problems
PROBLEM_TAGS = ("Python error", "Python warning", "KZ Innovation")
WARNING, CRITICAL = 1, 2  # Qgis.MessageLevel values
#: seconds QGIS gets to quit after the session wrote its outcome; then it is killed
EXIT_GRACE = 30

# Run by QGIS when it initialises Python (PYQGIS_STARTUP), before plugins load; QGIS 3.22 runs
# the file more than once, hence the guard.  Every message-log message goes to a JSON-lines file
# at once, so that it survives a QGIS that hangs and is killed.  A modal dialog nobody asked for
# (QGIS shows one for a plugin that fails to load, before the startup code runs) would wait for
# a click forever: a timer records its text in the same file and closes it (all but the
# progress window QGIS shows while an algorithm runs in the foreground).
EARLY_HOOK = """\
import sys
if not hasattr(sys, "_kzi_events"):
    import json
    import os
    import threading

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser

    # the progress window of an algorithm that cannot run in a background task
    EXPECTED_MODAL = ("QgsProcessingAlgorithmProgressDialog",)

    class _KziEvents:
        def __init__(self, path):
            self.lock = threading.Lock()
            self.file = open(path, "a", encoding="utf-8")

        def write(self, **event):
            with self.lock:
                self.file.write(json.dumps(event, default=str) + "\\n")
                self.file.flush()

        def message(self, message, tag, level):
            self.write(kind="message", tag=tag, level=int(level), message=message)

        def dismiss_modal_dialogs(self):
            widget = QApplication.activeModalWidget()
            if widget is None:
                return
            kind = widget.metaObject().className()
            if kind in EXPECTED_MODAL:  # part of QGIS's normal flow; closes itself
                return
            if isinstance(widget, QMessageBox):
                text = widget.text() + "\\n" + widget.detailedText()
            else:
                text = "\\n".join(browser.toPlainText()
                                  for browser in widget.findChildren(QTextBrowser))
            self.write(kind="dialog", title=widget.windowTitle(), widget=kind, message=text)
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    sys._kzi_events = _KziEvents(os.environ["KZI_DESKTOP_EVENTS"])
    QgsApplication.messageLog().messageReceived.connect(sys._kzi_events.message)
    sys._kzi_dialog_timer = QTimer()
    sys._kzi_dialog_timer.timeout.connect(sys._kzi_events.dismiss_modal_dialogs)
    sys._kzi_dialog_timer.start(1000)
"""

# The --code file: the harness around the caller's function.
HARNESS = """\
import json as _kzi_json
import sys as _kzi_sys
import traceback as _kzi_traceback
from pathlib import Path as _KziPath

import qgis.utils as _kzi_utils
from qgis.core import QgsApplication as _KziApplication
from qgis.core import QgsProject as _KziProject
from qgis.PyQt.QtCore import QEventLoop as _KziEventLoop
from qgis.PyQt.QtCore import QTimer as _KziTimer
from qgis.PyQt.QtWidgets import QApplication as _KziQApplication


class _KziSession:
    def __init__(self):
        self.iface = _kzi_utils.iface
        self.params = _kzi_json.loads({params!r})
        self.workdir = _KziPath({workdir!r})

    def wait(self, milliseconds):
        loop = _KziEventLoop()
        _KziTimer.singleShot(int(milliseconds), loop.quit)
        loop.exec_()


{function}


def _kzi_main():
    outcome = {{"result": None, "error": None}}
    try:
        session = _KziSession()
        session.iface.mainWindow().resize({width}, {height})
        session.wait(500)
        outcome["result"] = {name}(session)
    except BaseException:
        outcome["error"] = _kzi_traceback.format_exc()
    finally:
        outcome["active_plugins"] = list(_kzi_utils.active_plugins)
        # windows still open when the session ends (one that stays may keep QGIS from quitting)
        outcome["open_windows"] = [
            [widget.metaObject().className(), widget.windowTitle()]
            for widget in _KziQApplication.topLevelWidgets()
            if widget.isVisible() and widget is not _kzi_utils.iface.mainWindow()]
        _KziPath({result_path!r}).write_text(_kzi_json.dumps(outcome, default=str),
                                            encoding="utf-8")
        _KziProject.instance().setDirty(False)  # no "save the project?" question
        _KziApplication.exit(0)


_KziTimer.singleShot(0, _kzi_main)
"""


@dataclass
class DesktopRun:
    """What a desktop session left: exit code, output streams and the harness's JSON."""

    returncode: int | None  #: None when QGIS had to be killed
    timed_out: bool
    seconds: float
    stdout: str
    stderr: str
    outcome: dict = field(default_factory=dict)  #: empty when QGIS wrote no JSON
    events: list[dict] = field(default_factory=list)  #: messages and dismissed dialogs
    #: the session ended, but QGIS had not quit ``EXIT_GRACE`` seconds later and was killed
    exit_hung: bool = False

    @property
    def result(self):
        return self.outcome.get("result")

    @property
    def error(self) -> str | None:
        return self.outcome.get("error")

    @property
    def messages(self) -> list[dict]:
        """Every message-log message, from before the plugins loaded until QGIS quit."""
        return [event for event in self.events if event["kind"] == "message"]

    @property
    def dialogs(self) -> list[dict]:
        """Modal dialogs that popped up unasked (and were closed): title, class, text."""
        return [event for event in self.events if event["kind"] == "dialog"]

    def problems(self) -> list[dict]:
        """Warnings and errors logged as Python errors/warnings or by the plugin."""
        return [message for message in self.messages
                if message["tag"] in PROBLEM_TAGS and message["level"] in (WARNING, CRITICAL)]

    def plugin_problems(self) -> list[str]:
        """Problems caused by the plugin: its own warnings, Python errors naming its package,
        and Python warnings raised in its files.

        A Python warning is logged with the traceback of whatever was running, which names the
        plugin whenever the plugin imported the module that warns (say, a library warning about
        its own installation); its first line, ``warning:<file>:<line>: ...``, says where it
        was raised.
        """
        return [f"[{message['tag']}] {message['message']}" for message in self.problems()
                if message["tag"] == "KZ Innovation"
                or (message["tag"] == "Python warning"
                    and PLUGIN in message["message"].split("\n", 1)[0])
                or (message["tag"] != "Python warning" and PLUGIN in message["message"])]

    def python_errors(self) -> list[str]:
        """Every Python error QGIS logged, whichever code raised it."""
        return [message["message"] for message in self.messages
                if message["tag"] == "Python error"]

    def describe(self) -> str:
        """Everything useful for an assertion message."""
        return (f"returncode={self.returncode} timed_out={self.timed_out} "
                f"exit_hung={self.exit_hung} seconds={self.seconds:.0f}\n"
                f"error={self.error}\nproblems={self.problems()}\n"
                f"dialogs={self.dialogs}\n"
                f"windows open at the end={self.outcome.get('open_windows')}\n"
                f"stderr (tail)=\n{self.stderr[-3000:]}")


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    """An Xvfb server on a display number it chose itself; returns (process, ":N")."""
    if not Path(XVFB).exists():
        raise FileNotFoundError("Xvfb is missing: apt-get install xvfb (scripts/ensure_system.sh)")
    read_end, write_end = os.pipe()
    try:
        server = subprocess.Popen(
            [XVFB, "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"],
            pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )
        os.close(write_end)
        write_end = -1
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 1)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        if not number.strip().isdigit():
            stop(server)
            raise RuntimeError("Xvfb did not start (no display number reported)")
        return server, f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def stop(process: subprocess.Popen, grace: float = 10) -> None:
    """Terminate a process started here (and its session), killing it if it lingers."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def prepare_profile(profiles: Path, plugin_zip: Path, language: str = "en") -> QgisProcess:
    """Install and enable the plugin in a new profile and quieten the first start."""
    runner = QgisProcess.with_plugin(profiles, plugin_zip)
    # after qgis_process has written QGIS3.ini, so that its [PythonPlugins] entry stays
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings(str(profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"),
                         QSettings.IniFormat)
    values = {
        "PythonPlugins/kz_innovation_plugin": True,
        "locale/overrideFlag": True,
        "locale/userLocale": language,
        "qgis/checkVersion": False,
        "app/plugin_installer/checkOnStart": False,
        "migration/firstRunVersionFlag": Qgis.QGIS_VERSION_INT,
    }
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    return runner


def function_source(function: Callable, whole_module: bool = False) -> str:
    """The code copied into QGIS's startup file: the function, or its whole module."""
    if whole_module:
        source = inspect.getsource(inspect.getmodule(function))
        if "from __future__" in source:
            raise ValueError(f"{function.__module__} cannot be copied into QGIS's startup file: "
                             "a `from __future__` import must come first in a file.")
        return source
    return textwrap.dedent(inspect.getsource(function))


def run_desktop(plugin_zip: Path, workdir: Path, function: Callable, params: dict | None = None,
                timeout: float = 300, size: tuple[int, int] = (1600, 1000),
                language: str = "en", whole_module: bool = False) -> DesktopRun:
    """Start QGIS with the plugin in ``workdir``, call ``function(session)`` and quit.

    ``language`` is the interface language (``locale/userLocale``: "en", "ru", "kk");
    ``whole_module`` copies the function's whole module into QGIS (see the module's help).
    """
    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    profiles, home = workdir / "profiles", workdir / "home"
    home.mkdir(exist_ok=True)
    runtime = workdir / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    runner = prepare_profile(profiles, plugin_zip, language)

    early, code, result_path, events_path = (
        workdir / name for name in ("early_hook.py", "startup.py", "outcome.json", "events.jsonl"))
    early.write_text(EARLY_HOOK, encoding="utf-8")
    code.write_text(HARNESS.format(
        params=json.dumps(params or {}), workdir=str(workdir),
        function=function_source(function, whole_module), name=function.__name__,
        width=size[0], height=size[1], result_path=str(result_path),
    ), encoding="utf-8")
    result_path.unlink(missing_ok=True)
    events_path.unlink(missing_ok=True)

    environment = {**runner.environment, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
                   "PYQGIS_STARTUP": str(early), "KZI_DESKTOP_EVENTS": str(events_path),
                   "QT_QPA_PLATFORM": "xcb",
                   "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    environment.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # --profiles-path says where
    arguments = [QGIS_DESKTOP, "--nologo", "--noversioncheck", "--profiles-path", str(profiles),
                 "--profile", "default", "--code", str(code)]

    server, display = start_xvfb(*size)
    started = time.monotonic()
    qgis = None
    try:
        environment["DISPLAY"] = display
        with open(workdir / "stdout.txt", "w+b") as stdout, \
                open(workdir / "stderr.txt", "w+b") as stderr:
            qgis = subprocess.Popen(arguments, env=environment, stdin=subprocess.DEVNULL,
                                    stdout=stdout, stderr=stderr, cwd=workdir,
                                    start_new_session=True)
            timed_out = exit_hung = False
            deadline = started + timeout
            while qgis.poll() is None:
                now = time.monotonic()
                if now > deadline:
                    timed_out = True
                elif result_path.exists() and \
                        time.time() - result_path.stat().st_mtime > EXIT_GRACE:
                    exit_hung = True  # the session ended and wrote its outcome, QGIS stayed
                if timed_out or exit_hung:
                    stop(qgis)
                    break
                time.sleep(0.5)
            seconds = time.monotonic() - started
            stdout.seek(0)
            stderr.seek(0)
            out_text = stdout.read().decode("utf-8", "replace")
            err_text = stderr.read().decode("utf-8", "replace")
    finally:
        if qgis is not None:
            stop(qgis)
        stop(server)
    outcome = {}
    if result_path.exists():
        outcome = json.loads(result_path.read_text(encoding="utf-8"))
    events = []
    if events_path.exists():
        lines = events_path.read_text(encoding="utf-8").splitlines()
        events = [json.loads(line) for line in lines if line.strip()]
    return DesktopRun(returncode=None if timed_out or exit_hung else qgis.returncode,
                      timed_out=timed_out, seconds=seconds, stdout=out_text, stderr=err_text,
                      outcome=outcome, events=events, exit_hung=exit_hung)
