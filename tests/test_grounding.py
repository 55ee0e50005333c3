from pytest_iwr.agent.grounding import (
    GROUNDING_THRESHOLD,
    nearest,
    quoted_strings,
    rank_by_description,
    smallest_region,
)

CANDIDATES = [
    {"role": "link", "name": "Home"},
    {"role": "button", "name": "Add to cart"},
    {"role": "button", "name": "Add"},
    {"role": "textbox", "name": "Search products"},
]


def test_quoted_label_wins_exactly():
    ranked = rank_by_description('Click the "Add" button next to the input', CANDIDATES)
    assert ranked[0].index == 2
    assert ranked[0].score >= GROUNDING_THRESHOLD
    assert ranked[0].score > ranked[1].score


def test_unquoted_words_and_role_words():
    ranked = rank_by_description("Type into the search field", CANDIDATES)
    assert ranked[0].index == 3
    assert ranked[0].score >= GROUNDING_THRESHOLD


def test_nothing_fits_scores_below_threshold():
    ranked = rank_by_description('Click "Checkout"', CANDIDATES)
    assert ranked[0].score < GROUNDING_THRESHOLD


def test_quoted_strings_handles_curly_quotes():
    assert quoted_strings("Press “Save draft” then 'OK'") == ["save draft", "ok"]


def test_nearest_and_smallest_region_keep_ties():
    assert nearest([(0, 0), (10, 0), (100, 0)], [(12, 0)]) == [1]
    assert nearest([(0, 0), (20, 0)], [(10, 0)]) == [0, 1]
    assert nearest([], [(1, 1)]) == []
    assert smallest_region([3, 1, None, 1]) == [1, 3]
    assert smallest_region([None, None]) == []
