import pytest

from pytest_iwr import stats
from pytest_iwr.stats import mean_interval, paired_difference, repeat_spread


def test_interval_brackets_the_mean_and_narrows_with_more_tasks():
    few = mean_interval([0.2, 0.4, 0.6, 0.8])
    many = mean_interval([0.2, 0.4, 0.6, 0.8] * 10)
    assert few.mean == pytest.approx(0.5)
    assert few.low < few.mean < few.high
    assert (many.high - many.low) < (few.high - few.low)


def test_constant_and_single_values_have_no_spread():
    same = mean_interval([0.3, 0.3, 0.3])
    assert same.low == same.high == pytest.approx(0.3)
    interval = mean_interval([1.0])
    assert interval.low == interval.high == 1.0


def test_interval_is_reproducible():
    values = [0.1, 0.9, 0.4, 0.35, 0.7]
    assert mean_interval(values) == mean_interval(values)


def test_paired_difference_sees_a_consistent_drop_that_unpaired_spread_would_hide():
    baseline = {f"t{i}": v for i, v in enumerate([0.1, 0.9, 0.3, 0.7, 0.5, 0.95, 0.2, 0.6])}
    current = {t: v - 0.05 for t, v in baseline.items()}
    diff, n = paired_difference(current, baseline)
    assert n == 8
    assert diff.mean == pytest.approx(-0.05)
    assert not diff.contains_zero()  # every task dropped by the same amount: not noise
    noisy = {t: v + (0.2 if i % 2 else -0.2) for i, (t, v) in enumerate(baseline.items())}
    assert paired_difference(noisy, baseline)[0].contains_zero()


def test_paired_difference_needs_shared_tasks():
    with pytest.raises(ValueError):
        paired_difference({"a": 1.0}, {"b": 1.0})


def test_repeat_spread():
    assert repeat_spread([0.5, 0.5]) == (0.5, 0.0)
    mean, var = repeat_spread([0.0, 1.0])
    assert mean == 0.5 and var == pytest.approx(0.25)


def test_failure_class_of_a_task_that_never_reached_its_replay_is_a_crash():
    from pytest_iwr.report.breakdown import failure_class
    from pytest_iwr.results import TaskResult

    lost = TaskResult(model="m", task_id="t", status="failed", steps_total=3, failure="t: browser lost")
    assert failure_class(lost) == "crash"
    assert failure_class(TaskResult(model="m", task_id="t", status="passed", steps_total=3)) is None


def test_step_pass_rate_gives_the_target_ifs_in_expectation():
    counts = [5, 10, 20]
    p = stats.step_pass_rate_for(counts, 0.5)
    expected = sum(sum(p**k for k in range(1, n + 1)) / n for n in counts) / len(counts)
    assert expected == pytest.approx(0.5, abs=1e-9)
    assert stats.step_pass_rate_for(counts, 0.9) > p > stats.step_pass_rate_for(counts, 0.1)


def test_simulated_interval_narrows_with_more_tasks_as_one_over_root_n():
    small, large = stats.simulated_half_width([10] * 30), stats.simulated_half_width([10] * 120)
    assert 0.05 < small < 0.3
    assert small / large == pytest.approx(2.0, rel=0.25)  # four times the tasks, half the width
