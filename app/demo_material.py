"""Material of the fictional demo case: dossier volumes (PDF) and a short hearing audio clip.

The court is real, everything else (people, companies, numbers, events) is invented. The material
is built at run time, not shipped, so the installer stays small and no real person's data can
slip into a demo.
"""

from __future__ import annotations

import array
import functools
import io
import logging
import math
import random
import re
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import pymupdf

log = logging.getLogger(__name__)

COURT_NAME = "吉林省延吉市人民法院"
CASE_NUMBER = "(2026)吉2401民初1234号"
DEMO_SEED = 2026

# Embedded (and subset on save) rather than referenced as "china-s": a reference without
# embedded font makes every Latin digit full-width, so ID and card numbers look wrong.
@functools.cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("china-s")  # made on the PDF thread, where the volumes are made


_A4 = pymupdf.paper_rect("a4")
_LEFT, _RIGHT, _TOP, _BOTTOM = 72.0, _A4.width - 72.0, 84.0, _A4.height - 66.0
_RED, _GREY = (0.82, 0.08, 0.08), (0.35, 0.35, 0.35)
_PDF_DATE = "D:20261106090000+08'00'"
_NO_LINE_START = set("，。、；：？！）》」”％%,.;:)")
_TOKEN = re.compile(r"[0-9A-Za-z.,%/:\-¥]+|.")

# Markup, one block a line: "#" title, "^" centred, ">" right, "-" flush left, "|" table row,
# "@" red seal ("@<" on the left); anything else is a paragraph with a two-character indent.
_COMPLAINT = """#民事起诉状
-原告：延吉市长白山商贸有限公司，住所地吉林省延吉市光明街188号，统一社会信用代码{uscc}。
-法定代表人：崔成浩，该公司总经理。
-委托诉讼代理人：金明哲，吉林延边律师事务所律师。
-被告：朴英姬，女，朝鲜族，{birth}出生，公民身份号码{id}，延吉市英姬特产商行经营者，\
住吉林省延吉市河南街道民主街36号3单元502室，联系电话{phone}。
-案由：买卖合同纠纷
-诉讼请求：
1. 判令被告支付货款人民币126,400.00元；
2. 判令被告支付逾期付款违约金（以126,400.00元为基数，自2025年5月9日起按日万分之五计算\
至实际付清之日止，暂计至2025年12月31日为14,978.40元）；
3. 本案诉讼费用由被告承担。
-事实与理由：
2025年3月6日，原、被告签订《农副产品购销合同》（编号CBS-2025-0306），约定被告向原告购买\
长白山黑木耳2,000公斤、松子仁600公斤，总价款186,400.00元；被告应于每批货物交付之日起\
三十日内付清该批货款，逾期每日按未付款项的万分之五支付违约金。
合同签订后，原告于2025年3月20日、4月8日分两批交付全部货物，被告签收，未在约定期限内提出\
书面质量异议。原告已开具全额电子发票。
2025年4月25日，被告通过其名下中国农业银行借记卡（卡号{card}）转账支付货款60,000.00元，\
此后再未付款，尚欠126,400.00元。原告多次电话及书面催收，被告均以资金周转困难为由拖延。
原告认为，双方买卖合同合法有效，原告已全面履行交货义务，被告未按约付款，已构成违约。根据\
《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条、第六百二十六条之规定，\
特向贵院提起诉讼，请依法判如所请。
此致
-吉林省延吉市人民法院
>具状人：延吉市长白山商贸有限公司
@延吉市长白山商贸有限公司
>法定代表人：崔成浩
>2026年11月2日
-附：1. 本起诉状副本1份；2. 证据材料2份（详见证据目录）。"""

_EVIDENCE_LIST = """#证据目录
^提交人：原告延吉市长白山商贸有限公司
|序号|证据名称|证明内容|页码
|1|农副产品购销合同|双方存在买卖合同关系，约定数量、价款、付款期限及违约责任|4
|2|电子发票（普通发票）|原告已交付全部货物并就全部货款开具发票|5
>2026年11月2日"""

