"""``python -m cleanarticle``: the same as the ``cleanarticle`` command."""

from .cli import main

raise SystemExit(main())
