"""Spans that must survive de-identification because coding needs them.

Disease eponyms ("Parkinson disease", "Graves' disease", "Down syndrome"), named scores and
devices ("Glasgow", "Foley") are protected: a weak-context PHI hit inside one is dropped. A scale's
or disease's head word may be capitalised ("Morse Fall Scale"), and a listed eponym may be written
in any case, as patients write them ("bell's palsy").
Strong-context hits (a title, a label) are never undone here.
"""

from __future__ import annotations

import re

from medcode.deid.lexicon import (
    EPONYM_HEADS,
    EPONYMS,
    FACILITY_GENERIC_WORDS,
    TITLES,
    common_words,
    fold,
    name_gazetteer,
    strong_names,
)
from medcode.deid.patterns import CAPW, HCPCS_CODE, KIN, US_STATES

_HEADS = "|".join(sorted(EPONYM_HEADS, key=len, reverse=True))
_EPS = "|".join(sorted((re.escape(e) for e in EPONYMS), key=len, reverse=True))
# head words also written capitalised, as the names of scales and diseases are ("Morse Fall Scale");
# not the others, which end company and street names ("Van Lines", "Health System", "Marina Circle")
_TITLED_HEADS = "Scales?|Scores?|Disease|Syndrome|Palsy|Criteria|Classification|Inventory|Questionnaire|Protocol"

