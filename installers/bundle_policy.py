"""What may go into the frozen app: the Qt modules PyInstaller must leave out, and a check of a built bundle.

The spec (``installers/kitemark.spec``) passes ``EXCLUDED_MODULES`` to PyInstaller; every build script then runs
``python installers/bundle_policy.py <bundle folder>``, which fails if a forbidden Qt library got in anyway
(for example pulled in as a C++ dependency of a module we do use). Kitemark uses QtCore, QtGui, QtWidgets,
QtCharts (and the QtOpenGL libraries it links to), QtSvg, QtPdf/QtPdfWidgets (and the QtNetwork library that
QtPdf links to, though the Python module PySide6.QtNetwork stays out).
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

#: A PyInstaller TOC entry: (name in the bundle, source path, type code).
Entry = tuple[str, str, str]

#: Qt families the app never uses, by the name part shared by the Python module and the C++ library
#: (``PySide6.QtQuick`` / ``libQt6Quick.so.6`` / ``Qt6Quick.dll`` / ``QtQuick.framework``).
FORBIDDEN_QT_FAMILIES = (
    "WebEngine",  # a whole browser: ~200 MB
    "WebChannel",
    "WebSockets",
    "WebView",
    "3D",  # Qt3D* and Quick3D*
    "Multimedia",
    "SpatialAudio",
    "TextToSpeech",
    "Qml",
    "Quick",
    "Bluetooth",
    "Nfc",
    "NetworkAuth",  # (libQt6Network itself stays: libQt6Pdf links to it; the app opens no connections)
    "HttpServer",
    "RemoteObjects",
    "Location",
    "Positioning",
    "Sensors",
    "SerialBus",
    "SerialPort",
    "DataVisualization",
    "Graphs",
    "Designer",
    "UiTools",
    "Help",
    "Scxml",
    "StateMachine",
    "Sql",
    "Test",
    "Lottie",
    "CanvasPainter",
    "Labs",
    "VirtualKeyboard",  # an on-screen keyboard written in QML
)

#: Qt plugins PyInstaller collects for QtGui that Kitemark does not want (paths under Qt's plugins folder,
#: fnmatch patterns): the QML on-screen keyboard, embedded-device back ends (framebuffer, KMS, VNC, evdev input),
#: and the GTK 3 theme, which would load the desktop's GTK against bundled copies of cairo and pango.
DROPPED_QT_PLUGINS = (
    "platforminputcontexts/*virtualkeyboard*",
    "platforms/*eglfs*",
    "platforms/*linuxfb*",
    "platforms/*minimalegl*",
    "platforms/*vkkhrdisplay*",
    "platforms/*vnc*",
    "egldeviceintegrations/*",
    "generic/*",
    "platformthemes/*gtk3*",
)

#: Python modules PyInstaller must not follow. The PySide6 entries cover every module of the wheel whose name
#: matches a forbidden family; listing them (rather than a pattern) lets PyInstaller skip them before analysis.
EXCLUDED_MODULES = [
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCanvasPainter",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    # other GUI toolkits and test-only code that optional imports could drag in
    "tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "matplotlib",
    "pytest",
    "hypothesis",  # pydantic.v1 has an optional plugin for it
    "mypy",  # pydantic and SQLAlchemy ship mypy plugins; type checking is not for the app
]

_FAMILY = "|".join(re.escape(family) for family in FORBIDDEN_QT_FAMILIES)
#: A Qt file name of a forbidden family: Python module, shared library, framework or QML import folder.
FORBIDDEN_FILE = re.compile(rf"^(lib)?Qt6?(?:{_FAMILY})", re.IGNORECASE)


def _is_dropped_plugin(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if "plugins" not in parts:
        return False
    inside = "/".join(parts[parts.index("plugins") + 1 :]).lower()
    return any(fnmatch.fnmatch(inside, pattern) for pattern in DROPPED_QT_PLUGINS)


def _key(name: str) -> str:
    """How one binary names another: by file name (case-insensitive, for Windows DLLs)."""
    return PurePosixPath(name.replace("\\", "/")).name.lower()


def prune_qt_plugins(
    binaries: Iterable[Entry], datas: Iterable[Entry], linked_names: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """``binaries`` and ``datas`` without the dropped plugins and the libraries only they needed.

    ``linked_names(source_path)`` gives the names of the libraries a binary links to (PyInstaller's
    ``bindepend.get_imports`` in the spec). A library goes only if a dropped plugin needed it and nothing
    kept needs it; its symlinks go with it.
    """
    binaries, datas = list(binaries), list(datas)
    dropped = [entry for entry in binaries if _is_dropped_plugin(entry[0])]
    kept = [entry for entry in binaries if not _is_dropped_plugin(entry[0])]
    real = {_key(name): source for name, source, kind in kept if kind != "SYMLINK"}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            source = todo.pop()
            for linked in linked_names(source):
                key = _key(linked)
                if key in real and key not in seen:
                    seen.add(key)
                    todo.append(real[key])
        return seen

    orphans = closure(source for _, source, kind in dropped if kind != "SYMLINK")
    needed = closure(source for key, source in real.items() if key not in orphans)
    gone = orphans - needed
    return (
        [entry for entry in kept if _key(entry[0]) not in gone],
        [entry for entry in datas if not (entry[2] == "SYMLINK" and _key(entry[0]) in gone)],
    )


def forbidden_files(bundle: Path) -> list[str]:
    """Paths (relative to ``bundle``) of files or folders that belong to a forbidden Qt family."""
    excluded_bindings = {name.split(".", 1)[1].lower() for name in EXCLUDED_MODULES if name.startswith("PySide6.")}
    found = []
    for path in sorted(bundle.rglob("*")):
        binding = path.parent.name == "PySide6" and path.name.split(".", 1)[0].lower() in excluded_bindings
        if binding or FORBIDDEN_FILE.match(path.name) or (path.is_dir() and path.name.lower() in {"qml", "qmltooling"}):
            found.append(path.relative_to(bundle).as_posix())
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python installers/bundle_policy.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    found = forbidden_files(Path(argv[0]))
    if found:
        print(f"{len(found)} forbidden Qt file(s) in the bundle:", file=sys.stderr)
        for name in found:
            print(f"  {name}", file=sys.stderr)
        print("Exclude the module in installers/bundle_policy.py or drop the import that pulls it in.", file=sys.stderr)
        return 1
    print(f"bundle check: no forbidden Qt modules in {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
