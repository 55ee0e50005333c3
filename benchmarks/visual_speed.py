"""OCR + DINO scoring cost per checkpoint, unoptimised vs the fast path, and the fast
path's accuracy against full-resolution OCR.

For each sampled bundled task, the scored checkpoints (the initial state and the steps
flagged ``visual``) are read as a generated page would be: the ground truth's features
are already in the cache (as on any rerun), the generated side starts with an empty
crop cache. The generated page here is the task's own recording, read as a page whose
text the cache has never seen.

- unoptimised: easyocr ``readtext`` at full resolution on the generated screenshot;
- fast: the same CRAFT detector (bfloat16 where the CPU has it) only where the page changed
  since its previous scored checkpoint (the first one whole), and recognition through the
  crop cache. The ground truth is never used as the reference here: the generated page is
  the recording itself, and reading it against itself would cost nothing.

DINO: dinov2-base's weights cannot be downloaded here, so its cost is measured on a
randomly initialised model of the same architecture (speed only, never a score).

Accuracy: for every pair (initial state, later visual checkpoint) the OCR similarity is
computed with both paths; the fast path must stay within 0.02 of full OCR.

Usage: python benchmarks/visual_speed.py [--limit N] [--no-full]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from PIL import Image

from pytest_iwr import scoring
from pytest_iwr.tasks import Task, bundled_tasks_dir, discover_tasks
from pytest_iwr.visual.ocr import OcrEngine, Reference, assemble


def scored_images(task: Task) -> list[np.ndarray]:
    steps = [0] + [i for i, s in enumerate(task.steps, start=1) if s.visual]
    return [np.array(Image.open(task.checkpoint_image(i)).convert("RGB")) for i in steps]


def dinov2_base_shaped():
    """dinov2-base's architecture with random weights: for timing only."""
    import torch
    from transformers import BitImageProcessor, Dinov2Config, Dinov2Model

    torch.manual_seed(0)
    model = Dinov2Model(Dinov2Config(hidden_size=768, num_hidden_layers=12, num_attention_heads=12)).eval()
    processor = BitImageProcessor(size={"shortest_edge": 256}, crop_size={"height": 224, "width": 224})
    return model, processor


def time_dino(images: list[np.ndarray]) -> float:
    import torch

    model, processor = dinov2_base_shaped()
    started = time.perf_counter()
    for img in images:
        with torch.inference_mode():
            model(**processor(images=[img], return_tensors="pt"))
    return (time.perf_counter() - started) / len(images)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=6, help="tasks to sample (full OCR takes ~10 s an image)")
    parser.add_argument("--no-full", action="store_true", help="skip the unoptimised path")
    args = parser.parse_args()
    tasks = [t for t in discover_tasks(bundled_tasks_dir()) if isinstance(t, Task) and t.checkpoint_image(0).exists()]
    tasks = tasks[: args.limit]
    OcrEngine.reader()  # model loading is paid once per worker, not per checkpoint
    fast_per_task, full_times, diffs, all_images = [], [], [], []
    for task in tasks:
        images = scored_images(task)
        all_images += images
        engine = OcrEngine()
        started = time.perf_counter()
        fast_texts, previous = [], None
        for img in images:
            previous = Reference(img, engine.read_fast(img, previous))
            fast_texts.append(assemble(previous.boxes))
        fast_per_task.append((time.perf_counter() - started) / len(images))
        line = f"  {task.id:<22} {len(images)} checkpoints  fast {fast_per_task[-1]:5.2f} s/checkpoint"
        if not args.no_full:
            full_engine = OcrEngine()
            started = time.perf_counter()
            full_texts = [assemble(full_engine.read_full(img)) for img in images]
            full_times.append((time.perf_counter() - started) / len(images))
            line += f"  full {full_times[-1]:5.2f} s/checkpoint"
            for k in range(1, len(images)):
                diffs.append(
                    abs(
                        scoring.ocr_similarity(fast_texts[0], fast_texts[k])
                        - scoring.ocr_similarity(full_texts[0], full_texts[k])
                    )
                )
        print(line, flush=True)
    dino = time_dino(all_images[:8])
    fast = statistics.mean(fast_per_task)
    print(
        f"{len(tasks)} tasks, {len(all_images)} scored checkpoints; fast-path CRAFT in {OcrEngine.fast_detector()[1]}"
    )
    print(f"DINO (dinov2-base architecture, CPU): {dino:.2f} s per image")
    print(f"fast path: OCR {fast:.2f} s + DINO {dino:.2f} s = {fast + dino:.2f} s per checkpoint (goal <= 2 s)")
    per_task = [t + dino for t in fast_per_task]
    print(
        f"  per task (OCR + DINO): {min(per_task):.2f} to {max(per_task):.2f} s; "
        f"{sum(t > 2 for t in per_task)} of {len(per_task)} tasks above 2 s"
    )
    if full_times:
        full = statistics.mean(full_times)
        print(f"unoptimised: OCR {full:.2f} s + DINO {dino:.2f} s = {full + dino:.2f} s per checkpoint")
        print(f"speed-up: {(full + dino) / (fast + dino):.1f}x (OCR alone {full / fast:.1f}x)")
        if diffs:
            print(
                f"OCR similarity, fast vs full, over {len(diffs)} checkpoint pairs: "
                f"mean |diff| {statistics.mean(diffs):.4f}, max {max(diffs):.4f} (goal <= 0.02)"
            )


if __name__ == "__main__":
    main()
