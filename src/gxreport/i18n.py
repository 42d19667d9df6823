"""Every word the tool prints about figures, in zh and en: labels, reasons, 公文 phrases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from gxreport.stated import StatedKey

if TYPE_CHECKING:
    from gxreport.across import YoyTrend
    from gxreport.audit import InputName, Verdict
    from gxreport.records import RankBy
    from gxreport.report import PlanKind, Reason, Status, YoyWords
    from gxreport.rounding import Rounding

Lang = Literal["zh", "en"]
# The stated figures the audit names: a snapshot's stated keys, and "parts" (a breakdown).
StatedName = Literal[StatedKey, "parts"]

LabelKey = Literal[
    "indicator",
    "id",
    "group",
    "unit",
    "source",
    "actual",
    "target",
    "stretch",
    "completion",
    "schedule_gap",
    "schedule_gap_pp",
    "yoy",
    "share",
    "remaining",
    "surplus",
    "per_month",
    "per_quarter",
    "per_day",
    "pace_ratio",
    "projection",
    "projected_completion",
    "reached_month",
    "required_average",
    "progress",
    "status",
    "rank",
    "ungrouped",
    "heading_line",
    "gap_title",
    "gap_all_title",
    "gap_line",
    "gap_line_no_actual",
    "gap_no_target",
    "gap_line_average",
    "gap_line_level",
    "gap_line_reduction",
    "unit_line",
    "plan",
    "quarter_needs",
    "quarter_needs_partial",
    "checkpoint_at",
    "margin",
    "feasibility",
    "feasible",
    "feasible_on_pace",
    "feasible_off_pace",
    "usage",
    "used",
    "line",
    "headroom",
    "remaining_cut",
    "plan_target",
    "printed",
    "printed_note",
    "rounding_note",
]
CheckKey = Literal[
    "title",
    "columns",
    "reached",
    "between",
    "exactly",
    "open-end",
    "at-least",
    "other-rule",
    "rule-month",
    "rule-day",
    "rule-ten-a-month",
    "no-whole-number",
    "percent-as-pp",
    "truncation",
    "half-up",
    "points-as-percent",
    "half-even",
    "implied-given",
    "implied-missing",
    "closing",
    "closing-none",
    "closing-more",
]
SentenceKey = Literal[
    "pace-few",
    "no-pace-few",
    "cut",
    "cut-months",
    "ceiling-within",
    "ceiling-above",
    "ceiling-exceeded",
    "pace",
    "no-pace",
    "pace-months",
    "no-pace-months",
    "met",
    "reached",
    "not-reached",
    "average-lower",
    "average-higher",
    "infeasible",
]
BriefingKey = Literal[
    "overview",
    "indicators",
    "attention",
    "rest_of_year",
    "data_check",
    "as_of_line",
    "source_line",
    "counted",
    "counted_growth",
    "count_part",
    "no_target_count",
    "half_half",
    "nothing_to_note",
    "actual",
    "actual_level",
    "completion",
    "completion_stated",
    "target_only",
    "ahead",
    "behind",
    "on_schedule",
    "met",
    "yoy_up",
    "yoy_down",
    "yoy_flat",
    "yoy_pp_up",
    "yoy_pp_down",
    "short_of_stretch",
    "period_h2",
    "period_q4",
    "period_rest",
    "period_month",
    "short_of_level",
    "level_met",
    "cap_over",
    "cap_within",
    "over_cap_level",
    "ceiling_within",
    "ceiling_above",
    "ceiling_exceeded",
    "reduction",
    "share",
    "share_plain",
    "rank",
    "rank_of",
    "attention_behind",
    "attention_not_met",
    "attention_over_cap",
    "attention_exceeded",
    "attention_above_line",
    "attention_infeasible",
    "attention_yoy",
    "attention_behind_printed",
    "attention_share",
    "expected_above",
    "expected_below",
    "expected_at",
    "period_completion",
    "attention_below_expected",
    "attention_implausible",
    "completion_stated_position",
    "footnote",
    "basis_month",
    "basis_day",
]

LABELS: dict[LabelKey, dict[Lang, str]] = {
    "indicator": {"zh": "指标", "en": "Indicator"},
    "id": {"zh": "代码", "en": "ID"},
    "group": {"zh": "类别", "en": "Group"},
    "unit": {"zh": "单位", "en": "Unit"},
    "source": {"zh": "来源文件", "en": "source"},
    "actual": {"zh": "实际完成", "en": "Actual"},
    "target": {"zh": "年度目标", "en": "Target"},
    "stretch": {"zh": "力争目标", "en": "Stretch"},
    "completion": {"zh": "完成率", "en": "Completion"},
    "schedule_gap": {"zh": "较序时进度", "en": "vs schedule"},
    "schedule_gap_pp": {"zh": "序时进度差", "en": "vs schedule"},
    "yoy": {"zh": "同比", "en": "YoY"},
    "share": {"zh": "占比", "en": "Share"},
    "remaining": {"zh": "尚需完成", "en": "Remaining"},
    "surplus": {"zh": "超额", "en": "Surplus"},
    "per_month": {"zh": "月均需完成", "en": "Per month"},
    "per_quarter": {"zh": "季均需完成", "en": "Per quarter"},
    "per_day": {"zh": "日均需完成", "en": "Per day"},
    "pace_ratio": {"zh": "所需进度倍数", "en": "Pace needed"},
    "projection": {"zh": "按当前进度全年预计", "en": "Year-end at current pace"},
    "projected_completion": {"zh": "预计完成率", "en": "Projected completion"},
    "reached_month": {"zh": "预计达成月份", "en": "Reached in month"},
    "required_average": {"zh": "余下时间需保持均值", "en": "Average needed for the rest"},
    "progress": {"zh": "进度", "en": "Progress"},
    "status": {"zh": "状态", "en": "Status"},
    "rank": {"zh": "排名", "en": "Rank"},
    "ungrouped": {"zh": "其他指标", "en": "Other indicators"},
    "heading_line": {
        "zh": "截至{date}，序时进度{progress}。",
        "en": "As of {date}; time elapsed {progress} of the year.",
    },
    "gap_title": {
        "zh": "{name}：全年目标还需完成多少",
        "en": "{name}: what the rest of the year must deliver",
    },
    "gap_all_title": {
        "zh": "各项指标余下时间需完成",
        "en": "What the rest of the year must deliver",
    },
    "gap_line": {
        "zh": "截至{date}，累计完成{actual}{unit}，序时进度{progress}。",
        "en": "As of {date}: {actual} {unit} done, {progress} of the year elapsed.",
    },
    "gap_line_no_actual": {
        "zh": "截至{date}，未给出实际完成数，序时进度{progress}。",
        "en": "As of {date}: no actual given; {progress} of the year elapsed.",
    },
    "gap_no_target": {
        "zh": "该指标未设目标，可用 --target 指定目标测算。",
        "en": "This indicator has no target: give one with --target to plan against it.",
    },
    "gap_line_average": {
        "zh": "截至{date}，平均为{actual}{unit}，序时进度{progress}。",
        "en": "As of {date}: averaging {actual} {unit}, {progress} of the year elapsed.",
    },
    "gap_line_level": {
        "zh": "截至{date}，当前为{actual}{unit}，序时进度{progress}。",
        "en": "As of {date}: now at {actual} {unit}, {progress} of the year elapsed.",
    },
    "gap_line_reduction": {
        "zh": "截至{date}，已降低{actual}{unit}，序时进度{progress}。",
        "en": "As of {date}: cut by {actual} {unit} so far, {progress} of the year elapsed.",
    },
    "unit_line": {"zh": "单位：{unit}", "en": "Unit: {unit}"},
    "plan": {"zh": "项目", "en": "Figure"},
    "quarter_needs": {"zh": "{quarter}需完成", "en": "{quarter} needs"},
    "quarter_needs_partial": {"zh": "{quarter}余下需完成", "en": "Rest of {quarter} needs"},
    "checkpoint_at": {"zh": "{quarter}末累计需达到", "en": "Needed by end of {quarter}"},
    "margin": {"zh": "距目标余量", "en": "Margin to target"},
    "feasibility": {"zh": "可行性", "en": "Feasibility"},
    "feasible": {"zh": "可以完成", "en": "feasible"},
    "feasible_on_pace": {"zh": "按当前进度可以完成", "en": "on course"},
    "feasible_off_pace": {
        "zh": "可以完成，按当前进度仅完成{projected}",
        "en": "reachable; pace gives {projected}",
    },
    "usage": {"zh": "已用额度", "en": "Quota used"},
    "used": {"zh": "已用{rate}", "en": "{rate} used"},
    "line": {"zh": "序时额度", "en": "Pro-rated quota"},
    "headroom": {"zh": "尚余额度", "en": "Quota left"},
    "remaining_cut": {"zh": "尚需降低", "en": "Still to cut"},
    "plan_target": {"zh": "目标值", "en": "Target value"},
    "printed": {"zh": "原文数据", "en": "As printed"},
    "printed_note": {
        "zh": "注：带{mark}的数字为原文数据，未给出计算所需的原始数据。",
        "en": "Figures marked {mark} are as printed in the source; their inputs are not given.",
    },
    "rounding_note": {
        "zh": (
            "注：序时进度差为完成率与序时进度之差，单位为个百分点；"
            "相对数按{rounding}保留{decimals}位小数。"
        ),
        "en": (
            'Note: "vs schedule" is completion minus time elapsed, in percentage points; '
            "rates are rounded {rounding} to {decimals} decimal places."
        ),
    },
}

STATUS: dict[Status, dict[Lang, str]] = {
    "met": {"zh": "已完成", "en": "met"},
    "ahead": {"zh": "超序时进度", "en": "ahead"},
    "on-schedule": {"zh": "与序时进度持平", "en": "on schedule"},
    "behind": {"zh": "低于序时进度", "en": "behind"},
    "within-line": {"zh": "控制在序时额度内", "en": "within the pro-rated quota"},
    "above-line": {"zh": "超出序时额度", "en": "above the pro-rated quota"},
    "not-met": {"zh": "未达目标", "en": "not met"},
    "exceeded": {"zh": "已突破上限", "en": "ceiling broken"},
    "infeasible": {"zh": "难以完成", "en": "infeasible"},
    "no-target": {"zh": "无目标", "en": "no target"},
    "no-actual": {"zh": "无实绩", "en": "no actual"},
    "above-expected": {"zh": "高于预期目标", "en": "above the expected growth"},
    "at-expected": {"zh": "达到预期目标", "en": "at the expected growth"},
    "below-expected": {"zh": "低于预期目标", "en": "below the expected growth"},
}

REASONS: dict[Reason, dict[Lang, str]] = {
    "no-actual": {"zh": "未给出实际完成数", "en": "no actual given"},
    "no-target": {"zh": "未给出目标", "en": "no target given"},
    "no-stretch": {"zh": "未给出力争目标", "en": "no stretch target given"},
    "units-differ": {
        "zh": "总量的单位与本指标不同，无法换算",
        "en": "the whole is in a unit this indicator's cannot be converted to",
    },
    "not-scheduled": {
        "zh": "该类指标不按序时进度比较",
        "en": "this kind of indicator is not compared with time elapsed",
    },
    "ceiling": {
        "zh": "目标为累计上限，看已用额度",
        "en": "the target is a ceiling: see the quota used",
    },
    "secured": {
        "zh": "余下时间无论多少，全年目标均可完成",
        "en": "the year's target is secured whatever the rest of the year brings",
    },
    "under-one": {
        "zh": "尚需完成的数量少于余下的期数，不足每期1个",
        "en": "fewer left to do than periods left: under one a period",
    },
    "under-a-quarter": {
        "zh": "余下时间不足一个季度，按月测算",
        "en": "less than a quarter is left: see the months",
    },
    "no-last-year": {"zh": "未给出上年同期数", "en": "no same-period figure for last year"},
    "base-not-positive": {
        "zh": "上年同期数不为正，不计算增速",
        "en": "last year's figure is not positive, so no % change",
    },
    "no-whole": {"zh": "未给出总量", "en": "no whole given"},
    "no-target-yoy": {"zh": "未设增速目标", "en": "no growth target given"},
    "no-period-target": {"zh": "未设本期目标", "en": "no target for the period given"},
    "whole-not-positive": {"zh": "总量缺失或不为正", "en": "the whole is missing or not positive"},
    "not-cumulative": {"zh": "非累计类指标", "en": "not a cumulative indicator"},
    "not-average": {"zh": "非均值类指标", "en": "not an average indicator"},
    "cap-target": {
        "zh": "目标为上限，看与目标的差距",
        "en": "the target is a cap: see the margin to it",
    },
    "input-missing": {"zh": "缺少输入数据", "en": "an input is missing"},
    "zero-target": {"zh": "目标为零", "en": "the target is zero"},
    "cut-of-100": {"zh": "计划降幅不小于100%", "en": "a planned cut of 100% or more"},
    "year-over": {"zh": "全年已结束", "en": "the year is over"},
    "target-met": {"zh": "目标已完成", "en": "the target is met"},
    "no-pace": {
        "zh": "当前累计不为正，无从比较进度",
        "en": "nothing done yet to compare the pace with",
    },
    "more-days-than-left": {
        "zh": "所需天数多于全年剩余天数",
        "en": "needs more days than are left in the year",
    },
    "average-below-zero": {
        "zh": "余下时间均值需低于零",
        "en": "the rest of the year would have to average below zero",
    },
    "share-above-100": {"zh": "所需比例超过100%", "en": "would need a share above 100%"},
    "no-earlier": {
        "zh": "需与同一主体同年更早一期的数据比较",
        "en": "needs an earlier snapshot of the same entity and year",
    },
    "change-of-a-share": {
        "zh": "占比的变化，需比较期的占比",
        "en": "a change of a share, which needs the share it is compared with",
    },
    "against-last-year": {
        "zh": "与上年同期增速相比，需上年同期增速",
        "en": "against last year's growth, which no snapshot gives",
    },
    "no-value": {"zh": "该期未给出累计值", "en": "no cumulative value in that period"},
    "not-shown": {"zh": "本输出不含此项", "en": "not part of this output"},
    "lengths-differ": {
        "zh": "两期长度不同，不计算环比，按月均比较",
        "en": "the periods differ in length: compared per month, not as a whole",
    },
    "same-length": {
        "zh": "两期长度相同，直接计算环比",
        "en": "the periods are of one length: see the change on the previous period",
    },
    "base-not-positive-then": {
        "zh": "上一期的单期值不为正，不计算环比",
        "en": "the previous period alone is not positive, so no change in %",
    },
}

YOY_WORDS: dict[YoyWords, dict[Lang, str]] = {
    "new": {"zh": "上年同期为零，新增", "en": "new (nil a year ago)"},
    "turnaround": {"zh": "扭亏为盈", "en": "turned from a loss"},
    "loss-narrowed": {"zh": "减亏", "en": "loss narrowed"},
    "loss-widened": {"zh": "增亏", "en": "loss widened"},
}

VERDICT_NAMES: dict[Verdict, dict[Lang, str]] = {
    "consistent": {"zh": "一致", "en": "consistent"},
    "within-rounding": {"zh": "在输入修约范围内", "en": "within input rounding"},
    "rounding-differs": {"zh": "修约方式不同", "en": "rounding differs"},
    "inconsistent": {"zh": "不一致", "en": "inconsistent"},
    "not-checkable": {"zh": "无法核对", "en": "not checkable"},
}

STATED_NAMES: dict[StatedName, dict[Lang, str]] = {
    "completion": {"zh": "完成率", "en": "completion"},
    "stretch_completion": {"zh": "力争目标完成率", "en": "stretch completion"},
    "yoy": {"zh": "同比", "en": "YoY"},
    "schedule_gap": {"zh": "序时进度差", "en": "vs schedule"},
    "share": {"zh": "占比", "en": "share"},
    "remaining": {"zh": "尚需完成", "en": "remaining"},
    "total": {"zh": "合计", "en": "total"},
    "parts": {"zh": "分项之和", "en": "sum of parts"},
    "period_alone": {"zh": "单期值", "en": "period alone"},
    "qoq": {"zh": "环比", "en": "vs previous period"},
    "yoy_change": {"zh": "同比增速变化", "en": "change in YoY"},
    "yoy_amount": {"zh": "同比增减额", "en": "change over last year"},
}

INPUT_NAMES: dict[InputName, dict[Lang, str]] = {
    "actual": {"zh": "实际完成", "en": "the actual"},
    "target": {"zh": "年度目标", "en": "the target"},
    "stretch": {"zh": "力争目标", "en": "the stretch target"},
    "period_target": {"zh": "本期目标", "en": "the period's target"},
    "last_year": {"zh": "上年同期", "en": "last year's figure"},
    "yoy_amount": {"zh": "同比增减额", "en": "the change over last year"},
    "whole": {"zh": "总量", "en": "the whole"},
    "completion": {"zh": "完成率", "en": "the completion rate"},
    "part": {"zh": "分项", "en": "a part"},
    "earlier": {"zh": "上一期累计值", "en": "the earlier cumulative value"},
    "yoy": {"zh": "同比增速", "en": "the YoY rate"},
    "target_yoy": {"zh": "增速目标", "en": "the growth target"},
}

CHECK_TEXT: dict[CheckKey, dict[Lang, str]] = {
    "title": {"zh": "数据核对：{title}", "en": "Data check: {title}"},
    "columns": {
        "zh": "指标|核对项|原文|重新计算|差异|结论|说明",
        "en": "Indicator|Figure|As printed|Recomputed|Difference|Verdict|Note",
    },
    "reached": {
        "zh": "按输入值的修约范围，重新计算值{range}",
        "en": "the inputs' rounding allows {range}",
    },
    "between": {"zh": "在{low}至{high}之间", "en": "{low} to {high}"},
    "exactly": {"zh": "为{value}", "en": "exactly {value}"},
    "open-end": {"zh": "（不含{value}）", "en": " (excluding {value})"},
    "at-least": {"zh": "不低于{low}", "en": "at least {low}"},
    "other-rule": {
        "zh": "。各项序时进度差均与按{rule}计算的序时进度（{progress}%）相符：原文可能按此计算，"
        "可在快照中以 time_progress 注明",
        "en": ". Every printed gap fits 序时进度 counted {rule} ({progress}%): the source may "
        "count it that way; state it with time_progress in the snapshot",
    },
    "rule-month": {"zh": "月份", "en": "by months"},
    "rule-day": {"zh": "天数", "en": "by days"},
    "rule-ten-a-month": {"zh": "每月10%", "en": "as 10% a month"},
    "no-whole-number": {"zh": "无满足条件的整数", "en": "no whole number fits"},
    "percent-as-pp": {
        "zh": "原文以%表述序时进度差，按个百分点读取",
        "en": "the source printed the gap with %; read as percentage points",
    },
    "truncation": {"zh": "截尾（舍去）可得原文数", "en": "truncation gives the printed figure"},
    "half-up": {"zh": "四舍五入可得原文数", "en": "half-up rounding gives the printed figure"},
    "points-as-percent": {
        "zh": "按百分点计算可得原文数：变化应以“个百分点”表述",
        "en": "it is the change in percentage points, printed as a %",
    },
    "half-even": {
        "zh": "四舍六入五成双可得原文数",
        "en": "half-even rounding gives the printed figure",
    },
    "implied-given": {
        "zh": "{input}需{range}（现为{given}）",
        "en": "{input} would have to be {range} (it is {given})",
    },
    "implied-missing": {
        "zh": "据此推算{input}应{range}",
        "en": "implied range of {input}: {range}",
    },
    "closing": {
        "zh": "共核对{n}项：一致{a}项，在输入修约范围内{b}项，修约方式不同{c}项，不一致{d}项",
        "en": "{n} figures checked: {a} consistent, {b} within input rounding, "
        "{c} rounding differs, {d} inconsistent",
    },
    # Nothing recomputed is no clean result: said so, never as "不一致0项" of 0 checked.
    "closing-none": {
        "zh": "未核对任何一项：没有可以重新计算的数字",
        "en": "nothing checked: no stated figure could be recomputed",
    },
    "closing-more": {"zh": "；另有{e}项无法核对", "en": "; {e} not checkable"},
}

PLAN_NAMES: dict[PlanKind, dict[Lang, str]] = {
    "target": {"zh": "年度目标", "en": "Annual target"},
    "stretch": {"zh": "力争目标", "en": "Stretch target"},
    "custom": {"zh": "指定目标", "en": "Given target"},
}

# Sentences under the gap table, in 公文 wording; fields are pre-formatted text.
SENTENCES: dict[SentenceKey, dict[Lang, str]] = {
    "pace-few": {
        "zh": "按{plan}{target}，尚需完成{remaining}，余下时间内完成即可，"
        "为此前月均进度的{pace}倍。",
        "en": "For the {plan_lower} of {target}: {remaining} to go at any time in the rest of "
        "the year, {pace}× the pace so far.",
    },
    "no-pace-few": {
        "zh": "按{plan}{target}，尚需完成{remaining}，余下时间内完成即可。",
        "en": "For the {plan_lower} of {target}: {remaining} to go at any time in the rest of "
        "the year.",
    },
    "cut": {
        "zh": "按{plan}{target}，尚需降低{remaining}，余下时间每季度需降低{per_quarter}、"
        "每月需降低{per_month}。",
        "en": "For the {plan_lower} of {target}: {remaining} still to cut, {per_quarter} a "
        "quarter and {per_month} a month.",
    },
    "cut-months": {
        "zh": "按{plan}{target}，尚需降低{remaining}，余下时间每月需降低{per_month}。",
        "en": "For the {plan_lower} of {target}: {remaining} still to cut, {per_month} a month.",
    },
    "ceiling-within": {
        "zh": "{plan}{target}为上限，已用额度{usage}，尚余额度{remaining}，"
        "控制在序时额度{line}以内。",
        "en": "The {plan_lower} of {target} is a ceiling: {usage} used, {remaining} left, "
        "within the pro-rated {line}.",
    },
    "ceiling-above": {
        "zh": "{plan}{target}为上限，已用额度{usage}，尚余额度{remaining}，已超出序时额度{line}。",
        "en": "The {plan_lower} of {target} is a ceiling: {usage} used, {remaining} left, "
        "above the pro-rated {line}.",
    },
    "ceiling-exceeded": {
        "zh": "{plan}{target}为上限，已突破{over}。",
        "en": "The {plan_lower} of {target} is a ceiling, broken by {over}.",
    },
    "pace": {
        "zh": "按{plan}{target}，尚需完成{remaining}，余下时间每季度需完成{per_quarter}、"
        "每月需完成{per_month}，为此前月均进度的{pace}倍。",
        "en": "For the {plan_lower} of {target}: {remaining} to go, {per_quarter} a quarter "
        "and {per_month} a month, {pace}× the pace so far.",
    },
    "no-pace": {
        "zh": "按{plan}{target}，尚需完成{remaining}，余下时间每季度需完成{per_quarter}、"
        "每月需完成{per_month}。",
        "en": "For the {plan_lower} of {target}: {remaining} to go, {per_quarter} a quarter "
        "and {per_month} a month.",
    },
    "pace-months": {
        "zh": "按{plan}{target}，尚需完成{remaining}，余下时间每月需完成{per_month}，"
        "为此前月均进度的{pace}倍。",
        "en": "For the {plan_lower} of {target}: {remaining} to go, {per_month} a month, "
        "{pace}× the pace so far.",
    },
    "no-pace-months": {
        "zh": "按{plan}{target}，尚需完成{remaining}，余下时间每月需完成{per_month}。",
        "en": "For the {plan_lower} of {target}: {remaining} to go, {per_month} a month.",
    },
    "met": {
        "zh": "{plan}{target}已完成，超额{surplus}。",
        "en": "The {plan_lower} of {target} is met, {surplus} over.",
    },
    "reached": {
        "zh": "按当前进度，{plan}预计在{month}月完成，全年预计完成{plan}的{projected}。",
        "en": "At the current pace the {plan_lower} is reached in month {month}; "
        "the year would end at {projected} of it.",
    },
    "not-reached": {
        "zh": "按当前进度，全年预计只能完成{plan}的{projected}。",
        "en": "At the current pace the year would end at {projected} of the {plan_lower}.",
    },
    "average-lower": {
        "zh": "按{plan}{target}，余下时间均值需控制在{required}以内。",
        "en": "For the {plan_lower} of {target}, the rest of the year must average "
        "at most {required}.",
    },
    "average-higher": {
        "zh": "按{plan}{target}，余下时间均值需达到{required}以上。",
        "en": "For the {plan_lower} of {target}, the rest of the year must average "
        "at least {required}.",
    },
    "infeasible": {
        "zh": "注意：{plan}{target}难以完成（{why}）。",
        "en": "Note: the {plan_lower} of {target} cannot be met ({why}).",
    },
}


# The briefing's 公文 wording: each entry one clause or sentence, fields pre-formatted.
BRIEFING: dict[BriefingKey, dict[Lang, str]] = {
    "overview": {"zh": "总体情况", "en": "Overview"},
    "indicators": {"zh": "主要指标完成情况", "en": "The indicators"},
    "attention": {"zh": "需要关注的指标", "en": "Needs attention"},
    "rest_of_year": {"zh": "余下时间任务测算", "en": "What the rest of the year must deliver"},
    "data_check": {"zh": "数据核对", "en": "Data check"},
    "as_of_line": {
        "zh": "数据截至{date}，序时进度{progress}。",
        "en": "Figures to {date}; {progress} of the year has elapsed.",
    },
    "source_line": {"zh": "数据来源：{source}。", "en": "Source: {source}."},
    "counted_growth": {
        "zh": "{n}项设有目标（含增速目标）的指标中，{parts}",
        "en": "Of {n} indicators with a target (growth targets included), {parts}",
    },
    "counted": {
        "zh": "{n}项设有年度目标的指标中，{parts}",
        "en": "Of {n} indicators with an annual target, {parts}",
    },
    "count_part": {"zh": "{count}项{status}", "en": "{count} {status}"},
    "no_target_count": {
        "zh": "另有{count}项指标未设年度目标。",
        "en": "{count} more have no annual target.",
    },
    "half_half": {
        "zh": "{names}实现“时间过半、任务过半”。",
        "en": "Half the year gone and at least half the target done: {names}.",
    },
    "nothing_to_note": {"zh": "暂无。", "en": "None."},
    "actual": {"zh": "{name}{actual}", "en": "{name}: {actual}"},
    "actual_level": {"zh": "{name}为{actual}", "en": "{name}: {actual}"},
    "completion": {"zh": "完成年度目标的{rate}", "en": "{rate} of the annual target"},
    "completion_stated": {
        "zh": "年度目标完成率为{rate}",
        "en": "{rate} of the annual target (as reported)",
    },
    "target_only": {"zh": "全年目标为{target}", "en": "annual target {target}"},
    "ahead": {
        "zh": "超序时进度{pp}个百分点",
        "en": "{pp} percentage points ahead of schedule",
    },
    "behind": {
        "zh": "低于序时进度{pp}个百分点",
        "en": "{pp} percentage points behind schedule",
    },
    "on_schedule": {"zh": "与序时进度持平", "en": "on schedule"},
    "met": {
        "zh": "已完成年度目标{target}，超额{surplus}",
        "en": "the annual target of {target} is met, {surplus} over",
    },
    "yoy_up": {"zh": "同比增长{x}%", "en": "up {x}% year on year"},
    "yoy_down": {"zh": "同比下降{x}%", "en": "down {x}% year on year"},
    "yoy_flat": {"zh": "与上年同期持平", "en": "flat year on year"},
    "yoy_pp_up": {"zh": "同比提高{x}个百分点", "en": "up {x} percentage points year on year"},
    "yoy_pp_down": {
        "zh": "同比下降{x}个百分点",
        "en": "down {x} percentage points year on year",
    },
    "short_of_stretch": {
        "zh": "距力争目标{target}尚差{remaining}，{period}需完成{per_quarter}",
        "en": "{remaining} short of the {target} stretch target, {per_quarter} needed {period}",
    },
    "period_h2": {"zh": "下半年每季度", "en": "a quarter in the second half"},
    "period_q4": {"zh": "第四季度", "en": "in the fourth quarter"},
    "period_rest": {"zh": "余下时间每季度", "en": "a quarter for the rest of the year"},
    "period_month": {"zh": "余下时间每月", "en": "a month for the rest of the year"},
    "short_of_level": {"zh": "距目标{target}尚差{gap}", "en": "{gap} short of the {target} target"},
    "level_met": {"zh": "已达到目标{target}", "en": "at or beyond the {target} target"},
    "cap_over": {
        "zh": "高于目标{target}，余下时间均值需控制在{required}以内",
        "en": "above the {target} target; the rest of the year must average at most {required}",
    },
    "cap_within": {"zh": "优于目标{target}", "en": "better than the {target} target"},
    "over_cap_level": {"zh": "高于目标{target}{gap}", "en": "{gap} above the {target} target"},
    "ceiling_within": {
        "zh": "已用全年上限{target}的{usage}，控制在序时额度以内",
        "en": "{usage} of the {target} ceiling used, within the pro-rated quota",
    },
    "ceiling_above": {
        "zh": "已用全年上限{target}的{usage}，超出序时额度",
        "en": "{usage} of the {target} ceiling used, above the pro-rated quota",
    },
    "ceiling_exceeded": {
        "zh": "已突破全年上限{target}",
        "en": "beyond the {target} ceiling for the year",
    },
    "reduction": {
        "zh": "计划降低{target}，完成指数{index}",
        "en": "against a planned cut of {target}, completion index {index}",
    },
    "share": {"zh": "占{whole}的{share}", "en": "{share} of {whole}"},
    "share_plain": {"zh": "占比{share}", "en": "a share of {share}"},
    "rank": {"zh": "{among}排名第{position}", "en": "ranked {position} {among}"},
    "rank_of": {
        "zh": "{of}个{among}中排名第{position}",
        "en": "ranked {position} of {of} {among}",
    },
    "attention_behind": {
        "zh": "{name}低于序时进度{pp}个百分点，{period}需完成{per_quarter}。",
        "en": "{name} is {pp} percentage points behind schedule; {per_quarter} is needed {period}.",
    },
    "attention_not_met": {
        "zh": "{name}为{actual}，尚未达到目标{target}。",
        "en": "{name} is at {actual}, short of the {target} target.",
    },
    "attention_over_cap": {
        "zh": "{name}为{actual}，高于目标{target}。",
        "en": "{name} is at {actual}, above the {target} target.",
    },
    "attention_exceeded": {
        "zh": "{name}为{actual}，已突破全年上限{target}。",
        "en": "{name} is at {actual}, beyond the {target} ceiling for the year.",
    },
    "attention_above_line": {
        "zh": "{name}为{actual}，已用全年上限{target}的{usage}，超出序时额度。",
        "en": "{name} is at {actual}, {usage} of the {target} ceiling, above the pro-rated quota.",
    },
    "attention_infeasible": {
        "zh": "{name}：按{plan}{target}测算，{why}。",
        "en": "{name}: the {plan} of {target} {why}.",
    },
    "attention_yoy": {"zh": "{name}{yoy}。", "en": "{name} is {yoy}."},
    "attention_behind_printed": {
        "zh": "{name}年度目标完成率为{rate}（原文数据），低于序时进度{pp}个百分点。",
        "en": "{name}: {rate} of the annual target (as reported), {pp} percentage points "
        "behind schedule.",
    },
    "attention_implausible": {
        "zh": "{name}完成率为{rate}，超过1000%，请核对单位或数据列。",
        "en": "{name}: {rate} of the target, over 1000%: check the units and the columns.",
    },
    "expected_above": {
        "zh": "高于预期目标{pp}个百分点",
        "en": "{pp} percentage points above the expected growth",
    },
    "expected_below": {
        "zh": "低于预期目标{pp}个百分点",
        "en": "{pp} percentage points below the expected growth",
    },
    "expected_at": {"zh": "与预期目标持平", "en": "at the expected growth"},
    "period_completion": {
        "zh": "完成本期目标{target}的{rate}",
        "en": "{rate} of the period's target of {target}",
    },
    "attention_below_expected": {
        "zh": "{name}{yoy}，低于预期目标{pp}个百分点。",
        "en": "{name} is {yoy}, {pp} percentage points below the expected growth.",
    },
    "attention_share": {
        "zh": "{name}占比{share}，超过100%，请核对总量与单位。",
        "en": "{name} is {share} of its whole, above 100%: check the whole and the units.",
    },
    "completion_stated_position": {
        "zh": "年度目标完成率为{rate}（原文数据）",
        "en": "{rate} of the annual target (as reported)",
    },
    "footnote": {
        "zh": "注：序时进度按{basis}计算；完成率等相对数按{rounding}保留{decimals}位小数，"
        "合计数和相对数由于四舍五入未作机械调整。",
        "en": "Note: time elapsed is counted by {basis}; rates are rounded {rounding} to "
        "{decimals} decimal places, and totals and ratios are not adjusted for rounding.",
    },
    "basis_month": {"zh": "月", "en": "month"},
    "basis_day": {"zh": "日", "en": "day"},
}

_ZH_DIGITS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """1–99 in Chinese numerals (第一, 四个开发区); larger numbers stay in digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _ZH_DIGITS[ones]
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return head + "十" + (_ZH_DIGITS[ones] if ones else "")


