"""``python -m newsevents``: the same as the ``newsevents`` command."""

import sys

from newsevents.cli import main

if __name__ == "__main__":
    sys.exit(main())