_CONTRACT = """^证据一
#农副产品购销合同
>合同编号：CBS-2025-0306
-甲方（卖方）：延吉市长白山商贸有限公司
-乙方（买方）：延吉市英姬特产商行（经营者：朴英姬）
|品名|规格|数量（公斤）|单价（元/公斤）|金额（元）
|长白山黑木耳|特级|2,000|68.00|136,000.00
|松子仁|一级|600|84.00|50,400.00
-一、甲方于2025年4月10日前分批送货至乙方经营场所（延吉市西市场二楼B区17号）。
-二、乙方应于每批货物交付之日起三十日内以银行转账方式付清该批货款。
-三、乙方对质量有异议的，应在收货之日起七日内书面提出，逾期视为质量合格。
-四、乙方逾期付款的，每逾期一日按未付款项的万分之五向甲方支付违约金。
-五、因本合同发生争议，由甲方住所地人民法院管辖。
-甲方（盖章）：延吉市长白山商贸有限公司　　法定代表人：崔成浩
@<延吉市长白山商贸有限公司
-乙方（签字）：朴英姬　　联系电话：{phone}
-签订日期：2025年3月6日"""

_INVOICE = """^证据二
#电子发票（普通发票）
>发票号码：{invoice}
>开票日期：2025年04月08日
|购买方|名称：延吉市英姬特产商行|纳税人识别号：{uscc_buyer}
|销售方|名称：延吉市长白山商贸有限公司|纳税人识别号：{uscc}
|项目名称|规格|单位|数量|单价|金额|税率|税额
|*食用菌*黑木耳|特级|公斤|2000|62.39|124,770.64|9%|11,229.36
|*坚果*松子仁|一级|公斤|600|77.06|46,238.53|9%|4,161.47
|合计|||||¥171,009.17||¥15,390.83
|价税合计（大写）|壹拾捌万陆仟肆佰圆整|（小写）¥186,400.00
>开票人：赵丽
@延吉市长白山商贸有限公司"""

_DEFENCE = """#民事答辩状
-答辩人（被告）：朴英姬，女，朝鲜族，{birth}出生，公民身份号码{id}，\
住吉林省延吉市河南街道民主街36号3单元502室。
-委托诉讼代理人：王丽华，吉林图们江律师事务所律师。
-被答辩人（原告）：延吉市长白山商贸有限公司。
答辩人就被答辩人诉答辩人买卖合同纠纷一案（{case}），提出答辩意见如下：
一、对签订合同及收到货物的事实无异议，但欠款数额有误。答辩人除于2025年4月25日转账支付\
60,000.00元外，还于2025年6月10日以现金向原告业务员李浩然支付货款20,000.00元，李浩然当场\
出具收条（被告证据三），收条原件可供庭审核对。原告对该笔付款只字未提，有违诚信。
二、2025年3月20日交付的松子仁中有180公斤霉变。该批货物为真空密封包装，答辩人拆包分装时\
方才发现，属于隐蔽瑕疵，不受七日异议期限制，原告关于答辩人未及时提出异议的主张不能成立。\
答辩人于2025年4月15日发出《退货通知函》，经检验确认不合格（被告证据一、二）。原告业务员\
李浩然在通知函上签收，并注明已于4月18日拉回180公斤，足以证明原告认可退货，对应货款\
15,120.00元应予扣除。
三、答辩人实欠货款为186,400.00－60,000.00－20,000.00－15,120.00＝91,280.00元。原告主张的\
违约金按日万分之五计算，折合年利率18.25%，远超原告的实际损失，明显过高，请求依据\
《中华人民共和国民法典》第五百八十五条第二款予以调减。退一步讲，即便应付违约金，也应以\
实欠货款91,280.00元为基数计算；原告以126,400.00元为基数，既未扣除现金付款，也未扣除退货\
货款，于法无据。
四、答辩人系个体经营者，2025年下半年受市场行情影响经营困难，资金周转紧张，并非恶意拖欠，\
愿在查明事实的基础上与原告协商分期付款，尽快了结纠纷。
综上，请求依法驳回原告超出91,280.00元部分的诉讼请求。
此致
-吉林省延吉市人民法院
>答辩人：朴英姬
>2026年11月13日"""

