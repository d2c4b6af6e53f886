"""De-identification: Presidio with clinical recognizers, typed placeholders, offset map.

d = Deidentifier()            # load once
res = d.deidentify(text)      # res.text, res.spans (original offsets), res.to_original()
"""

from medcode.deid.types import PHI_TYPES, DeidResult, PhiSpan

_ENGINE = ("Deidentifier", "DeidConfig", "DeidError")


def __getattr__(name: str):
    """The engine (Presidio, spaCy: hundreds of MB) loads only when asked for, so the `medcode`
    model can use `DeidResult` to map evidence offsets without it."""
    if name in _ENGINE:
        from medcode.deid import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'medcode.deid' has no attribute {name!r}")


__all__ = ["Deidentifier", "DeidConfig", "DeidError", "DeidResult", "PhiSpan", "PHI_TYPES"]
