import pytest

from pytest_iwr import scoring


def test_gpt5_published_row_gives_published_final():
    # IWR-Bench, GPT-5: IFS 24.39, VFS 64.25, Final 36.35 (scores x100).
    assert scoring.final_score(0.2439, 0.6425) * 100 == pytest.approx(36.35, abs=0.005)


def test_ifs_counts_only_steps_before_the_first_failure():
    statuses = [True, True, False, True, True]
    passed = scoring.leading_passes(statuses)
    assert passed == 2
    assert scoring.interaction_fidelity(passed, len(statuses)) == pytest.approx(0.4)


def test_ifs_rejects_impossible_counts():
    with pytest.raises(ValueError):
        scoring.interaction_fidelity(3, 2)
    with pytest.raises(ValueError):
        scoring.interaction_fidelity(0, 0)


@pytest.mark.parametrize(
    ("gt", "gen", "expected"),
    [("", "", 1.0), ("abc", "", 0.0), ("", "abc", 0.0), ("Hello", "hello", 1.0), ("kitten", "sitting", 1 - 3 / 7)],
)
def test_ocr_similarity(gt, gen, expected):
    assert scoring.ocr_similarity(gt, gen) == pytest.approx(expected)


def test_dino_similarity_is_clipped():
    assert scoring.clip_cosine(-0.3) == 0.0
    assert scoring.clip_cosine(1.2) == 1.0
    assert scoring.clip_cosine(0.42) == 0.42


def test_lfs_vfs_and_final():
    lfs = scoring.low_level_fidelity([1.0, 0.5], [0.8, 0.6])
    assert lfs == pytest.approx((0.75 + 0.7) / 2)
    assert scoring.visual_fidelity(lfs, None) == lfs  # no judge: VFS = LFS
    assert scoring.visual_fidelity(0.6, 0.8) == pytest.approx(0.7)
    assert scoring.final_score(1.0, 0.0) == pytest.approx(0.7)


def test_hfs_rubric_caps_each_part_and_needs_all_parts():
    total = scoring.rubric_total({"layout": 12, "elements": 15, "content_and_text": 20, "style": 10, "overall": 20})
    assert total == 10 + 15 + 20 + 10 + 20
    assert scoring.high_level_fidelity([total, 50]) == pytest.approx((total + 50) / 200)
    with pytest.raises(ValueError, match="layout"):
        scoring.rubric_total({"elements": 1, "content_and_text": 1, "style": 1, "overall": 1})


def test_macro_mean_weights_tasks_equally():
    assert scoring.macro_mean([1.0, 0.0, 0.5]) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        scoring.macro_mean([])


def test_coverage_is_scored_over_flagged_checkpoints():
    assert scoring.checkpoint_coverage(1, 3) == pytest.approx(1 / 3)
    assert scoring.checkpoint_coverage(3, 3) == 1.0
    for scored, flagged in ((4, 3), (-1, 3), (0, 0)):
        with pytest.raises(ValueError):
            scoring.checkpoint_coverage(scored, flagged)


def test_vfs_all_counts_unreached_checkpoints_as_zero():
    # The static floor: its one scored screen is perfect, two flagged ones were never reached.
    assert scoring.visual_fidelity_all(1.0, 1, 3) == pytest.approx(1 / 3)
    # The same as averaging the per-checkpoint scores with zeros for the unreached ones.
    reached = [0.9, 0.6]
    vfs = sum(reached) / len(reached)
    assert scoring.visual_fidelity_all(vfs, 2, 5) == pytest.approx(sum([*reached, 0, 0, 0]) / 5)
    assert scoring.visual_fidelity_all(0.8, 4, 4) == 0.8
