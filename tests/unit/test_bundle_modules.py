"""The frozen app stays lean: the spec leaves out the Qt modules Kitemark never uses, and the check run after every
build (installers/bundle_policy.py) catches one that sneaks in anyway."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import PySide6

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "kitemark.spec"

#: Qt modules the app uses; excluding any of them would break the frozen app.
USED = {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtPdf", "QtPdfWidgets", "QtPrintSupport"}
#: Heavy or out-of-scope modules that must never be bundled.
MUST_EXCLUDE = {
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView",
    "Qt3DCore", "Qt3DRender", "Qt3DExtras", "QtQuick3D", "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio",
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtBluetooth", "QtNfc", "QtNetwork", "QtSql",
    "QtLocation", "QtPositioning", "QtSensors", "QtSerialPort", "QtDesigner", "QtTest",
}  # fmt: skip


def _policy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_policy", ROOT / "installers" / "bundle_policy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


policy = _policy()
EXCLUDED = {name.removeprefix("PySide6.") for name in policy.EXCLUDED_MODULES if name.startswith("PySide6.")}


def test_spec_excludes_webengine_3d_multimedia_quick_and_the_rest() -> None:
    assert not MUST_EXCLUDE - EXCLUDED


def test_spec_keeps_the_modules_the_app_uses() -> None:
    assert not USED & EXCLUDED
    assert not [name for name in USED if policy.FORBIDDEN_FILE.match(name)]


def test_every_qt_module_the_code_imports_is_allowed() -> None:
    imported = set()
    for path in (ROOT / "kitemark_app").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "expected the UI to import some Qt modules"
    assert imported & EXCLUDED == set()
    assert not [name for name in imported if policy.FORBIDDEN_FILE.match(name)]


def test_every_installed_binding_of_a_forbidden_family_is_excluded() -> None:
    """A newer PySide6 may add modules; one of a forbidden family must be added to the list too."""
    folder = Path(PySide6.__file__).parent
    bindings = {path.name.split(".", 1)[0] for path in folder.glob("Qt*.*") if path.suffix in {".so", ".pyd"}}
    assert {"QtCore", "QtWidgets"} <= bindings
    forbidden = {name for name in bindings if policy.FORBIDDEN_FILE.match(name)}
    assert forbidden - EXCLUDED == set()


def test_the_spec_passes_the_policy_to_pyinstaller() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    imported = {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "bundle_policy"
        for alias in node.names
    }  # fmt: skip
    assert {"EXCLUDED_MODULES", "prune_qt_plugins"} <= imported
    analysis = [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Analysis"
    ]  # fmt: skip
    assert len(analysis) == 1
    excludes = {keyword.arg: keyword.value for keyword in analysis[0].keywords}["excludes"]
    assert isinstance(excludes, ast.Name) and excludes.id == "EXCLUDED_MODULES"
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert "prune_qt_plugins" in calls


def test_the_bundle_check_finds_forbidden_files_on_every_platform(tmp_path: Path) -> None:
    forbidden = [
        "_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6",  # Linux
        "_internal/libQt6Quick.so.6",
        "_internal/PySide6/Qt63DRender.dll",  # Windows
        "_internal/PySide6/Qt/lib/QtMultimedia.framework",  # macOS
        "_internal/PySide6/QtNetwork.abi3.so",  # an excluded Python binding
        "_internal/PySide6/Qt/qml",
    ]
    allowed = [
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/PySide6/Qt/lib/libQt6Network.so.6",  # libQt6Pdf links to it
        "_internal/PySide6/QtPdfWidgets.abi3.so",
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "_internal/kitemark_app/resources/icons/kitemark-16.png",
    ]
    for name in forbidden + allowed:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(("qml", ".framework")):
            path.mkdir()
        else:
            path.write_bytes(b"")
    assert policy.forbidden_files(tmp_path) == sorted(forbidden)
    assert policy.main([str(tmp_path)]) == 1
    for name in forbidden:
        path = tmp_path / name
        path.rmdir() if path.is_dir() else path.unlink()
    assert policy.main([str(tmp_path)]) == 0


def test_dropped_plugins_take_only_the_libraries_nothing_else_needs() -> None:
    links = {
        "src/libqtvirtualkeyboardplugin.so": ["libQt6VirtualKeyboard.so.6", "libQt6Gui.so.6"],
        "src/libQt6VirtualKeyboard.so.6": ["libQt6Quick.so.6"],
        "src/libQt6Quick.so.6": ["libQt6Qml.so.6", "libQt6Network.so.6"],
        "src/libQt6Qml.so.6": ["libQt6Network.so.6"],
        "src/libQt6Pdf.so.6": ["libQt6Network.so.6", "libQt6Gui.so.6"],
        "src/libqxcb.so": ["libQt6Gui.so.6"],
    }
    lib = "PySide6/Qt/lib/"
    binaries = [
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
         "src/libqtvirtualkeyboardplugin.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "src/libqxcb.so", "BINARY"),
        *((lib + name, "src/" + name, "BINARY") for name in (
            "libQt6VirtualKeyboard.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Network.so.6",
            "libQt6Pdf.so.6", "libQt6Gui.so.6",
        )),
    ]  # fmt: skip
    datas = [("libQt6Quick.so.6", lib + "libQt6Quick.so.6", "SYMLINK"), ("a.yaml", "src/a.yaml", "DATA")]
    kept, kept_datas = policy.prune_qt_plugins(binaries, datas, lambda source: links.get(source, []))
    assert sorted(Path(name).name for name, _, _ in kept) == [
        "libQt6Gui.so.6", "libQt6Network.so.6", "libQt6Pdf.so.6", "libqxcb.so",
    ]  # fmt: skip
    assert kept_datas == [("a.yaml", "src/a.yaml", "DATA")]
