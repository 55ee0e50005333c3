"""``python -m pytest_iwr view``: a static, offline site over ``--iwr-json`` result files.

Leaderboard, model x task grid and one page per task (recording, replay, every step's
verdict, expected and actual checkpoints with a wipe and a pixel difference). Every asset
is copied into the site, so it opens from ``file://`` with no network.
"""

from __future__ import annotations

from pytest_iwr.view.site import SiteReport, build_site

__all__ = ["SiteReport", "build_site"]
