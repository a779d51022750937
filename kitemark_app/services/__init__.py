"""Operations: one function or method per user action, taking and returning plain data.

The CLI and the GUI both call these; nothing here imports Qt.
"""
