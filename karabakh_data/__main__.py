"""`python -m karabakh_data` is the `karabakh-data` command."""

import sys

from karabakh_data.cli import main

sys.exit(main())
