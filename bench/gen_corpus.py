#!/usr/bin/env python3
"""Deterministic benchmark corpus for gongkai and Hugo.

Usage: gen_corpus.py N OUTDIR [--shape deep|flat]

Two corpus shapes (issue 18): `deep` (the default) is a county column with a nested
catalog (制度, 法定主动公开内容 → 法规文件 → 规范性文件 …), fourteen publishers and
the 22 topic classes; `flat` is nine top-level nodes, four publishers and their own
few topics, bodies with a bold lead-in such as `**（一）强化组织领导。**` in most
paragraphs, nested lists, and a pipe table in about one document in five.

Writes the same N disclosure documents twice:

  OUTDIR/gongkai/  a gongkai site (site.json + content/<node path>/<name>.md)
  OUTDIR/hugo/     an equivalent Hugo site (hugo.toml, content/, layouts/ copied
                   from bench/hugo-site/)

Python 3 standard library only. The output depends only on N (fixed seed, one
random stream per document seeded from a string, so it does not depend on the
Python version's hash randomisation or on dict order).
"""

import datetime
import json
import os
import random
import re
import shutil
import sys

SEED = "gongkai-bench-1"
HERE = os.path.dirname(os.path.abspath(__file__))

AGENCY = {
    "name": "明川县人民政府",
    "code": "00000000-0",
    "address": "明川县城关镇人民路1号",
    "phone": "0599-5230001",
    "fax": "0599-5230002",
    "office_hours": "周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
    "email": "zfxxgk@mingchuan.gov.cn",
}
BASE_URL = "https://www.mingchuan.gov.cn/xxgk/"
SITE_TITLE = "明川县人民政府信息公开"
FOOTER = {
    "sponsor": "明川县人民政府",
    "operator": "明川县人民政府办公室",
    "site_code": "3507990002",
    "icp": "闽ICP备00000000号-1",
    "police_record": "闽公网安备 35079902000002号",
    "contact": "0599-5230001",
}

# (id, title, kind, share of documents, children)
CATALOG = [
    ("xxgkzd", "政府信息公开制度", "list", 0.03, []),
    ("fdzdgknr", "法定主动公开内容", "list", 0.0, [
        ("jgzn", "机构职能", "list", 0.03, []),
        ("fgwj", "法规文件", "list", 0.0, [
            ("gfxwj", "行政规范性文件", "list", None, []),  # = interpretation share
            ("qtwj", "其他文件", "list", 0.18, []),
        ]),
        ("ghjh", "规划计划", "list", 0.08, []),
        ("czxx", "财政信息", "list", 0.10, []),
        ("rsxx", "人事信息", "list", 0.08, []),
        ("zcjd", "政策解读", "interpretations", None, []),
        ("gzdt", "工作动态", "list", 0.30, []),
    ]),
]
INTERP_SHARE = 0.10            # ~10 % interpretations, one per 规范性文件
POLICY_NODE = "fdzdgknr/fgwj/gfxwj"
INTERP_NODE = "fdzdgknr/zcjd"

# (publisher, 机关代字 for the 文号, preferred topics)
PUBLISHERS = [
    ("明川县人民政府", "明政", ["综合政务/政务公开", "综合政务/政府工作", "国民经济管理、国有资产监管/经济运行"]),
    ("明川县人民政府办公室", "明政办", ["综合政务/政务公开", "综合政务/应急管理", "综合政务/政务督查"]),
    ("明川县发展和改革局", "明发改", ["国民经济管理、国有资产监管/发展规划", "国民经济管理、国有资产监管/物价", "国土资源、能源/能源"]),
    ("明川县财政局", "明财", ["财政、金融、审计/财政", "财政、金融、审计/审计", "财政、金融、审计/金融"]),
    ("明川县教育局", "明教", ["科技、教育/教育", "科技、教育/科技"]),
    ("明川县人力资源和社会保障局", "明人社", ["劳动、人事、监察/劳动就业", "劳动、人事、监察/人事工作", "劳动、人事、监察/社会保障"]),
    ("明川县自然资源局", "明自然资", ["国土资源、能源/土地", "国土资源、能源/矿产", "城乡建设、环境保护/规划"]),
    ("明川县住房和城乡建设局", "明建", ["城乡建设、环境保护/城乡建设", "城乡建设、环境保护/住房保障"]),
    ("明川县农业农村局", "明农", ["农业、林业、水利/农业", "农业、林业、水利/林业", "农业、林业、水利/水利"]),
    ("明川县卫生健康局", "明卫健", ["卫生、体育/卫生", "人口与计划生育、妇女儿童工作/妇女儿童"]),
    ("明川县市场监督管理局", "明市监", ["市场监管、安全生产监管/市场监管", "市场监管、安全生产监管/食品药品监管"]),
    ("明川县民政局", "明民", ["民政、扶贫、救灾/民政", "民政、扶贫、救灾/救灾", "民族、宗教/民族事务"]),
    ("明川县应急管理局", "明应急", ["市场监管、安全生产监管/安全生产监管", "民政、扶贫、救灾/救灾"]),
    ("明川县生态环境局", "明环", ["城乡建设、环境保护/环境保护", "城乡建设、环境保护/节能与资源综合利用"]),
]

