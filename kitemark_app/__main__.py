from kitemark_app.cli import main

raise SystemExit(main())
