"""De-identification: Presidio with clinical recognizers, typed placeholders, offset map.

    d = Deidentifier()            # load once
    res = d.deidentify(text)      # res.text, res.spans (original offsets), res.to_original()
"""
from medcode.deid.engine import DeidConfig, DeidError, Deidentifier
from medcode.deid.types import PHI_TYPES, DeidResult, PhiSpan

__all__ = ["Deidentifier", "DeidConfig", "DeidError", "DeidResult", "PhiSpan", "PHI_TYPES"]