# The 22 default 主题分类 classes (README “site.json 导览”); every class appears now and then.
TOPIC_CLASSES = [
    "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计",
    "国土资源、能源", "农业、林业、水利", "工业、交通", "商贸、海关、旅游",
    "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版",
    "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法",
    "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他",
]
GENRES = ["决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知",
          "通报", "报告", "请示", "批复", "议案", "函", "纪要"]
MEDIA_FORMS = ("视频解读",)


def captions_path(doc):
    """The captions file a video interpretation attaches, beside its Markdown file."""
    return f"files/{doc['name']}.vtt"


FORMS = ["文字解读", "图解", "视频解读", "专家解读", "媒体解读", "政策问答", "新闻发布会", "在线访谈"]
FORM_WEIGHTS = [50, 20, 5, 8, 5, 8, 2, 2]

NODE_GENRES = {
    "xxgkzd": (["通知", "决定"], [4, 1]),
    "fdzdgknr/jgzn": (["通知", "公告"], [3, 1]),
    POLICY_NODE: (["通知", "意见", "决定", "通告"], [10, 4, 1, 1]),
    "fdzdgknr/fgwj/qtwj": (["通知", "意见", "批复", "函", "通报", "决定", "报告", "纪要", "请示", "议案", "决议", "命令（令）"],
                           [30, 10, 8, 8, 6, 3, 4, 2, 1, 1, 1, 1]),
    "fdzdgknr/ghjh": (["通知", "报告", "意见"], [5, 3, 1]),
    "fdzdgknr/czxx": (["报告", "公告", "通知", "公报"], [4, 3, 2, 1]),
    "fdzdgknr/rsxx": (["公告", "通知", "决定"], [5, 3, 1]),
    INTERP_NODE: (["通知", "公告"], [1, 1]),
    "fdzdgknr/gzdt": (["通报", "报告", "公报", "纪要"], [6, 2, 1, 1]),
}

# The flat shape: nine top-level nodes, fewer facet values, heavier inline Markdown.
FLAT_CATALOG = [
    ("xxgkzd", "政府信息公开制度", "list", 0.03, []),
    ("jgzn", "机构职能", "list", 0.03, []),
    ("gfxwj", "行政规范性文件", "list", None, []),
    ("qtwj", "其他文件", "list", 0.18, []),
    ("ghjh", "规划计划", "list", 0.08, []),
    ("czxx", "财政信息", "list", 0.10, []),
    ("rsxx", "人事信息", "list", 0.08, []),
    ("zcjd", "政策解读", "interpretations", None, []),
    ("gzdt", "工作动态", "list", 0.30, []),
]
SHAPE = {"name": "deep", "lead_share": 0.55, "list_share": 0.2, "table_share": 0.1,
         "nested_lists": False, "any_topic": True}


def use_flat_shape():
    """Rebind the catalog, publishers and body mix for `--shape flat`."""
    global SEED, CATALOG, POLICY_NODE, INTERP_NODE, NODE_GENRES, PUBLISHERS
    SEED = "gongkai-bench-flat-1"
    NODE_GENRES = {leaf(k): v for k, v in NODE_GENRES.items()}
    CATALOG, POLICY_NODE, INTERP_NODE = FLAT_CATALOG, "gfxwj", "zcjd"
    PUBLISHERS = PUBLISHERS[:4]
    SHAPE.update(name="flat", lead_share=0.8, list_share=0.12, table_share=0.2,
                 nested_lists=True, any_topic=False)


def leaf(node):
    """A node path's last segment: the shapes name the same columns at different depths."""
    return node.rsplit("/", 1)[-1]


# ---------------------------------------------------------------- phrase bank

TOWNS = ["城关镇", "青溪镇", "石门镇", "桃源乡", "南岭镇", "枫林乡", "东坪镇", "龙潭乡", "白沙镇", "长坑乡"]
SUBJECTS = ["各乡镇人民政府", "县直各有关单位", "各级各部门", "县政府各部门", "各乡镇（街道）",
            "县直各相关部门", "各村（居）民委员会", "各责任单位", "县有关部门", "各级行政机关"]
