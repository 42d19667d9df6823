"""An indicator's name from the words before its figure, by general rules (as data): what is a
period, a place, a leading verb or a connective is not the name. No report's own phrases here.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from gxreport.importers.text.tokens import ENUMERATOR

# A period said in the text: no part of a name (ids come from the name, so two periods of one
# series keep one id).
PERIOD = (
    r"(?:(?:19|20)\d{2}年(?:度)?(?:全年)?|本月|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度"
    r"|\d{1,2}(?:-|—|–|~|至|到)\d{1,2}月(?:份)?(?:累计)?|前\d{1,2}个月|\d{1,2}月(?:份)?(?:末|底|以来)?"
    r"|(?:截至|截止)到?(?:目前|年底|上半年|前三季度|\d{1,2}月(?:底|末)?(?:\d{1,2}日)?"
    r"|(?:(?:19|20)\d{2}年|上年|去年)(?:底|末))"
    r"|(?:至|到)\d{1,2}月(?:份)?(?:末|底)?|上年同期|去年同期|上年|去年|今年以来|年初以来|今年|全年|本年度|本年|当年|年内|年度|本季度|当月|同期"
    r"|年末|年底|期末|累计|以来)"
)
# Places and their stand-ins (the report's own entity is added per document).
PLACE = (
    r"(?:全国|全省|全市|全州|全区|全县|全镇|全乡|全旗|全盟|全城区|全辖区|我省|我市|我区|我县|本市|本区|本县"
    r"|我州|我镇|我乡|我旗|本州|本镇|该市|该区|该县|该州|该镇|该旗|辖区内?|城区"
    # A company's report speaks of itself so (公司及其子公司取得…, 本集团…).
    r"|(?:本)?公司(?:及其(?:附属|控股)?子公司)?|本集团|集团(?=公司)?)"
)
# Words that lead into a figure and are not its name.
LEAD = (
    r"(?:其中|这些|上述|特别是|主要是|包括|例如|比如|诸如|如期|如(?!意|[\u4e00-\u9fff][市县区镇乡])|此外|另外|同时|以及|及|和|与|共计|合计|总计|共有|共|累计|全年力争|力争|确保|聚焦|围绕|紧扣|锚定|瞄准|的(?=[\u4e00-\u9fff]{2})"
    # 建成 before 项目 is a stage (50个建成项目), not the verb of what was built (建成基站…).
    r"|要完成|要|完成了|实现了|完成|实现|达到|达|为|是|了|新建成(?!项目|投产|投运)|建成(?!项目|投产|投运)"
    r"|突破|超过|约|近|逾|分别"
    # 实际实现利润: actually achieved (实际利用外资, 实际到位资金 are names).
    r"|实际(?=实现|完成)|(?:预计)?可(?=实现|完成|达到)"
    # 欠…目标任务: how far it falls short of a target, not what falls short.
    r"|欠(?=[\u4e00-\u9fff]{0,12}?(?:目标|任务|进度))"
    r"|但是|但|仅仅|仅|只有|只|对|向|给|把|从事|从|其(?![他它余])|全部(?!财政|工业)|各类?|一共|已|已经|均|也|还|再(?!生)|又|将|拟|预计|争取"
    # Verbs that put an indicator on a list or in hand, not its name (列入省级重点项目,
    # 实施5000万元以上工业项目, 创劳务收入); 实施类项目 and 创新… are names.
    r"|列入|确定|明确|安排|落实|加上|办理|收到|发放|(?:谋划|计划)?实施(?!类|项目)|建设(?=\d)|创(?![新业汇建造卫文优])|情况"
    # How a growth is measured, not what grew (按可比价计算同比增长, 同口径下降, 与去年同期相比).
    # A rank said before a name (第一大行业机械行业): which, not what.
    r"|第[一二三四五六七八九十]大(?:支柱)?(?:行业|产业)"
    # Who handed a task down, and now (市上下达我县…任务, 现已完成).
    r"|[\u4e00-\u9fff]{0,4}下达(?:给)?(?:我县|我市|我区|我州|我镇|我乡|我旗)?|现已|现在|目前"
    r"|按可比价(?:格)?计算|按可比口径|按同口径|同口径|可比价|可比|相比"
    r"|按[\u4e00-\u9fff]{2,8}?口径|取得"
    # What a total is taken over, not what it is (纳入预算管理的政府性基金收入).
    r"|纳入[\u4e00-\u9fff]{2,6}?(?:管理|统计|监测|核算)的"
    r"|年(?=[\u4e00-\u9fff]{4}))"
)
TAIL = (
    r"(?:达到|达|为|是|完成|实现|突破|超过|(?<![赶])超|增长|共|累计|总计|合计|(?<![签合预节制公条契履])约|近|逾|分别|已|均|了|的|中"
    r"|同比|比上年|比去年|预计|共计|虽然|仅仅|仅|只"
    # 省重点项目有3宗, 欠进度的有12个: the verb of a count (国有, 所有 are words of a name).
    r"|(?<![国所拥具占])有"
    # The currency said before an amount (净利润人民币21.7亿元).
    r"|人民币"
    # A cost held under a ceiling (差旅支出控制在8.5万元以内): the verb, not the name.
    r"|控制在"
    # How a growth was measured, said after the name (工业增加值按可比价格计算同比增长4.6%).
    r"|按(?:可比价|不变价|现价)(?:格)?计算|按可比口径(?:计算)?"
    # The same said short (规模工业增加值可比价增长1.0%).
    r"|(?:可比价|不变价)(?:格)?)"
)
# Words before a target that say it is one (年度计划投资 → 投资).
RATE_HEAD = re.compile(r"(?:年度|全年|当年|本年|年内|年)?(?:计划|目标任务|目标|任务)(?:数)?")
_INNER_PERIOD = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:\d{1,2}(?:-|—|–|~|至|到)\d{1,2}月(?:份)?|前\d{1,2}个月)(?=[\u4e00-\u9fff])"
    # A balance at the month's end (本外币月末存款余额): when it is, not what.
    r"|(?<=[\u4e00-\u9fff])(?:月末|年末)(?=[\u4e00-\u9fff]{0,4}余额)"
)
# Who, then when, then what (省国资委监管企业上半年固定资产投资): what is the name.
_SUBJECT_THEN_PERIOD = re.compile(
    r"^([\u4e00-\u9fff]{2,}?)(?:上半年|下半年|前三季度|[一二三四]季度|今年以来|年初以来)"
    r"(?=[\u4e00-\u9fff]{2})"
)
# An investment that says nothing of whose (投资, 完成投资): of no one but who is named before
# it; a firm's measure (营业收入, 利润) after a group of firms is the report's own (省属企业).
_BARE_MEASURE = re.compile(r"(?:完成)?(?:投资|总投资|到位资金)")
# Whose figures and on what basis, then what (各运行电厂按合并报表口径售电量): what is the name.
_SCOPE_THEN_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,}?按[\u4e00-\u9fff]{2,8}?口径(?=[\u4e00-\u9fff]{2})"
)
_LOST_PLACE = re.compile(r"^全(?=规模|限额|规上|商品|高新|重点|工业|固定资产)")
_ONLY_TARGET_WORDS = re.compile(
    r"(?:年度|全年|当年|本年|年内|年)?(?:计划|目标任务|目标|任务)(?:数)?(?:占比|比重)?|占比|比重"
)
# Words before a printed rate that say what it is measured against, not what it is of; a
# target may say whose it is, who set it and for when (区级奋斗目标任务, 市下三季度目标).
RATE_TAIL = re.compile(
    r"(?:(?:[省市县区州](?:级|定|下达|下))?(?:奋斗|力争|争取|确保|考核)?(?:[一二三四]季度|上半年|年度|全年)?(?:目标任务|目标|任务|计划)|预算(?:可执行|可用)?指标|年度|全年"
    r"|(?:增速|增幅|涨幅|增长率)(?:最大|最快|较大|较快)?)$"
)
# Cue words that may stand inside a phrase before a figure (大会力争总签约金额, 第二产业完成投资,
# 全区预计实现地区生产总值, 中心城区谋划实施…项目, 外资企业共完成出口额): the name is the
# phrase without them.
INNER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:力争|确保|争取|预计实现|预计完成|累计完成|累计实现|完成|实现|累计"
    r"|(?:谋划|共)实施(?!类)|各类|(?<![公总一])共(?=完成|实现|到位|引进|签约|落实|累计)"
    # 总的 (all told) before what is counted (招商引资总的开工项目).
    r"|(?<![汇统老])总的)"
    r"(?=[\u4e00-\u9fff]{2}|[A-Z]{2})"
)
# Who vetted or revised a figure, inside its name (县级重点项目经县重点办审核完成投资,
# 重点建设项目经调整后): not part of the name.
_VETTED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})经(?!济|营|费|过)[\u4e00-\u9fff]{0,8}?(?:审核|认定|核定|核实|调整)后?"
)
# Things named by examples before 等 (甲、乙等新开工项目): the things, not the examples;
# 高等, 平等, 同等 … are words of their own.
_EXAMPLES = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,}?(?<![高平同初中均对相优次上特])等"
    r"(?=[\u4e00-\u9fff]{0,10}?(?:项目|工程|企业))"
)


# The government's own level before a name (市本级, 县本级): a scope of the figure.
_OWN_LEVEL = re.compile(r"^([市县区州]本级)([\u4e00-\u9fff]{2,})$")
# A group in quotes whose figures are summed (“一区四园”共完成…): who, not what.
_SUMMED = re.compile(r"^.*[”」』]共(?=[\u4e00-\u9fff]{2})")
# What a figure is counted among (规模以上工业中高技术制造业产值): where, not what.
_AMONG = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?:工业|企业|行业|产业|项目|单位)中(?![小央心])(?=[\u4e00-\u9fff]{2})"
)
# The stages a project is counted at (开工, 竣工投产): one list for the names' one form.
_STAGES = "开复工|开工|复工|竣工投产|竣工|投产|完工|建成|履约"

# Names as offices abbreviate them, and the name they stand for (公共财政预算 was renamed
# 一般公共预算 in 2014; 规上 and 规模 工业 are 规模以上 工业, 限上 is 限额以上; GDP is
# 地区生产总值; the output of industry above the size is its 总产值, of its 企业 or not).
STANDARD: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"^规上", "规模以上"),
        (r"^规模(?=工业)", "规模以上"),
        (r"^限上", "限额以上"),
        (r"^规模以上工业企业增加值$", "规模以上工业增加值"),
        # The firms' industrial figure is industry's (规模以上工业企业工业开票销售).
        (r"^规模以上工业企业(?=工业)", "规模以上"),
        (r"^规模以上工业(?:企业)?总?产值$", "规模以上工业总产值"),
        # The parts of 社会消费品零售总额 by where and by size, said without 消费品.
        (r"^(城镇|乡村|农村|限额以上单位|限额以下单位)零售额$", r"\1消费品零售额"),
        # …and said by their market alone, as the bureaus' releases do (城镇市场, 乡村市场), or
        # as parts of the whole's name (城镇社会消费品零售总额).
        (r"^(城镇|乡村|农村)(?:市场|社会消费品零售总?额|市场零售额)$", r"\1消费品零售额"),
        # The whole said with 全, without 总, or short (社零), or of the above-size units with
        # 社会.
        (r"^(?:全?社会消费品零售额|社零(?:总额|额)?)$", "社会消费品零售总额"),
        (r"^限额以上(?:单位)?社会消费品零售总?额$", "限额以上单位消费品零售额"),
        # A class of goods' retail sales, with or without 商品 (饮料类商品零售额 is 饮料类零售额).
        (r"(?<=类)商品(?=零售额$)", ""),
        # What key projects have put in this year is put in by those being built: 在建 names no
        # other amount (a count or a total investment of those being built is another figure).
        (r"^在建((?:[省市县区州](?:级)?)?重点(?:建设)?项目)(?:完成)?投资$", r"\1投资"),
        # The amount of work done, with or without the verb that a report's term keeps.
        (r"^完成(?=实物工作量$)", ""),
        # Key works of all three levels are all key works (省市县重点工程项目, 省、市、县重点项目);
        # of one or two levels they are those levels' (省市重点项目 stays).
        (r"^省、?市、?县(?:三级)?(?=重点)", ""),
        # Key works are key works' projects (重点工程 and 重点工程项目 name one list of them).
        (r"重点工程项目", "重点工程"),
        # A size class before what it sizes, with or without 的 (1000万元以上的项目).
        (r"(?<=以上|以下)的(?=项目|企业)", ""),
        # A count of firms or projects, named with or without 数 (在建项目数 is 在建项目, 个).
        (r"(?<=企业|项目)(?:数量|数)$", ""),
        # Retail sales made over public networks are the statistical definition of online
        # retail sales (限额以上单位通过公共网络实现的商品零售额 is 限额以上单位网上零售额).
        (r"通过公共网络(?:实现)?的?商品零售额$", "网上零售额"),
        # The value of imports or exports, as the statistics bureaus name it: the whole's
        # 出口总额 (printed 出口, 出口额, customs' 出口总值, 外贸出口), a class of goods'
        # 出口额 (农副产品出口 is 农副产品出口额, 万美元).
        (r"^外贸(?=进口|出口)", ""),
        (r"^(进口|出口)(?:总额|总值|额)?$", r"\1总额"),
        (r"(?<=[\u4e00-\u9fff])(?<!进)(进口|出口)(?:总额|总值)?$", r"\1额"),
        # Foreign trade's whole value, as customs (总值) or offices (总额, 额) name it.
        (r"^(?:外贸)?进出口(?:总值|总额|额)?$", "进出口总额"),
        # Projects counted at a stage after their name, with or without 已 (实施类项目开工 is
        # 实施类项目已开工, 个): the count of those that have reached it.
        # …and said before the projects they are of (已开工重点项目, 未开复工旗级项目) they are
        # the same count (重点项目已开工): one form, the projects first; not a stage of two
        # words (建成投用项目).
        (
            rf"^((?:已|未)?(?:{_STAGES}))"
            r"((?!投|运|达)[\u4e00-\u9fff\d.\-—万亿元以上下]{2,}项目)$",
            r"\2\1",
        ),
        (rf"(?<=项目)(?=(?:{_STAGES})$)", "已"),
        # The count of those not started, with or without 项目 after it (重点项目未开工项目).
        (r"(?<=项目)(未(?:开复工|开工|复工))项目$", r"\1"),
        # A manufacturing trade's output value, with or without 总 (医药制造业总产值 is
        # 医药制造业产值, as the trade tables print it).
        (r"(?<=制造业|制品业|加工业)总产值$", "产值"),
        # The income survey's residents are the resident population (城镇常住居民人均可支配收入 is
        # 城镇居民人均可支配收入, the name the statistics bureau publishes).
        (r"^(城镇|农村|全体)常住居民", r"\1居民"),
        # …and all residents' income is 全体居民's, said with or without 全体 (居民人均可支配
        # 收入); farmers are the rural residents (农民人均可支配收入), and the income is per head
        # whether or not 人均 is said (城镇居民可支配收入).
        (r"^(?:常住)?居民(?=人均可支配收入$)", "全体居民"),
        (r"^农民(?=人均可支配收入$)", "农村居民"),
        (r"^(城镇|农村|全体)居民可支配收入$", r"\1居民人均可支配收入"),
        # The above-size part of the retail sales, with or without 单位 (限额以上消费品零售额).
        (r"^限额以上(?=消费品零售额$)", "限额以上单位"),
        # The four meats counted together (猪牛羊禽四种肉产量 is 猪牛羊禽肉产量).
        (r"^猪牛羊禽(?:四种)?肉(?:类)?总?产量$", "猪牛羊禽肉产量"),
        # Pigs are counted as 生猪 (猪出栏 is 生猪出栏, heads of pigs sold off the farms).
        (r"^猪(?=出栏|存栏|饲养量)", "生猪"),
        # Taxes collected are the tax revenue (实现税收3.26亿元 is 税收收入).
        (r"^税收$", "税收收入"),
        # The market entities counted at a date: their number is their stock (存量).
        (r"^市场主体(?:存量|总量|总数)$", "市场主体"),
        (r"^房地产投资$", "房地产开发投资"),
        # A trade's sales with its good said twice (家电销售业家电销售额): the trade's, as
        # printed once; a trade's sales are not its good's (a series by commodity).
        (r"^(.{2,6}?)销售业\1销售额$", r"\1销售业销售额"),
        (r"^农林牧渔业?总?产值$", "农林牧渔业总产值"),
        # Funds in place are funds that have actually come in, from where they came (实际到位州外
        # 资金, 实际引进省外到位资金, 引进到位市外资金 are 州外/省外/市外到位资金): 实际 and 引进
        # say again what 到位 says.
        (r"实际(?=到位|引进[\u4e00-\u9fff]{0,6}?到位资金)", ""),
        (r"引进(?=到位|[\u4e00-\u9fff]{0,6}?到位资金)", ""),
        (r"到位([\u4e00-\u9fff]{0,4}?外)资金", r"\1到位资金"),
        # The budget's revenue and spending are the public finances' (财政一般公共预算支出).
        (r"^财政(?=一般公共预算)", ""),
        (r"^(?:固定资产投资(?:完成)?额|固投)$", "固定资产投资"),
        # Output is valued at current prices (现价工业总产值 is 工业总产值; its growth is
        # measured at comparable prices, said apart).
        (r"^现价(?=[\u4e00-\u9fff]{2})", ""),
        (r"(?:一般)?公共财政预算", "一般公共预算"),
        # 公共财政收入 was the same budget's name before 2014 (地方公共财政收入).
        (r"(?:一般)?公共财政(?=收入|支出)", "一般公共预算"),
        # 公共预算收入 said without 一般 is the same budget's (地方公共预算收入).
        (r"(?<!一般)公共预算(?=收入|支出)", "一般公共预算"),
        # 各项存款 is the banks' whole deposits (金融机构本外币各项存款余额 is 本外币存款余额).
        (r"各项(?=存款|贷款)", ""),
        (r"一般预算(?:财政)?(?=收入|支出)", "一般公共预算"),
        (r"^(?:GDP|GDP总量|地区GDP|本地生产总值|生产总值|GDP总值)$", "地区生产总值"),
        # A cost is its total (管理费用总额 is 管理费用).
        (r"(?<=费用)总额$", ""),
        # What projects put in over the period is their investment, said with or without the
        # verb (亿元以上项目完成投资 is 亿元以上项目投资); 累计完成投资 since they began is
        # another figure.
        (r"(?<=[\u4e00-\u9fff])(?<!累计)完成投资$", "投资"),
        # The construction output the bureaus publish is that of firms with a qualification
        # (资质等级以上建筑业企业): 资质建筑业总产值, 资质以上建筑业总产值 are 建筑业总产值.
        (r"^资质(?:等级)?(?:以上|内)?建筑业(?:企业)?(?=总产值$)", "建筑业"),
        # The jobs created in towns, as the labour statistics name them (新增城镇就业人员,
        # 城镇新增就业人数 are 城镇新增就业, 人).
        (r"^(?:城镇新增|新增城镇)就业(?:人数|人员)?$", "城镇新增就业"),
        # The price indices, with or without 总 and 指数, or by their acronyms (CPI, PPI).
        (r"^(?:居民消费价格(?:总)?(?:指数)?|CPI)$", "居民消费价格指数"),
        (r"^工业生产者(出厂|购进)价格(?:总)?(?:指数)?$", r"工业生产者\1价格指数"),
        (r"^PPI$", "工业生产者出厂价格指数"),
        # Silk cocoons are counted as 蚕茧 (产茧 is their output, 蚕茧产量).
        (r"^茧(?=产量$)", "蚕茧"),
        # The three industries said short (一产 is 第一产业): their value added.
        (r"^([一二三])产(?=增加值$|投资$)", r"第\1产业"),
        # Foreign capital contracted is named with or without 利用 (合同外资 is 合同利用外资,
        # 注册协议外资 is 注册协议利用外资); what is actually used, as the commerce ministry
        # (实际使用外资) or a report (吸收外商投资, 实际吸收外资) says it, is 实际利用外资 (a
        # contracted amount is said apart, with 合同 or 协议).
        (r"(?<=合同|协议)外资$", "利用外资"),
        (r"^(?:实际(?:使用|吸收)外资|(?:实际)?吸收外商投资)$", "实际利用外资"),
        # The output of a crop or a product is its 产量, said short 总产 or 总产量 (夏粮总产 is
        # 夏粮产量, 粮食总产量 is 粮食产量): one measure (总产值 is a value, not matched).
        (r"总产量?$", "产量"),
        # The revenue the state (国税) or local (地税) tax offices collect, named by the office
        # with or without 部门 or 局, and 原 once the two offices merged in 2018: the same
        # department's revenue (原国税收入, 国税局收入 are 国税部门收入).
        (r"^原?(国税|地税)(?:部门|局)?收入$", r"\1部门收入"),
        # The balances of deposits and loans a report states are its banks' (金融机构), of all
        # currencies unless it says 人民币 or 外币 (贷款余额, 本外币贷款余额 are
        # 金融机构本外币贷款余额, as the bureaus print it).
        (r"^(?:金融机构)?(?:本外币)?(存款|贷款)余额$", r"金融机构本外币\1余额"),
        (r"^(?:金融机构)?(人民币|外币)(存款|贷款)余额$", r"金融机构\1\2余额"),
        (r"^人均(?:GDP|生产总值)$", "人均地区生产总值"),
    )
)
# Words that name a target, not the indicator (全年目标任务为…).
TARGET_WORDS = re.compile(r"^.*?(?:目标任务|目标|任务|计划)(?:数)?(?:为|是|:)")

_PUNCT = " \t,，、:：;；.。!?“”\"'‘’《》()（）[]【】<>-—·…"
# An aside and the space after it (第一产业(不含服务业) 实现增加值: one phrase, not two).
_ASIDE = re.compile(r"[（(][^）)]{0,40}[）)]\s*")
# Phrases of a name's text; 、 between levels of government (省、市重点项目, 省、市、县) joins.
_LEVELS_JOINED = r"(?<=[省市县区州]、)[省市县区州乡镇]"
_PHRASES = re.compile(rf"、(?!{_LEVELS_JOINED})|[,，:：;；\s]")
_JOINED = re.compile(_LEVELS_JOINED)


# Names of trades that hold 、 (交通运输、仓储和邮政业 is one trade, not two): the sections and
# divisions of the national industry classification GB/T 4754 (editions 2002, 2011, 2017), the
# short form of its section D that county releases print, and the classes of goods of the
# retail statistics (粮油、食品类). Data, read whole: a 、 inside one of them is no list comma.
INDUSTRIES = (
    "农、林、牧、渔业",
    "农、林、牧、渔服务业",
    "农、林、牧、渔专业及辅助性活动",
    "电力、热力、燃气及水生产和供应业",
    "电力、热力、燃气及水的生产和供应业",
    "电力、燃气及水的生产和供应业",
    "电力、热力及水生产供应业",
    "电力、热力及水的生产和供应业",
    "电力、热力生产和供应业",
    "电力、热力的生产和供应业",
    "交通运输、仓储和邮政业",
    "交通运输、仓储及邮政业",
    "信息传输、软件和信息技术服务业",
    "信息传输、计算机服务和软件业",
    "科学研究、技术服务和地质勘查业",
    "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业",
    "卫生、社会保障和社会福利业",
    "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织",
    "酒、饮料和精制茶制造业",
    "纺织服装、服饰业",
    "纺织服装、鞋、帽制造业",
    "皮革、毛皮、羽毛及其制品和制鞋业",
    "皮革、毛皮、羽毛(绒)及其制品业",
    "木材加工和木、竹、藤、棕、草制品业",
    "木材加工及木、竹、藤、棕、草制品业",
    "文教、工美、体育和娱乐用品制造业",
    "石油、煤炭及其他燃料加工业",
    "石油加工、炼焦和核燃料加工业",
    "石油加工、炼焦及核燃料加工业",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "计算机、通信和其他电子设备制造业",
    "通信设备、计算机及其他电子设备制造业",
    "仪器仪表及文化、办公用机械制造业",
    "金属制品、机械和设备修理业",
    "电信、广播电视和卫星传输服务",
    "机动车、电子产品和日用产品修理业",
    "广播、电视、电影和录音制作业",
    "广播、电视、电影和影视录音制作业",
    "群众团体、社会团体和其他成员组织",
    "粮油、食品类",
    "粮油、食品、饮料、烟酒类",
    "服装、鞋帽、针纺织品类",
    "体育、娱乐用品类",
)
_INDUSTRY = re.compile("|".join(re.escape(n) for n in sorted(INDUSTRIES, key=len, reverse=True)))
_INDUSTRY_REACH = max(map(len, INDUSTRIES))


def _in_industry(text: str, at: int) -> bool:
    """Whether ``at`` lies inside the name of a trade in ``text``."""
    start = max(0, at - _INDUSTRY_REACH)
    return any(
        m.start() < at < m.end() for m in _INDUSTRY.finditer(text, start, at + _INDUSTRY_REACH)
    )


# Two words of two characters each that share the noun after them (新建、续建招商项目).
_SHARED = re.compile(r"[\u4e00-\u9fff]{2}、[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff]{2})")


def _shared(text: str, at: int) -> bool:
    """Whether the 、 at ``at`` stands between two words that open a phrase (after a place, a
    period or a lead-in word at most) and share the noun after them (全州新建、续建招商项目50项:
    one count of projects, new or going on)."""
    if at < 2 or not _SHARED.match(text, at - 2):
        return False
    if at == 2 or not re.match(r"[\u4e00-\u9fff]", text[at - 3]):
        return True
    return bool(_OPENING.search(text, max(0, at - 2 - _LONGEST_OPENING), at - 2))


def joins(text: str, at: int) -> bool:
    """Whether the 、 at ``at`` is inside one name: between levels of government (省、市重点项目)
    or in the name of a trade (交通运输、仓储和邮政业)."""
    return text[at : at + 1] == "、" and (
        bool(_JOINED.match(text, at + 1)) or _in_industry(text, at) or _shared(text, at)
    )


def _last_phrase(text: str) -> str:
    """The last phrase of a name's text: after its last comma, or 、 that joins no one name."""
    for m in reversed(list(_PHRASES.finditer(text))):
        if m.group() == "、" and (_in_industry(text, m.start()) or _shared(text, m.start())):
            continue
        return text[m.end() :]
    return text