def with_unit(value: str, unit: str, lang: Lang) -> str:
    """A number with its unit as each language writes it: 213.9亿元, 213.9 亿元."""
    if not unit or value == "—":
        return value
    if lang == "zh" or unit == "%":
        return value + unit
    return f"{value} {unit}"


ROUNDING_NAMES: dict[Rounding, dict[Lang, str]] = {
    "half-up": {"zh": "四舍五入", "en": "half-up"},
    "half-even": {"zh": "四舍六入五成双", "en": "half-even"},
    "truncation": {"zh": "截尾", "en": "truncation"},
}

QUARTER_NAMES: dict[Lang, tuple[str, ...]] = {
    "zh": ("", "第一季度", "第二季度", "第三季度", "第四季度"),
    "en": ("", "Q1", "Q2", "Q3", "Q4"),
}


def label(key: LabelKey, lang: Lang) -> str:
    return LABELS[key][lang]


def status(key: Status, lang: Lang) -> str:
    return STATUS[key][lang]


def reason(key: Reason, lang: Lang) -> str:
    return REASONS[key][lang]


def quarter_name(index: int, lang: Lang) -> str:
    return QUARTER_NAMES[lang][index]


def month_name(index: int, lang: Lang) -> str:
    return f"{index}月" if lang == "zh" else f"M{index}"


