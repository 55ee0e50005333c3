"""CPU threads for the models a process runs (easyocr, DINOv2, MiniLM embeddings).

torch's OpenMP pool takes one thread per core in every process. Under xdist, N workers
each with C threads on C cores oversubscribe, and OpenMP's spin-waiting turns that into
a collapse, not a slowdown: two processes reading text at once took 7 to 29 s an image
here, instead of 1.3 s with one thread each (benchmarks/cpu_threads.py). So each xdist
worker takes its share of the cores. A thread count the user set (OMP_NUM_THREADS) is
left alone.
"""

from __future__ import annotations

import os
import sys

THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS")


def threads_per_worker(cores: int, workers: int) -> int:
    """Each of ``workers`` processes gets an equal share of ``cores``, at least one thread."""
    return max(1, cores // max(1, workers))


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def share_cores(workers: int) -> int | None:
    """Cap this process's model threads at its share; None when the user set a count.

    The environment covers torch loaded later (OpenMP reads it when torch is imported) and
    any child process; a torch already imported is told directly.
    """
    if any(os.environ.get(name) for name in THREAD_VARIABLES):
        return None
    threads = threads_per_worker(available_cores(), workers)
    for name in THREAD_VARIABLES:
        os.environ[name] = str(threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)
    return threads