def split(text: str, cut: str) -> list[str]:
    """``text`` split where ``cut`` (a pattern) matches outside the name of a trade
    (交通运输、仓储和邮政业、建筑业 is two names)."""
    out, at = [], 0
    for m in re.finditer(cut, text):
        if m.end() > m.start() and not _in_industry(text, m.start()):
            out.append(text[at : m.start()])
            at = m.end()
    out.append(text[at:])
    return out


# The end of a place's name after the place said short (梧州 → 梧州市), not a word of a name
# (市场, 市级, 市属, 区域, 县域).
_PLACE_END = re.compile(r"[市县区](?![场级属直域委长政])")
_OPENING = re.compile(rf"(?:^|[^\u4e00-\u9fff])(?:{PERIOD}|{PLACE}|{LEAD})+$")
_LONGEST_OPENING = 24
_OPEN_ASIDE = re.compile(r"[(（](?=[^()（）]*$)")
_NOTHING_BUT_CUES = re.compile(rf"{PERIOD}|{PLACE}|{LEAD}|{TAIL}")
# No name is longer: the words before a figure beyond this are another phrase.
_LONGEST = 60
_OPENING_ENUMERATOR = re.compile(f"^{ENUMERATOR}")
_LEAD_RE = re.compile(rf"^(?:{PERIOD}|{PLACE}|{LEAD})")
_TAIL_RE = re.compile(rf"(?:{PERIOD}|{TAIL})$")
# Spaces after a name with nothing after them but the cue words before its figure.
_SPACE_AT_END = re.compile(rf"\s+(?=(?:{TAIL}|\s)*$)")
# The lead-in of a breakdown (分行业看, 从主要产品产量看), left where the part's own name is lost.
_BREAKDOWN_LEAD = re.compile(r"^(?:分|从|按)?[\u4e00-\u9fff]{1,10}看$")