# compare: how figures moved between snapshots (DESIGN.md §7).
CompareKey = Literal[
    "title",
    "periods",
    "to_date",
    "lengths_differ",
    "per_month",
    "columns",
    "value",
    "alone",
    "qoq_up",
    "qoq_down",
    "qoq_flat",
    "per_month_up",
    "per_month_down",
    "per_month_flat",
    "gain_up",
    "gain_down",
    "gain_flat",
    "target_changed",
    "left_out",
    "left_out_item",
    "check_period",
    "data_check",
    "note",
    "since_title",
]
COMPARE: dict[CompareKey, dict[Lang, str]] = {
    "title": {"zh": "{entity}{year}年各期比较", "en": "{entity} {year}: period by period"},
    "periods": {"zh": "比较期：{periods}。", "en": "Periods: {periods}."},
    "to_date": {"zh": "截至{date}", "en": "to {date}"},
    "lengths_differ": {
        "zh": "注：各期长度不同，长度不同的两期不计算环比，按月均比较。",
        "en": "Note: the periods differ in length; where two differ, only their monthly "
        "averages are compared.",
    },
    "per_month": {"zh": "月均{rate}", "en": "{rate} a month"},
    "columns": {
        "zh": "期间|累计值|单期|单期值|环比|月均环比|完成率|完成率变化|序时进度差|序时进度差变化"
        "|同比|同比增速变化|较上期变化",
        "en": "Period|Cumulative|Period alone|Value alone|vs previous period"
        "|Per month vs previous|Completion|Completion change|vs schedule|Change vs schedule"
        "|YoY|Change in YoY|Change",
    },
    "value": {"zh": "{name}{period}{value}", "en": "{name}, {period}: {value}"},
    "alone": {"zh": "其中{period}{value}", "en": "of which {period}: {value}"},
    "qoq_up": {"zh": "，环比增长{rate}", "en": ", up {rate} on the previous period"},
    "qoq_down": {"zh": "，环比下降{rate}", "en": ", down {rate} on the previous period"},
    "qoq_flat": {"zh": "，环比持平", "en": ", flat on the previous period"},
    "per_month_up": {
        "zh": "，月均比{period}月均增长{rate}",
        "en": ", up {rate} a month on {period}'s monthly average",
    },
    "per_month_down": {
        "zh": "，月均比{period}月均下降{rate}",
        "en": ", down {rate} a month on {period}'s monthly average",
    },
    "per_month_flat": {
        "zh": "，月均与{period}月均持平",
        "en": ", flat a month on {period}'s monthly average",
    },
    "gain_up": {
        "zh": "完成年度目标的{rate}，比{period}提高{pp}个百分点",
        "en": "{rate} of the annual target, {pp} percentage points more than in {period}",
    },
    "gain_down": {
        "zh": "完成年度目标的{rate}，比{period}下降{pp}个百分点",
        "en": "{rate} of the annual target, {pp} percentage points less than in {period}",
    },
    "gain_flat": {
        "zh": "完成年度目标的{rate}，与{period}持平",
        "en": "{rate} of the annual target, as in {period}",
    },
    "target_changed": {
        "zh": "（年度目标由{then}调整为{now}）",
        "en": " (the annual target changed from {then} to {now})",
    },
    "left_out": {
        "zh": "注：以下指标并非各期均有，未参与比较：{items}。",
        "en": "Not in every snapshot, so left out of the comparison: {items}.",
    },
    "left_out_item": {"zh": "{name}（仅见于{sources}）", "en": "{name} (only in {sources})"},
    "data_check": {"zh": "跨期数据核对", "en": "Data check across periods"},
    "check_period": {"zh": "{period}（{source}）：", "en": "{period} ({source}):"},
    "note": {
        "zh": "注：单期值为本期累计值减上期累计值；环比为单期值与上一单期值相比的增减"
        "（未经季节调整）；完成率、同比增速的变化单位为个百分点。",
        "en": "Note: a period alone is this cumulative value less the previous one; the change "
        "on the previous period compares periods alone (not seasonally adjusted); changes in "
        "completion and YoY are in percentage points.",
    },
    "since_title": {"zh": "与{period}比较", "en": "Since {period}"},
}

