"""OCR time per image with two processes reading at once, as two xdist workers do: each
with torch's default pool (one thread per core) against each with its share
(``pytest_iwr.cpu.threads_per_worker``), and one process alone for scale.

Usage: python benchmarks/cpu_threads.py [--images N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from pytest_iwr.cpu import available_cores, threads_per_worker


def read_images(count: int) -> float:
    """In a child process: fast-path OCR of ``count`` bundled initial states, seconds per image."""
    import numpy as np
    from PIL import Image

    from pytest_iwr.tasks import Task, bundled_tasks_dir, discover_tasks
    from pytest_iwr.visual.ocr import OcrEngine

    OcrEngine.reader()
    tasks = [t for t in discover_tasks(bundled_tasks_dir()) if isinstance(t, Task)][:count]
    images = [np.array(Image.open(t.checkpoint_image(0)).convert("RGB")) for t in tasks]
    started = time.perf_counter()
    for image in images:
        OcrEngine().read_fast(image)  # a fresh crop cache: every line is recognized
    return (time.perf_counter() - started) / len(images)


def run(processes: int, threads: int, images: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    env["OMP_NUM_THREADS"] = env["MKL_NUM_THREADS"] = str(threads)
    code = f"import sys; sys.path.insert(0, {os.path.dirname(__file__)!r}); import cpu_threads as b; print(b.read_images({images}))"
    children = [
        subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(processes)
    ]
    return [float(child.communicate()[0].strip().splitlines()[-1]) for child in children]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=4)
    args = parser.parse_args()
    cores = available_cores()
    share = threads_per_worker(cores, 2)
    alone = run(1, cores, args.images)[0]
    print(f"{cores} cores; OCR of {args.images} text-dense screenshots, fresh crop cache")
    print(f"  1 process,  {cores} threads:            {alone:6.2f} s/image")
    crowded = run(2, cores, args.images)
    print(f"  2 processes, {cores} threads each:      {max(crowded):6.2f} s/image (torch's default)")
    shared = run(2, share, args.images)
    print(f"  2 processes, {share} thread(s) each:     {max(shared):6.2f} s/image (pytest-iwr under -n 2)")
    print(f"default / shared: {max(crowded) / max(shared):.1f}x")


if __name__ == "__main__":
    main()
