"""Test environment: offscreen Qt, settings and user folders in a temporary place, shared fixtures."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display in CI, and nothing may touch the developer's real profile.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="tartip-test-home-")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
