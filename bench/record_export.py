"""Exporting a long hearing record (笔录) as a PDF: courtdesk against bare PyMuPDF.

courtdesk's export (``record_export.export_pdf``: the court layout in Noto Serif CJK, a cut
of the face holding the record's characters, the parties' signature line on every page, the
closing block kept with the last lines) against PyMuPDF alone setting the same lines in the
same cut of the same face at the same size and line pitch on A4 pages
(``TextWriter.fill_textbox``, a paragraph a line of the record), then saving both the same
way. The face is cut once before timing for the bare run; courtdesk's own cut is timed in
its first (cold) run and cached after, as in the GUI where the official and the review copy
share it.

    python bench/record_export.py [--lines 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pymupdf

from courtdesk.speech.record_export import HearingRecord, RecordLine, export_pdf, export_text
from courtdesk.speech.record_fonts import record_fonts

MM = 72 / 25.4
PHRASES = ("对收条及退货通知函的真实性有无异议？", "被告已另付现金二万元，原告予以否认。",
           "请求判令被告支付货款126,400.00元及逾期付款违约金。")


def long_record(lines: int) -> HearingRecord:
    speakers = ("审判长", "原告代理人金明哲", "被告代理人王丽华", "审判员崔东哲")
    body = [RecordLine(speakers[i % 4], f"第{i}句，" + PHRASES[i % 3] * (1 + i % 5),
                       i * 4_000, i * 4_000 + 3_000, channel=i % 4) for i in range(lines)]
    return HearingRecord(
        court="吉林省延吉市人民法院", case_number="（2026）吉2401民初1234号",
        case_title="延吉市长白山商贸有限公司诉朴英姬买卖合同纠纷", cause="买卖合同纠纷",
        title="第一次开庭", kind="hearing", started_at="2026-12-08T09:00:00+08:00",
        ended_at="2026-12-08T12:12:00+08:00", place="本院第三法庭",
        participants=[("审判长", "李振东"), ("审判员", "崔东哲"), ("书记员", "崔美兰"),
                      ("原告", "延吉市长白山商贸有限公司"), ("被告", "朴英姬")],
        lines=body, signatories=["审判长", "审判员", "书记员", "原告", "被告"])


def bare_pdf(record: HearingRecord, font: pymupdf.Font, out: Path) -> int:
    """The same lines, font, size and pitch on A4, with nothing a court form adds.

    Each line of the record is one paragraph filled into what is left of the page
    (``fill_textbox``); what does not fit goes on to the next page.
    """
    doc = pymupdf.open()
    box = pymupdf.Rect(28 * MM, 37 * MM, 184 * MM, 297 * MM - 32 * MM)
    page = writer = None
    y = box.y1
    for line in record.lines:
        paragraph = f"{line.speaker}：{line.text}"
        while paragraph:
            if y + 28 > box.y1:  # no room for another line: the next page
                if writer is not None:
                    writer.write_text(page)
                page = doc.new_page(width=box.x1 + 26 * MM, height=297 * MM)
                writer, y = pymupdf.TextWriter(page.rect), box.y0
            left = writer.fill_textbox(pymupdf.Rect(box.x0, y, box.x1, box.y1), paragraph,
                                       font=font, fontsize=16, lineheight=28 / 16)
            y = writer.last_point.y + 28 - 16  # the next baseline, less the ascent
            paragraph = "".join(text for text, _ in left)
            if left:
                y = box.y1
    if writer is not None:
        writer.write_text(page)
    doc.save(out, garbage=3, deflate=True)
    pages = doc.page_count
    doc.close()
    return pages


def timed(run) -> tuple[float, int]:
    started = time.perf_counter()
    pages = run()
    return time.perf_counter() - started, pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    record = long_record(args.lines)
    regular, _, serif = record_fonts("zh_CN", export_text(record) + "：", "")
    if not serif:
        raise SystemExit("Noto Serif CJK is not installed (Debian: fonts-noto-cjk): the record "
                         "would be set in the fallback face and this compares nothing.")
    with tempfile.TemporaryDirectory() as folder:
        ours_out, bare_out = Path(folder, "courtdesk.pdf"), Path(folder, "bare.pdf")
        cold, _ = timed(lambda: export_pdf(record, ours_out))
        ours, bare = [], []
        for n in range(args.runs):  # who goes first alternates
            pair = [(ours, lambda: export_pdf(record, ours_out)),
                    (bare, lambda: bare_pdf(record, regular, bare_out))]
            for times, run in (pair if n % 2 else pair[::-1]):
                seconds, pages = timed(run)
                times.append((seconds, pages))
        ours_s = statistics.median(s for s, _ in ours)
        bare_s = statistics.median(s for s, _ in bare)
        print(f"record of {args.lines} lines ({len(export_text(record)):,} characters)")
        print(f"courtdesk export_pdf: {ours_s:.2f} s median of {args.runs}, {ours[0][1]} pages, "
              f"{ours_out.stat().st_size / 1024:.0f} KiB (first, with cutting the face: "
              f"{cold:.2f} s)")
        print(f"bare PyMuPDF fill_textbox: {bare_s:.2f} s, {bare[0][1]} pages, "
              f"{bare_out.stat().st_size / 1024:.0f} KiB")
        print(f"ratio courtdesk/bare: {ours_s / bare_s:.2f}")


if __name__ == "__main__":
    main()
