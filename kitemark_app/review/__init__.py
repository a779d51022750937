"""The assessor's signed review (format ``kitemark-review/1``, docs/pack-format.md): model, document, signing."""