YOY_TREND: dict[YoyTrend, dict[Lang, str]] = {
    "faster": {
        "zh": "同比增长{yoy}{unit}，比{period}加快{pp}个百分点",
        "en": "up {yoy}{unit} year on year, {pp} percentage points faster than in {period}",
    },
    "slower": {
        "zh": "同比增长{yoy}{unit}，比{period}回落{pp}个百分点",
        "en": "up {yoy}{unit} year on year, {pp} percentage points slower than in {period}",
    },
    "flat": {
        "zh": "同比增速{yoy}{unit}，与{period}持平（变化{pp}个百分点）",
        "en": "year on year {yoy}{unit}, as in {period} ({pp} percentage points)",
    },
    "fall-narrowed": {
        "zh": "同比下降{yoy}{unit}，降幅比{period}收窄{pp}个百分点",
        "en": "down {yoy}{unit} year on year, a fall {pp} percentage points narrower than in "
        "{period}",
    },
    "fall-widened": {
        "zh": "同比下降{yoy}{unit}，降幅比{period}扩大{pp}个百分点",
        "en": "down {yoy}{unit} year on year, a fall {pp} percentage points wider than in {period}",
    },
    "turned-up": {
        "zh": "同比增长{yoy}{unit}，由{period}的下降转为增长（变化{pp}个百分点）",
        "en": "up {yoy}{unit} year on year, from a fall in {period} ({pp} percentage points)",
    },
    "turned-down": {
        "zh": "同比下降{yoy}{unit}，由{period}的增长转为下降（变化{pp}个百分点）",
        "en": "down {yoy}{unit} year on year, from growth in {period} ({pp} percentage points)",
    },
}