# words that never stand between an eponym and its head ("Crohn ileal disease", "Rocky Mountain
# spotted fever"), but do between a name and a finding: "my boy Delyan has fever"
_NOT_BETWEEN = "(?i:has|had|have|is|was|were|with|and|or|no|not|denies|reports|of|the|a|an|his|her|my|for|to|got|gets)"
# a phone number after a head word makes the head a label: "dad Rajesh cell 330 801 5877" is no
# eponym's cell, as "Reed-Sternberg cells" is
_PHONE_AFTER = re.compile(r"[ \t]*[:#]?[ \t]*(?:\+?1[ \t.\-]*)?\(?\d{3}\)?[ \t.\-]*\d{3}[ \t.\-]*\d{4}")
_EPONYM_PHRASE = re.compile(
    rf"\b((?:{CAPW}|(?i:{_EPS}))(?:['’]s?|s['’])?(?:(?:[ \t]*[-–/][ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+)(?:{CAPW})(?:['’]s?)?){{0,3}})"
    # a capitalised head may follow two more capitalised words: "Edinburgh Postnatal Depression Scale"
    rf"(?=[ \t]+(?:(?!{_NOT_BETWEEN}\b)\w+[ \t]+)?(?:{_HEADS}|{_TITLED_HEADS})\b|[ \t]+(?:[A-Z]\w+[ \t]+){{2}}(?:{_TITLED_HEADS})\b"
    rf"|[ \t]+et[ \t]+al\b)",
)
# A listed eponym in the possessive where a patient names the disease by it alone ("She has Bell's and
# cannot eat", "my Crohn's flared", "with Huntington's."): after a word that says someone has it, and
# before the sentence's end, a conjunction or a verb, where no noun it would own follows
_POSSESSIVE_DISEASE = re.compile(
    rf"\b(?i:has|have|had|with|my|her|his|their|your)[ \t]+({_EPS})['’]s"
    r"(?=[ \t]*(?:[,.;:)!?\n]|\Z)|[ \t]+(?i:and|or|since|for|is|was|flared?|flares|got|gets|again|too)\b)"
)
# A drug named like a person, right before its dose ("Heather 0.35 mg", "Camila 0.35 mg daily",
# "Hailey 1.5/30"): several oral contraceptives carry given names. Not where the word before says a
# person is meant ("gave Lily 5 mg", "my son Ben 10 mg"), nor after a title.
_DRUG_BEFORE_DOSE = re.compile(
    r"(?<![\w\-.])([A-Z][a-z]{2,}(?:[ \t][A-Z]{2,3})?)(?=[ \t]+(?:\d+(?:\.\d+)?[ \t]*(?:mg|mcg|µg|mL|ml|units?|IU)\b"
    r"|\d+\.\d+/\d+(?:\.\d+)?(?![\w/])))"
)
_PERSON_BEFORE = re.compile(
    rf"(?i:\b(?:{KIN}|gave|give|gives|giving|for|to|told|tell|asked|ask|and|with|mr|mrs|ms|dr|miss)\.?)[ \t]+\Z"
)
# point mutations and gene variants (G20210A, V600E), a trial's registry number (NCT00549704: a study,
# not a participant), named tests ("Rose Bengal")
_VARIANT = re.compile(
    r"\b((?:[ACGTVLRKDEQNHIMFPSWY]\d{2,6}[ACGTVLRKDEQNHIMFPSWY*])|(?:NCT|ISRCTN)\d{8}|Rose[ \t]Bengala?|Paul[- ]Bunn?ell|Humphrey(?=[ \t]+(?:Zeiss|\d|visual|field|perimet))|Zeiss|(?:Western|Northern|Southern)[ \t]+[Bb]lot)\b"
)
# an identifier's label just before a variant-shaped value makes it the identifier: "Specimen\tW14568K",
# "accession Q42066K", "client ID R84783K", "tracking said T73066K" name a sample or a parcel, not a
# point mutation (a mutation is written after a gene or a test: "BRAF V600E", "JAK2 V617F")
_ID_LABEL_BEFORE = re.compile(
    r"\b(?i:ID|identifier|accession|specimen|requisition|voucher|ticket|job"
    r"|tracking(?:[ \t]+(?:said|says|shows|is|was|number))?)[ \t]*(?:\#|(?i:no\.?|number))?[ \t]*[:#]?[ \t]*"
    r"(?:(?i:is|was)[ \t]+)?\Z"
)
# A product's model, lot or catalogue number ("model ADC-72081", "Lot: 4N21B", "Cat. no. 1234-56"):
# it names a product or a batch, not a patient, and a coder reads it (issue 12 keeps it). A lot
# number must hold a letter: "LOT 59778" under a street line is a plot of land, part of an address;
# "Ref #" is a message's reference number, an identifier
# "model no.: ", "Lot # ", and a form's table row "| Lot | EE30645 |"
_NUMBER_LABEL_END = r"(?:[ \t]+(?i:number|no\.?|\#))?[ \t]*[:#|]?[ \t]*"
_PRODUCT_NUMBER = r"(?=[A-Za-z0-9\-./]*\d)[A-Za-z0-9][A-Za-z0-9\-./]{1,20}[A-Za-z0-9]"  # holds a digit
_PRODUCT_NUMBER_CELL = re.compile(_PRODUCT_NUMBER)
_MODEL_OR_LOT = re.compile(
    rf"\b(?:(?i:model|cat(?:alog(?:ue)?|\.)){_NUMBER_LABEL_END}({_PRODUCT_NUMBER})"
    rf"|(?i:lot){_NUMBER_LABEL_END}((?=[0-9\-./]*[A-Za-z]){_PRODUCT_NUMBER}))(?![\w\-])"
)
# a product's catalogue number next to its lot, as a label prints them: "REF 952321, lot B627656",
# "lot 37617398, ref H74935744" (a "Ref #" alone is a message's reference number, an identifier)
# a drug's National Drug Code ("NDC 0517-2340-01", "NDC: 70860-700-10"): a product's number, which a
# coder reads, never a patient's
_NDC = re.compile(r"\b(?i:NDC)[ \t]*(?:\#|(?i:no\.?)|:|\|)?[ \t]*(\d{4,5}-\d{3,4}-\d{1,2}|\d{11})(?![\w\-])")
_REF_BY_LOT = re.compile(
    rf"\b(?i:ref){_NUMBER_LABEL_END}({_PRODUCT_NUMBER})(?=,?[ \t]+(?i:lot)\b)"
    rf"|\b(?i:lot){_NUMBER_LABEL_END}{_PRODUCT_NUMBER},?[ \t]+(?i:ref){_NUMBER_LABEL_END}({_PRODUCT_NUMBER})(?![\w\-])"
)
# what follows a scale's or a test's name when it is the scale or the test, not a person
_SCORE_AFTER = r"[ \t]*(?:(?i:score|scale)[ \t]*)?(?:(?i:of)[ \t]+|[:=][ \t]*)?\d"
_RESULT_AFTER = (
    r"[ \t]*(?:(?i:test|sign)[ \t]*)?:?[ \t]*"
    r"(?i:positive|negative|pos\b|neg\b|equivocal|normal|abnormal|midline|lateraliz|lateralis|AC[ \t]*[<>]|[+\u2212\-](?![\w])"
    r"|[0-3][ \t]?\+)"  # a laxity's grade: "Lachman 2+"
)
_PRESENTATION_AFTER = (
    r"[ \t]*(?:(?i:maneuvers?|manoeuvres?)[ \t]*)?:?[ \t]*"
    r"(?i:vertex|breech|cephalic|transverse|oblique|footling|(?:L|R)O[AP]\b)"
)
_STANDALONE = re.compile(
    r"\b(Doppler|Foley|Holter|Apgar|Glasgow|Gleason|Swan-Ganz|Jackson-Pratt|Hickman|"
    r"Papanicolaou|Pap|Gram|Ziehl-Neelsen|Valsalva|Trendelenburg|Babinski|Romberg|Tinel|Phalen|"
    r"Kernig|Brudzinski|Lasegue|Lasègue|Karnofsky|Mallampati|Killip|Breslow|Clark|Tanner|"
    r"Roux-en-Y|Billroth|Nissen|Whipple|Hartmann|Pfannenstiel|Seldinger|Epstein-Barr|"
    r"Legionella|Bence[ \t]Jones|Fallot|Langerhans|Purkinje|Schwann|Willis|Douglas|Bowman|"
    r"Wharton|Stensen|Sylvius|Bartholin|Eustachian|Fallopian|Achilles|Kussmaul|Cheyne-Stokes|"
    r"Virchow|Osler|Janeway|Homans|Levine|Forrest|Bosniak|Rankin|Barthel|Salter-Harris|Gustilo|"
    r"Schatzker|Ann[ \t]Arbor|Binet|Durie-Salmon|Bethesda|Nottingham|Fuhrman|Lugano|Masaoka|"
    r"Dukes|Charlson|DeBakey|Ballard|Ishak|Metavir|Lisfranc|Chopart|Monteggia|Galeazzi|Maisonneuve|"
    r"Wolff-Parkinson-White|Guillain-Barr[eé]|Creutzfeldt-Jakob|Ehlers-Danlos|Stevens-Johnson|"
    r"Kaposi|Hodgkin|non-Hodgkin|Alzheimer|Parkinson|Crohn|Hashimoto|Cushing|Raynaud|Sj[oö]gren|"
    r"Wegener|Behçet|Behcet|Kawasaki|Huntington|Tourette|Marfan|Klinefelter|Hirschsprung|"
    r"Meckel|Zenker|Barrett|Wilms|Burkitt|Ewing|Waldenstr[oö]m|Castleman|Takayasu|Peyronie|"
    r"Dupuytren|Charcot|Brugada|Fanconi|Gaucher|Fabry|Pompe|Niemann-Pick|Tay-Sachs|"
    r"Prader-Willi|DiGeorge|Noonan|Alport|Goodpasture|Churg-Strauss|Budd-Chiari|Mallory-Weiss|"
    r"Zollinger-Ellison|Peutz-Jeghers|Henoch-Sch[oö]nlein|Arnold-Chiari|Dandy-Walker|"
    r"Kikuchi|Rosai-Dorfman|Erdheim-Chester|Kasabach-Merritt|Osgood-Schlatter|Scheuermann|"
    r"Korsakoff|Wernicke|Broca|Meniere|Ménière|Reiter|Reye|Lyme|Chagas|Asperger|"
    # scales, tests, manoeuvres and devices a nurse writes without a head word ("Epworth 16")
    r"Epworth|Snellen|Schirmer|Amsler|Aldrete|Cormack-Lehane|Dix-Hallpike|Sengstaken-Blakemore|Yankauer|"
    r"Broviac|Groshong|Tinetti|Waterlow|Naegele|Ortolani|Rovsing|Chvostek|Trousseau|"
    # stains, grading systems, scales and manoeuvres written without a head word ("Aspirate
    # (Wright-Giemsa)", "TBSA 17% (Lund and Browder)", "Kegel training", "Epley x1"): names no one
    # carries, or carries so rarely that a weak hit on one is the eponym (not the ones that are also
    # towns or common surnames, "Vineland", "Alvarado", which a head word must follow: "Vineland
    # Adaptive Behavior Scales", "Alvarado score")
    r"Wright-Giemsa|Giemsa|May-Gr[uü]nwald(?:-Giemsa)?|Romanowsky|Grocott|Warthin-Starry|Fontana-Masson|Kinyoun|"
    r"Verhoeff|Perls|Semmes-Weinstein|Rosenbek|Kegel|Lugol(?:['’]s)?|Lund[ \t]and[ \t]Browder|Lund-Browder|"
    r"Kayser-Fleischer|Reed-Sternberg|Koebner|K[oö]bner|Westergren|Ledderhose|Plummer-Vinson|Heberden|Nikolsky|Auspitz|"
    r"Kellgren-Lawrence|Lauge-Hansen|Danis-Weber|Spetzler-Martin|Hunt[ \t]and[ \t]Hess|Hoehn[ \t]and[ \t]Yahr|"
    r"Clavien-Dindo|Child-Pugh|(?:Scarff-)?Bloom-Richardson|Astler-Coller|Savary-Miller|Harvey-Bradshaw|"
    r"Truelove[ \t]and[ \t]Witts|Glasgow-Blatchford|"
    r"Gaenslen|Lhermitte|Froment|Yergason|Apley|Ficat|Meyerding|Pfirrmann|"
    r"Outerbridge|Tscherne|Maddrey|Elixhauser|Epley|Semont|Korotkoff|K[uü]bler-Ross|Mobitz|Metzenbaum|"
    r"Brandt-Daroff|Unterberger|Halmagyi|Rey-Osterrieth|Wong-Baker|Hirschberg|Krimsky|Landolt|Mohs|"
    # signs, tests, flaps, scales and stains named for people no patient is likely to be named after,
    # written bare ("Karydakis flap", "Reinke edema", "bone age by Greulich-Pyle", "Tzanck smear")
    r"Chassaignac|Karydakis|Reinke|Greulich-Pyle|Saffir-Simpson|Hill-Sachs|Essex-Lopresti|Sinding-Larsen|"
    r"Klippel-Feil|Argyll[ \t]Robertson|Marcus[ \t]Gunn|Holmes-Adie|Ramsay[ \t]Hunt|Jacksonian|Tzanck|"
    r"Kleihauer-Betke|Hemoccult|Mantoux|Zubrod|Centor|Hunt-Hess|Fleischner|Meggitt|Frykman|Duroziez|Stellwag|"
    # and those that are also surnames or towns, only before what they name ("Lachman negative",
    # "Finkelstein test", "Pomeroy tubal ligation"; "Ms. Finkelstein" stays a name)
    r"(?:Finkelstein|Lachman|McMurray|Heimlich|Haglund|Rockall|Buerger|Pauwels|Caprini|Dubowitz|Courvoisier|"
    r"Klatskin|Segond|Tillaux|Stener|Kernohan|Sprengel|Enneking|Borrmann|Siewert|Haggitt|Quincke|Bascom|Pomeroy|"
    r"Gillet)(?=[ \t]+(?:tests?|retest|signs?|maneuver|manoeuvre|scores?|scale|classification|type|grade|stage|"
    r"fracture|lesion|deformity|disease|tumou?r|law|angle|needle|cleft|procedure|flap|lift|technique|tubal|"
    r"ligation|exam|positive|negative|\d))|"
    # and the ones that are also names or places, only where they are the scale, test or formula
    r"Borg(?=[ \t]+(?:scale|CR-?10|RPE|dyspn))|Fitzpatrick(?=[ \t]+(?:skin[ \t]+)?(?:type|phototype|scale|class)\b)|Parkland(?=[ \t]*(?:formula|:[ \t]*\d))|Fukuda(?=[ \t]+step)|"
    r"Hamilton(?=[ \t]*\((?:HAM|HDRS))|Rey(?=[ \t]+(?:Complex|Auditory))|Katz(?=[ \t]+ADL)|Lawton(?=[ \t]+IADL)|"
    r"Wechsler(?=[ \t]+(?:\(|Adult|Intelligence|Memory|Individual|Preschool|Abbreviated))|"
    r"Ishihara(?=[ \t]+(?:plates?|charts?|tests?|colou?r|\d))|Goldmann(?=[ \t]+(?:IOP|tonomet|applanation|perimet|visual|\d))|"
    r"Moro(?=[ \t]+(?:reflex|response|not|absent|present|intact|symmetric|asymmetric|positive|negative|\+))|"
    # a tonsil grade, a pessary, a hernia repair: "tonsils Brodsky 4+", "Fitted Gellhorn #3",
    # "Lichtenstein tension-free repair"
    r"(?<=of[ \t])(?:Vater|Oddi)|Wenckebach|Bazett|"  # "ampulla of Vater", "sphincter of Oddi"
    # swallowing exercises a speech therapist teaches: "Shaker lifts", "Masako maneuver", "Mendelsohn"
    r"(?:Shaker|SHAKER|Masako|MASAKO|Mendelsohn|MENDELSOHN)"
    r"(?=[ \t]+(?i:lifts?|exercises?|maneuvers?|manoeuvres?|swallow|reps?\b|x[ \t]?\d|\d{1,2}[ \t]*(?:reps?|x|times)\b))|"
    r"Brodsky(?=[ \t]+(?:\d|grade|scale|score))|Gellhorn(?=[ \t]+(?:\#|\d|pessary))|"
    r"Lichtenstein(?=[ \t]+(?:tension|repair|hernia|technique|procedure|mesh))|"
    # the ones that are also names, only before what makes them a clinical term: a score ("Braden 17",
    # "Norton score: 12"), a test's result ("Rinne positive AU", "Weber midline", "Lachman negative")
    # or a fetal presentation ("Leopold's: vertex")
    rf"(?:Braden|BRADEN|Norton|NORTON|Berg|Bishop|Morse|MORSE)(?={_SCORE_AFTER})|"
    rf"(?:Rinne|RINNE|Weber|WEBER|Lachman|McMurray|Spurling|Finkelstein|Thompson|Hawkins|Neer|Murphy|Durkan)"
    rf"(?={_RESULT_AFTER})|"
    rf"Leopold(?:['’]s)?(?={_PRESENTATION_AFTER}))"
    r"(?:['’]s?)?(?![\w\-])"
)
# department / service names ("Department of Internal Medicine", "Emergency Department")
_DEPARTMENT = re.compile(
    r"\b((?:Department|Dept\.?|Division|Service|Unit|Section|Ward|Floor)[ \t]+of[ \t]+(?:[A-Z][a-z]+[ \t]*){1,4}"
    r"|(?:[A-Z][a-z]+[ \t]+){1,3}(?:Department|Dept\.?|Division|Service|Unit|Ward|Floor|Team))\b"
)