_SCANS = (  # the defendant's evidence, filed as paper and scanned at the registry
    """#检验报告
^延边州农产品质量检测中心
>报告编号：YBNJ-2025-04-0871
|样品名称|松子仁（一级）|委托人|朴英姬
|检验项目|标准要求|检验结果|单项判定
|酸价/(mg/g)|≤3|5.8|不合格
|过氧化值/(g/100g)|≤0.08|0.21|不合格
|霉变粒/%|≤2.0|6.4|不合格
-检验结论：所检项目不符合GB 19300-2014要求，判定该样品不合格。
>签发日期：2025年4月14日
@延边州农产品质量检测中心""",
    """#退货通知函
-延吉市长白山商贸有限公司：
贵司3月20日交付的松子仁中180公斤霉变，经检验不合格（报告编号YBNJ-2025-04-0871）。现通知\
退货，对应货款15,120.00元从应付货款中扣除，请于三日内派人取回。
>通知人：朴英姬
>2025年4月15日
-签收：李浩然　2025.4.15　　已于4月18日拉回180公斤""",
    """#收　条
今收到朴英姬交来黑木耳、松子仁货款现金人民币贰万元整（¥20,000.00）。
>收款人：李浩然
>2025年6月10日""",
    """#授权委托书
-委托人：朴英姬，公民身份号码{id}，联系电话{phone}。
-受托人：王丽华，吉林图们江律师事务所律师。
现委托王丽华在我与延吉市长白山商贸有限公司买卖合同纠纷一案中，作为我的委托诉讼代理人，\
代理权限为特别授权。
>委托人：朴英姬
>2026年11月10日""",
)

_SERVICE = """#吉林省延吉市人民法院
#送达回证
|案号|{case}
|送达文书|起诉状副本、证据副本、应诉通知书、举证通知书、开庭传票各1份
|受送达人|朴英姬
|送达地址|吉林省延吉市河南街道民主街36号3单元502室
|受送达人签名|朴英姬　　2026年11月9日
|送达人|崔美兰、张伟（直接送达）
>2026年11月6日
@吉林省延吉市人民法院"""

_SUMMONS = """#吉林省延吉市人民法院
#传　票
|案号|{case}
|案由|买卖合同纠纷
|被传唤人|朴英姬
|应到时间|2026年12月8日上午9时00分
|应到处所|本院第三法庭
-注意事项：被告经传票传唤，无正当理由拒不到庭的，可以缺席判决。当事人有权使用朝鲜语言文字\
进行诉讼，需要翻译的，应于开庭三日前告知本院。
>审判长：李振东　书记员：崔美兰
>2026年11月6日
@吉林省延吉市人民法院"""

_TRANSCRIPT = """#庭审笔录
^（草稿，未经当事人核对）
-时间：2026年12月8日上午9时00分　　地点：本院第三法庭
-审判长：李振东　审判员：崔东哲、韩雪　书记员：崔美兰　朝鲜语翻译：金顺子
-审判长：现在开庭。本院依法适用普通程序，由审判员李振东担任审判长，与审判员崔东哲、韩雪组成\
合议庭，公开审理原告延吉市长白山商贸有限公司诉被告朴英姬\
买卖合同纠纷一案。
-审判长：原告，请陈述你的诉讼请求。
-原告代理人金明哲：请求判令被告支付货款及违约金。
-翻译金顺子（朝鲜语）：피고, 원고의 청구에 대하여 답변하십시오.
-被告代理人王丽华：被告对欠款数额有异议。
-审判长：原告，对被告提交的收条及退货通知函的真实性有无异议？"""