VERBS = ["切实加强", "认真落实", "统筹推进", "持续深化", "全面规范", "扎实做好", "不断完善",
         "严格执行", "稳步推进", "大力推进", "着力提升", "积极探索", "进一步健全", "有序开展"]
OBJECTS = ["政务公开标准化规范化建设", "农村人居环境整治", "营商环境优化提升", "基层公共服务体系建设",
           "重大行政决策程序", "安全生产专项整治", "耕地保护和粮食安全", "城乡居民医疗保障",
           "生态环境保护督察整改", "就业创业服务", "义务教育优质均衡发展", "养老服务体系建设",
           "防汛抗旱和地质灾害防治", "食品安全监管", "乡村振兴重点项目", "财政预算绩效管理",
           "行政规范性文件合法性审核", "政府信息主动公开", "社会救助兜底保障", "历史文化名村保护",
           "老旧小区改造", "森林防灭火", "河湖长制", "消费者权益保护", "科技创新平台建设",
           "公共文化服务体系", "数字政府建设", "招标投标监督管理", "国有资产管理", "网格化服务管理"]
CLAUSES = ["确保各项工作任务落到实处", "形成上下联动、齐抓共管的工作格局", "推动工作制度化、规范化、常态化",
           "切实增强人民群众的获得感、幸福感、安全感", "做到早部署、早落实、早见效",
           "及时研究解决工作中遇到的困难和问题", "防止出现推诿扯皮、敷衍塞责等现象",
           "把各项措施抓紧抓实抓细", "确保按时保质完成目标任务", "不断提升服务效能和群众满意度",
           "坚持依法依规、公开透明", "坚持问题导向和目标导向相结合", "主动接受社会监督",
           "实行清单化管理、项目化推进", "建立健全长效工作机制", "压紧压实属地责任和部门监管责任"]
