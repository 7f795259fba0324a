#!/usr/bin/env python3
"""Browser tests of the search page and accessibility checks (issue #5).

    python3 Tests/browser/run.py --gongkai .build/debug/gongkai

Builds the example site under the sub-path /sub/xxgk/, serves it from a static server on
127.0.0.1 (Tests/browser/static_server.py), and drives headless Chromium through
Selenium: types queries and checks the results, runs the JavaScript tokenizer on the
shared case table, checks the page without JavaScript, and runs axe-core
(axe-selenium-python) on the home page, a node index, a document, the search page, the
依申请公开 page and its 申请表, 联系我们, 网站声明 and a single page, expecting no WCAG 2.1
A/AA violation. It also decodes a document's QR code (zxing-cpp) to the page's address,
opens the 申请表 .docx with python-docx, prints the 申请表 to A4 (one sheet per applicant
kind), and measures 长者模式 and the 字号 buttons. Every wait is bounded. Prints one line per test
and closes with `N passed, M failed`; exits 1 on any failure.

Needs Debian's chromium and chromium-driver and PyPI's selenium and
axe-selenium-python (.ci/run installs them).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from static_server import CountingServer  # noqa: E402

# Keep Selenium Manager from looking anything up on the network: the driver and the
# browser are named explicitly below.
os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

SUB_PATH = "/sub/xxgk/"
# The site is built for this origin (canonical links, the QR codes); pages link by path only,
# so the local server under SUB_PATH serves them all the same.
ORIGIN = "https://www.qingshan.gov.cn"
WAIT = 10          # seconds, for any one condition
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Documents of the example site the queries must find.
FANGXUN_2023 = "青山镇人民政府办公室关于做好2023年防汛防台风工作的通知"   # 青政办〔2023〕8号
FENGSHOU = "青山镇举办2025年中国农民丰收节庆祝活动"
TAIFENG = "青山镇全力做好第3号台风防御工作"                          # 00822061-4/2024-00017
REPORT_PAGE = "xxgknb/2024-nianbao.html"                               # tables from ```年报表… blocks
WEIMIN_2024 = "青山镇人民政府关于下达2024年为民办实事项目计划的通知"     # 农村 and 村路 apart in its table
JIANFANG_2025 = "青山镇人民政府关于印发《青山镇农村村民建房管理办法》的通知"       # replaces the 试行 one
JIANFANG_TRIAL = "青山镇人民政府关于印发《青山镇农村村民建房管理办法（试行）》的通知"


def library_filter_by_links(driver, base):
    """Opens the 政策文件库, follows the filter bar's 现行有效 link, then a 年度 link, and
    checks each page lists what the filter says (works the same with JavaScript off)."""
    driver.get(base + "zcwjk/")
    titles = lambda: [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".library-table .col-title > a")]
    everything = titles()
    assert JIANFANG_2025 in everything and JIANFANG_TRIAL in everything, everything
    group = driver.find_element(By.CSS_SELECTOR, ".library-filter ul[aria-labelledby='library-filter-status']")
    group.find_element(By.PARTIAL_LINK_TEXT, "现行有效").click()
    WebDriverWait(driver, WAIT).until(lambda d: "/zcwjk/status/in-force/" in d.current_url)
    in_force = titles()
    assert JIANFANG_2025 in in_force and JIANFANG_TRIAL not in in_force, in_force
    current = driver.find_element(By.CSS_SELECTOR, ".library-filter a[aria-current='page']")
    assert "现行有效" in current.text, current.text
    statuses = [td.text for td in driver.find_elements(By.CSS_SELECTOR, ".library-table td.col-status")]
    assert statuses and all(s in ("有效", "部分失效") for s in statuses), statuses
    driver.find_element(By.CSS_SELECTOR, ".library-filter ul[aria-labelledby='library-filter-year']").find_element(By.PARTIAL_LINK_TEXT, "2023").click()
    WebDriverWait(driver, WAIT).until(lambda d: "/zcwjk/year/2023/" in d.current_url)
    assert JIANFANG_TRIAL in titles(), titles()
    driver.get(base + "zcwjk/invalid/")
    assert JIANFANG_TRIAL in titles(), titles()
    replaced = driver.find_element(By.CSS_SELECTOR, ".replaced-by a")
    assert replaced.text.startswith("《" + JIANFANG_2025), replaced.text


def find_binary(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def make_driver(javascript=True):
    options = Options()
    chromium = find_binary("chromium", "chromium-browser", "google-chrome")
    if chromium:
        options.binary_location = chromium
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--window-size=1280,1000", "--lang=zh-CN"]:
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver_path = find_binary("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


class Suite:
    def __init__(self, server, driver):
        self.server = server
        self.driver = driver
        self.base = server.base

    # -------------------------------------------------------------- helpers

    def open(self, path):
        self.driver.get(self.base + path)

    def wait_done(self):
        """Waits until the search page has finished its current search."""
        WebDriverWait(self.driver, WAIT).until(
            lambda d: d.execute_script("var a = document.getElementById('search-app'); return a && a.dataset.state")
            in ("done", "idle", "error"))
        state = self.driver.execute_script("return document.getElementById('search-app').dataset.state")
        assert state != "error", "the search page reported an error: " + self.status()
        return state

    def search(self, query, filters=None):
        """Types a query (and picks filters) on the search page and submits the form."""
        if "/search/" not in self.driver.current_url:
            self.open("search/")
            self.wait_done()
        self.driver.execute_script("document.getElementById('search-app').dataset.state = 'typing'")
        box = self.driver.find_element(By.ID, "search-q")
        box.clear()
        box.send_keys(query)
        for name in ["member", "node", "year", "topic", "publisher", "validity"]:
            # 机构 (member) is on a group portal's search page only.
            for select in self.driver.find_elements(By.ID, "search-" + name):
                Select(select).select_by_value((filters or {}).get(name, ""))
        box.send_keys(Keys.ENTER)
        WebDriverWait(self.driver, WAIT).until(
            lambda d: d.execute_script("return document.getElementById('search-app').dataset.state") != "typing")
        self.wait_done()

    def titles(self):
        return [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result h2 a")]

    def status(self):
        return self.driver.find_element(By.ID, "search-status").text

    def count(self):
        text = self.status()
        digits = "".join(c if c.isdigit() else " " for c in text.split("，")[0]).split()
        return int(digits[0]) if digits else 0

    def marks(self):
        return [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]

    # -------------------------------------------------------------- tests

    def test_tokenizer_twin_matches_the_shared_case_table(self):
        self.open("search/")
        self.wait_done()
        with open(os.path.join(HERE, "tokenizer-cases.json"), encoding="utf-8") as f:
            cases = json.load(f)["cases"]
        functions = ["indexTerms", "queryTerms", "parseQuery", "identifierTerm", "indexNumberTerms", "documentNumberTerms"]
        failures = []
        for case in cases:
            got = self.driver.execute_script(
                "var s = window.GongkaiSearch, t = arguments[0], out = {};"
                "arguments[1].forEach(function (f) { out[f] = s[f](t); }); return out;", case["text"], functions)
            for fn in functions:
                if fn in case and got[fn] != case[fn]:
                    failures.append(f"{fn}({case['text']!r}) = {got[fn]!r}, expected {case[fn]!r}")
        assert len(cases) >= 20
        assert not failures, "\n".join(failures)

    def test_finds_a_chinese_phrase_from_a_body(self):
        self.search("农特产品集中亮相")
        assert self.titles() == [FENGSHOU], self.titles()
        assert "农特产品集中亮相" in "".join(self.marks()), self.marks()

    def test_finds_a_substring_inside_a_word(self):
        # 应转早转 holds 转早 across two words, as 一段简单 holds 段简.
        self.search("转早")
        assert self.titles() == [FANGXUN_2023], self.titles()
        snippet = self.driver.find_element(By.CSS_SELECTOR, "#search-results .search-result-snippet")
        assert "转早" in [m.text for m in snippet.find_elements(By.TAG_NAME, "mark")]

    def test_a_phrase_is_found_only_as_written(self):
        # The 为民办实事 plan's table has 农村 (农业农村办公室) and 村路 (枫林村路灯亮化) far
        # apart: both bigrams are in it, the phrase 农村路 is not, and no page holds it.
        self.search("农村 村路")
        assert self.titles() == [WEIMIN_2024], self.titles()
        self.search("农村路")
        assert self.titles() == [], self.titles()
        assert "没有找到" in self.status(), self.status()
        # Where the bigrams are adjacent, the phrase is found and marked whole.
        self.search("枫林村路灯")
        assert self.titles() == [WEIMIN_2024], self.titles()
        assert "枫林村路灯" in self.marks(), self.marks()

    def test_finds_a_document_number_in_both_bracket_styles(self):
        for query in ["青政办〔2023〕8号", "青政办[2023]8号"]:
            self.search(query)
            titles = self.titles()
            assert titles and titles[0] == FANGXUN_2023, (query, titles)
            meta = self.driver.find_element(By.CSS_SELECTOR, "#search-results .search-result-meta").text
            assert "青政办〔2023〕8号" in meta, meta

    def test_finds_an_index_number(self):
        for query in ["2024-00017", "00822061-4/2024-00017"]:
            self.search(query)
            assert self.titles() == [TAIFENG], (query, self.titles())

    def test_a_filter_narrows_the_results(self):
        self.search("森林防火")
        everything = self.count()
        assert everything >= 3, self.status()
        self.search("森林防火", {"year": "2023"})
        narrowed = self.count()
        assert 0 < narrowed < everything, (narrowed, everything)
        dates = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result-meta")]
        assert all("2023-" in d for d in dates), dates
        assert "year=2023" in self.driver.current_url

    def test_on_a_phone_no_metadata_label_breaks_inside_itself(self):
        self.driver.set_window_size(390, 900)
        try:
            self.open("fdzdgknr/fgwj/gfxwj/2023-04-jianfang-banfa-shixing.html")
            lines = self.driver.execute_script(
                "return Array.from(document.querySelectorAll('.metadata-grid dt')).map(function (dt) {"
                " var r = document.createRange(); r.selectNodeContents(dt);"
                " var tops = {}; Array.from(r.getClientRects()).forEach(function (x) { tops[Math.round(x.top)] = 1; });"
                " return [dt.textContent, Object.keys(tops).length]; });")
            labels = [label for label, _ in lines]
            for label in ["索引号", "主题分类", "发布机构", "成文日期", "文号", "发布日期", "有效性", "标题"]:
                assert label in labels, labels
            broken = [label for label, count in lines if count != 1]
            assert not broken, broken
            width = self.driver.execute_script("return document.documentElement.scrollWidth")
            assert width <= 390, width
        finally:
            self.driver.set_window_size(1280, 1000)

    def test_the_status_filter_follows_the_replacement(self):
        self.search("建房管理办法", {"validity": "废止"})
        assert JIANFANG_TRIAL in self.titles() and JIANFANG_2025 not in self.titles(), self.titles()
        assert "validity=" in self.driver.current_url

    def test_the_policy_library_filters_by_links_with_javascript(self):
        library_filter_by_links(self.driver, self.base)

    def test_a_query_with_no_results_says_so_with_suggestions(self):
        self.search("量子纠缠 火星基地", {"node": "fdzdgknr"})
        assert "没有找到" in self.status(), self.status()
        assert self.titles() == []
        empty = self.driver.find_element(By.ID, "search-empty")
        assert empty.is_displayed()
        links = {a.text: a.get_attribute("href") for a in empty.find_elements(By.TAG_NAME, "a") if a.is_displayed()}
        assert links.get("网站地图", "").endswith(SUB_PATH + "sitemap.html"), links
        assert "量子纠缠" in links and "火星基地" in links, links
        assert "去掉筛选条件再搜索" in links, links

    def test_results_are_linkable_with_q_in_the_url_and_paged_by_20(self):
        self.open("search/?q=" + urllib.parse.quote("青山镇"))
        self.wait_done()
        total = self.count()
        assert total > 20, self.status()
        assert len(self.titles()) == 20
        first_page = self.titles()
        self.driver.find_element(By.CSS_SELECTOR, "#search-pager a[rel=next]").click()
        WebDriverWait(self.driver, WAIT).until(lambda d: "page=2" in d.current_url)
        self.wait_done()
        assert len(self.titles()) == min(20, total - 20)
        assert not set(self.titles()) & set(first_page)
        self.driver.back()
        WebDriverWait(self.driver, WAIT).until(lambda d: "page=2" not in d.current_url)
        self.wait_done()
        assert self.titles() == first_page

    def test_title_matches_rank_above_body_matches(self):
        self.search("防汛")
        titles = self.titles()
        with_word = [i for i, t in enumerate(titles) if "防汛" in t]
        without = [i for i, t in enumerate(titles) if "防汛" not in t]
        assert with_word and without and max(with_word) < min(without), titles

    def test_the_search_box_on_every_page_submits_to_the_search_page(self):
        self.open("fdzdgknr/gzdt/")
        box = self.driver.find_element(By.ID, "site-search-q")
        box.send_keys("台风")
        box.send_keys(Keys.ENTER)
        WebDriverWait(self.driver, WAIT).until(lambda d: "/search/" in d.current_url)
        self.wait_done()
        assert self.driver.current_url.startswith(self.base + "search/?q="), self.driver.current_url
        assert TAIFENG in self.titles(), self.titles()
        assert self.driver.find_element(By.ID, "search-q").get_attribute("value") == "台风"

    def test_queries_fetch_only_from_the_site(self):
        self.open("search/")
        self.wait_done()
        self.search("安全生产 防火")
        urls = self.driver.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        origin = self.base[: self.base.index(SUB_PATH)]
        outside = [u for u in urls if not u.startswith(origin + SUB_PATH)]
        assert not outside, outside
        # 防火 from the document lists, the phrase 安全生产 from the positions of 安全 and 生产 alone.
        assert sum("/search/s/" in u for u in urls) == 1, urls
        assert 1 <= sum("/search/p/" in u for u in urls) <= 2, urls

    def test_axe_finds_no_wcag_21_aa_violations(self):
        pages = {"home": "", "node index": "fdzdgknr/gzdt/", "document": "fdzdgknr/fgwj/qtwj/2023-05-fangxun-tongzhi.html",
                 "annual report": REPORT_PAGE, "search page": "search/?q=" + urllib.parse.quote("防汛"),
                 "replaced document": "fdzdgknr/fgwj/gfxwj/2023-04-jianfang-banfa-shixing.html",
                 "policy library": "zcwjk/status/in-force/", "invalid documents": "zcwjk/invalid/",
                 "application page": "ysqgk/", "application form": "ysqgk/sqb.html", "contact page": "lxwm.html",
                 "statement page": "wzsm.html", "single page": "xxgkzn/",
                 "consultation column": "fdzdgknr/yjzj/", "open consultation": "fdzdgknr/yjzj/2025-11-cunguiminyue-zhengqiu.html",
                 "answered consultation": "fdzdgknr/yjzj/2025-08-laji-shoufei-zhengqiu.html",
                 "running 公示": "fdzdgknr/rsxx/2025-11-renqian-gongshi.html",
                 "withdrawn 公示": "fdzdgknr/rsxx/2025-05-gongyixing-gangwei-gongshi.html",
                 "interpretations column": "fdzdgknr/zcjd/", "图解 interpretation": "fdzdgknr/zcjd/2024-02-yusuan-tujie.html"}
        problems = axe_violations(self.driver, self.base, pages, wait_done=self.wait_done)
        assert not problems, "\n".join(problems)

    def test_report_tables_scroll_inside_their_own_box_on_a_phone(self):
        self.driver.set_window_size(390, 900)
        try:
            self.open(REPORT_PAGE)
            widths = self.driver.execute_script(
                "var r = document.documentElement, box = document.querySelector('.report-table .report-three').parentNode;"
                "return {page: r.scrollWidth, view: r.clientWidth, box: box.scrollWidth, boxView: box.clientWidth,"
                " focusable: box.getAttribute('tabindex'), label: box.getAttribute('aria-label')};")
            assert widths["page"] <= widths["view"], f"the page scrolls sideways on a phone: {widths}"
            assert widths["box"] > widths["boxView"], f"table 三 does not scroll inside its box: {widths}"
            assert widths["focusable"] == "0" and widths["label"], widths
        finally:
            self.driver.set_window_size(1280, 1000)

    # ------------------------------------------------------ chrome (issue 21)

    def test_the_qr_code_decodes_to_the_page_url(self):
        import numpy
        import zxingcpp
        path = "fdzdgknr/fgwj/qtwj/2023-05-fangxun-tongzhi.html"
        self.open(path)
        # Draw the inline SVG onto a canvas, 8 pixels a module, and read the pixels back as grey.
        pixels = self.driver.execute_async_script("""
            var done = arguments[arguments.length - 1];
            var svg = document.querySelector('.page-qr svg');
            var size = svg.viewBox.baseVal.width * 8;
            var image = new Image();
            image.onload = function () {
              var canvas = document.createElement('canvas');
              canvas.width = canvas.height = size;
              var context = canvas.getContext('2d');
              context.drawImage(image, 0, 0, size, size);
              var data = context.getImageData(0, 0, size, size).data, grey = [];
              for (var i = 0; i < data.length; i += 4) { grey.push(data[i]); }
              done({size: size, grey: grey});
            };
            image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
        """)
        image = numpy.array(pixels["grey"], dtype=numpy.uint8).reshape(pixels["size"], pixels["size"])
        codes = zxingcpp.read_barcodes(image)
        assert [c.text for c in codes] == [ORIGIN + SUB_PATH + path], [c.text for c in codes]

    def test_the_docx_form_opens_in_python_docx_with_the_agency_filled_in(self):
        import io
        import urllib.request
        import docx
        data = urllib.request.urlopen(self.base + "ysqgk/sqb.docx", timeout=WAIT).read()
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "政府信息公开申请表（公民）" in text and "政府信息公开申请表（法人或者其他组织）" in text, text
        assert text.count("受理机关：青山镇人民政府") == 2, text
        assert len(document.tables) == 2
        cells = {c.text for t in document.tables for r in t.rows for c in r.cells}
        assert {"姓名", "统一社会信用代码", "所需政府信息情况"} <= cells, cells
        section = document.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)

    def test_the_application_form_prints_one_a4_sheet_per_applicant_kind(self):
        import base64
        from selenium.webdriver.common.print_page_options import PrintOptions
        self.open("ysqgk/sqb.html")
        options = PrintOptions()
        options.page_width, options.page_height = 21.0, 29.7
        pdf = base64.b64decode(self.driver.print_page(options))
        pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
        assert pages == 2, pages

    def test_the_application_page_lists_every_channel_of_site_json(self):
        with open(os.path.join(ROOT, "site.json"), encoding="utf-8") as f:
            config = json.load(f)
        self.open("ysqgk/")
        text = self.driver.find_element(By.CSS_SELECTOR, ".application-channels").text
        agency, application = config["agency"], config["application"]
        for value in [agency["address"], agency["office_hours"], agency["phone"], agency["fax"], agency["email"],
                      application["place"], application["recipient"], application["postcode"], application["online_url"]]:
            assert value in text, value
        for name in ["当面申请", "信函申请", "电子邮件申请", "传真申请", "网上申请"]:
            assert name in text, name

    def test_elder_mode_sets_text_of_at_least_18_points_with_line_height_1_5(self):
        self.open("fdzdgknr/fgwj/qtwj/2023-05-fangxun-tongzhi.html")
        try:
            self.driver.find_element(By.CSS_SELECTOR, '[data-toggle="large-text"]').click()
            size, line = self.driver.execute_script(
                "var s = getComputedStyle(document.querySelector('.prose.body p'));"
                "return [parseFloat(s.fontSize), parseFloat(s.lineHeight)];")
            assert size >= 24, size           # 18 pt = 24 CSS px
            assert line / size >= 1.5, (line, size)
        finally:
            self.driver.execute_script("localStorage.clear()")

    def test_font_size_buttons_change_the_body_text(self):
        self.open("fdzdgknr/fgwj/qtwj/2023-05-fangxun-tongzhi.html")
        measure = "return parseFloat(getComputedStyle(document.querySelector('.prose.body p')).fontSize);"
        medium = self.driver.execute_script(measure)
        self.driver.find_element(By.CSS_SELECTOR, 'button[data-font-size="large"]').click()
        large = self.driver.execute_script(measure)
        self.driver.find_element(By.CSS_SELECTOR, 'button[data-font-size="small"]').click()
        small = self.driver.execute_script(measure)
        assert small < medium < large, (small, medium, large)
        pressed = self.driver.find_element(By.CSS_SELECTOR, 'button[data-font-size="small"]').get_attribute("aria-pressed")
        assert pressed == "true"


def axe_violations(driver, base, pages, wait_done=None):
    """Runs axe-core's WCAG 2.1 A/AA rules on each page ({name: path under base}); returns
    one line per violation."""
    source, version = axe_script()
    print(f"      axe-core {version} from {source}")
    with open(source, encoding="utf-8") as f:
        script = f.read()
    problems = []
    for name, path in pages.items():
        driver.get(base + path)
        if "search" in path and wait_done:
            wait_done()
        driver.execute_script(script)
        # axe-core before 4 knows no `wcag21a` tag; use the A/AA tags the version has.
        known = set(driver.execute_script(
            "var t = {}; axe.getRules().forEach(function (r) { r.tags.forEach(function (x) { t[x] = 1; }); }); return Object.keys(t);"))
        tags = [t for t in WCAG_TAGS if t in known]
        assert "wcag2aa" in tags, known
        results = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then(function (r) { done(r); }, function (e) { done({error: String(e)}); });", tags)
        assert "error" not in results, f"{name}: axe failed: {results.get('error')}"
        for v in results["violations"]:
            targets = [n["target"] for n in v["nodes"]][:3]
            problems.append(f"{name}: {v['id']} ({v['impact']}) {v['help']} at {targets}")
    return problems


def test_axe_on_a_site_from_each_init_catalog(gongkai, work, driver):
    """`gongkai init --catalog` for each kind of agency, built as it comes: its home, the
    guide with the generated 公开目录, the 依申请公开 page and an empty column."""
    problems = []
    for catalog in ["乡镇", "县级部门", "县政府"]:
        site = os.path.join(work, "init-" + catalog)
        out = os.path.join(work, "init-public-" + catalog)
        for command in (["init", site, "--agency", "白水乡人民政府", "--code", "00123456-7", "--catalog", catalog, "--today", "2026-12-06"],
                        ["build", "--site", site, "--output", out, "--today", "2026-12-06", "--base-url", ORIGIN + SUB_PATH]):
            run = subprocess.run([gongkai] + command, capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, (command, run.stdout[-1000:], run.stderr[-2000:])
        server = CountingServer(out, SUB_PATH).start()
        try:
            pages = {"home": "", "guide": "xxgkzn/", "application page": "ysqgk/", "empty column": "fdzdgknr/jgzn/"}
            problems += [f"{catalog} {p}" for p in axe_violations(driver, server.base, pages)]
        finally:
            server.stop()
    assert not problems, "\n".join(problems)


def example_group_output(gongkai, work):
    """The example site group (examples/qingshan-county) built once under the sub-path, at its
    snapshot date; the group's tests share the output (none of them writes to it)."""
    out = os.path.join(work, "group-public")
    if not os.path.isdir(out):
        env = dict(os.environ, SOURCE_DATE_EPOCH="1763769600")
        run = subprocess.run([gongkai, "build", "--site", os.path.join(ROOT, "examples", "qingshan-county"), "--output", out,
                              "--base-url", ORIGIN + SUB_PATH], capture_output=True, text=True, env=env, timeout=600)
        assert run.returncode == 0, (run.stdout[-1000:], run.stderr[-2000:])
    return out


