"""The assertion check: a code is accepted only when its evidence asserts it.

A candidate whose mention is negated, uncertain, about the family or in the patient's history is
held for review (the `assertion` entry of `failed_checks`), except where the code itself says
family or personal history (Z80-Z84, Z85-Z87) and for a chronic condition in the patient's
history. Serving applies it (`medcode.pipeline`) and calibration checks measure the codes that
pass it (`medcode.coding.calibration.raw_scores`), so both count the same accepted set.
"""

from __future__ import annotations

from medcode.codesets.systems import CodeSystem
from medcode.coding.assertions import MentionStatus

ASSERTION_CHECK = "assertion"

# A chronic condition in the patient's history ("a woman with a history of hypertension,
# dyslipidaemia and asthma"): such a condition does not resolve, so the history documents a
# comorbidity the patient has now, which is coded (ICD-10-CM Official Guidelines IV.I: chronic
# diseases treated on an ongoing basis are coded each time). A history of a condition that can
# resolve (pneumonia, hepatitis, a fracture) still holds the code back for review.
CHRONIC_CATEGORIES = (
    "B18",  # chronic viral hepatitis
    "B20",  # HIV disease
    "E03",  # hypothyroidism
    *(f"E{n:02d}" for n in range(8, 14)),  # diabetes mellitus E08-E13
    "E66",  # obesity
    "E78",  # disorders of lipoprotein metabolism
    "G20",  # Parkinson's disease
    "G30",  # Alzheimer's disease
    "G35",  # multiple sclerosis
    "G40",  # epilepsy
    *(f"I{n}" for n in range(10, 17)),  # hypertensive diseases I10-I16
    "I25",  # chronic ischaemic heart disease
    "I48",  # atrial fibrillation and flutter
    "I50",  # heart failure
    "J44",  # chronic obstructive pulmonary disease
    "J45",  # asthma
    "K74",  # hepatic fibrosis and cirrhosis
    "M05",  # rheumatoid arthritis with rheumatoid factor
    "M06",  # other rheumatoid arthritis
    *(f"M{n}" for n in range(15, 20)),  # osteoarthritis M15-M19
    "M81",  # osteoporosis
    "N18",  # chronic kidney disease
)
_ASSERTION_ALLOWED: dict[str, tuple[str, ...]] = {
    MentionStatus.FAMILY: ("Z80", "Z81", "Z82", "Z83", "Z84"),
    MentionStatus.HISTORY: ("Z85", "Z86", "Z87", *CHRONIC_CATEGORIES),
}


def assertion_fits(system: str, code: str, assertion: str) -> bool:
    """Whether a code with this assertion status may be accepted without review."""
    if assertion == MentionStatus.PRESENT:
        return True
    return system == CodeSystem.ICD10CM and code.upper().startswith(_ASSERTION_ALLOWED.get(assertion, ("~",)))
