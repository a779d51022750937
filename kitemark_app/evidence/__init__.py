"""The local evidence store: files kept on the VCO's own PC, addressed by their SHA-256."""
