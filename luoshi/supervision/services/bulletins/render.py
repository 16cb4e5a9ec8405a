"""A bulletin's content as HTML (the page, the PDF's source) and PDF (WeasyPrint)."""

from __future__ import annotations

from datetime import date

from django.template.loader import render_to_string

from ..formatting import format_pct


def _date_cn(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def view_model(content: dict) -> dict:
    """The sentences and table rows of a bulletin, shared by the html, docx and pdf."""
    keys, labels = content["keys"], content["labels"]
    meta = content.get("bulletin") or {}
    totals = content["totals"]
    bs = totals["by_status"]
    done = bs["completed"] + bs["completed_late"]
    summary = (
        f"{content['plan']['title']}共有目标任务{totals['tasks']}项，{content['period']['name']}"
        f"已报送并研判{totals['assessed']}项，未研判{totals['unassessed']}项。已研判任务中，"
        f"已完成{done}项（其中按时完成{bs['completed']}项、逾期完成{bs['completed_late']}项），"
        f"超进度{bs['ahead']}项，达进度{bs['on_track']}项，欠进度{bs['behind']}项，"
        f"严重滞后{bs['seriously_behind']}项，未启动{bs['not_started']}项，无法判断{bs['unclear']}项。")
    headers = [labels[k] for k in keys]

    def row(title, entry):
        return [title, str(entry["tasks"]), str(entry["assessed"])] + [str(entry["by_status"][k]) for k in keys]

    total_row = row("合计", totals)
    not_on_time = content["not_on_time"]
    late_units = [u for u in not_on_time if u["late"]]
    missing_units = [u for u in not_on_time if u["missing"]]
    nt_summary = (f"截至报送截止日{_date_cn(content['period']['deadline'])}，共有{len(not_on_time)}个单位"
                  f"未按时报送（其中{len(missing_units)}个单位有任务未报送，{len(late_units)}个单位逾期报送）。"
                  if not_on_time else
                  f"截至报送截止日{_date_cn(content['period']['deadline'])}，各牵头单位均已按时报送。")
    unassigned = content.get("unassigned") or []
    if unassigned:
        nt_summary += f"另有{len(unassigned)}项任务未明确牵头单位且未报送进展（{'、'.join(unassigned)}）。"
    change = content.get("change")
    change_rows = []
    change_summary = "本期为该计划首个报送周期，无上期可比。"
    if change:
        change_rows = [[labels[k], str(change["delta"][k]["before"]), str(change["delta"][k]["now"]),
                        f"{change['delta'][k]['delta']:+d}"] for k in keys]
        change_summary = (f"与上期（{change['previous']['name']}）相比，研判任务由{change['previous']['assessed']}项"
                          f"变为{totals['assessed']}项；状态好转{len(change['better'])}项，"
                          f"状态下滑{len(change['worse'])}项。")
    return {
        "meta": {"number": meta.get("number", ""), "title": meta.get("title", ""),
                 "issuer": meta.get("issuer", ""),
                 "issued_on": _date_cn(meta["issued_on"]) if meta.get("issued_on") else "",
                 "published": meta.get("published", False)},
        "plan": content["plan"], "period": content["period"],
        "summary": summary, "headers": headers, "total_row": total_row,
        "part_rows": [row(p["title"], p) for p in content["parts"]] + [total_row],
        "dept_rows": [row(d["name"], d) for d in content["departments"]],
        "nt_summary": nt_summary,
        "nt_rows": [[u["name"], "、".join(u["missing"]) or "—", "、".join(u["late"]) or "—", str(u["count"])]
                    for u in not_on_time],
        "lagging": [dict(t, completion=format_pct(t["completion_pct"]), expected=format_pct(t["expected_pct"]),
                         leads_text="、".join(t["leads"]) or "—") for t in content["lagging"]],
        "change": change, "change_summary": change_summary, "change_rows": change_rows,
        "generated_at": content.get("generated_at", ""),
    }


def render_html(content: dict) -> str:
    """The bulletin as a standalone HTML page (also the source of the PDF); user text escaped."""
    return render_to_string("supervision/bulletins/document.html", {"v": view_model(content)})


def pdf_in_steps(bulletin, on_progress=None) -> bytes:
    """A bulletin's PDF as the background job writes it (后台生成): the stored one once
    published, else the live figures, the page and the PDF, each step reported done."""
    from .content import document_content

    if bulletin.published:
        return bytes(bulletin.pdf)
    step = on_progress or (lambda done, total: None)
    step(0, 3)
    content = document_content(bulletin)
    step(1, 3)
    html = render_html(content)
    step(2, 3)
    data = render_pdf(content, html=html)
    step(3, 3)
    return data


def render_pdf(content: dict, html: str | None = None) -> bytes:
    """The bulletin as PDF, from the same HTML (WeasyPrint; A4, 公文 margins)."""
    from weasyprint import HTML

    return HTML(string=html if html is not None else render_html(content)).write_pdf()