@lru_cache(maxsize=4096)
def clean(text: str, entities: tuple[str, ...] = (), rate: bool = False) -> str:
    """The name in ``text``: the last phrase (after a connective or a bracket), without a
    period, a place, a leading verb or a trailing cue word."""
    text = _ASIDE.sub("", text[-_LONGEST:])  # (不含…), (含1亿)
    text = _SPACE_AT_END.sub("", text)  # 节能环保产业 增长: a stray space, no new phrase
    text = _last_phrase(text) if text.strip(_PUNCT) else ""
    text = _OPENING_ENUMERATOR.sub("", text)  # 3.增值税: the list's number is no part of it
    text = TARGET_WORDS.sub("", _AMONG.sub("", _SUMMED.sub("", _EXAMPLES.sub("", text))))
    # A document's title before the name (《政府工作报告》确定…): where it is stated, not what.
    text = text.rsplit("》", 1)[-1]
    # A bracket still open at the figure (新开工项目(已开工12宗): the figure is of what it says
    # of the name before it, one name.
    text = _OPEN_ASIDE.sub("", text)
    for _ in range(8):  # each pass takes one word off either end; a name is short
        before = text
        text = text.strip(_PUNCT)
        for entity in entities:
            if text.startswith(entity) and len(text) > len(entity):
                text = text[len(entity) :]
                # 梧州市引进… where the place is named 梧州: its 市 is the place's too.
                if entity[-1] in "州" and _PLACE_END.match(text) and len(text) > 2:
                    text = text[1:]
            if text.endswith(entity) and len(text) > len(entity):
                text = text[: -len(entity)]
        m = _LEAD_RE.match(text)
        if m and m.end() < len(text):
            text = text[m.end() :]
        if rate:
            text = RATE_TAIL.sub("", text)
            head = RATE_HEAD.match(text)
            if head and head.end() < len(text):
                text = text[head.end() :]
        m = _TAIL_RE.search(text)
        if m and m.start() > 0:
            text = text[: m.start()]
        if text == before:
            break
    text = INNER.sub("", text)
    # A period inside a name (重点建设项目1-3月项目投资), and a 全 left of a place whose
    # character the copy lost (全规模以上工业增加值).
    text = _INNER_PERIOD.sub("", text)
    who = _SUBJECT_THEN_PERIOD.match(text)
    if who:
        # …but a bare measure after them is theirs (重点工程上半年完成投资 → 重点工程投资).
        rest = text[who.end() :]
        # …and the whole's place after the period is no more the name than before it
        # (二、工业平稳运行上半年全区规模以上工业增加值 → 规模以上工业增加值).
        place = re.match(PLACE, rest)
        if place and len(rest) - place.end() >= 2:
            rest = rest[place.end() :]
        text = rest if not _BARE_MEASURE.fullmatch(rest) else who.group(1) + rest
    text = _SCOPE_THEN_NAME.sub("", text)
    text = re.sub(r"(项目|企业)\1", r"\1", text)
    text = _LOST_PLACE.sub("", text)
    text = _VETTED.sub("", text)
    # 市本级一般公共预算总收入: the city's own level's figure, said after the name as a league
    # table's place is (一般公共预算总收入(市本级)), so the whole city's keeps its name.
    text = _OWN_LEVEL.sub(r"\2(\1)", text)
    text = paired(text)
    if rate and _ONLY_TARGET_WORDS.fullmatch(text):
        return ""  # 任务数, 任务数占比: the words of a target, not a name
    if _NOTHING_BUT_CUES.fullmatch(text) or len(text) < 2:
        return ""
    if _BREAKDOWN_LEAD.search(text):
        return ""  # 从主要产品产量看, 分地域看: how the parts after it are sorted, no name
    if text in entities:
        return ""
    return standard_form(text)