_VOLUMES = (  # (title, with outline, sections); a section is (outline entries, markup, scanned)
    ("第一卷 起诉材料", True, (
        (((1, "起诉状"),), _COMPLAINT, False),
        (((1, "证据目录"),), _EVIDENCE_LIST, False),
        (((1, "证据"), (2, "证据一 农副产品购销合同")), _CONTRACT, False),
        (((2, "证据二 电子发票"),), _INVOICE, False),
    )),
    ("第二卷 答辩及证据", False, (((), _DEFENCE, False), *(((), s, True) for s in _SCANS))),
    ("第三卷 庭审材料", False, (((), _SERVICE, False), ((), _SUMMONS, False),
                            ((), _TRANSCRIPT, False))),
)


@dataclass(frozen=True)
class DemoVolume:
    """One volume of the demo dossier."""

    volume: int  # 1-based volume number
    title: str  # Chinese title, e.g. "第一卷 起诉材料"
    pdf: bytes  # a real PDF made with PyMuPDF
    page_count: int


def _id_number(rng: random.Random) -> tuple[str, str]:
    """A resident ID (GB 11643, MOD 11-2 check) of a woman born in Yanji, and her birth date."""
    year, month, day = rng.randint(1972, 1986), rng.randint(1, 12), rng.randint(1, 28)
    body = f"222401{year}{month:02d}{day:02d}{rng.randint(0, 99):02d}{rng.choice('02468')}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check, f"{year}年{month}月{day}日"


def _luhn_card(rng: random.Random) -> str:
    body = "622848" + "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(reversed(body)))
    return body + str(-total % 10)


