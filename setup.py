"""Only what pyproject.toml cannot say: every kitemark_app package, plus resources/ installed as
kitemark_app.resources (so bundled files are read the same way from source, installed or frozen)."""

from pathlib import Path

from setuptools import find_packages, setup

# Each folder of resources/ is a data-only package (kitemark_app.resources.frameworks, .icons, ...).
resource_folders = sorted(p.name for p in Path("resources").iterdir() if p.is_dir() and not p.name.startswith("_"))

setup(
    packages=[
        *find_packages(include=["kitemark_app", "kitemark_app.*"]),
        "kitemark_app.resources",
        *(f"kitemark_app.resources.{name}" for name in resource_folders),
    ],
    package_data={f"kitemark_app.resources.{name}": ["*"] for name in resource_folders},
)