# The nation's product (国内生产总值), as a region's report may print its own: the regional
# accounts name a region's 地区生产总值, the same measure below the top level.
_NATIONAL_PRODUCT = re.compile(r"^(人均)?国内生产总值")


def of_region(name: str) -> str:
    """A name in a report about a place (a province, a county), where the nation's word for
    the product is that place's (国内生产总值 → 地区生产总值)."""
    return _NATIONAL_PRODUCT.sub(r"\1地区生产总值", name)


def standard_form(name: str) -> str:
    """A name in the one form of the indicator it names (names.STANDARD)."""
    for pattern, standard in STANDARD:
        name = pattern.sub(standard, name)
    return name


def paired(name: str) -> str:
    """A name holds both marks of a pair or neither. A quote whose other mark went with the words
    around it gets it back (“三保”预算执行: the group is in the name); an aside's mark left alone
    (每股净资产(不含…) leaves the name with what the pair held."""
    close = name.find("”")
    if close >= 0 and "“" not in name[:close]:
        name = "“" + name
    open_ = name.rfind("“")
    if open_ >= 0 and "”" not in name[open_:]:
        name += "”"
    for left, right in (("(", ")"), ("（", "）")):
        close = name.find(right)
        if close >= 0 and left not in name[:close]:
            name = name[close + 1 :]
        open_ = name.rfind(left)
        if open_ >= 0 and right not in name[open_:]:
            name = name[:open_]
    return name