def _credit_code(prefix: str) -> str:
    """Unified social credit code (GB 32100) with its MOD 31 check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    return prefix + chars[-sum(chars.index(c) * w for c, w in zip(prefix, weights)) % 31]


def case_facts(rng: random.Random) -> dict[str, str]:
    """The seeded personal numbers the documents quote (the demo case's records use them too)."""
    id_number, birth = _id_number(rng)
    return {
        "case": CASE_NUMBER, "id": id_number, "birth": birth, "card": _luhn_card(rng),
        "phone": rng.choice(("139", "138", "158", "186")) + f"{rng.randrange(10**8):08d}",
        "uscc": _credit_code("91222401MA17XK3P5"),
        "uscc_buyer": _credit_code(f"92222401MA{rng.randrange(10**7):07d}"),
        "invoice": f"2522200000{rng.randrange(10**10):010d}",
    }


@functools.cache
def _advance(char: str) -> float:
    return _font().text_length(char, fontsize=1)


def _width(text: str, size: float) -> float:
    return size * sum(map(_advance, text))


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Break text into lines; Latin runs such as ID numbers stay whole when they fit a line."""
    lines, line, used = [], "", 0.0
    for token in _TOKEN.findall(text):
        for part in [token] if _width(token, size) <= width else list(token):
            part_width = _width(part, size)
            if line and used + part_width > width and part not in _NO_LINE_START:
                lines.append(line)
                line, used = "", 0.0
            line, used = line + part, used + part_width
    return [*lines, line] if line or not lines else lines


class _Writer:
    """Lays out the markup above, adding pages as they fill up."""

    def __init__(self, doc: pymupdf.Document, size: float = 14.0) -> None:
        self.doc, self.size, self.y = doc, size, 0.0
        self.page: pymupdf.Page | None = None
        self.stamps: list[tuple[pymupdf.TextWriter, tuple]] = []

    def new_page(self) -> None:
        self.finish()
        self.page = self.doc.new_page(width=_A4.width, height=_A4.height)
        self.shape, self.text, self.y = self.page.new_shape(), pymupdf.TextWriter(_A4), _TOP

    def finish(self) -> None:
        if self.page is not None:
            self.shape.commit()
            self.text.write_text(self.page)
            for writer, morph in self.stamps:  # after the body, so text extraction reads it first
                writer.write_text(self.page, color=_RED, morph=morph)
            self.page, self.stamps = None, []

    def write(self, markup: str) -> None:
        self.new_page()
        rows: list[list[str]] = []
        for block in [*markup.split("\n"), ""]:
            cells = block[1:].split("|") if block.startswith("|") else []
            if rows and len(cells) != len(rows[0]):  # a table ends where its column count changes
                self.table(rows)
                rows = []
            kind, text = block[:1], block[1:]
            if cells:
                rows.append(cells)
            elif kind == "#":
                self.y += 4
                self.lines(text, self.size + 6, "center")
                self.y += 6
            elif kind in ("^", ">", "-"):
                self.lines(text, self.size, {"^": "center", ">": "right", "-": "left"}[kind])
            elif kind == "@":
                self.seal(text.lstrip("<"), left=text.startswith("<"))
            elif block:
                self.lines("\u3000\u3000" + block, self.size, "left")

    def lines(self, text: str, size: float, align: str) -> None:
        height = size * 1.75
        for line in _wrap(text, size, _RIGHT - _LEFT):
            if self.y + height > _BOTTOM:
                self.new_page()
            spare = _RIGHT - _LEFT - _width(line, size)
            x = _LEFT + {"left": 0, "center": spare / 2, "right": spare}[align]
            self.text.append((x, self.y + size * 1.2), line, font=_font(), fontsize=size)
            self.y += height

    def table(self, rows: list[list[str]]) -> None:
        size, pad = self.size - 3, 4.0
        natural = [max(min(_width(row[c], size), 220) for row in rows) + 2 * pad + 6
                   for c in range(len(rows[0]))]
        widths = [w * (_RIGHT - _LEFT) / sum(natural) for w in natural]
        for row in rows:
            wrapped = [_wrap(cell, size, w - 2 * pad) for cell, w in zip(row, widths)]
            height = max(len(w) for w in wrapped) * size * 1.5 + 2 * pad
            if self.y + height > _BOTTOM:
                self.new_page()
            x = _LEFT
            for lines, width in zip(wrapped, widths):
                self.shape.draw_rect(pymupdf.Rect(x, self.y, x + width, self.y + height))
                for i, line in enumerate(lines):
                    self.text.append((x + pad, self.y + pad + size * (1.5 * i + 1.1)), line,
                                     font=_font(), fontsize=size)
                x += width
            self.shape.finish(width=0.6, color=(0, 0, 0))
            self.y += height
        self.y += 6

    def seal(self, name: str, left: bool = False) -> None:
        """A round red seal stamped over the lines just written, its name along the rim."""
        radius, size = 40.0, 9.0
        center = pymupdf.Point(_LEFT + 140 if left else _RIGHT - 60, self.y - 24)
        self.shape.draw_circle(center, radius)
        self.shape.finish(color=_RED, width=2.2, stroke_opacity=0.85)
        star = [center + pymupdf.Point(math.sin(k * math.pi / 5), -math.cos(k * math.pi / 5))
                * (12 if k % 2 == 0 else 4.8) for k in range(10)]
        self.shape.draw_polyline(star)
        self.shape.finish(color=_RED, fill=_RED, closePath=True, fill_opacity=0.85)
        span = min(240.0, 21.0 * (len(name) - 1))
        for i, char in enumerate(name):
            theta = math.radians(90 + span / 2 - i * span / max(len(name) - 1, 1))
            turn = pymupdf.Matrix(90 - math.degrees(theta))  # clockwise in page space
            mid = center + pymupdf.Point(math.cos(theta), -math.sin(theta)) * (radius - 10)
            start = mid + pymupdf.Point(-size / 2, size * 0.35) * turn
            writer = pymupdf.TextWriter(_A4)
            writer.append(start, char, font=_font(), fontsize=size)
            self.stamps.append((writer, (start, turn)))


def _stamp_margins(doc: pymupdf.Document, text_pages: list[int]) -> None:
    """Court header and page footer; scanned pages stay image-only, as a real scan would be."""
    for number in text_pages:
        page, text = doc[number], pymupdf.TextWriter(_A4)
        footer = f"第 {number + 1} 页 共 {doc.page_count} 页"
        text.append((_LEFT, 52), COURT_NAME, font=_font(), fontsize=9)
        text.append((_RIGHT - _width(CASE_NUMBER, 9), 52), CASE_NUMBER, font=_font(), fontsize=9)
        text.append(((_A4.width - _width(footer, 9)) / 2, _A4.height - 40), footer, font=_font(),
                    fontsize=9)
        text.append((_LEFT, _A4.height - 40), "演示材料 内容虚构", font=_font(), fontsize=8)
        text.write_text(page, color=_GREY)
        page.draw_line((_LEFT, 58), (_RIGHT, 58), color=_GREY, width=0.5)


def _add_scanned_pages(doc: pymupdf.Document, markup: str, rng: random.Random,
                       black_border: bool) -> None:
    """Append the markup as image-only pages that look as if a cheap office scanner made them."""
    paper = pymupdf.open()
    writer = _Writer(paper, size=13)
    writer.write(markup)
    writer.finish()
    for src in paper:
        src.draw_rect(src.rect, color=None, fill=(1, 1, 1), overlay=False)
        scanner = pymupdf.open()
        glass = scanner.new_page(width=_A4.width, height=_A4.height)
        target = glass.rect
        if black_border:  # lid left open: the sheet lies askew on black
            glass.draw_rect(glass.rect, color=None, fill=(0, 0, 0))
            target = glass.rect + (rng.uniform(10, 22), rng.uniform(4, 14), -6, -rng.uniform(0, 4))
        angle = rng.uniform(1.5, 4.0) * rng.choice((-1, 1))
        glass.show_pdf_page(target, paper, src.number, rotate=angle)
        pix = glass.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        pix.tint_with(0x1E1E1E, 0xEEEEEE - 0x010101 * rng.randint(0, 10))  # grey toner, paper
        for _ in range(rng.randint(900, 1600)):  # toner dust and dirt on the glass
            x, y, side = rng.randrange(pix.width), rng.randrange(pix.height), rng.choice((1, 2, 3))
            pix.set_rect(pymupdf.IRect(x, y, x + side, y + side), (rng.randint(0, 110),))
        streak = rng.randrange(pix.width)  # a scratch on the scanner glass
        pix.set_rect(pymupdf.IRect(streak, 0, streak + 1, pix.height), (rng.randint(150, 200),))
        page = doc.new_page(width=_A4.width, height=_A4.height)
        page.insert_image(page.rect, stream=pix.tobytes("jpeg", jpg_quality=55))


def make_dossier_volumes(seed: int = DEMO_SEED) -> list[DemoVolume]:
    """Build the three volumes of the demo dossier; the same seed gives the same bytes.

    The seed picks the defendant's ID, phone and card numbers and the scanner's skew and dirt.
    Volume 1 has an outline; volume 2 ends with image-only scanned pages. Made on the PDF
    thread (PyMuPDF runs nowhere else).
    """
    from courtdesk.dossier.pdf_thread import WORK, pdf_thread

    return pdf_thread().call(_make_dossier_volumes, seed, priority=WORK)


def _make_dossier_volumes(seed: int) -> list[DemoVolume]:
    rng = random.Random(seed)
    facts = case_facts(rng)
    volumes = []
    for number, (title, with_outline, sections) in enumerate(_VOLUMES, start=1):
        doc = pymupdf.open()
        text_pages: list[int] = []
        toc: list[list] = []
        scans = 0
        for entries, markup, scanned in sections:
            toc += [[level, label, doc.page_count + 1] for level, label in entries]
            first = doc.page_count
            if scanned:
                _add_scanned_pages(doc, markup.format_map(facts), rng, black_border=scans == 2)
                scans += 1
                continue
            writer = _Writer(doc)
            writer.write(markup.format_map(facts))
            writer.finish()
            text_pages += range(first, doc.page_count)
        _stamp_margins(doc, text_pages)
        if with_outline:
            doc.set_toc(toc)
        doc.subset_fonts()
        doc.set_metadata({
            "title": f"{title} {CASE_NUMBER}", "author": COURT_NAME, "subject": "买卖合同纠纷",
            "keywords": "courtdesk 演示 虚构", "creator": "courtdesk", "producer": "courtdesk",
            "creationDate": _PDF_DATE, "modDate": _PDF_DATE,
        })
        pdf = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        volumes.append(DemoVolume(number, title, pdf, doc.page_count))
    return volumes


# (espeak-ng voice, pitch 0-99, words a minute, text): judge, plaintiff's lawyer, court
# interpreter speaking Korean, defendant's lawyer.
_HEARING_LINES = (
    ("cmn", 35, 230, "现在开庭。"),
    ("cmn", 35, 230, "原告，请陈述你的诉讼请求。"),
    ("cmn+f2", 60, 240, "请求判令被告支付货款及违约金。"),
    ("ko+f4", 70, 175, "피고, 원고의 청구에 대하여 답변하십시오."),
    ("cmn+f3", 55, 240, "被告对欠款数额有异议。"),
)
_RATE = 16000


def _wav_bytes(pcm: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def _resample(pcm: bytes, source_rate: int, target_rate: int) -> bytes:
    """Linear interpolation without low-pass filtering: good enough for speech in a demo."""
    src = array.array("h", pcm)  # wave frames come in native byte order, as array expects
    step = source_rate / target_rate
    out = array.array("h", bytes(2 * (len(src) * target_rate // source_rate)))
    for i in range(len(out)):
        j, frac = divmod(i * step, 1)
        j = int(j)
        nxt = src[j + 1] if j + 1 < len(src) else src[j]
        out[i] = round(src[j] + (nxt - src[j]) * frac)
    return out.tobytes()


def make_hearing_audio(seed: int = DEMO_SEED) -> bytes | None:
    """A ~15 s bilingual (Mandarin and Korean) hearing clip as 16 kHz mono 16-bit WAV bytes.

    Made offline with espeak-ng; None when espeak-ng is not installed or fails. The seed nudges
    the speakers' pitch, so different seeds sound slightly different.
    """
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        return None
    rng = random.Random(seed)
    try:
        with tempfile.TemporaryDirectory(prefix="courtdesk-demo-") as tmp:
            clips, rate = [], _RATE
            for i, (voice, pitch, speed, text) in enumerate(_HEARING_LINES):
                path = Path(tmp) / f"line{i}.wav"
                subprocess.run([espeak, "-v", voice, "-p", str(pitch + rng.randint(-6, 6)),
                                "-s", str(speed), "-w", str(path), text],
                               check=True, capture_output=True, timeout=30)
                with wave.open(str(path), "rb") as clip:
                    if (clip.getnchannels(), clip.getsampwidth()) != (1, 2):
                        raise ValueError(f"unexpected espeak-ng output: {clip.getparams()}")
                    rate = clip.getframerate()
                    clips.append(clip.readframes(clip.getnframes()))
            pause, edge = bytes(2 * int(rate * 0.6)), bytes(2 * int(rate * 0.3))
            pcm = edge + pause.join(clips) + edge
            sox = shutil.which("sox")
            if rate == _RATE or sox is None:
                return _wav_bytes(_resample(pcm, rate, _RATE) if rate != _RATE else pcm, _RATE)
            joined = Path(tmp) / "joined.wav"
            joined.write_bytes(_wav_bytes(pcm, rate))
            # Raw output keeps the header ours (sox may write WAVE_FORMAT_EXTENSIBLE, which the
            # wave module of Python 3.11 rejects); -D (no dither) keeps the bytes reproducible.
            result = subprocess.run([sox, "-D", str(joined), "-t", "raw", "-r", str(_RATE),
                                     "-c", "1", "-b", "16", "-e", "signed-integer", "-"],
                                    check=True, capture_output=True, timeout=60)
            return _wav_bytes(result.stdout, _RATE)
    except (OSError, ValueError, wave.Error, subprocess.SubprocessError) as exc:
        log.warning("demo hearing audio not made: %s", exc)
        return None