# a specialty's own clinic, lab, office or programme: "Genetics Clinic", "Forensic Nurse Examiner Program"
_SPECIALTY_PLACE = re.compile(
    r"(?<![\w\-])(((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+){1,3})"
    r"(?:Clinic|Lab|Laboratory|Office|Program|Programme|Department|Dept|Division|Services?|Unit|Ward|Team"
    r"|Scheduling|Registration))\b"
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \t]+\Z")  # a capitalised word just before, on the same line
SPECIALTY_PREFIXES = frozenset(
    "pre post anesthesia anaesthesia forensic nurse examiner transplant genetic wound infusion sleep memory pain "
    "fertility travel lipid anticoagulation coumadin emergency interpreter language central financial patient "
    "admitting volunteer chaplaincy spiritual telemetry decedent appeals claims grievances enrollment eligibility "
    "utilization".split()
)
_HEAD_SET = frozenset(EPONYM_HEADS)
_PHRASE_REACH_BACK = 40  # three capitalised words before a head
_WORD = re.compile(r"[A-Za-zÀ-ÿ\-]+")
# the tokens worth trying `_STANDALONE` at: its eponyms' words, not the words of its lookaheads
# ("Normal", "Score", "Test" start no eponym, and a match tried at each of them costs the whole
# alternation on every note)
# ("Sj[oö]gren" is read as "sjogren", and a hyphenated eponym by each of its parts, so that
# "Guillain-Barre" and "Sjögren's" are tried as "Guillain-Barré" and "Sjogren" are)
_STANDALONE_WORDS = frozenset(
    part
    for w in _WORD.findall(re.sub(r"\[(\w)[^\]]*\]", r"\1", _STANDALONE.pattern))
    for part in (fold(w), *fold(w).split("-"))
    if len(part) > 2
) - frozenset(fold(w) for w in _WORD.findall(_SCORE_AFTER + _RESULT_AFTER + _PRESENTATION_AFTER))
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-]*")
_STANDALONE_ANY_CASE = re.compile(_STANDALONE.pattern, re.I)


def _lower_case_line(text: str, token: re.Match) -> bool:
    """Whether the line `token` stands on has no capital letter: its writer does not capitalise."""
    start = text.rfind("\n", 0, token.start()) + 1
    end = text.find("\n", token.end())
    line = text[start : end if end >= 0 else len(text)]
    return line == line.lower()


def _given_name_before(text: str, at: int) -> bool:
    """Whether the word right before `at` is a name the gazetteer knows ("Maria Kowalczyk 5 mg given"):
    then the word at `at` is that person's surname, not a drug."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and fold(before.group(1)) in name_gazetteer()


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Character intervals of eponyms and department names that must stay.

    One token pass finds head words ("disease", "syndrome", "et al") and listed eponyms; the
    full regexes then run only in small windows there (they are slow on whole notes).
    """
    out = []
    last = 0
    n = len(text)
    for t in _TOKEN.finditer(text):
        w = t.group()
        lw = w.lower()
        if (lw in _HEAD_SET and not _PHONE_AFTER.match(text, t.end())) or (
            lw == "et" and text.startswith(" al", t.end())
        ):
            lo = max(last, t.start() - 90)
            for m in _EPONYM_PHRASE.finditer(text, lo, min(n, t.end() + 4)):
                out.append(m.span(1))
            # the next head's window reaches back over this head's phrase, not further: "Edinburgh
            # Postnatal [Depression] Scale" holds two heads; reading stays linear in the note
            last = max(0, t.start() - _PHRASE_REACH_BACK)
        elif (fw := fold(w)) in _STANDALONE_WORDS or fw.split("-")[0] in _STANDALONE_WORDS:
            # a writer who writes in lower case writes eponyms so too ("rinne positive au, weber midline")
            pattern = _STANDALONE if w[0].isupper() else _STANDALONE_ANY_CASE if _lower_case_line(text, t) else None
            standalone = pattern.match(text, t.start(), min(n, t.end() + 30)) if pattern else None
            if standalone:
                out.append(standalone.span(1))
    if "'s" in text or "’s" in text:
        out += [m.span(1) for m in _POSSESSIVE_DISEASE.finditer(text)]
    if any(c.isdigit() for c in text) or any(w in text for w in ("Rose", "Humphrey", "Zeiss", "lot")):
        out += [
            m.span(1)
            for m in _VARIANT.finditer(text)
            if not _ID_LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ]
        out += [m.span(1) if m.group(1) else m.span(2) for m in _MODEL_OR_LOT.finditer(text)]
        out += [m.span(1) if m.group(1) else m.span(2) for m in _REF_BY_LOT.finditer(text)]
        out += [m.span(1) for m in _NDC.finditer(text)]
        out += [
            m.span(1)
            for m in _DRUG_BEFORE_DOSE.finditer(text)
            if not _PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not _given_name_before(text, m.start())
        ]
        if "|" in text:
            out += product_column_spans(text)
    return sorted(set(out))


# a table column of product numbers: "| Date | Vial | Lot | Dose |", "| eye | drug | lot # |"
_PRODUCT_COLUMN = re.compile(
    r"(?i)(?:lot|lot[ \t]*(?:\#|no\.?|number)|model(?:[ \t]*(?:\#|no\.?))?|ref|cat(?:alog)?[ \t]*(?:\#|no\.?))"
)


