"""Kitemark: self-assessment and signed submission packs for a borough's VCO quality Kitemark."""

__version__ = "0.1.0"
APP_NAME = "Kitemark"
