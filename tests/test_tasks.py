import textwrap
from pathlib import Path

from pytest_iwr.tasks import Task, TaskLoadError, discover_tasks, load_task

GOOD = """
id: {id}
title: A task
viewport: 1024x768
taxonomy: {{domain: games, visual_complexity: simple, interaction_logic: logic}}
steps:
  - action: click
    target: {{role: button, name: Go}}
    description: Click "Go"
    checkpoint: {{expect: [{{visible_text: Gone}}], assertion: It went}}
"""


def write(root: Path, task_id: str, body: str) -> Path:
    folder = root / task_id
    folder.mkdir(parents=True)
    (folder / "task.yaml").write_text(textwrap.dedent(body))
    return folder


def test_good_task_loads_with_viewport_and_tags(tmp_path):
    task = load_task(write(tmp_path, "ok", GOOD.format(id="ok")))
    assert isinstance(task, Task)
    assert task.viewport == (1024, 768)
    assert task.tags == {"domain": "games", "visual_complexity": "simple", "interaction_logic": "logic"}
    assert task.steps[0].checkpoint.expect[0].kind == "visible_text"


def test_error_names_file_step_and_field(tmp_path):
    body = GOOD.format(id="bad").replace("action: click", "action: tap")
    loaded = load_task(write(tmp_path, "bad", body))
    assert isinstance(loaded, TaskLoadError)
    assert "bad/task.yaml" in loaded.message
    assert "step 1" in loaded.message
    assert "field 'action'" in loaded.message


def test_error_for_a_nested_field_and_a_missing_step_field(tmp_path):
    body = GOOD.format(id="bad2").replace("{visible_text: Gone}", "{visible_txt: Gone}")
    loaded = load_task(write(tmp_path, "bad2", body))
    assert isinstance(loaded, TaskLoadError)
    assert "step 1" in loaded.message and "checkpoint.expect.0" in loaded.message
    body = GOOD.format(id="bad3").replace("action: click", "action: type")
    loaded = load_task(write(tmp_path, "bad3", body))
    assert isinstance(loaded, TaskLoadError) and "needs 'text'" in loaded.message


def test_wrong_viewport_malformed_yaml_and_id_mismatch(tmp_path):
    loaded = load_task(write(tmp_path, "vp", GOOD.format(id="vp").replace("1024x768", "wide")))
    assert isinstance(loaded, TaskLoadError) and "field 'viewport'" in loaded.message
    loaded = load_task(write(tmp_path, "yaml", "id: [unclosed"))
    assert isinstance(loaded, TaskLoadError) and "not valid YAML" in loaded.message
    loaded = load_task(write(tmp_path, "folder", GOOD.format(id="other")))
    assert isinstance(loaded, TaskLoadError) and "differs from its folder name" in loaded.message


def test_discovery_is_sorted_and_keeps_going_past_broken_tasks(tmp_path):
    write(tmp_path, "zeta", GOOD.format(id="zeta"))
    write(tmp_path, "alpha", "::: not yaml")
    write(tmp_path, "mid", GOOD.format(id="mid"))
    loaded = discover_tasks(tmp_path)
    assert [t.id for t in loaded] == ["alpha", "mid", "zeta"]
    assert isinstance(loaded[0], TaskLoadError)
    assert all(isinstance(t, Task) for t in loaded[1:])


def test_a_value_cut_short_by_a_hash_is_an_error_and_a_comment_on_its_own_line_is_not(tmp_path):
    body = GOOD.format(id="hash").replace('description: Click "Go"', 'description: Click the "Invoice #2291" row')
    loaded = load_task(write(tmp_path, "hash", body))
    assert isinstance(loaded, TaskLoadError)
    assert "hash/task.yaml:9:" in loaded.message and "#2291" in loaded.message and "comment" in loaded.message
    body = GOOD.format(id="quoted").replace('description: Click "Go"', "description: 'Click the \"Invoice #2291\" row'")
    loaded = load_task(write(tmp_path, "quoted", body + "# a note on its own line\n"))
    assert isinstance(loaded, Task) and loaded.steps[0].description == 'Click the "Invoice #2291" row'


def test_every_bundled_task_reads_alike_with_libyaml_and_pure_python_yaml():
    # The C loader accepts "{visible_text: 45 + 38 = ?}", the Python one does not; and a " #"
    # inside an unquoted value silently drops the rest of it with either.
    import yaml

    for source in sorted(Path(__file__).parent.parent.glob("tasks/*/task.yaml")):
        text = source.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader), source
        assert isinstance(load_task(source.parent), Task), source