RankKey = Literal[
    "title",
    "columns",
    "bar",
    "tied",
    "agrees",
    "rounding",
    "differs",
    "ties_competition",
    "ties_dense",
    "lower",
    "rounding_note",
]
RANK: dict[RankKey, dict[Lang, str]] = {
    "title": {"zh": "{name}排名（按{by}）", "en": "{name}: league table by {by}"},
    "columns": {"zh": "名次|主体|{by}|原文名次|核对", "en": "Rank|Entity|{by}|Stated rank|Check"},
    "bar": {"zh": "对比", "en": "Bar"},
    "tied": {"zh": "（并列）", "en": " (tied)"},
    "agrees": {"zh": "一致", "en": "agrees"},
    "rounding": {"zh": "未修约数值可解释", "en": "unrounded values explain it"},
    "differs": {"zh": "不一致", "en": "differs"},
    "ties_competition": {
        "zh": "注：按显示精度判定并列，并列者名次相同，其后名次顺延（1、1、3）。",
        "en": "Ties are decided on the figures as shown; tied entities share a rank and the "
        "next rank skips (1, 1, 3).",
    },
    "ties_dense": {
        "zh": "注：按显示精度判定并列，并列者名次相同，其后名次连续（1、1、2）。",
        "en": "Ties are decided on the figures as shown; tied entities share a rank and the "
        "next rank follows on (1, 1, 2).",
    },
    "lower": {
        "zh": "该指标数值越小越好，按升序排列。",
        "en": "Lower is better for this indicator: ranked from the lowest.",
    },
    "rounding_note": {
        "zh": "“未修约数值可解释”：原文名次落在按显示数值并列的范围内，"
        "原文可能按未修约的数值排序。",
        "en": "“Unrounded values explain it”: the stated rank lies within a block tied on the "
        "figures as shown; the source may have ranked on unrounded values.",
    },
}

