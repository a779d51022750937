"""pyHanko without its network clients: the app is offline, so it never imports one.

pyHanko's packages ``pyhanko.sign``, ``pyhanko.sign.signers`` and ``pyhanko.sign.timestamps`` consist of nothing
but re-exports (``from .x import a, b``), so importing any part of pyHanko's signing or validation imports all of
it, down to its HTTP timestamp client and certificate fetchers on aiohttp: importing ``pack/sign.py`` took 0.35 s
of CPU, 0.16 s without them. ``install()`` makes those three packages load their re-exported names on first use
(PEP 562 ``__getattr__``) instead: every name is still there, and its module is imported when something asks for
it. A package that is anything more than re-exports (another pyHanko version) is imported as usual, and
``tests/integration/test_offline_imports.py`` then fails.

Of the modules no longer imported, two change global state: they teach asn1crypto the ISO 32004 (PDF MAC) and
the qualified-certificate types, which changes how a CMS or a certificate is parsed. They are imported with
``pyhanko.sign``, so that the app parses exactly as it does with pyHanko's own imports.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # kept out of the import, which every command pays for (``kitemark --version`` included)
    from collections.abc import Sequence
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec
    from types import ModuleType
    from typing import Any

LAZY_PACKAGES = frozenset({"pyhanko.sign", "pyhanko.sign.signers", "pyhanko.sign.timestamps"})
#: Imported with ``pyhanko.sign``: the modules that register ASN.1 types with asn1crypto when imported.
ASN1_REGISTRATIONS = ("pyhanko.pdf_utils.crypt._iso32004_asn1", "pyhanko.sign.ades.qualified_asn1")


def install() -> None:
    """Once per process, before pyHanko's signing packages are first imported (``kitemark_app/__init__.py``)."""
    if not any(isinstance(finder, _ReexportFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ReexportFinder())


class Reexports:
    def __init__(self, names: dict[str, tuple[str, str]], exported: list[str] | None) -> None:
        self.names = names  # name: (relative module, attribute)
        self.all = exported  # the package's __all__


def reexports(source: str) -> Reexports | None:
    """What a package ``__init__`` made only of a docstring, relative ``from … import`` statements and ``__all__``
    exports; None for any other ``__init__``."""
    import ast

    names: dict[str, tuple[str, str]] = {}
    exported = None
    for node in ast.parse(source).body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            continue
        if isinstance(node, ast.Assign) and [getattr(target, "id", None) for target in node.targets] == ["__all__"]:
            exported = list(ast.literal_eval(node.value))
            continue
        if isinstance(node, ast.ImportFrom) and node.level > 0 and node.module and node.names[0].name != "*":
            for alias in node.names:
                names[alias.asname or alias.name] = ("." * node.level + node.module, alias.name)
            continue
        return None
    return Reexports(names, exported)


class _ReexportFinder:
    """Finds the lazy packages with the other finders and hands them to ``_ReexportLoader``."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if fullname not in LAZY_PACKAGES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec: ModuleSpec | None = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        get_source = getattr(spec.loader, "get_source", None)
        source = get_source(fullname) if get_source is not None else None
        exports = reexports(source) if source is not None else None
        if exports is not None:
            spec.loader = cast(
                "Loader", _ReexportLoader(exports, ASN1_REGISTRATIONS if fullname == "pyhanko.sign" else ())
            )
        return spec


class _ReexportLoader:
    def __init__(self, exports: Reexports, also_import: tuple[str, ...]) -> None:
        self.exports, self.also_import = exports, also_import

    def create_module(self, spec: ModuleSpec) -> None:
        return None  # the default module, with the package's __path__

    def exec_module(self, module: ModuleType) -> None:
        names, package = self.exports.names, module.__name__

        def __getattr__(name: str) -> Any:
            if name not in names:  # AttributeError, so that ``from package import submodule`` imports it
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            relative, attribute = names[name]
            value = getattr(importlib.import_module(relative, package), attribute)
            setattr(module, name, value)
            return value

        module.__getattr__ = __getattr__  # type: ignore[method-assign]
        if self.exports.all is not None:
            module.__dict__["__all__"] = self.exports.all
        for name in self.also_import:
            importlib.import_module(name)