PURPOSES = ["深入贯彻落实党中央、国务院决策部署", "贯彻落实省委、省政府和市委、市政府工作要求",
            "进一步提升政府治理能力和水平", "加快推进县域经济高质量发展", "更好地服务企业和群众",
            "保障人民群众生命财产安全", "规范行政行为、提高行政效率", "推动各项政策措施落地见效",
            "进一步优化基层治理体系", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接"]
LEADINS = ["加强组织领导", "明确责任分工", "强化统筹协调", "加大资金保障", "严格督查考核",
           "注重宣传引导", "完善工作机制", "强化信息报送", "抓好队伍建设", "推进数字赋能",
           "健全监督体系", "做好风险防控", "落实属地责任", "强化部门联动", "规范工作流程",
           "提升服务质量", "加强培训指导", "抓好问题整改", "加强数据共享", "严肃工作纪律"]
HEADINGS = ["总体要求", "主要目标", "重点任务", "工作措施", "保障措施", "实施步骤", "职责分工",
            "适用范围", "基本原则", "工作要求", "组织实施", "监督管理", "资金管理", "申报条件",
            "审核程序", "考核评价", "责任追究", "附则", "工作安排", "进度安排"]
INTERP_HEADINGS = ["起草背景", "制定依据", "主要内容", "适用范围", "重点举措", "创新亮点",
                   "政策受益对象", "办理流程", "实施时间", "解读机关及联系方式"]
SENTENCE_TAILS = ["各地要结合实际，细化工作方案，明确时间节点和责任人。",
                  "对工作不力、进展缓慢的单位，将予以通报批评并督促限期整改。",
                  "有关情况请于每季度末前报县政府办公室。",
                  "牵头单位要加强与相关部门的沟通衔接，形成工作合力。",
                  "要坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准。",
                  "要充分利用政府网站、政务新媒体等渠道，及时发布工作进展情况。",
                  "各责任单位要按照职责分工，主动认领任务，倒排工期、挂图作战。",
                  "对群众反映强烈的突出问题，要建立台账、逐项销号。",
                  "要严格落实保密审查制度，确保公开内容合法、准确、规范。",
                  "相关经费列入年度财政预算，专款专用，严禁挤占挪用。"]
LINKS = [("中国政府网", "https://www.gov.cn/"),
         ("国家法律法规数据库", "https://flk.npc.gov.cn/"),
         ("明川县人民政府门户网站", "https://www.mingchuan.gov.cn/"),
         ("国家政务服务平台", "https://gjzwfw.www.gov.cn/"),
         ("中华人民共和国政府信息公开条例", "https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm"),
         ("信用中国", "https://www.creditchina.gov.cn/")]
LINK_SENTENCES = ["相关政策原文可登录[{t}]({u})查询。",
                  "具体办事指南详见[{t}]({u})。",
                  "更多信息请访问[{t}]({u})。",
                  "申请人可通过[{t}]({u})在线提交申请。"]
TABLE_HEADS = [("序号", "工作任务", "责任单位", "完成时限"),
               ("序号", "项目名称", "资金（万元）", "实施地点", "责任单位"),
               ("序号", "事项", "办理时限", "收费标准")]
GZDT_EVENTS = ["召开安全生产工作专题会议", "开展政务公开集中宣传活动", "召开乡村振兴工作推进会",
               "开展防汛应急演练", "组织开展食品安全专项检查", "召开重点项目建设现场推进会",
               "开展“送政策进企业”活动", "召开政府信息公开工作培训会", "开展森林防火宣传进村入户活动",
               "召开营商环境优化提升工作会议", "开展义务植树活动", "召开耕地保护专项整治部署会"]
ZD_TITLES = ["政府信息公开保密审查制度", "政府信息主动公开工作制度", "依申请公开政府信息工作规程",
             "政府信息发布协调制度", "政府信息公开工作考核制度", "政府信息公开责任追究制度",
             "政务舆情回应工作制度", "政府网站信息内容审核制度", "政府信息公开社会评议制度",
             "政府信息公开工作年度报告制度"]
RS_TITLES = ["公开招聘事业单位工作人员公告", "公开招聘乡镇社区卫生服务人员公告", "干部任前公示",
             "公开遴选公务员公告", "见习岗位招募公告", "公开招聘编外合同制人员公告",
             "人事任免通知", "公开选调工作人员公告"]
CZ_TITLES = ["部门预算公开", "部门决算公开", "“三公”经费预算情况说明", "政府债务限额及余额情况",
             "预算执行情况和预算草案的报告", "财政专项资金分配结果公示", "政府采购意向公开",
             "重点项目绩效评价结果"]
GH_TITLES = ["国民经济和社会发展第十四个五年规划纲要", "年度工作要点", "年度重点项目投资计划",
             "国土空间总体规划", "教育事业发展规划", "农业农村现代化发展规划", "综合交通运输发展规划",
             "生态环境保护规划", "卫生健康事业发展规划", "年度民生实事项目计划"]
POLICY_KINDS = ["实施方案", "管理办法", "实施细则", "暂行办法", "工作规则", "若干措施", "实施意见", "管理规定"]
ACTIONS = ["进一步加强", "做好", "开展", "切实做好", "深入推进", "调整", "规范", "全面推行"]
CN_DIGITS = "零一二三四五六七八九"
EPOCH = datetime.date(2019, 1, 1)
LAST = datetime.date(2025, 12, 31)


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def workday_on_or_before(d):
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d


def next_workday(d):
    d += datetime.timedelta(days=1)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- bodies

def sentence(rng):
    return (f"{rng.choice(SUBJECTS)}要{rng.choice(VERBS)}{rng.choice(OBJECTS)}工作，"
            f"{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}。")


def paragraph(rng, n=None):
    n = n or rng.randint(2, 4)
    parts = [sentence(rng) for _ in range(n)]
    if rng.random() < 0.5:
        parts.append(rng.choice(SENTENCE_TAILS))
    return "".join(parts)


def numbered_list(rng):
    items = []
    for i in range(1, rng.randint(3, 6) + 1):
        items.append(f"{i}. {rng.choice(VERBS)}{rng.choice(OBJECTS)}，{rng.choice(CLAUSES)}。")
        if SHAPE["nested_lists"] and rng.random() < 0.4:
            items += [f"   - **{rng.choice(LEADINS)}**：{rng.choice(CLAUSES)}；" for _ in range(rng.randint(2, 3))]
    return "\n".join(items)


def table(rng, year):
    head = rng.choice(TABLE_HEADS)
    rows = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for i in range(1, rng.randint(3, 8) + 1):
        cells = [str(i)]
        for h in head[1:]:
            if h in ("工作任务", "事项", "项目名称"):
                cells.append(rng.choice(OBJECTS))
            elif h == "责任单位":
                cells.append(rng.choice(PUBLISHERS)[0].replace("明川县", "县"))
            elif h == "完成时限":
                cells.append(f"{year}年{rng.randint(3, 12)}月底前")
            elif h == "资金（万元）":
                cells.append(f"{rng.randint(10, 2999)}.{rng.randint(0, 99):02d}")
            elif h == "实施地点":
                cells.append(rng.choice(TOWNS))
            elif h == "办理时限":
                cells.append(f"{rng.randint(1, 20)}个工作日")
            else:
                cells.append(rng.choice(["不收费", "按规定标准收取", "免费"]))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def body(rng, doc, target):
    """Chinese Markdown of about `target` bytes (UTF-8), never above 8 KiB."""
    limit = 8192
    if doc["node"] == INTERP_NODE:
        opening = (f"近日，{doc['publisher']}印发了{doc['policy_title']}（以下简称《规定》）。"
                   f"为便于社会公众理解和执行，现就有关内容解读如下。")
        headings = INTERP_HEADINGS[:-1]   # in order: 起草背景, 制定依据, …
    elif leaf(doc["node"]) == "gzdt":
        opening = (f"{cn_date(doc['published_d'])}，{rng.choice(TOWNS)}{rng.choice(GZDT_EVENTS)}。"
                   f"会议指出，{paragraph(rng, 2)}")
        headings = HEADINGS[:]
    else:
        opening = (f"{rng.choice(SUBJECTS)}，{rng.choice(SUBJECTS)}：\n\n"
                   f"为{rng.choice(PURPOSES)}，{rng.choice(VERBS)}{rng.choice(OBJECTS)}工作，"
                   f"经县人民政府同意，现就有关事项{doc['genre']}如下。")
        headings = HEADINGS[:]
    if doc["node"] != INTERP_NODE:
        rng.shuffle(headings)
    phone = f"0599-{rng.randint(5230003, 5239999)}"
    if doc["node"] == INTERP_NODE:
        closing = f"解读机关：{doc['publisher']}\n\n解读人及联系方式：政策法规股，{phone}\n"
    elif leaf(doc["node"]) == "gzdt":
        closing = f"（{doc['publisher']}供稿）\n"
    else:
        closing = (f"本{doc['genre']}自印发之日起施行，由{doc['publisher']}负责解释。\n\n"
                   f"联系电话：{phone}\n\n{doc['publisher']}\n\n{cn_date(doc['written_d'])}\n")
    blocks = [opening]
    size = len(opening.encode()) + len(closing.encode())
    table_at = rng.randint(1, 4) if doc["has_table"] else -1
    section = 0
    while size < target:
        section += 1
        heading = headings[(section - 1) % len(headings)]
        sec = [f"## {cn_num(section)}、{heading}"]
        if section == table_at:
            sec.append(f"{heading}具体安排见下表。\n\n" + table(rng, doc["published_d"].year))
        lead = 0
        for _ in range(rng.randint(2, 4)):
            r = rng.random()
            if r < SHAPE["lead_share"]:
                lead += 1
                sec.append(f"**（{cn_num(lead)}）{rng.choice(LEADINS)}。**{paragraph(rng)}")
            elif r < SHAPE["lead_share"] + SHAPE["list_share"]:
                sec.append(numbered_list(rng))
            elif r < SHAPE["lead_share"] + SHAPE["list_share"] + 0.15:
                t, u = rng.choice(LINKS)
                sec.append(paragraph(rng, 2) + rng.choice(LINK_SENTENCES).format(t=t, u=u))
            else:
                sec.append(paragraph(rng))
        text = "\n\n".join(sec)
        n = len(text.encode()) + 2
        if size + n > limit:
            if section == 1:   # always at least one section; cut it down
                text = "\n\n".join(sec[:2])
                n = len(text.encode()) + 2
                if size + n > limit:
                    break
            else:
                break
        blocks.append(text)
        size += n
    blocks.append(closing)
    return "\n\n".join(blocks)


# ---------------------------------------------------------------- documents

def flatten(nodes, prefix=""):
    for nid, title, kind, share, children in nodes:
        path = f"{prefix}{nid}"
        yield path, title, kind, share
        yield from flatten(children, path + "/")


def random_date(rng):
    d = EPOCH + datetime.timedelta(days=rng.randint(0, (LAST - EPOCH).days))
    d = workday_on_or_before(d)
    return d if d >= EPOCH else next_workday(d)


def pick_topic(rng, publisher_topics):
    r = rng.random()
    if r < 0.75 or not SHAPE["any_topic"]:
        return rng.choice(publisher_topics)
    if r < 0.9:
        return rng.choice(TOPIC_CLASSES)
    return rng.choice(TOPIC_CLASSES) + "/" + rng.choice(["综合", "其他", "政策法规", "公共服务"])


def make_title(rng, doc, pub):
    node = leaf(doc["node"])
    y = doc["published_d"].year
    short = pub[0]
    genre = doc["genre"]
    if node == leaf(POLICY_NODE):
        inner = f"明川县{rng.choice(OBJECTS)}{rng.choice(POLICY_KINDS)}"
        if rng.random() < 0.3:
            inner += f"（{y}—{y + 2}年）"
        doc["inner_title"] = f"《{inner}》"
        return f"{short}关于印发《{inner}》的{genre}"
    if node == "xxgkzd":
        return f"{short}关于印发《明川县{rng.choice(ZD_TITLES)}》的{genre}"
    if node == "jgzn":
        return f"{short}{rng.choice(['主要职责', '内设机构及职责', '领导分工', '机构设置情况', '权责清单'])}（{y}年）"
    if node == "ghjh":
        return f"明川县{y}年{rng.choice(GH_TITLES)}"
    if node == "czxx":
        return f"{short}{y}年{rng.choice(CZ_TITLES)}"
    if node == "rsxx":
        return f"{short}{y}年{rng.choice(RS_TITLES)}"
    if node == "gzdt":
        return f"{rng.choice(TOWNS)}{rng.choice(GZDT_EVENTS)}"
    return f"{short}关于{rng.choice(ACTIONS)}{rng.choice(OBJECTS)}工作的{genre}"


def build_documents(n):
    nodes = list(flatten(CATALOG))
    n_interp = round(n * INTERP_SHARE)
    n_policy = n_interp
    rest = n - n_interp - n_policy
    shares = [(p, s) for p, _, _, s in nodes if s]
    total = sum(s for _, s in shares)
    counts = {p: int(rest * s / total) for p, s in shares}
    # hand out the remainder deterministically, biggest share first
    left = rest - sum(counts.values())
    for p, _ in sorted(shares, key=lambda x: -x[1])[:left]:
        counts[p] += 1
    counts[POLICY_NODE] = n_policy
    counts[INTERP_NODE] = n_interp

    docs = []
    i = 0
    for path, _, _, _ in nodes:
        if path == INTERP_NODE:
            continue
        for _ in range(counts.get(path, 0)):
            rng = random.Random(f"{SEED}/meta/{i}")
            pub = rng.choice(PUBLISHERS)
            d = random_date(rng)
            doc = {"i": i, "node": path, "rng_key": i, "publisher": pub[0], "prefix": pub[1],
                   "published_d": d, "written_d": d - datetime.timedelta(days=rng.randint(0, 10))}
            g, w = NODE_GENRES[path if path in NODE_GENRES else leaf(path)]
            doc["genre"] = rng.choices(g, w)[0]
            doc["topic"] = pick_topic(rng, pub[2])
            doc["title"] = make_title(rng, doc, pub)
            docs.append(doc)
            i += 1
    policies = [d for d in docs if d["node"] == POLICY_NODE]
    for k, pol in enumerate(policies):
        rng = random.Random(f"{SEED}/interp/{k}")
        pub = next(p for p in PUBLISHERS if p[0] == pol["publisher"])
        d = pol["published_d"] if rng.random() < 0.6 else next_workday(pol["published_d"])
        if d > LAST:
            d = pol["published_d"]
        form = rng.choices(FORMS, FORM_WEIGHTS)[0]
        inner = pol["inner_title"]
        title = {"图解": f"图解：{inner}", "政策问答": f"{inner}政策问答",
                 "专家解读": f"专家解读{inner}", "在线访谈": f"{inner}在线访谈实录"}.get(form, f"{inner}政策解读")
        g, w = NODE_GENRES[INTERP_NODE if INTERP_NODE in NODE_GENRES else leaf(INTERP_NODE)]
        docs.append({"i": i, "node": INTERP_NODE, "publisher": pub[0], "prefix": pub[1],
                     "published_d": d, "written_d": d, "genre": rng.choices(g, w)[0],
                     "topic": pol["topic"], "title": title, "form": form, "target": pol,
                     "policy_title": inner,
                     "list_form": rng.random() < 0.15})
        i += 1

    # 索引号: serials count per year of publication, site-wide, in publication order
    docs.sort(key=lambda d: (d["published_d"], d["i"]))
    serial = {}
    for d in docs:
        y = d["published_d"].year
        serial[y] = serial.get(y, 0) + 1
        d["name"] = f"{y}-{serial[y]:05d}"
        d["index_no"] = f"{AGENCY['code']}/{d['name']}"
    # 文号: numbered per 机关代字 and year of writing, in writing order
    docs.sort(key=lambda d: (d["written_d"], d["i"]))
    numbers = {}
    for d in docs:
        key = (d["prefix"], d["written_d"].year)
        numbers[key] = numbers.get(key, 0) + 1
        d["doc_no"] = f"{d['prefix']}〔{d['written_d'].year}〕{numbers[key]}号"
    docs.sort(key=lambda d: d["i"])
    return docs


def finish(doc):
    """Status, keywords, summary, body: everything from the document's own stream."""
    rng = random.Random(f"{SEED}/body/{doc['i']}")
    r = rng.random()
    today = LAST
    if doc["node"] == INTERP_NODE or r < 0.92:
        doc["status"] = "有效"
    elif r < 0.95:
        doc["status"] = "失效"
    elif r < 0.97:
        doc["status"] = "废止"
    elif r < 0.99:
        doc["status"] = "修订"
    else:
        doc["status"] = "部分失效"
    if doc["status"] in ("失效", "废止"):
        span = (today - doc["published_d"]).days
        doc["abolished_d"] = doc["published_d"] + datetime.timedelta(days=rng.randint(1, max(1, span)))
    elif doc["status"] == "有效" and doc["node"] != INTERP_NODE and rng.random() < 0.05:
        doc["expires_d"] = doc["published_d"] + datetime.timedelta(days=365 * rng.randint(3, 8))
    doc["has_table"] = rng.random() < SHAPE["table_share"]
    topic_words = [w for w in re.split(r"[/、]", doc["topic"]) if w]
    kw = [topic_words[-1]] + rng.sample(OBJECTS, rng.randint(2, 4))
    doc["keywords"] = [re.sub(r"(建设|工作|管理)$", "", k) or k for k in kw]
    doc["summary"] = (f"为{rng.choice(PURPOSES)}，{doc['publisher']}发布《{doc['title']}》，"
                      f"明确了{rng.choice(LEADINS)}、{rng.choice(LEADINS)}等方面的要求。")[:118]
    target = int(rng.triangular(2000, 8200, 7200))
    doc["body"] = body(rng, doc, target)


LONG_DIGITS = re.compile(r"[0-9０-９]{9,}")


def front_matter(doc, hugo):
    fm = ["---", f"title: {q(doc['title'])}", f"index_no: {q(doc['index_no'])}"]
    if hugo:
        fm.append(f"date: {q(doc['published_d'].isoformat())}")
    else:
        fm.append(f"published: {q(doc['published_d'].isoformat())}")
    fm += [f"written: {q(doc['written_d'].isoformat())}",
           f"publisher: {q(doc['publisher'])}",
           f"doc_no: {q(doc['doc_no'])}",
           f"topic: {q(doc['topic'])}",
           f"genre: {q(doc['genre'])}",
           f"status: {q(doc['status'])}"]
    if "expires_d" in doc:
        fm.append(f"expires: {q(doc['expires_d'].isoformat())}")
    if "abolished_d" in doc:
        fm.append(f"abolished: {q(doc['abolished_d'].isoformat())}")
    fm.append("keywords: [" + ", ".join(q(k) for k in doc["keywords"]) + "]")
    fm.append(f"summary: {q(doc['summary'])}")
    fm.append(f"disclosure: {q('主动公开')}")
    if doc["node"] == INTERP_NODE:
        target = doc["target"]["index_no"]
        fm.append(f"interprets: [{q(target)}]" if doc["list_form"] else f"interprets: {q(target)}")
        fm.append(f"interpretation_form: {q(doc['form'])}")
        if doc["form"] in MEDIA_FORMS and not hugo:
            # A video interpretation carries its captions (README “解读形式”); Hugo has no such check.
            fm.append(f"attachments: [{{file: {q(captions_path(doc))}, title: {q('中文字幕')}}}]")
    if hugo:
        fm.append(f"topics: [{q(doc['topic'])}]")
        fm.append(f"publishers: [{q(doc['publisher'])}]")
    fm.append("---")
    return "\n".join(fm) + "\n"


# ---------------------------------------------------------------- sites

def catalog_json(nodes):
    out = []
    for nid, title, kind, _, children in nodes:
        node = {"id": nid, "title": title}
        if kind != "list":
            node["kind"] = kind
        if children:
            node["children"] = catalog_json(children)
        out.append(node)
    return out


def site_json():
    return {
        "title": SITE_TITLE,
        "language": "zh-CN",
        "base_url": BASE_URL,
        "agency": AGENCY,
        "index_number": {"pattern": "{code}/{year}-{serial:5}"},
        "footer": FOOTER,
        "catalog": catalog_json(CATALOG),
        "topics": "default",
        "genres": "default",
        "pagination": 20,
        "interpretation_deadline_workdays": 3,
        "publish_deadline_workdays": 20,
        "search": True,
        "feeds": True,
        "external_link_notice": True,
        "theme": "default",
        "unsafe_html": False,
    }


def intro(title):
    return (f"本栏目发布明川县人民政府及其部门的{title}，按发布日期由新到旧排列。"
            f"如需查阅更早的信息，请使用本站搜索或向明川县人民政府办公室提出申请。\n")


def hugo_config():
    t = FOOTER
    return f'''baseURL = "{BASE_URL}"
title = "{SITE_TITLE}"
defaultContentLanguage = "zh-cn"
timeZone = "Asia/Shanghai"
hasCJKLanguage = true
enableRobotsTXT = true
disableHugoGeneratorInject = true

[languages.zh-cn]
  label = "简体中文"
  locale = "zh-CN"
  weight = 1

[pagination]
  pagerSize = 20
  disableAliases = true

[taxonomies]
  topic = "topics"
  publisher = "publishers"

[services.rss]
  limit = 20

[markup.goldmark.renderer]
  unsafe = false
[markup.goldmark.renderHooks.link]
  useEmbedded = "never"
[markup.goldmark.renderHooks.image]
  useEmbedded = "never"

[params]
  domain = "www.mingchuan.gov.cn"
  policySection = "/{POLICY_NODE}"
  interpSection = "/{INTERP_NODE}"
  sponsor = "{t['sponsor']}"
  operator = "{t['operator']}"
  siteCode = "{t['site_code']}"
  icp = "{t['icp']}"
  policeRecord = "{t['police_record']}"
  contact = "{t['contact']}"
'''


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    shape = "deep"
    if len(argv) == 5 and argv[3] == "--shape":
        shape, argv = argv[4], argv[:3]
    if len(argv) != 3 or not argv[1].isdigit() or shape not in ("deep", "flat"):
        sys.exit("usage: gen_corpus.py N OUTDIR [--shape deep|flat]")
    n, out = int(argv[1]), argv[2]
    if shape == "flat":
        use_flat_shape()
    if n < 20:
        sys.exit("gen_corpus.py: N must be at least 20")
    g_root, h_root = os.path.join(out, "gongkai"), os.path.join(out, "hugo")
    for root in (g_root, h_root):
        if os.path.exists(root):
            shutil.rmtree(root)

    write(os.path.join(g_root, "site.json"),
          json.dumps(site_json(), ensure_ascii=False, indent=2) + "\n")
    write(os.path.join(h_root, "hugo.toml"), hugo_config())
    shutil.copytree(os.path.join(HERE, "hugo-site"), h_root, dirs_exist_ok=True)

    for weight, (path, title, kind, _) in enumerate(flatten(CATALOG), 1):
        write(os.path.join(g_root, "content", path, "_index.md"), intro(title))
        write(os.path.join(h_root, "content", path, "_index.md"),
              f"---\ntitle: {q(title)}\nweight: {weight}\n---\n{intro(title)}")
    write(os.path.join(h_root, "content", "_index.md"), f"---\ntitle: {q(SITE_TITLE)}\n---\n")

    docs = build_documents(n)
    body_bytes = 0
    for doc in docs:
        finish(doc)
        for fm in (front_matter(doc, False), front_matter(doc, True)):
            if LONG_DIGITS.search(fm):
                raise SystemExit(f"long digit run in front matter of {doc['index_no']}")
        if LONG_DIGITS.search(doc["body"]):
            raise SystemExit(f"long digit run in body of {doc['index_no']}")
        body_bytes += len(doc["body"].encode())
        if doc["node"] == INTERP_NODE and doc["form"] in MEDIA_FORMS:
            write(os.path.join(g_root, "content", doc["node"], captions_path(doc)),
                  f"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n{doc['title']}\n")
        write(os.path.join(g_root, "content", doc["node"], doc["name"] + ".md"),
              front_matter(doc, False) + "\n" + doc["body"])
        write(os.path.join(h_root, "content", doc["node"], doc["name"] + ".md"),
              front_matter(doc, True) + "\n" + doc["body"])
        del doc["body"]

    per_node = {}
    for d in docs:
        per_node[d["node"]] = per_node.get(d["node"], 0) + 1
    print(f"gen_corpus ({SHAPE['name']}): {len(docs)} documents, {body_bytes / 1e6:.1f} MB of Markdown bodies "
          f"(avg {body_bytes / len(docs) / 1024:.1f} KiB), "
          f"{sum(1 for d in docs if d['node'] == INTERP_NODE)} interpretations, "
          f"{sum(1 for d in docs if d['has_table'])} with tables -> {out}")
    print("gen_corpus: per node: " + ", ".join(f"{k} {v}" for k, v in sorted(per_node.items())))


if __name__ == "__main__":
    main(sys.argv)
