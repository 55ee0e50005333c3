#!/bin/sh
# Idempotent set-up on a fresh Debian machine: Chromium (+ Xvfb for --headed), a venv,
# the package with its dependencies, and Playwright's ffmpeg for --video / recording.
set -eu
VENV=${1:-.venv}

need_apt=""
command -v chromium >/dev/null 2>&1 || need_apt="$need_apt chromium"
command -v xvfb-run >/dev/null 2>&1 || need_apt="$need_apt xvfb xauth"
fc-list 2>/dev/null | grep -qi dejavu || need_apt="$need_apt fonts-dejavu-core"
if [ -n "$need_apt" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need_apt
fi

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
# torch and torchvision first, pinned to the wheels this machine keeps on disk (pip's
# constraint file caps them there); a bare `torch` could pull a newer multi-GB build.
"$VENV/bin/python" -m pip install -q "torch==2.14.1" "torchvision==0.29.1"
"$VENV/bin/python" -m pip install -q -e ".[dev]"
# Playwright's recorder looks for its own ffmpeg build, which cannot be downloaded here.
"$VENV/bin/python" -c "from pytest_iwr.browser import ensure_playwright_ffmpeg as f; print('ffmpeg:', f())"
