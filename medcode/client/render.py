"""Human-readable tables of coding results (for `medcode code` and `medcode demo`)."""

from __future__ import annotations

import textwrap


def _excerpt(note: str, code, width: int = 48) -> str:
    if not code.evidence:
        return ""
    e = code.evidence[0]
    text = " ".join(note[e.start : e.end].split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(name: str, note: str, result, max_rows: int = 12) -> str:
    lines = [
        f"== {name}  ({len(note):,} chars; PHI spans removed: {result.phi_removed.get('count', 0)} "
        f"{result.phi_removed.get('types', {})})"
    ]
    head = f"{'code':<9} {'system':<10} {'title':<38} {'conf':>5}  {'decision':<8} {'assertion':<9} evidence"
    lines += [head, "-" * len(head)]
    for c in result.codes[:max_rows]:
        title = textwrap.shorten(c.title, 38, placeholder="…")
        decision = "ACCEPTED" if c.accepted else "review"
        lines.append(
            f"{c.code:<9} {c.system:<10} {title:<38} {c.score:>5.2f}  {decision:<8} {c.assertion:<9} "
            f"{_excerpt(note, c)}"
        )
        if c.failed_checks:
            lines.append(f"{'':<9} failed checks: {', '.join(c.failed_checks)}")
    if not result.codes:
        lines.append("(no codes)")
    return "\n".join(lines)
