"""The signed submission pack: readable document, embedded evidence, manifest and PAdES signature."""
