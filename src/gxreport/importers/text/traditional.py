"""Traditional characters to simplified, one character at a time."""

from __future__ import annotations

_TABLE = str.maketrans(
    "億萬個項實現進標單計劃場點總資設務經濟發開與為數較時間過達頭號簽約額帶級環區產業長"
    "廣東濱縣財稅貿營銷負責規劃構建築園務員會議議論較彙匯層應對變將幣證監導稱積極"
    "規範質檢測調查統衛態勢險淨額兩門買賣費貨運輸電車輛營運養錄續預計劃劃達標準線"
    "領組礎機貸",
    "亿万个项实现进标单计划场点总资设务经济发开与为数较时间过达头号签约额带级环区产业长"
    "广东滨县财税贸营销负责规划构建筑园务员会议议论较汇汇层应对变将币证监导称积极"
    "规范质检测调查统卫态势险净额两门买卖费货运输电车辆营运养录续预计划划达标准线"
    "领组础机贷",
)


def to_simplified(text: str) -> str:
    return text.translate(_TABLE)
