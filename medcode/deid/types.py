"""PHI span and de-identification result types, with the offset map back to the original.

The offset map is what lets coding evidence computed on de-identified text point into the
original note, so it lives next to the result instead of in the caller.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

PHI_TYPES = (
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "ACCOUNT",
    "HEALTH_PLAN",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "ADDRESS",
    "LOCATION",
    "ZIP",
    "FACILITY",
    "ID",
)


@dataclass(frozen=True, order=True)
class PhiSpan:
    """A PHI span: [start, end) character offsets into the ORIGINAL note, and its type."""

    start: int
    end: int
    type: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "type": self.type}


@dataclass
class DeidResult:
    """De-identified text plus the PHI spans (original offsets) and the replacement map.

    `segments` holds (out_start, out_end, orig_start, orig_end, replaced) for every piece of
    the output text in order; unchanged pieces map character by character, replaced pieces
    (placeholders or shifted dates) map as a whole onto their PHI span.
    """

    text: str
    spans: list[PhiSpan]
    original_length: int
    segments: list[tuple[int, int, int, int, bool]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s[0] for s in self.segments]

    def to_records(self) -> list[dict]:
        """Each PHI span in the original note plus where its replacement sits in `text`: what the
        `deid` model sends the `medcode` model (no note text)."""
        types = {(sp.start, sp.end): sp.type for sp in self.spans}
        return [
            {"start": g_s, "end": g_e, "type": types.get((g_s, g_e), "ID"), "deid_start": o_s, "deid_end": o_e}
            for o_s, o_e, g_s, g_e, replaced in self.segments
            if replaced
        ]

    @classmethod
    def from_records(cls, text: str, records: list[dict], original_length: int) -> DeidResult:
        """Rebuild the result (and its offset map) from `text` and `to_records()` output; the
        unchanged pieces between replacements map character by character."""
        segments, spans, out, orig = [], [], 0, 0
        for r in sorted(records, key=lambda r: int(r["deid_start"])):
            d_s, d_e, g_s, g_e = int(r["deid_start"]), int(r["deid_end"]), int(r["start"]), int(r["end"])
            if d_s > out:
                segments.append((out, d_s, orig, orig + d_s - out, False))
            segments.append((d_s, d_e, g_s, g_e, True))
            spans.append(PhiSpan(g_s, g_e, str(r["type"])))
            out, orig = d_e, g_e
        if out < len(text):
            segments.append((out, len(text), orig, orig + len(text) - out, False))
        return cls(text, spans, original_length, segments)

    def _orig_pos(self, pos: int, is_end: bool) -> int:
        if not self.segments:
            return 0
        if pos <= 0:
            return 0
        if pos >= len(self.text):
            return self.original_length
        # segment containing pos (for an end offset, the segment containing pos - 1)
        probe = pos - 1 if is_end else pos
        i = bisect.bisect_right(self._starts, probe) - 1
        o_s, o_e, g_s, g_e, replaced = self.segments[i]
        if replaced:
            return g_e if is_end else g_s
        return g_s + (pos - o_s)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) of the de-identified text to the original note.

        A span touching a placeholder expands to the whole PHI span it replaced.
        """
        if not (isinstance(start, int) and isinstance(end, int)):
            raise TypeError("start and end must be int")
        if start < 0 or end < start or end > len(self.text):
            raise ValueError(f"span ({start}, {end}) out of range for de-identified text of length {len(self.text)}")
        if start == end:
            p = self._orig_pos(start, is_end=False)
            return p, p
        return self._orig_pos(start, is_end=False), self._orig_pos(end, is_end=True)

    def to_dict(self) -> dict:
        return {"text": self.text, "spans": [s.to_dict() for s in self.spans]}