def standard(name: str) -> str:
    """A table row's name as the prose would name it: without the whole's place word that
    leads it (全区生产总值), and in its standard form (公共财政预算收入 → 一般公共预算收入)."""
    m = re.match(PLACE, name)
    if m and len(name) - m.end() >= 2:
        name = name[m.end() :]
    return standard_form(name)


# A place a report names: 阿克苏市, 邕宁区, 秦安县 (three or four characters), or 某县, 黔西州.
_PLACE_WORD = re.compile(
    r"[\u4e00-\u9fff]{2,3}(?:市|区|县|州|旗)(?![\u4e00-\u9fff]{0,1}(?:长|委|政府|局)|场|域)"
    r"|[\u4e00-\u9fff](?:县|州|旗)"
)
_NOT_PLACES = re.compile(
    r"(?:地区|社区|园区|城区|片区|景区|辖区|市区|县区|小区|校区|新区|特区|开发区|示范区|试验区)$"
)


# Characters no place name holds but the words around one do (半年我市, 包括铜仁高新区,
# 位居全市, 记者从运城市, 列入市级, 四川省凉山州): a place is what follows the last of them.
_NOT_A_NAME = re.compile(
    r"其中|列入|纳入|进入|[我年月日括于属个的和与及在含为是共计比较全其他从对向由至到居位占完持速业放均超达等各该据省]"
)
# …not a zone said by its kind alone, whatever its kind (经济开发区, 经济技术开发区).
_ZONE_WORD = re.compile(
    r"(?!经济|技术|工业|产业|农业|保税|综合|旅游)[\u4e00-\u9fff]{2,4}(?:高新区|经开区|开发区|新区)"
)
_ZONE_END = re.compile(r".(?:高新区|经开区|开发区)$|..新区$")
_SHORT_PLACE = re.compile(r"[\u4e00-\u9fff](?:县|州|旗)")


