"""Council-signed framework files: a readable booklet with the framework's YAML embedded, certified with the
council's key the same way packs and reviews are (``write.py``), and their verification on the charity's side
(``read.py``). The format is in docs/framework-format.md."""
