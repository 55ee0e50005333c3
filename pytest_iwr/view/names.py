"""File names for things named by users: models (``org/model:tag``, ``dir:/a/b``, ``*``) and task ids."""

from __future__ import annotations

import hashlib
import re

# A name already safe everywhere (lower case: a case-insensitive file system must not merge two).
_PLAIN = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
_UNSAFE = re.compile(r"[^a-z0-9_-]+")
STEM_CHARS = 60


def safe_name(name: str) -> str:
    """``name`` as one file name of ``[a-z0-9_-]``, distinct for distinct names.

    A name that is already plain stays as it is; any other keeps a readable stem (its
    end: ``dir:/long/path/partial`` is told apart by its last part) plus a digest of the
    whole name, so ``a/b`` and ``a:b`` do not share a folder.
    """
    if _PLAIN.fullmatch(name):
        return name
    stem = _UNSAFE.sub("_", name.lower()).strip("_-")[-STEM_CHARS:].strip("_-") or "_"
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}"