def _place_in(word: str) -> str:
    """The place at the end of ``word`` without the words before it (年运城市 → 运城市)."""
    cut = max((m.end() for m in _NOT_A_NAME.finditer(word)), default=0)
    place = word[cut:]
    if len(place) < 3 and not _SHORT_PLACE.fullmatch(place):
        return ""
    if _NOT_PLACES.search(place) and not _ZONE_WORD.fullmatch(place):
        return ""
    return "" if place.startswith(("本", "和")) else place


def place(word: str) -> bool:
    """Whether ``word`` is a place's name and nothing else (武进区, 某县, 铜仁高新区)."""
    whole = _PLACE_WORD.fullmatch(word) or _ZONE_WORD.fullmatch(word)
    return bool(whole) and _place_in(word) == word


# Words that may open a clause before the place it is about (其中, 截至目前, 上半年).
_BEFORE_PLACE = re.compile(rf"^(?:\s|{PERIOD}|其中|目前|截至目前|另外|此外|同时)*")
# The city's own core (中心城区, 主城区): a part of it, as a zone is.
_CITY_PART = re.compile(r"(?:中心|主)城区")
_PLACE_OPENS = re.compile(rf"{_CITY_PART.pattern}|{_ZONE_WORD.pattern}|{_PLACE_WORD.pattern}")


