"""The commands' validator (`gxreport.records`) is the models' (`gxreport.snapshot`): the same
core schema node by node, the same verdict and the same errors on every input tried."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from conftest import EXAMPLES
from gxreport import records, snapshot

# What differs between the two schemas and means nothing to validation: JSON Schema hooks,
# reference names, the model machinery's bookkeeping.
_IGNORED = {
    "metadata", "ref", "custom_init", "root_model", "post_init", "model_name",
    "computed_fields", "default_factory_takes_data", "slots", "collect_init_only",
    "dataclass_name",
}  # fmt: skip


def _normal(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_normal(n, defs) for n in node]
    if isinstance(node, type):
        return node.__name__  # a model and its record have one name
    if not isinstance(node, dict):
        return getattr(node, "__func__", node)  # a rule bound as a classmethod is the rule
    if node.get("type") == "definitions":
        defs.update((d["ref"].split(":")[0], d) for d in node["definitions"])
        return _normal(node["schema"], defs)
    if node.get("type") == "definition-ref":
        return _normal(defs[node["schema_ref"].split(":")[0]], defs)
    out = {}
    for key in sorted(node):
        if key in _IGNORED:
            continue
        value = node[key]
        if key == "config":
            value = {"extra": value.get("extra_fields_behavior")}
        out[key] = _normal(value, defs)
    return out


@pytest.mark.parametrize(
    ("model", "of"), [(snapshot.Snapshot, "snapshot"), (snapshot.Indicator, "indicator")]
)
def test_the_schemas_are_the_same_node_by_node(model: type[BaseModel], of: Any) -> None:
    ours = _normal(records.core_schema(of), {})
    assert ours == _normal(model.__pydantic_core_schema__, {})
    assert "report" in str(ours) or of == "indicator"  # the walk reached the fields


@pytest.mark.parametrize(
    ("model", "record"),
    [
        (snapshot.ReportInfo, records.ReportInfo),
        (snapshot.BriefingInfo, records.BriefingInfo),
        (snapshot.Rank, records.Rank),
        (snapshot.Stated, records.Stated),
        (snapshot.Indicator, records.Indicator),
        (snapshot.Snapshot, records.Snapshot),
    ],
)
def test_records_declare_the_models_fields_in_order(model: type[BaseModel], record: Any) -> None:
    assert tuple(model.model_fields) == record.FIELDS
    assert tuple(k for k in record.__annotations__ if k != "FIELDS") == record.FIELDS


def _plain(value: Any) -> Any:
    """A validated value with models and records both as plain dicts."""
    if isinstance(value, (BaseModel, records.Record)):
        return {k: _plain(v) for k, v in vars(value).items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _verdicts(raw: Any) -> tuple[Any, Any]:
    def run(validate: Any) -> Any:
        try:
            return ("valid", _plain(validate(copy.deepcopy(raw))))
        except ValidationError as exc:
            return ("invalid", [(e["type"], e["loc"], e["msg"]) for e in exc.errors()])

    return run(snapshot.Snapshot.model_validate), run(records.validator("snapshot").validate_python)


EXAMPLE_FILES = sorted(EXAMPLES.rglob("*.toml"))


def _raw(path: Path) -> dict[str, Any]:
    return tomli.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_validates_to_the_same_values(path: Path) -> None:
    model, ours = _verdicts(_raw(path))
    assert model[0] == "valid"
    assert ours == model


FIELDS = [*records.Indicator.FIELDS, "unknown"]
STATED = [*records.Stated.FIELDS, "unknown"]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10_001),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10, max_value=999),
    st.sampled_from(["", " ", "1.57万", "7,141", "57.65%", "下降2.27%", "abc", "亿元", "万户",
                     "cumulative", "level", "lower", "2022-06-30", "2021-01-01", "month", "day",
                     "超序时进度7.65个百分点", "zh", "completion", "\x07名"]),
    st.dates(dt.date(2020, 1, 1), dt.date(2023, 12, 31)),
    st.just(dt.datetime(2022, 6, 30, 12, 0)),
    st.lists(st.sampled_from(["a", "", "signed-amount"]), max_size=2),
    st.fixed_dictionaries({"position": st.integers(0, 5)}, optional={"of": st.integers(0, 5)}),
    st.dictionaries(st.sampled_from(STATED), st.sampled_from(["57.65%", "1.2个百分点", "x", 3]),
                    max_size=2),
)  # fmt: skip
SEED_RAW = _raw(EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml")


@settings(max_examples=400, deadline=None)
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 40), st.sampled_from(FIELDS), VALUES), min_size=1, max_size=4
    ),
    report_edit=st.one_of(
        st.none(),
        st.tuples(st.sampled_from([*records.ReportInfo.FIELDS, "unknown"]), VALUES),
    ),
)
def test_edited_snapshots_get_the_same_verdict_and_errors(
    edits: list[tuple[int, str, Any]], report_edit: tuple[str, Any] | None
) -> None:
    raw = copy.deepcopy(SEED_RAW)
    items = raw["indicator"]
    for index, key, value in edits:
        table = items[index % len(items)]
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
    if report_edit is not None:
        key, value = report_edit
        raw["report"][key] = value
    model, ours = _verdicts(raw)
    assert ours == model


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"report": 5},
        {"report": {}, "indicator": 3},
        {"report": SEED_RAW["report"], "indicator": [1, "x", {}]},
        {"report": SEED_RAW["report"], "indicator": [{"id": "a", "name": "b", "rank": "1"}]},
        {"report": SEED_RAW["report"], "indicator": [{"id": "a", "name": "b", "stated": 2}]},
        {"report": SEED_RAW["report"], "extra": 1},
    ],
)
def test_misshapen_tables_get_the_same_errors(raw: dict[str, Any]) -> None:
    model, ours = _verdicts(raw)
    assert model[0] == "invalid"
    assert ours == model


def test_records_are_read_only_and_equal_by_fields() -> None:
    a = records.validator("snapshot").validate_python(copy.deepcopy(SEED_RAW))
    b = records.validator("snapshot").validate_python(copy.deepcopy(SEED_RAW))
    assert a.report == b.report and a.indicators[0] == b.indicators[0]
    assert a.indicators[0] != a.indicators[1]
    with pytest.raises(AttributeError):
        a.report.title = "x"  # type: ignore[misc]


def test_records_copy_and_pickle_to_equal_records() -> None:
    import pickle

    snapshot = records.validator("snapshot").validate_python(copy.deepcopy(SEED_RAW))
    for again in (
        copy.copy(snapshot),
        copy.deepcopy(snapshot),
        pickle.loads(pickle.dumps(snapshot)),
    ):
        assert type(again) is records.Snapshot
        assert again.report == snapshot.report and again.indicators == snapshot.indicators
    deep = copy.deepcopy(snapshot)
    assert deep.indicators[0] is not snapshot.indicators[0]  # a deep copy, not a share
