"""Kitemark: self-assessment and signed submission packs for a borough's VCO quality Kitemark."""

from kitemark_app.pack import pyhanko_offline

__version__ = "0.1.0"
APP_NAME = "Kitemark"

pyhanko_offline.install()  # before anything imports pyHanko's signing: no network client gets imported