def opening_place(words: str, own: tuple[str, ...] = (), known: tuple[str, ...] = ()) -> str | None:
    """The place that opens a clause's ``words`` before its figure (其中，某高新区签约项目 →
    某高新区): a zone named in full, or one of the places the text names again and again
    (``known``), not the report's ``own``; "" where the clause opens with the whole's place
    (全区, 我县, the report's own) or a zone said by its kind alone (高新区产值): the figures
    after it are not the last place's; None where it opens with no place."""
    words = _BEFORE_PLACE.sub("", words)
    if re.match(PLACE, words) or _ZONE_ALONE.match(words):
        return ""
    if any(words.startswith(o) for o in own if o):
        return ""
    for m in _PLACE_OPENS.finditer(words[:12]):
        if m.start() > 0 or len(words) == m.end():
            break
        word = m.group()
        if (_ZONE_WORD.fullmatch(word) and place(word)) or _CITY_PART.fullmatch(word):
            return word
    return next((p for p in known if words.startswith(p) and len(words) > len(p)), None)


def without_place(name: str) -> str:
    """``name`` without the place that opens it (全市工业投资 → 工业投资)."""
    return re.sub(rf"^(?:{PLACE}|{_PLACE_WORD.pattern}|{_ZONE_WORD.pattern})", "", name)


