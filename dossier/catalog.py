"""The catalog (目录) of a volume: which document sits on which pages.

From the PDF outline when the file has one; otherwise detected from the title lines at
the top of each page (起诉状, 答辩状, 证据, 庭审笔录, 判决书 …). Entries are synced records,
and a clerk can correct them by hand; hand-made entries are never overwritten by detection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from courtdesk.offline_cache.store import LocalStore

from .errors import CatalogError
from .text import normalize

# (doc_type, label, title endings) — first match wins, so specific before general.
DOC_TYPES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("evidence_list", "证据目录", ("证据目录", "证据清单", "证据材料清单")),
    ("complaint", "起诉状", ("起诉状", "自诉状")),
    ("indictment", "起诉书", ("起诉书",)),
    ("appeal", "上诉状", ("上诉状",)),
    ("defence", "答辩状", ("答辩状",)),
    ("hearing_record", "庭审笔录", ("庭审笔录", "开庭笔录")),
    ("record", "笔录", ("笔录",)),
    ("judgment", "判决书", ("判决书",)),
    ("ruling", "裁定书", ("裁定书",)),
    ("mediation", "调解书", ("调解书",)),
    ("decision", "决定书", ("决定书",)),
    ("service_receipt", "送达回证", ("送达回证",)),
    ("summons", "传票", ("传票",)),
    ("notice", "通知书", ("通知书",)),
    ("power_of_attorney", "授权委托书", ("授权委托书", "委托书")),
    ("identity", "身份证明", ("身份证明书", "身份证明")),
    ("evidence", "证据", ("检验报告", "检测报告", "鉴定意见书", "鉴定书", "鉴定意见", "合同",
                        "协议书", "协议", "发票", "收条", "收据", "借条", "欠条", "通知函",
                        "函", "对账单", "流水", "证明")),
)
_EVIDENCE_ITEM = re.compile(r"^证据[一二三四五六七八九十百\d]+$|^证据$")
_MAX_TITLE = 24
_QUALIFIER = re.compile(r"[（(][^（）()]*[）)]$")
_EDGES = re.compile(r"^[^\u3400-\u9fff]+|[^\u3400-\u9fff）)]+$")
SCAN_TYPE, SCAN_TITLE = "scan", "扫描件（待识别文字）"
UNKNOWN_TITLE = "（未识别）"


def _title_text(line: str) -> str:
    # OCR leaves dust letters and digits around a title ("检验报告 8 ."); titles are Han.
    return _EDGES.sub("", normalize(line))


def classify(line: str) -> tuple[str, str] | None:
    """(doc_type, label) when a line reads as a document title, else None."""
    if ":" in line or "：" in line:  # "案由：买卖合同纠纷" is a field, not a title
        return None
    line = _title_text(line)
    if not line or len(line) > _MAX_TITLE:
        return None
    if _EVIDENCE_ITEM.match(line):
        return "evidence", "证据"
    core = _QUALIFIER.sub("", line)  # "电子发票（普通发票）" is a 发票
    for doc_type, label, endings in DOC_TYPES:
        if any(core.endswith(e) for e in endings):
            return doc_type, label
    return None


def title_of(head: str) -> tuple[str, str] | None:
    """(title, doc_type) of a page that starts a document, from its head lines."""
    lines = [x for x in head.splitlines() if x.strip()]
    for i, line in enumerate(lines):
        found = classify(line)
        if found is None:
            continue
        doc_type, _ = found
        title = _title_text(line)
        if _EVIDENCE_ITEM.match(title) and i + 1 < len(lines):
            # "证据一" heads the exhibit; the exhibit's own title follows it.
            following = normalize(lines[i + 1])
            if len(following) <= _MAX_TITLE and not {":", "："} & set(following):
                return f"{title} {following}", doc_type
        return title, doc_type
    return None


@dataclass
class Entry:
    title: str
    doc_type: str
    page_start: int
    page_end: int
    level: int = 1
    origin: str = "detected"


def detect(pages: list[dict]) -> list[Entry]:
    """Entries from page rows (page_index, head, text_source, ocr_state), in page order."""
    entries: list[Entry] = []
    for page in pages:
        index = page["page_index"]
        unread = page["text_source"] == "none"
        found = None if unread else title_of(page["head"] or "")
        if found:
            entries.append(Entry(found[0], found[1], index, index))
        elif unread and not (entries and entries[-1].doc_type == SCAN_TYPE):
            # Scans not yet OCR'd are their own entry until OCR reads their titles.
            entries.append(Entry(SCAN_TITLE, SCAN_TYPE, index, index))
        elif not entries or (entries[-1].doc_type == SCAN_TYPE and not unread):
            entries.append(Entry(UNKNOWN_TITLE, "", index, index))
        else:
            entries[-1].page_end = index
    return entries


def from_outline(outline: list[list], page_count: int) -> list[Entry]:
    """Entries from a PDF outline ([level, title, 1-based page, ...]); an entry runs to the
    page before the next entry at its level or above."""
    items = [(int(x[0]), str(x[1]).strip(), int(x[2]) - 1) for x in outline
             if len(x) >= 3 and int(x[2]) >= 1]
    entries = []
    for i, (level, title, start) in enumerate(items):
        end = page_count - 1
        for later_level, _, later_start in items[i + 1:]:
            if later_level <= level:
                end = max(start, later_start - 1)
                break
        found = title_of(title)
        entries.append(Entry(title, found[1] if found else "", start, min(end, page_count - 1),
                             level, "outline"))
    return entries


class DossierCatalog:
    def __init__(self, store: LocalStore, actor: str) -> None:
        self.store = store
        self.actor = actor

    def entries(self, document_id: str) -> list[dict]:
        return self.store.query(
            "SELECT * FROM catalog_entries WHERE document_id = ? AND deleted = 0 "
            "ORDER BY position, page_start", (document_id,))

    def rebuild(self, document_id: str, outline: list[list] | None = None, *,
                force: bool = False) -> list[dict]:
        """Replace the catalog with the outline's, or with a fresh detection.

        Without ``force`` a catalog with hand-made entries is left alone, and an outline
        catalog is not replaced by detection (the sender's outline is better than a guess).
        """
        current = self.entries(document_id)
        origins = {e["origin"] for e in current}
        if not force and ("manual" in origins or (not outline and "outline" in origins)):
            return current
        document = self.store.get("documents", document_id)
        if document is None:
            raise CatalogError(f"There is no dossier document {document_id}.")
        if outline:
            new = from_outline(outline, document["page_count"])
        else:
            pages = self.store.query(
                "SELECT page_index, head, text_source, ocr_state FROM document_pages "
                "WHERE document_id = ? ORDER BY page_index", (document_id,))
            new = detect(pages)
        with self.store.transaction():
            for entry in current:
                self.store.remove("catalog_entries", entry["id"], actor=self.actor)
            if new:
                self.store.append_many("catalog_entries", [
                    {"document_id": document_id, "position": i, "level": e.level,
                     "title": e.title, "doc_type": e.doc_type, "page_start": e.page_start,
                     "page_end": e.page_end, "origin": e.origin}
                    for i, e in enumerate(new)], actor=self.actor, action="catalog.build",
                    detail={"document_id": document_id})
        return self.entries(document_id)

    def _check_pages(self, document_id: str, start: int, end: int) -> None:
        document = self.store.get("documents", document_id)
        if document is None or document["deleted"]:
            raise CatalogError(f"There is no dossier document {document_id}.")
        if not 0 <= start <= end < document["page_count"]:
            raise CatalogError(
                f"Pages {start + 1}–{end + 1} are outside this volume "
                f"(pages 1–{document['page_count']}). Nothing was changed.")

    def add(self, document_id: str, title: str, page_start: int, page_end: int | None = None,
            *, doc_type: str = "", level: int = 1) -> dict:
        page_end = page_start if page_end is None else page_end
        self._check_pages(document_id, page_start, page_end)
        if not title.strip():
            raise CatalogError("A catalog entry needs a title.")
        position = max((e["position"] for e in self.entries(document_id)), default=-1) + 1
        row = self.store.save("catalog_entries", {
            "document_id": document_id, "position": position, "level": level,
            "title": title.strip(), "doc_type": doc_type or (classify(title) or ("",))[0],
            "page_start": page_start, "page_end": page_end, "origin": "manual"},
            actor=self.actor, action="catalog.add")
        self._renumber(document_id)
        return self.store.get("catalog_entries", row["id"]) or row

    def update(self, entry_id: str, **fields) -> dict:
        entry = self.store.get("catalog_entries", entry_id)
        if entry is None or entry["deleted"]:
            raise CatalogError(f"There is no catalog entry {entry_id}.")
        allowed = {"title", "doc_type", "page_start", "page_end", "level"}
        unknown = set(fields) - allowed
        if unknown:
            raise CatalogError(f"Catalog entries have no field {', '.join(sorted(unknown))}.")
        merged = {**entry, **fields}
        self._check_pages(entry["document_id"], merged["page_start"], merged["page_end"])
        with self.store.transaction():
            row = self.store.save("catalog_entries", {"id": entry_id, **fields,
                                                      "origin": "manual"},
                                  actor=self.actor, action="catalog.edit")
            self._renumber(entry["document_id"])
        return self.store.get("catalog_entries", row["id"]) or row

    def remove(self, entry_id: str) -> None:
        entry = self.store.get("catalog_entries", entry_id)
        if entry is None or entry["deleted"]:
            raise CatalogError(f"There is no catalog entry {entry_id}.")
        with self.store.transaction():
            self.store.remove("catalog_entries", entry_id, actor=self.actor)
            # Deleting by hand is a hand edit too: detection must not bring the entry back.
            for other in self.entries(entry["document_id"]):
                if other["origin"] == "detected":
                    self.store.save("catalog_entries", {"id": other["id"], "origin": "manual"},
                                    actor=self.actor, action="catalog.edit")

    def _renumber(self, document_id: str) -> None:
        ordered = sorted(self.entries(document_id),
                         key=lambda e: (e["page_start"], e["level"], e["position"]))
        for position, entry in enumerate(ordered):
            if entry["position"] != position:
                self.store.save("catalog_entries", {"id": entry["id"], "position": position},
                                actor=self.actor, action="catalog.edit")