def product_column_spans(text: str) -> list[tuple[int, int]]:
    """Cells of a pipe table's lot, model, REF or catalogue column that hold a product number
    (`_PRODUCT_NUMBER`): an allergen vial's or an injected drug's lot, as a nurse tabulates it."""
    out: list[tuple[int, int]] = []
    columns: list[int] = []  # indexes of product columns in the current table
    pos = 0
    for line in text.split("\n"):
        cells = line.split("|") if line.count("|") >= 2 else None
        if cells is None:
            columns = []
        elif heads := [k for k, c in enumerate(cells) if _PRODUCT_COLUMN.fullmatch(c.strip())]:
            columns = heads
        elif columns:
            start = pos
            for k, cell in enumerate(cells):
                value = cell.strip()
                if k in columns and value and _PRODUCT_NUMBER_CELL.fullmatch(value):
                    a = start + cell.index(value)
                    out.append((a, a + len(value)))
                start += len(cell) + 1
        pos += len(line) + 1
    return out


def department_spans(text: str, specialty: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Departments and services ("Emergency Department", "Division of Cardiology"), and the
    specialty places below (`specialty`, when the caller has found them already)."""
    places = specialty_place_spans(text) if specialty is None else specialty
    out = []
    for m in _DEPARTMENT.finditer(text):
        start, end = m.span(1)
        # an organisation's own department begins with its proper name ("Crownpoint Health Department",
        # "Springdale Service Unit"): that name is a facility's, and only the words after it stay
        while (w := _LEADING_WORD.match(text, start, end)) and not department_word(w.group(1)):
            start = w.end()
        if start < end:
            out.append((start, end))
    return out + places


_LEADING_WORD = re.compile(r"([A-Z][a-z]+)[ \t]+")


def department_word(word: str) -> bool:
    """A word a department's name is made of: a common or clinical word, a specialty's, or a
    facility's generic word ("Health")."""
    from medcode.deid.recognizers import names_a_department  # the recognizers read this module's lists

    w = fold(word)
    return w in common_words() or w in SPECIALTY_PREFIXES or w in FACILITY_GENERIC_WORDS or names_a_department(w)


def specialty_place_spans(text: str) -> list[tuple[int, int]]:
    """A specialty's clinic, lab, office or programme ("Genetics Clinic", "Pre-Anesthesia Clinic",
    "Sleep Lab", "Transplant Office"): every word before the noun names a specialty and none is a
    facility's word, so no person's or place's name is among them ("Kaji Clinic" stays PHI), and a
    facility name the model runs on into one ends where it begins ("Kaji Memorial Hospital
    [Transplant Office]")."""
    from medcode.deid.recognizers import names_a_department  # the recognizers read this module's lists

    def specialty(word: str) -> bool:
        parts = [p.lower() for p in word.split("-")]
        return all(
            p in SPECIALTY_PREFIXES or (p not in FACILITY_GENERIC_WORDS and names_a_department(p)) for p in parts
        )

    out = []
    for m in _SPECIALTY_PLACE.finditer(text):
        start = None  # the longest run of specialty words just before the noun
        for w in reversed(list(re.finditer(r"[A-Za-z\-]+", m.group(2)))):
            if not specialty(w.group()):
                break
            start = m.start(2) + w.start()
        before = _WORD_BEFORE.search(text, max(0, (start or 0) - 40), start or 0)
        if start is not None and not (before and before.group(1).lower() not in FACILITY_GENERIC_WORDS):
            # a proper name right before the run owns it: "Mymensingh Reference Lab" is one name
            out.append((start, m.end(1)))
    return out


# the fifty states by name (not their postal codes, which are words too: "IN", "OR", "ME")
_STATE_NAMES = "|".join(s for s in US_STATES.split("|") if len(s) > 2)
# Insurers and device/drug manufacturers: coding needs them, they are not PHI (issue 12). A list of
# well-known names, not drawn from any evaluation set's lists; the US vaccines' trade names, Bovie and
# UPMC's plans were added when the twenty-fourth family's tuning seeds showed such names redacted (that
# family has been read since, and judges nothing).
INSURERS = (
    "Aetna|Cigna|Humana|UnitedHealthcare|United Healthcare|UnitedHealth|Blue Cross(?: Blue Shield)?|BlueCross BlueShield"
    "|Blue Shield|Anthem|Elevance|Kaiser Permanente|Molina Healthcare|Molina|Centene|Ambetter|WellCare|Tricare"
    "|Oscar Health|Highmark|Health Net|CareSource|Florida Blue|Premera|Regence|EmblemHealth|Harvard Pilgrim"
    "|Tufts Health Plan|Bright Health|Clover Health|Amerigroup|Magellan|Optum|Bupa|Allianz"
    # public payers, which patients and appeal letters name as they name an insurer
    "|Medicare Advantage|Medicare|Medicaid|Medi-Cal|MassHealth|TennCare|Wellpoint|Excellus|Priority Health"
    # regional and Medicaid managed-care plans
    "|Fidelis Care|PacificSource|Sentara Health Plans?|Geisinger Health Plan|Buckeye Health Plan|Superior HealthPlan"
    "|Wellmark|Medica|Paramount Advantage|HealthPartners|AvMed|Moda Health|Independence Blue Cross|CareFirst"
    "|Horizon Blue Cross Blue Shield|Horizon BCBS|Capital Blue Cross|Medical Mutual|SelectHealth|Healthfirst"
    "|MetroPlus|MVP Health Care|Independent Health|CDPHP|AmeriHealth Caritas|AmeriHealth|Keystone First"
    "|Health Alliance Plan|Priority Partners|Dean Health Plan|Security Health Plan|Blue Care Network|BlueCare"
    "|Simply Healthcare|Sunshine Health|WellSense|L\\.A\\. Care|AultCare|Physicians Health Plan|Sharp Health Plan"
    "|UPMC Health Plan|UPMC for (?:You|Life|Kids)|Providence Health Plan|Anthem Blue Cross|BCBS[A-Z]{0,2}|Community Health Choice|(?-i:HAP)"
    # auto, disability and workers' compensation insurers and claim administrators, named in records requests
    # (as a payer; "Allstate Insurance Group" named as an employer is the company, and stays PHI)
    "|(?:Liberty Mutual|State Farm|Allstate|GEICO|Nationwide|(?-i:USAA)|MetLife|Prudential|Unum|Aflac|Sedgwick"
    "|Lincoln Financial|The Hartford|Gallagher Bassett|Broadspire|CorVel|Mutual of Omaha"
    "|(?-i:Progressive|Farmers|Travelers|Hartford))(?![ \t]+(?:Insurance[ \t]+)?(?:Group|Inc|Corp|Company)\\b)"
    # a plan named as one: "Buckeye Health Plan", "Superior HealthPlan", "Iowa Total Care"
    "|(?-i:(?:[A-Z][a-z]+[ \t]+){1,2}(?:Health[ \t]?Plans?|HealthPlan|Total[ \t]+Care|Mutual[ \t]+Health"
    "|Community[ \t]+Plan|Health[ \t]+Advantage|Health[ \t]?[Cc]are[ \t]+Ministries)"
    # a union's or a state's health fund ("1199SEIU National Benefit Fund", "Hotel Trades Council Health
    # Benefits Fund", "State Health Benefit Plan", "Office of Group Benefits")
    "|(?-i:(?:[A-Z0-9][A-Za-z0-9]+[ \t]+){1,4}Benefits?[ \t]+(?:Fund|Plan|Trust)|Office[ \t]+of[ \t]+Group[ \t]+Benefits)"
    # the Blue Cross Blue Shield company of a state, named by its brand ("Louisiana Blue", "LOUISIANA BLUE")
    f"|(?:{_STATE_NAMES})[ \t]+Blue(?![ \t]+(?i:Cross|Shield))"
    "(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)"  # "Neighborhood Health Plan of Rhode Island"
    "|(?-i:(?:[A-Z]+[ \t]+){1,2}(?:HEALTH[ \t]PLANS?|MUTUAL[ \t]HEALTH|COMMUNITY[ \t]PLAN|HEALTH[ \t]ADVANTAGE))|AlohaCare"
)
MANUFACTURERS = (
    "Medtronic|Boston Scientific|Abbott(?: Laboratories)?|Stryker|Zimmer Biomet|Zimmer|Biomet|Smith ?[&+] ?Nephew"
    "|Edwards Lifesciences|Becton,? Dickinson|Dexcom|Insulet|Baxter|Philips|Siemens Healthineers|GE Healthcare"
    "|Johnson ?& ?Johnson|DePuy Synthes|DePuy|Ethicon|Cook Medical|Teleflex|Olympus|Hologic|Intuitive Surgical"
    "|ResMed|Tandem|Biotronik|St\\.? Jude Medical|LivaNova|Cardinal Health|Fresenius|B\\. Braun|Arthrex"
    "|Globus Medical|NuVasive|Conmed|Pfizer|Merck|Novartis|Roche|AstraZeneca|Sanofi|GlaxoSmithKline|Eli Lilly"
    "|Novo Nordisk|Bayer|Amgen|Gilead|Moderna|Boehringer Ingelheim|Bristol[- ]Myers Squibb|AbbVie|Takeda|Teva"
    # makers of home and durable medical equipment, monitors, hearing implants and wound care
    "|Philips Respironics|Respironics|Zoll|Cochlear|Invacare|Masimo|Inogen|Fisher ?& ?Paykel|Drive Medical"
    "|Hill-?Rom|Baxter|Welch Allyn|Nihon Kohden|Mindray|Dr[äa]ger|Getinge|Natus|Nevro|Abiomed|Penumbra"
    "|Integra|Smiths Medical|ICU Medical|Inspire Medical|Axonics|iRhythm|Coloplast|Convatec"
    "|M[öo]lnlycke|Medline|McKesson|Sunrise Medical|Permobil|Pride Mobility|Ottobock|[ÖO]ssur|Oticon|Phonak"
    "|Sonova|MED-EL|Advanced Bionics|Omnipod|FreeStyle Libre|Senseonics|Tandem Diabetes|Beta Bionics"
    # endoscopes, dialysis machines, catheters and imaging
    "|Pentax(?: Medical)?|Nipro|Outset Medical|Fujifilm|Karl Storz|Terumo|Asahi Intecc|Merit Medical|AngioDynamics"
    "|Bard|Cordis|Canon Medical|Hitachi|Esaote|Sonosite|Butterfly Network|NxStage|Vapotherm"
    # vaccine, drug and nutrition makers, named on vaccine records and formula orders
    "|GSK|Sanofi Pasteur|Seqirus|CSL Behring|Novavax|Valneva|Bavarian Nordic|Dynavax|Emergent BioSolutions"
    "|Viatris|Mylan|Sandoz|Hikma|Amneal|Fresenius Kabi|Hospira|Grifols|Octapharma|Mead Johnson|Nutricia"
    "|Nestl[eé] Health Science|Kate Farms|Similac|Enfamil"
    # screening kits and diagnostics makers whose kits patients receive by mail
    "|Exact Sciences|Polymedco|Cepheid|Quidel|QuidelOrtho|Sysmex|Beckman Coulter|Bio-Rad|Roche Diagnostics"
    # breast pumps, glucose meters, blood-pressure cuffs
    "|Medela|Lansinoh|Spectra Baby|Ascensia|LifeScan|Embecta|Omron|Withings"
    # hearing aids, eye care
    "|Signia|Widex|ReSound|Starkey(?: Hearing)?|Unitron|Bernafon|Alcon|Bausch ?(?:\\+|&) ?Lomb|CooperVision|Topcon"
    # wheelchairs, orthotics, wound care, feeding and infusion pumps, personal emergency response
    "|Quantum Rehab|Ki Mobility|TiLite|Golden Technologies|DJO|Enovis|Breg|Orthofix|KCI|Acelity|Solventum"
    "|Moog Medical|Cardinal Kangaroo|Avanos|Halyard|Eitan Medical|Carefusion|Alaris|Hollister Incorporated"
    "|Bay Alarm Medical|Bay Alarm|Medical Guardian|Philips Lifeline|MobileHelp|Life Alert|GreatCall"
    # cardiac monitors and implants
    "|BioTelemetry|Preventice|Bardy(?:Dx)?|MicroPort|Impulse Dynamics|CVRx|Cardiac Science|Physio-Control|Laerdal"
    "|Ambu|Vyaire|Draeger|Capintec|Vitrolife|FotoFinder|HollisterStier|ALK-Abell[oó]|Lenovo|Samsung"
    # a maker whose name a hospital also carries: only where no facility's word follows
    # hyperbaric chambers, dental anaesthetics, home oxygen, self-collection kits, ultrasound and ports,
    # and products written without their maker ("our Voluson E10", "the Cologuard from ...")
    "|Moen|Sechrist|Septodont|CAIRE|Chart Industries|(?:Drive )?DeVilbiss|Teal Health"
    "|Voluson|Cologuard|PowerPICC|PowerPort|QuantiFERON(?:-TB)?|T-SPOT(?:\\.TB)?|WhatsApp|Viber|FaceTime"
    # enteral and infant formulas, named on feeding orders without their maker ("Feeds: Jevity 1.5 240 mL")
    "|Jevity|Osmolite|Glucerna|Nepro|Peptamen|Vivonex|Isosource|Nutren|PediaSure|Neocate|EleCare|Vital AF"
    # pulmonary function, eye and hearing test equipment
    "|ndd Medical(?: Technologies)?|Carl Zeiss(?: Meditec)?|Zeiss|Haag-Streit|Nidek|Reichert|Heidelberg Engineering"
    "|Optos|Keeler|Interacoustics|Grason-Stadler|MGC Diagnostics|nSpire Health|Nonin|Vyaire Medical"
    "|Hamilton Medical(?![ \t]+(?:Cent(?:er|re)|Hospital|Clinic|Group|Associates|Building|Campus)\\b)"
    # women's health, lithotripsy, neuromodulation and chest-drain makers, and sutures named on an
    # operative note ("Gellhorn #3 (Milex, CooperSurgical)", "Prolene mesh (Ethicon)", "Pleur-evac")
    "|CooperSurgical|Milex|Dornier(?: MedTech)?|Neuronetics|NeuroStar|BrainsWay|Prolene|Vicryl|Monocryl|Pleur-evac"
    # car seats fitted at discharge, and a stone-risk lab that mails its kits
    "|Graco|Chicco|Britax|Evenflo|Nuna|Litholink"
    # vaccines, sclerosants, hysteroscopic and laser devices named on procedure notes
    "|YF-Vax|Stamaril|Asclera|Varithena|TruClear|MyoSure|Ellex|Lumenis|V\\.A\\.C\\.?"
    # vaccines licensed in the US, named by trade name on clinic rosters and vaccine records ("Fluad",
    # "Flublok"): no one's name, and the drug dictionary lacks several
    "|Fluad|Flublok|Fluzone|Flucelvax|Afluria|Fluarix|FluLaval|FluMist|Shingrix|Arexvy|Abrysvo|Prevnar|Vaxneuvance"
    # an electrosurgical unit called by its maker's name ("Bovie cautery")
    "|Bovie"
    "|Gardasil|Boostrix|Adacel|Engerix-B|Heplisav-B|Comirnaty|Spikevax|Beyfortus"
    # radiation therapy, electrophysiology, cryotherapy, ostomy and prosthetic makers and their products
    "|Elekta|Varian|TrueBeam|Halcyon|Versa HD|Biosense Webster|CARTO(?: 3)?|Brymill|Cry-Ac|Allard|Pro-Flex"
    "|CeraPlus|SenSura|Esteem\\+?|Synvisc(?:-One)?|Klarity"
)
# What follows an insurer's name when it names one of its plans: plan words ("Aetna Better Health",
# "Anthem HealthKeepers Plus", "Sentara Community Plan") and the state the plan serves ("... of
# Virginia"); the state's name is also a given name, which the recognizers would otherwise take
_PLAN_TAIL = re.compile(
    r"(?:[ \t]+(?i:better|community|health|healthkeepers|plus|advantage|complete|choice|premier|gold|silver|select"
    r"|medicare|medicaid|kids|family|essentials|total|care|plans?|healthplan|partners|connect|blue|cross|shield"
    r"|hmo|ppo|epo|dual)(?![\w\-]))*"
    rf"(?:[ \t]+(?:(?i:of|in)[ \t]+(?:the[ \t]+)?)?(?i:{_STATE_NAMES})(?![\w\-]))?"
)
# one scan for both lists; the group says whether a maker matched, whose product name may follow
_ORGANISATION = re.compile(rf"\b(?:{INSURERS}|(?P<maker>{MANUFACTURERS}))\b", re.I)
# A product's name after its maker, as a device line writes it: "Hologic Horizon A", "ResMed AirSense
# 10", "Medtronic MiniMed 780G", "Philips DreamStation 2": up to three capitalised or numbered words,
# stopping at what labels an identifier ("serial", "SN", "lot") or at a word in lower case ("pump")
_PRODUCT_AFTER_MAKER = re.compile(
    r"(?:[ \t]+(?!(?i:serial|sn|s/n|lot|ref|ser|model|id|no|number|mrn|dob|by|for|at|in|on|to|and|or)\b)"
    r"(?:[A-Z][A-Za-z0-9+\-]*|\d{1,4}[A-Za-z]{0,2})(?![\w\-]))"
    r"{1,3}"
)

# A product's name written before its maker in brackets: "Advate (Takeda) antihemophilic factor",
# "PICO 7 (Smith+Nephew)": one capitalised word, or two with a number, right before the bracket (two
# words without one are more often a person: "Rep Ingabire Nshimiye (Medtronic)")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’\-]*[ \t]+\Z")  # the word before is capitalised too
_PRODUCT_BEFORE_MAKER = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9+\-]*(?:[ \t]\d[A-Za-z0-9+\-]*)?)[ \t]*\(\Z")

# The catalogue number a device line puts in brackets after the product, before its serial:
# "Draeger Evita V800 (8422000) AC/VC", "Baxter Amia cycler (5C8310) serial 34B539275": one token with
# a digit, alone in the brackets (a serial has its label: "(SN 1234)" is no catalogue number)
_CATALOGUE_AFTER = re.compile(
    r"(?:[ \t]+[a-z]{3,15}){0,2}[ \t]*\((?=[A-Za-z0-9.\-/]*\d)[A-Za-z0-9][A-Za-z0-9.\-/]{2,20}\)"
)

# A brand's one word with inner capitals ("SoonerCare", "CareOregon", "UCare", "AmTrust", "FibroScan",
# "iLet"): its last part an ordinary word or a state, which no one's name ends in; the prefixes
# that begin names written with an inner capital ("McKenzie", "DeShawn", "LaToya", "VanDyke") excepted
_BRAND_SHAPE = re.compile(r"(?:[A-Z][a-z]*|[a-z]{1,3})(?:[A-Z][a-z]+)+")
_BRAND_PART = re.compile(r"[A-Z][a-z]*|[a-z]+")
_NAME_PREFIXES = frozenset("mc mac de di da la le van von du del della al el fitz st o d ben abu ter ten".split())


def brand_word(word: str) -> bool:
    """Whether `word` is shaped as a brand's name with inner capitals, not a person's (`_BRAND_SHAPE`)."""
    if _BRAND_SHAPE.fullmatch(word) is None:
        return False
    parts = _BRAND_PART.findall(word)
    first, last = fold(parts[0]), fold(parts[-1])
    gazetteer = name_gazetteer()
    if first in _NAME_PREFIXES or fold(word) in gazetteer or last in gazetteer:
        return False
    return last in common_words() or last in FACILITY_GENERIC_WORDS or last in _REGION_WORDS or last in _TRADE_PARTS


# a maker's trade at the end of its one word ("SunTech", "BioTek", "MedLabs")
_TRADE_PARTS = frozenset("tech tek med labs lab bio pharma scan tronics".split())


# A device named where its serial number or its field says it is one, whether or not its maker is listed
# above: "Accu-Chek Guide (Roche) SN UP65TX48181", "iLet (Beta Bionics) serial PTK-18687-D1",
# "SimplyGo Mini (Philips), SN 336-76119-C", "CoaguChek XS meter SN ...", "Device: Retractable
# Technologies VanishPoint 25G safety needle". Up to four words of a product's shape (capitalised,
# inner capitals, or a number), its maker in brackets, one lower-case noun ("meter", "pump"), and
# then the serial's label; or after a device field's label, the words up to the first lower-case one.
# Words a person's name is made of are left to the recognizers (`device_spans` checks them).
# a product's word: capitalised, with inner capitals or a number; a dot only inside it ("ACTIV.A.C."
# keeps its inner dots, "Center." does not carry its full stop on to the next sentence)
_PRODUCT_WORD = (
    r"(?:[A-Z](?:[A-Za-z0-9+\-]|\.(?=[A-Za-z0-9]))*|[a-z]{1,3}[A-Z][A-Za-z0-9+\-]*|\d(?:[A-Za-z0-9\-]|\.(?=\d))*)"
)
# the words of one product stand one space apart: a table's columns ("11/7          CHG dressing") are
# different things
_PRODUCT_WORDS = rf"({_PRODUCT_WORD}(?:[ \t]{_PRODUCT_WORD}){{0,3}})"
_MAKER_IN_BRACKETS = r"(?:[ \t]*\(([A-Z][A-Za-z&+\-]*(?:[ \t]+[A-Z][A-Za-z&+\-]*){0,2})\))"
_DEVICE = re.compile(
    rf"(?<![\w\-/.]){_PRODUCT_WORDS}{_MAKER_IN_BRACKETS}?(?:[ \t]+[a-z]{{3,12}})?,?[ \t]+"
    rf"(?=(?i:serial|s/n|sn)\b|(?i:(?:kit[ \t]+)?lot){_NUMBER_LABEL_END}{_PRODUCT_NUMBER}(?![\w\-]))"
    rf"|\b(?i:devices?(?:[ \t]+on[ \t]+file)?|mfr|manufacturer|maker|model|system)[ \t]*:[ \t]*{_PRODUCT_WORDS}"
    rf"{_MAKER_IN_BRACKETS}?"
    r"(?=[ \t]*(?:[,;|\n]|\Z)|[ \t]+[a-z])"
)


# A device named before the kind of device it is ("Trudell Medical AeroChamber Plus spacer", "BD Alaris
# 8015 pump", "React Health Luna G3 CPAP", "O2 Concepts Oxlife Independence oxygen concentrator"): two to
# five words of a product's shape, or one with a digit, inner capitals or in capitals, right before the
# device noun
_DEVICE_NOUNS = (
    r"pumps?|spacers?|(?:oxygen[ \t]+)?concentrators?|kits?|wraps?|dressings?|pads|monitors?|generators?|stimulators?"
    r"|lifts?|slings?|mattress|cpap|bipap|ventilators?|nebuli[sz]ers?|meters?|sensors?|transmitters?"
    r"|hearing[ \t]+aids?|wheelchairs?|walkers?|boots?|braces?|splints?|oximeters?|pulse[ \t]+ox|defibrillators?"
    r"|cuffs?|machines?|infusers?|glucometers?|scales?|recorders?|processors?|implants?|cautery|cauteries"
    r"|clamps?|forceps|scissors|retractors?|specul(?:um|a)|curettes?|samplers?|insoles?"
)
# A maker named by its trade word and then its product, the product's name of a product's shape
# ("Itamar Medical WatchPAT ONE", "A&D Medical UA-651BLE", "Acme Surgical X7 Pro"): a company's
# word ("Medical", "Surgical") says the words before it are a maker's, and the shape after it a product's
_MAKER_THEN_PRODUCT = re.compile(
    rf"(?<![\w\-/.])((?:[A-Z][A-Za-z&\-]*[ \t]+){{1,2}}(?:Medical|Surgical|Scientific|Diagnostics|Technologies|Labs)"
    rf"[ \t]+(?!\d+(?i:st|nd|rd|th)\b)(?=[A-Za-z0-9\-]*(?:[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]))"
    rf"({_PRODUCT_WORD}(?:[ \t]{_PRODUCT_WORD}){{0,2}}))"
)
# A maker whose product carries the maker's own name ("Guardant Health Guardant360", "Foundation Medicine
# FoundationOne", "Stannah Stannah 600", "Caris Life Sciences Caris MI"): the name again, joined to a
# number or a capitalised word, or followed by a model number or code in capitals
_MAKER_NAMES_PRODUCT = re.compile(
    r"(?<![\w\-/.])((?P<maker>[A-Z][a-z][A-Za-z]+)(?: [A-Z][A-Za-z]+){0,2} (?P=maker)"
    r"(?:[A-Za-z]*\d[\w\-]{0,4}|[A-Z][a-z]+[\w\-]*| (?:\d[\w\-]{0,4}|[A-Z]{2,}[\w\-]*)))(?![\w\-])"
)
# A product named right before the HCPCS code it is billed under, in brackets ("Essity Gelocast (A6456)",
# "insoles Superfeet Green (L3000)"): up to three capitalised words
_PRODUCT_BEFORE_CODE = re.compile(
    rf"(?<![\w\-/.'’])([A-Z][A-Za-z0-9+\-]*(?:[ \t][A-Z][A-Za-z0-9+\-]*){{0,2}})[ \t]*\((?={HCPCS_CODE}\))"
)
# A maker and its model number ("Trackmaster TMX425", "Harmar SL350AC", "Bruno Elan SRE-3050"): one or two
# capitalised words, then a model: two capitals or more and three or four digits, ten characters at most
# (a record number or a member number has more digits; a gene "BRCA2", an obstetric "G4P0" or "COVID19"
# fewer; a month "January-03" one capital); checked by `_model_number`
_MAKER_MODEL = re.compile(
    r"(?<![\w\-/.])((?:[A-Z][a-z][A-Za-z]* ){1,2}([A-Z][A-Za-z]*-?[A-Za-z0-9]*\d[A-Za-z0-9\-]*))(?![\w\-])"
)


_FROM_BEFORE = re.compile(r"(?i:\b(?:from|at|by|via|through|with)[ \t\n]+)\Z")
_SUPPLIER_WORDS = frozenset("hme dme supply supplies equipment pharmacy medical".split())


def _no_product_before_code(text: str, m: re.Match) -> bool:
    """Whether the words before a bracketed code are no product's name: who supplied it ("supplies from
    Sane Medical Supply (A6550)"), a business, or words in capitals."""
    if m.group(1).isupper():
        return True  # in capitals, capitals make no product ("PITS ON NAIF'S MOLARS (D0120)")
    words = [fold(w) for w in m.group(1).split()]
    return bool(_FROM_BEFORE.search(text, max(0, m.start() - 20), m.start())) or any(
        w in _SUPPLIER_WORDS or w in FACILITY_GENERIC_WORDS for w in words
    )


def _model_number(token: str) -> bool:
    digits = sum(ch.isdigit() for ch in token)
    letters = sum(ch.isalpha() for ch in token)
    capitals = sum(ch.isupper() for ch in token)  # "TMX425", "SL350AC"; not "January-03", a month
    return len(token) <= 10 and 3 <= digits <= 4 and letters >= 2 and capitals >= 2


_DEVICE_BEFORE_NOUN = re.compile(
    rf"(?<![\w\-/.])({_PRODUCT_WORD}(?:[ \t]{_PRODUCT_WORD}){{0,4}})[ \t](?=(?i:{_DEVICE_NOUNS})(?![\w\-]))"
)
# "8015", "G3", "AeroChamber", "ZOLL", "Tasso+"; not a count ("Mele Tupou 2 kits")
_PRODUCT_SHAPE = re.compile(r"\d{3}|[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]|[A-Z]{3}|\+")
_PRODUCT_SHAPE_IN_CAPITALS = re.compile(r"\d{3}|[A-Za-z]\d|\d[A-Za-z]|\+")  # where every word is in capitals
_MAKER_WORD = re.compile(
    r"\b(?:Medical|Healthcare|Health|Inc\.?|LLC|Technologies|Concepts|Labs?|Systems|Scientific|Surgical|Devices?"
    r"|Respiratory|Mobility|Medtech)\b"
)


def _product_shaped(text: str, m: re.Match) -> bool:
    """Whether the words before a device noun look like a product's (`_PRODUCT_SHAPE`); on a line in
    capitals, capitals say nothing."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : end if end >= 0 else len(text)]
    shape = _PRODUCT_SHAPE_IN_CAPITALS if line == line.upper() else _PRODUCT_SHAPE
    return shape.search(m.group(1)) is not None


_ID_LABEL_NEAR = re.compile(r"(?i:\b(?:mrn|acct|account|member|id|plate|badge|dl|license|licence|lic|npi|dea|ssn)\b)")
_SERIAL_LABEL_BEFORE = re.compile(r"(?i:serial|s/n|sn)[ \t]*[:#]?[ \t]*\Z")


def device_spans(text: str) -> list[tuple[int, int]]:
    """Devices named by their place before a serial number or after a device field's label (`_DEVICE`),
    with their maker in brackets: none of their words a title or a name the gazetteer knows as only a
    name."""
    strong = strong_names()
    out = []
    for m in (
        *_DEVICE.finditer(text),
        *_DEVICE_BEFORE_NOUN.finditer(text),
        *_MAKER_THEN_PRODUCT.finditer(text),
        *(m for m in _MAKER_NAMES_PRODUCT.finditer(text) if fold(m.group("maker")) not in FACILITY_GENERIC_WORDS),
        *(m for m in _PRODUCT_BEFORE_CODE.finditer(text) if not _no_product_before_code(text, m)),
        *(
            m
            for m in _MAKER_MODEL.finditer(text)
            if _model_number(m.group(2))
            and not _ID_LABEL_NEAR.search(m.group(1))
            and not _PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ),
    ):
        shaped = m.re is _DEVICE_BEFORE_NOUN and _product_shaped(text, m)
        if m.re is _DEVICE_BEFORE_NOUN and not shaped and not _MAKER_WORD.search(m.group(1)):
            continue  # plain capitalised words before "pump" or "wheelchair" may be its owner's name
        for g in range(1, (m.re.groups or 0) + 1):
            if m.group(g) is None:
                continue
            value = m.group(g)
            if " " not in value and (
                any(ch.isdigit() for ch in value)
                or (value.isupper() and _SERIAL_LABEL_BEFORE.search(text, max(0, m.start(g) - 12), m.start(g)))
            ):
                continue  # "Device: 98XV16335J", "serial KLSLKWRK, lot ...": a serial number, not a name
            words = [fold(w.strip("'’-&.+")) for w in value.split()]
            # a product's number or inner capital outweighs a word that is also a name ("Luna G3")
            if not any(w in _TITLE_WORDS or (w in strong and not shaped) for w in words):
                out.append(m.span(g))
    return out


# A payer named where a plan is written, whether or not it is listed above: "Plan: UCare
# 5FH6-T28-CC42", "Payer: Hennepin Health BYB353319913", "my sponsor's plan is GeoBlue, policy no.
# ...", "Billing: PreferredOne member 99649732", "Medicaid W4110347170 (Meridian)". One to three
# capitalised words right after the label, and then the plan's member number (a token with a digit,
# not a phone number) or the word that labels it; or in brackets after such a number. A person's
# name is never the payer: words after a title, and gazetteer names, are left to the recognizers
# (`payer_spans` checks those).
_PAYER_WORD = r"[A-Z][A-Za-z&'’\-]*"
_PAYER_WORDS = rf"({_PAYER_WORD}(?:[ \t]+{_PAYER_WORD}){{0,2}})"
_MEMBER_NUMBER = r"(?!\(?\d{3}\)?[ \t.\-]?\d{3}[ \t.\-]\d{4}\b)[A-Za-z0-9\-]*\d[A-Za-z0-9\-]{4,}"
_PAYER_LABEL = (
    r"\b(?i:plan|payer|payor|insurance|insurer|carrier|coverage|billing)"
    r"(?:[ \t]+(?i:card|on[ \t]+file))?(?:[ \t]*:|[ \t]+(?i:is|says))[ \t]*"
)
# where a payer's name ends when no member number follows it: the field's end (a line's, a cell's, a
# run of spaces before the next column) or the sentence's, or a comma before the subscriber's details
_PAYER_END = (
    r"(?=[ \t]*(?:[.;|?\n]|\Z)|[ \t]{2,}|\t|,[ \t]+(?i:subscriber|member|policy|group|id|plan)\b"
    r"|[ \t]+(?i:on|notified|denied|approved|and[ \t]+(?:the|my|his|her|our|their)|through|shows|needs|wants|says)\b)"
)
# a payer up to four capitalised words, and the state or region it serves ("WellCare of North Carolina")
_PAYER_NAME_WORD = (
    rf"(?!(?i:id|no|member|policy|group|subscriber|acct|account)\b){_PAYER_WORD}"  # not its number's label
)
_PAYER_NAME = (
    rf"({_PAYER_NAME_WORD}(?:[ \t]+(?:(?:&|for)[ \t]+)?{_PAYER_NAME_WORD}){{0,4}}"
    rf"(?:[ \t]+of[ \t]+{_PAYER_NAME_WORD}(?:[ \t]+{_PAYER_NAME_WORD})?)?)"
)
# the member number after a payer's name, with its label, its "#" or in brackets: "Payer Virginia Premier
# ID 7XA9EH7DV77", "Insurance Molina Healthcare of Utah #VRW962316270", "Coverage: HUMANA GOLD PLUS HMO
# (FHE927406719)"
_MEMBER_AFTER = (
    rf"(?=,?[ \t]+(?:(?i:member|policy|id|group|subscriber|no\.?)(?![\w])|\#?{_MEMBER_NUMBER})"
    rf"|[ \t]*\(\#?{_MEMBER_NUMBER}\))"
)
_PAYER = re.compile(
    rf"{_PAYER_LABEL}{_PAYER_WORDS}(?=,?[ \t]+(?:(?i:member|policy|id|group|subscriber|no\.?|\#)(?![\w])|{_MEMBER_NUMBER}))"
    rf"|\b(?i:medicaid|medicare|member|policy|plan|subscriber)\b[^\n()]{{0,30}}?(?<![\w\-]){_MEMBER_NUMBER}[ \t]*\("
    rf"{_PAYER_WORDS}\)"
    # the label of a payer field ("Payer: CareOregon |", "Ins: Delta Dental, subscriber ...", "Pet
    # insurance is Trupanion."), not "Plan:", which also heads a note's plan
    rf"|\b(?:(?i:payer|payor|insurance|insurer|ins|carrier|coverage)(?:[ \t]+(?i:on[ \t]+file))?(?:[ \t]*:|[ \t]+(?i:is))"
    rf"|(?i:(?:our|my|his|her|their)[ \t]+(?:plan|insurance)[ \t]+is))[ \t]*{_PAYER_NAME}{_PAYER_END}"
    # what a payer covers, pays or is billed, the plan a visit goes through, and the payer of a member
    # number ("A4670 not covered by Horizon NJ Health.", "Billing 90662 / G0008 to Christian Healthcare
    # Ministries.", "Plan via UPMC for You;", "Member ID W719207288 with Aetna Better Health of Virginia")
    rf"|\b(?i:covered|paid|reimbursed|billed|billing)\b[^\n.;]{{0,30}}?[ \t](?i:by|to|through|via)[ \t]+"
    rf"{_PAYER_NAME}{_PAYER_END}"
    rf"|\b(?i:plan)[ \t]+(?i:via|through)[ \t]+{_PAYER_NAME}{_PAYER_END}"
    # the order of a patient's payers, and a public programme's field ("- primary Luminare Health
    # (W123419826)", "Medicare 1KV9-XX6-AV92, secondary AmeriHealth Caritas", "Secondary plan:\tGeorgia
    # State Health Benefit Plan", "Medicaid: Mercy Care FAA162525195")
    # (only where a list or a field begins: "Riverbend Primary Care" is a practice, "primary care" a service)
    rf"|(?:(?<![^\n])|(?<=[\-*,;(|:\t])|(?<=[\-*,;(|:][ \t]))(?i:primary|secondary|tertiary)"
    rf"(?:[ \t]+(?i:plan|insurance|payer|coverage)[ \t]*:)?[ \t]*"
    rf"(?!(?i:care|health|physician|provider|doctor|team|clinic|diagnosis|dx|to|prevention)\b){_PAYER_NAME}"
    rf"(?:{_PAYER_END}|{_MEMBER_AFTER})"
    rf"|\b(?i:medicaid|medicare)[ \t]*:[ \t]*{_PAYER_NAME}(?:{_PAYER_END}|{_MEMBER_AFTER})"
    rf"|\b(?i:member)(?:[ \t]+(?i:id|no\.?))?[ \t]*[:\#]?[ \t]*{_MEMBER_NUMBER}[ \t]+(?i:with|at|through)[ \t]+"
    rf"{_PAYER_NAME}{_PAYER_END}"
    # a payer's decision or its adjuster ("prior auth PA-3855238 approved by Ambetter on 06/29", "I am
    # the adjuster at Zenith on this claim")
    rf"|\b(?i:auth(?:ori[sz]ation)?|PA)\b[^\n.]{{0,30}}?\b(?i:approved|denied)[ \t]+(?i:by)[ \t]+{_PAYER_NAME}{_PAYER_END}"
    rf"|\b(?i:adjuster|case[ \t]+manager)[ \t]+(?i:at|with|for|from)[ \t]+{_PAYER_NAME}{_PAYER_END}"
    # a payer's label without its colon, or a plan named in a sentence, and then the member number
    # ("Payer Meritain Health ID M534489281", "Our plan is Chesapeake Employers' Insurance (M171258076)")
    rf"|\b(?i:payer|payor|insurance|insurer|coverage|plan(?=[ \t]+[A-Z])|(?:our|my|his|her|their|the)[ \t]+plan[ \t]+is)"
    rf"[ \t]*:?[ \t]*"
    rf"{_PAYER_NAME}{_MEMBER_AFTER}"
)


# A payer alone in an identifier field before its member number, where a registration line lists a
# patient's numbers ("SSN 085-07-3413; Denali KidCare TJ622484-02; acct 8874293843"): only where one of
# its words is a plan's ("Shield", "Medicaid", a brand's word such as "KidCare"), since a person's or a
# facility's name may stand before a number in a field as well
_PAYER_BEFORE_NUMBER = re.compile(
    rf"(?:^|[;|\t])[ \t]*{_PAYER_NAME}(?=[ \t]+{_MEMBER_NUMBER}[ \t]*(?:[;|\t\n]|\Z))", re.M
)
_PLAN_WORDS = frozenset(
    "medicaid medicare cross shield plan plans connections caritas tricare insurance assurance mutual advantage "
    "blue".split()
)  # not "Health", "Care" or "Community", which name facilities too ("Tundra Community Health 5512098")

_TITLE_WORDS = frozenset(t.lower() for t in TITLES)
# the words of the state or region a plan serves, which the gazetteer also knows as names ("WellCare
# of North Carolina", "TRICARE West"): they do not make the payer a person
_REGION_WORDS = frozenset(fold(w) for w in re.findall(r"[A-Za-z]{3,}", US_STATES)) | frozenset(
    "north south east west northern southern eastern western central".split()
)


def payer_spans(text: str) -> list[tuple[int, int]]:
    """Payers named by their place in a plan line (`_PAYER`), not by a list: none of their words a
    title or a name the gazetteer knows as only a name."""
    strong = strong_names()
    out = []
    for m in (*_PAYER.finditer(text), *_PAYER_BEFORE_NUMBER.finditer(text)):
        g = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i))
        words = [fold(w.strip("'’-&.")) for w in m.group(g).split()]
        if any(w in _TITLE_WORDS or (w in strong and w not in _REGION_WORDS) for w in words):
            continue
        if m.re is _PAYER_BEFORE_NUMBER and not any(
            w in _PLAN_WORDS or brand_word(v) for w, v in zip(words, m.group(g).split())
        ):
            continue
        out.append(m.span(g))
    return out


def _product_before_maker(text: str, bracket_at: int) -> int | None:
    """Where the product written before a maker's bracket ("Advate (Takeda)") begins, or None: a
    person's name is no product ("Maria Lopez (Medtronic)", "Rep Ingabire Nshimiye (Medtronic)")."""
    before = _PRODUCT_BEFORE_MAKER.search(text, max(0, bracket_at - 40), bracket_at)
    if (
        before is None
        or _CAPITALISED_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
        or any(fold(w) in name_gazetteer() for w in before.group(1).split())
    ):
        return None
    return before.start(1)


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Insurer and manufacturer names, a maker's with the product name after it and the catalogue
    number in brackets after that, and payers named on a plan line: weak PHI hits are cut back to
    what lies outside them."""
    out = []
    for m in _ORGANISATION.finditer(text):
        start, end = m.start(), m.end()
        if m.group("maker"):
            if text.startswith(")", end) and (product_start := _product_before_maker(text, start)) is not None:
                start, end = product_start, end + 1  # "Advate (Takeda)", not "Maria Lopez (Medtronic rep)"
            product = _PRODUCT_AFTER_MAKER.match(text, end)
            end = product.end() if product else end
            catalogue = _CATALOGUE_AFTER.match(text, end)
            end = catalogue.end() if catalogue else end
        else:
            tail = _PLAN_TAIL.match(text, end)  # the plan's words and state, when they follow
            end = tail.end() if tail else end
        out.append((start, end))
    return out + payer_spans(text) + device_spans(text)
