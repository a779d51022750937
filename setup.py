"""Only what pyproject.toml cannot say: every kitemark_app package, plus resources/ installed as
kitemark_app.resources (so bundled files are read the same way from source, installed or frozen)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["kitemark_app", "kitemark_app.*"]), "kitemark_app.resources"])
