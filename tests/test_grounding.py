from pytest_iwr.agent.grounding import (
    GROUNDING_THRESHOLD,
    quoted_strings,
    rank_by_description,
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
