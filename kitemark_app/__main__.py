import multiprocessing

multiprocessing.freeze_support()  # a frozen app's verifier child (verify/isolation.py) starts here on Windows/macOS

from kitemark_app.cli import main  # noqa: E402

raise SystemExit(main())