RANK_BY: dict[RankBy, dict[Lang, str]] = {
    "actual": {"zh": "实际完成", "en": "actual"},
    "completion": {"zh": "完成率", "en": "completion"},
    "yoy": {"zh": "同比增速", "en": "YoY growth"},
    "schedule_gap": {"zh": "序时进度差", "en": "gap to schedule"},
    "share": {"zh": "占比", "en": "share"},
}


ChartKey = Literal["title", "group_title", "line", "x"]
CHART: dict[ChartKey, dict[Lang, str]] = {
    "title": {"zh": "{title}：主要指标完成率与序时进度", "en": "{title}: completion against time"},
    "group_title": {"zh": "{group}：完成率与序时进度", "en": "{group}: completion against time"},
    "line": {"zh": "序时进度{progress}", "en": "time elapsed {progress}"},
    "x": {"zh": "完成率（%）", "en": "Completion (%)"},
}


# The 简报's own form: its masthead (报头) and end block (版记), the annexes (附件) and the
# short form of a long report's body, whose detail is in the annexes.
FormKey = Literal[
    "series",
    "issue",
    "to",
    "copy_to",
    "send_to",
    "copies",
    "annex_label",
    "annex_list_first",
    "annex_list_next",
    "annex_tables",
    "annex_gap",
    "annex_check",
    "group_counts",
    "group_rest",
    "attention_rest",
    "half_half_count",
]
FORM: dict[FormKey, dict[Lang, str]] = {
    "series": {"zh": "工作简报", "en": "Briefing"},
    "issue": {"zh": "第{n}期", "en": "No. {n}"},
    "to": {"zh": "报：", "en": "To: "},
    "copy_to": {"zh": "送：", "en": "Copy: "},
    "send_to": {"zh": "发：", "en": "Distribution: "},
    "copies": {"zh": "（共印{n}份）", "en": "({n} copies)"},
    "annex_label": {"zh": "附件{n}", "en": "Annex {n}"},
    "annex_list_first": {"zh": "附件：{n}.{title}", "en": "Annexes: {n}. {title}"},
    # Under the first: aligned after 附件： (three full-width spaces, which Markdown keeps).
    "annex_list_next": {"zh": "　　　{n}.{title}", "en": "　　　　　 {n}. {title}"},
    "annex_tables": {"zh": "主要指标完成情况表", "en": "The indicators in full"},
    "annex_gap": {"zh": "余下时间任务测算表", "en": "What the rest of the year must deliver"},
    "annex_check": {"zh": "数据核对表", "en": "Data check"},
    "group_counts": {
        "zh": "{group}{n}项指标中，{parts}。",
        "en": "Of {n} {group} indicators, {parts}.",
    },
    "group_rest": {
        "zh": "其余{n}项指标详见附件{annex}。",
        "en": "{n} more are in Annex {annex}.",
    },
    "attention_rest": {
        "zh": "另有{n}项指标需要关注，详见附件{annex}。",
        "en": "{n} more need attention; see Annex {annex}.",
    },
    "half_half_count": {
        "zh": "{n}项指标实现“时间过半、任务过半”。",
        "en": "{n} indicators are at least half done with half the year gone.",
    },
}
