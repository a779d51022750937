"""The Qt-free heart of Kitemark: the criteria framework, applicability, readiness and freshness rules."""
