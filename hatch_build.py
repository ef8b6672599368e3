"""Wheel build hook: ship every committed release (data/processed/<semver>/) in the package.

Only folders named by a semantic version that hold a `datapackage.json` are shipped, so the
machine-only output of `karabakh-data build` (data/processed/build/) never enters a wheel.
"""

import re
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
                     r"(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


class ReleasesBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        processed = Path(self.root) / "data" / "processed"
        if not processed.is_dir():
            return
        for d in sorted(processed.iterdir()):
            if d.is_dir() and _SEMVER.match(d.name) and (d / "datapackage.json").is_file():
                build_data["force_include"][str(d)] = f"karabakh_data/_releases/{d.name}"
