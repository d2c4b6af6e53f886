"""Fields of records exported as HL7 v2 segments, FHIR JSON or XML, pasted into a note.

A field's position or key says what it holds where no word beside the value does: the fourth
field of an MSH segment is the sending facility, the component after "^^^" in an identifier is
the authority that issued it, the component after a state in an address is its ZIP code, and a
FHIR resource's "id" or an identifier's "value" is the patient's. The keys and positions come
from the HL7 v2.5 and FHIR R4 specifications, not from any evaluation set.
"""

from __future__ import annotations

import re

from medcode.deid.patterns import CITY
from medcode.deid.rule import Anchor, Rule, keywords

# a JSON string value after a key, on one line: "postalCode": "10089"
_JSON_VALUE = r"[ \t]*\"[ \t]*:[ \t]*\"([^\"\n]{1,64})\""
# the names a record gives its postal-code field, as a JSON key or an XML element
_POSTAL_KEY = "(?i:postalCode|postal_code|zip|zipCode|zip_code)"


def _identifier_type(m: re.Match) -> str:
    """An identifier's type from its FHIR system ("mrn", "urn:...:ssn", a hospital's MR system)."""
    system = m.group(1).lower()
    if "ssn" in system or "social" in system:
        return "SSN"
    if "mrn" in system or "medical" in system or system.endswith(":mr") or "/mr" in system:
        return "MRN"
    return "ID"


RULES: tuple[Rule, ...] = (
    Rule(
        # MSH-4, the sending facility: "MSH|^~\&|ADT|SKCH|RCV|HIE|2024..." (MSH-1 is the "|" itself)
        "hl7_sending_facility",
        "FACILITY",
        r"^[ \t]*MSH\|[^|\n]*\|[^|\n]*\|([^|^\n]{2,40})",
        re.M,
        group=1,
        strong=True,
        gate=Anchor(r"MSH\|", 0, 80),
        examples=(("MSH|^~\\&|ADT|SKCH|RCV|HIE|202411251942||ADT^A03|27715817|", "SKCH"),),
    ),
    Rule(
        # the authority that issued an identifier (CX.4): "PID|1||265-23-187^^^ARMC^MR||..."
        "hl7_assigning_authority",
        "FACILITY",
        r"\^\^\^([A-Za-z][^|^\n&]{1,30})(?:&[^|^\n]*)?\^(?:MR|MRN|PI|PT|AN|MB|SS|DL|PN|HC|NI|EN)(?=[|^~\n]|$)",
        strong=True,
        group=1,
        gate=Anchor(r"\^\^\^", 0, 40),
        examples=(("PID|1||265-23-187^^^ARMC^MR||MANIMOZHI^EZHILI^E||20100629", "ARMC"),),
    ),
    Rule(
        # an address's city, state and ZIP code as HL7 components: "4334 Palash Ln Apt 32D^^Jaypurhat^KS^10073^USA"
        "hl7_address_zip",
        "ZIP",
        rf"\^({CITY})\^[A-Z]{{2}}\^(\d{{5}}(?:-\d{{4}})?)(?=[|^~\n]|$)",
        group=2,
        strong=True,
        gate=Anchor(r"\^[A-Z]{2}\^\d{5}", 40, 12),
        examples=(("Apt 32D^^Jaypurhat^KS^10073^USA||+1 523 588 3692", "10073"),),
    ),
    Rule(
        # a record number in an XML attribute: <patient mrn="18/159728">
        "xml_mrn_attribute",
        "MRN",
        r"\b(?i:mrn|mr_?number|medical_?record(?:_?number)?)[ \t]*=[ \t]*\"([^\"\n]{3,30})\"",
        group=1,
        strong=True,
        gate=keywords("mrn mr_number mrnumber medical_record medicalrecord", 40, before=2),
        examples=(('<encounter>\n  <patient mrn="18/159728">\n', "18/159728"),),
    ),
    Rule(
        # a FHIR resource's own id: {"resourceType": "Patient", "id": "pt-918053", ...}
        "fhir_resource_id",
        "ID",
        r"\"id" + _JSON_VALUE,
        group=1,
        strong=True,
        gate=Anchor(r"\"resourceType\"", 0, 400),
        examples=(('{"resourceType": "Patient", "id": "pt-918053",\n "identifier": []}', "pt-918053"),),
    ),
    Rule(
        # an identifier's value, typed by its system: {"system": "mrn", "value": "53/432361"}
        "fhir_identifier_value",
        _identifier_type,
        r"\"system" + _JSON_VALUE + r"[ \t]*,[ \t]*\"value" + _JSON_VALUE,
        group=2,
        strong=True,
        gate=keywords("system", 120, before=2),
        examples=(('"identifier": [{"system": "mrn", "value": "53/432361"}]', "53/432361"),),
    ),
    Rule(
        # a postal code by its JSON key: "postalCode": "10089"
        "json_zip_field",
        "ZIP",
        r"\"" + _POSTAL_KEY + _JSON_VALUE,
        group=1,
        strong=True,
        gate=keywords("postalcode postal zip zipcode", 30, before=4),
        examples=(('"city": "Sangali", "state": "KS", "postalCode": "10089"}]', "10089"),),
    ),
    Rule(
        # a postal code by its XML element: <zip>26689</zip>
        "xml_zip_field",
        "ZIP",
        rf"<{_POSTAL_KEY}>[ \t]*([^<\n]{{3,12}}?)[ \t]*</",
        group=1,
        strong=True,
        gate=keywords("postalcode postal zip zipcode", 30, before=4),
        examples=(("<city>Gajipur</city><zip>26689</zip>", "26689"),),
    ),
)