def test_axe_on_the_example_group(gongkai, work, driver):
    """The example site group (examples/qingshan-county, README “站群”) under a sub-path: the
    portal's home and 网站地图, and a member's home and document."""
    out = example_group_output(gongkai, work)
    server = CountingServer(out, SUB_PATH).start()
    try:
        pages = {"portal home": "", "portal site map": "sitemap.html", "member home": "mzj/",
                 "member document": "xzf/fdzdgknr/zcjd/2025-09-yanglao-fuwu-jiedu.html"}
        problems = axe_violations(driver, server.base, pages)
    finally:
        server.stop()
    assert not problems, "\n".join(problems)


def test_axe_on_the_group_statistics_page(gongkai, work, driver):
    """`gongkai stats --format html` of the example group (README “站群”), on a day when some
    栏目 are stale and annual reports are missing: its SVG charts and tables pass axe-core."""
    out = os.path.join(work, "group-stats")
    os.makedirs(out)
    run = subprocess.run([gongkai, "stats", "--site", os.path.join(ROOT, "examples", "qingshan-county"), "--year", "2025",
                          "--today", "2026-03-01", "--format", "html"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    with open(os.path.join(out, "stats.html"), "w", encoding="utf-8") as f:
        f.write(run.stdout)
    server = CountingServer(out, SUB_PATH).start()
    try:
        driver.get(server.base + "stats.html")
        charts = driver.execute_script("return Array.from(document.querySelectorAll('svg[role=img]')).map(function (s) { return s.getAttribute('aria-labelledby'); })")
        assert len(charts) == 3, charts
        problems = axe_violations(driver, server.base, {"group statistics": "stats.html"})
    finally:
        server.stop()
    assert not problems, "\n".join(problems)


def test_the_portal_searches_every_member_and_filters_by_agency(gongkai, work, driver):
    """The example group's portal (README “站群”) under a sub-path: one query finds documents of
    two members, the 机构 filter narrows it to one, results link to the member's pages under
    the sub-path, and only the portal's few shards plus the shown results' fragments are fetched;
    a member's own search page finds that member's documents only, from the portal's shards."""
    out = example_group_output(gongkai, work)
    server = CountingServer(out, SUB_PATH).start()
    try:
        suite = Suite(server, driver)
        suite.open("search/")
        suite.wait_done()
        with server.lock:
            server.log.clear()
        suite.search("养老服务")
        titles = suite.titles()
        with server.lock:
            fetched = [path for path, _ in server.log]
        shards = [p for p in fetched if "/search/s/" in p or "/search/p/" in p]
        assert shards and all(p.startswith(SUB_PATH + "search/") for p in shards), fetched
        fragments = [p for p in fetched if "/search/d/" in p]
        assert len(fragments) == len(titles) and all(p.split("/")[len(SUB_PATH.split("/")) - 1] in ("xzf", "mzj", "qsz") for p in fragments), fragments
        hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result h2 a")]
        members = sorted({urllib.parse.urlparse(h).path[len(SUB_PATH):].split("/")[0] for h in hrefs})
        assert len(members) >= 2, (members, titles)
        assert all(urllib.parse.urlparse(h).path.startswith(SUB_PATH) for h in hrefs), hrefs
        suite.search("养老服务", {"member": "xzf"})
        narrowed = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result h2 a")]
        assert narrowed and len(narrowed) < len(hrefs), (narrowed, hrefs)
        assert all(urllib.parse.urlparse(h).path.startswith(SUB_PATH + "xzf/") for h in narrowed), narrowed
        assert "member=xzf" in driver.current_url, driver.current_url
        # A result opens the member's page.
        driver.get(narrowed[0])
        assert driver.find_element(By.TAG_NAME, "h1").text, narrowed[0]
        # A member's own search page searches the portal's index, that member's documents only.
        suite.open("mzj/search/")
        suite.wait_done()
        with server.lock:
            server.log.clear()
        suite.search("养老服务")
        own = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result h2 a")]
        with server.lock:
            fetched = [path for path, _ in server.log]
        assert own and all(urllib.parse.urlparse(h).path.startswith(SUB_PATH + "mzj/") for h in own), own
        assert sorted(own) == sorted(h for h in hrefs if urllib.parse.urlparse(h).path.startswith(SUB_PATH + "mzj/")) or len(hrefs) >= 20, (own, hrefs)
        assert all(p.startswith(SUB_PATH + "search/") for p in fetched if "/search/s/" in p or "/search/p/" in p), fetched
        problems = axe_violations(driver, server.base, {"portal search": "search/?q=" + urllib.parse.quote("养老服务")})
    finally:
        server.stop()
    assert not problems, "\n".join(problems)


def test_axe_on_a_video_interpretation_with_captions(gongkai, work, driver):
    """A 视频解读 (README “解读形式”) in a site made by `gongkai init`: its page shows the
    video with a captions <track>, the transcript and the text version, and passes axe-core."""
    site = os.path.join(work, "init-video")
    out = os.path.join(work, "init-public-video")
    run = subprocess.run([gongkai, "init", site, "--agency", "白水乡人民政府", "--code", "00123456-7", "--today", "2026-12-06"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    column = os.path.join(site, "content", "fdzdgknr", "zcjd")
    os.makedirs(os.path.join(column, "files"))
    with open(os.path.join(column, "files", "jiedu.vtt"), "w", encoding="utf-8") as f:
        f.write("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n各位居民，今天解读《白水乡农村人居环境整治办法》。\n")
    with open(os.path.join(column, "files", "jiedu-shilu.txt"), "w", encoding="utf-8") as f:
        f.write("各位居民，今天解读《白水乡农村人居环境整治办法》。\n")
    # The page is what is tested, not playback: a few bytes stand in for the recording.
    with open(os.path.join(column, "files", "jiedu.mp4"), "wb") as f:
        f.write(b"\x00\x00\x00\x18ftypmp42")
    os.makedirs(os.path.join(site, "content", "fdzdgknr", "fgwj", "gfxwj"))
    with open(os.path.join(site, "content", "fdzdgknr", "fgwj", "gfxwj", "2026-banfa.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: 白水乡农村人居环境整治办法\nindex_no: 00123456-7/2026-00011\npublished: 2026-12-01\n---\n第一条 为改善农村人居环境，制定本办法。\n")
    with open(os.path.join(column, "2026-video.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: 视频解读：白水乡农村人居环境整治\nindex_no: 00123456-7/2026-00010\npublished: 2026-12-01\n"
                "interprets: 00123456-7/2026-00011\ninterpretation_form: 视频解读\nattachments:\n  - {file: files/jiedu.mp4, title: 解读视频}\n"
                "  - {file: files/jiedu.vtt, title: 中文字幕}\n  - {file: files/jiedu-shilu.txt, title: 文字实录}\n---\n"
                "各位居民，今天解读《白水乡农村人居环境整治办法》。\n")
    run = subprocess.run([gongkai, "build", "--site", site, "--output", out, "--today", "2026-12-06", "--base-url", ORIGIN + SUB_PATH],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, [line for line in run.stderr.splitlines() if "错误" in line]
    server = CountingServer(out, SUB_PATH).start()
    try:
        page = "fdzdgknr/zcjd/2026-video.html"
        driver.get(server.base + page)
        tracks = driver.execute_script("return Array.from(document.querySelectorAll('video track')).map(function (t) { return t.kind + ' ' + t.srclang; })")
        assert tracks == ["captions zh"], tracks
        problems = axe_violations(driver, server.base, {"video interpretation": page, "interpretations column": "fdzdgknr/zcjd/"})
    finally:
        server.stop()
    assert not problems, "\n".join(problems)


def axe_script():
    """The newest axe-core that an installed PyPI package ships: axe-selenium-python's
    (axe-core 3.1 on Python < 3.12), or axe-playwright-python's (4.x; installed with
    --no-deps, only its axe.min.js is used)."""
    import importlib.util
    import re
    found = []
    for package, relative in [("axe_selenium_python", "node_modules/axe-core/axe.min.js"), ("axe_playwright_python", "axe.min.js")]:
        spec = importlib.util.find_spec(package)
        if not spec or not spec.submodule_search_locations:
            continue
        path = os.path.join(list(spec.submodule_search_locations)[0], relative)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                match = re.search(r'\.version="(\d+)\.(\d+)\.(\d+)"', f.read())
            if match:
                found.append((tuple(int(x) for x in match.groups()), path))
    assert found, "no axe-core: pip install axe-selenium-python"
    version, path = max(found)
    return path, ".".join(map(str, version))


def test_without_javascript_the_page_says_so_and_links_to_catalog_and_site_map(base):
    driver = make_driver(javascript=False)
    try:
        driver.get(base + "search/?q=" + urllib.parse.quote("防汛"))
        notice = driver.find_element(By.CSS_SELECTOR, ".search-nojs")
        assert notice.is_displayed() and "JavaScript" in notice.text, notice.text
        links = {a.text: a.get_attribute("href") for a in notice.find_elements(By.TAG_NAME, "a")}
        assert links.get("公开目录") == base, links
        assert links.get("网站地图") == base + "sitemap.html", links
        assert not driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    finally:
        driver.quit()


def test_without_javascript_the_policy_library_filters_by_links(base):
    driver = make_driver(javascript=False)
    try:
        library_filter_by_links(driver, base)
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gongkai", default=os.path.join(ROOT, ".build", "debug", "gongkai"))
    parser.add_argument("--site", default=ROOT)
    parser.add_argument("--only", help="run only tests whose name contains this")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="gongkai-browser-")
    passed = failed = 0
    try:
        out = os.path.join(work, "public")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1763769600")
        build = subprocess.run([args.gongkai, "build", "--site", args.site, "--output", out, "--base-url", ORIGIN + SUB_PATH],
                               capture_output=True, text=True, env=env, timeout=600)
        if build.returncode != 0:
            print(build.stdout[-2000:], build.stderr[-4000:], sep="\n")
            print("browser tests: the example site did not build")
            print("0 passed, 1 failed")
            return 1
        server = CountingServer(out, SUB_PATH).start()
        driver = make_driver()
        try:
            suite = Suite(server, driver)
            tests = [(name, getattr(suite, name)) for name in sorted(dir(suite)) if name.startswith("test_")]
            tests.append((test_without_javascript_the_page_says_so_and_links_to_catalog_and_site_map.__name__,
                          lambda: test_without_javascript_the_page_says_so_and_links_to_catalog_and_site_map(server.base)))
            tests.append((test_without_javascript_the_policy_library_filters_by_links.__name__,
                          lambda: test_without_javascript_the_policy_library_filters_by_links(server.base)))
            tests.append((test_axe_on_a_site_from_each_init_catalog.__name__,
                          lambda: test_axe_on_a_site_from_each_init_catalog(args.gongkai, work, driver)))
            tests.append((test_axe_on_the_example_group.__name__,
                          lambda: test_axe_on_the_example_group(args.gongkai, work, driver)))
            tests.append((test_axe_on_the_group_statistics_page.__name__,
                          lambda: test_axe_on_the_group_statistics_page(args.gongkai, work, driver)))
            tests.append((test_the_portal_searches_every_member_and_filters_by_agency.__name__,
                          lambda: test_the_portal_searches_every_member_and_filters_by_agency(args.gongkai, work, driver)))
            tests.append((test_axe_on_a_video_interpretation_with_captions.__name__,
                          lambda: test_axe_on_a_video_interpretation_with_captions(args.gongkai, work, driver)))
            for name, test in tests:
                if args.only and args.only not in name:
                    continue
                started = time.monotonic()
                try:
                    test()
                    passed += 1
                    print(f"ok    {name} ({time.monotonic() - started:.1f} s)")
                except Exception as error:  # noqa: BLE001 - report every failure and go on
                    failed += 1
                    print(f"FAIL  {name}: {type(error).__name__}: {error}")
                    traceback.print_exc(limit=2, file=sys.stdout)
        finally:
            driver.quit()
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