def _counted(text: str) -> Counter[str]:
    seen: Counter[str] = Counter()
    words = [w for w in _PLACE_WORD.findall(text[:200_000]) if not _ZONE_END.search(w)]
    for word in words + _ZONE_WORD.findall(text[:200_000]):  # a zone only whole (铜仁高新区)
        place = _place_in(word)
        if place:
            seen[place] += 1
    return seen


def places(text: str) -> tuple[str, ...]:
    """The places a text names at least twice (its own entity and those it compares with)."""
    seen = _counted(text)
    return tuple(sorted((p for p, n in seen.items() if n >= 2), key=len, reverse=True))


def main_place(text: str) -> str | None:
    """The place a text names most often (at least twice): the entity a report is about when
    its title does not say."""
    seen = _counted(text)
    if not seen:
        return None
    place, count = max(seen.items(), key=lambda item: (item[1], -text.find(item[0])))
    if count < 2 and len(place) >= 3:
        # A county named once in full and else short where a phrase opens (平利县…，平利稳中求进):
        # one place; not a word that only ends like one (招商引资州).
        count = len(
            re.findall(rf"(?:^|[^\u4e00-\u9fff]|[年月日])(?={re.escape(place[:-1])})", text)
        )
    return place if count >= 2 else None


_ZONE_ALONE = re.compile(r"(?<![\u4e00-\u9fff])(?:高新区|经开区|开发区)")


def zone_alone(text: str) -> tuple[str, ...]:
    """The kind of zone a text names alone, not after a place's name (，高新区锚定…, not
    楚雄高新区), where it does so at least twice: the report's own zone, said short."""
    seen = Counter(m.group() for m in _ZONE_ALONE.finditer(text))
    return tuple(zone for zone, count in seen.most_common(1) if count >= 2)


def ident(name: str) -> str:
    """An id from a name: the name without spaces, control characters, quotes and brackets
    (and so without its period, which the name no longer holds)."""
    return re.sub(r"[\s\x00-\x1f\x7f\"'\\（）()、，,：:]+", "", name)[:40] or "indicator"
