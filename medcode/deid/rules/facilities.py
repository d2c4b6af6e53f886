"""Facility names ("St. Mary's Hospital", "Hospital Ramón y Cajal", "Facility: ...")."""

from __future__ import annotations

import re

from medcode.deid.lexicon import ACADEMIC_CENTRE_ABBREVIATIONS, ACADEMIC_CENTRE_NAMES, FACILITY_GATE_WORDS
from medcode.deid.patterns import CAPW, LO, UP
from medcode.deid.rule import Rule, keywords

# words between the name and the facility noun ("St. Mary's [General] Hospital")
_QUALIFIER = (
    r"(?:General|Memorial|Regional|Community|University|Children['’]s|Women['’]s|County|Veterans|Teaching|Baptist"
    r"|Methodist|Presbyterian|Lutheran|Adventist|Mercy|Sacred\ Heart|Medical|Health|Healthcare|Surgical"
    r"|Rehabilitation|Rehab|Psychiatric|Behavioral|Cancer|Heart|Eye|Dental|Urgent|Family|Specialty|Nursing|Care"
    r"|Community)"
)
# the noun that makes a name a facility
_FACILITY_NOUN = (
    r"(?:Hospital|Hospitals|Medical\ Center|Medical\ Centre|Health\ Center|Health\ Centre|Clinic|Clinics|Infirmary"
    r"|Sanatorium|Hospice|Nursing\ Home|Nursing\ Facility|Care\ Center|Care\ Home|Health\ System|Healthcare"
    r"|Health\ Care|Medical\ Group|Surgery\ Center|Surgical\ Center|Rehabilitation\ Center|Rehab\ Center|Institute"
    r"|Pharmacy|Laboratories|Laboratory|Urgent\ Care|Medical\ Associates|Associates|Polyclinic|Dialysis\ Center"
    r"|Cancer\ Center|Health\ Clinic|Family\ Practice|Physicians|Imaging\ Cent(?:er|re)|Imaging|Radiology"
    r"|Behavioral\ Health|Outpatient\ Lab|Reference\ Lab|Primary\ Care"
    r"|Mental\ Health|Pediatrics|Paediatrics|Recovery\ Center|Recovery\ Centre|Skilled\ Nursing(?:\ Facility)?"
    r"|Children['’]s|Orthopaedic\ Group|Orthopedic\ Group|Health\ Centre"
    r"|Church|Parish|Cathedral|Chapel|Mosque|Synagogue|Congregation|Gurdwara|Islamic\ Cent(?:er|re)"  # a congregation
    r"|Shelter|Rescue\ Mission|Dental\ Group"  # where a caseworker or a dentist writes from
    # the court that orders a treatment or an evaluation
    r"|(?:District|County|Municipal|Superior|Circuit|Family|Probate|Juvenile|Drug|Magistrates?['’]?|Justice|City)"
    r"\ Court)"
)
# facility nouns that come first ("Hospital Universitario de ...")
_FACILITY_HEAD = (
    r"(?:Hospital|Clinic|Clínica|Hospital\ Universitario|Hospital\ General|Complejo\ Hospitalario|Centro\ de\ Salud"
    r"|University\ Hospital|Medical\ Center|Centre\ Hospitalier|Klinikum|Ospedale)"
)
_FACILITY_GATE = keywords(FACILITY_GATE_WORDS, 70, 130, cased=True)


def _titled(*phrases: str) -> str:
    """Each phrase as a regex in title case or capitals only ("Home Infusion", "HOME INFUSION"), any run
    of spaces or tabs between its words: these nouns are also clinical words ("peritoneal dialysis",
    "molecular diagnostics"), so only a written name's case makes them a business's. The phrases are
    folded into a tree by their words, so a match tries each first word once, not each phrase."""
    forms: list[list[str]] = []
    for phrase in phrases:
        words = phrase.split()
        forms.append([w if w in ("and", "of") else w[0].upper() + w[1:] for w in words])
        forms.append([w.upper() for w in words])
    return "(?-i:" + _word_tree(forms) + ")"


def _word_tree(forms: list[list[str]]) -> str:
    """The alternation of word sequences `forms`, longest first where one is a prefix of another."""
    heads: dict[str, list[list[str]]] = {}
    for form in forms:
        heads.setdefault(form[0], []).append(form[1:])
    branches = []
    for head in sorted(heads, key=len, reverse=True):
        rests = [r for r in heads[head] if r]
        alone = any(not r for r in heads[head])
        branch = re.escape(head)
        if rests:
            tail = r"[ \t]+" + _word_tree(rests)
            branch += f"(?:{tail})" + ("?" if alone else "")
        branches.append(branch)
    return "(?:" + "|".join(branches) + ")"


# laboratories, infusion and dialysis providers, suppliers and interpreter agencies named by their trade
# ("Rehov Genomics", "Novi Home Infusion", "Sugar Land Dialysis", "Gefen Language Link"), practices named by
# their field ("Cherif OB/GYN", "HaOren Internal Medicine"), and the landlords, utilities and employers a
# patient asks a letter for ("Riverbend Property Management"); a maker's own ("Roche Diagnostics") is cut
# back by the keep list, and a dialysis provider's unit ("... Renal Care Dialysis Unit") is a department
_TITLED_TRADE_NOUN = (
    _titled(
        "Genomics",
        "Diagnostics",
        "Molecular Diagnostics",
        "Sleep Diagnostics",
        "Genetics Lab",
        "Genetics Laboratory",
        "Reference Lab",
        "Reference Labs",
        "Home Infusion",
        "Specialty Infusion",
        "Infusion Partners",
        "Infusion Services",
        "Infusion Center",
        "Infusion Centre",
        "Infusion Suite",
        "Kidney Care",
        "Renal Care",
        "Kidney Care & Dialysis",
        "Renal Care & Dialysis",
        "Respiratory Services",
        "Respiratory & DME",
        "HME",
        "Medical Supply",
        "Medical Supplies",
        "Language Link",
        "Language Services",
        "Language Line",
        "Transit Link",
        "Metro Mobility",
        "OB/GYN",
        "Ob/Gyn",
        "OBGYN",
        "Internal Medicine",
        "Allergy & Asthma",
        "Allergy and Asthma",
        "Allergy Partners",
        "Eye Care",
        "Birth Center",
        "Hearing Center",
        "Limb Center",
        "Wound Center",
        "Limb & Brace",
        "Prosthetics & Orthotics",
        "Orthotics & Prosthetics",
        "Orthotics and Prosthetics",
        "Prosthetics and Orthotics",
        "Wound & Hyperbaric",
        "Wound and Hyperbaric",
        "Wound & Hyperbaric Center",
        "Wound and Hyperbaric Center",
        "Hospice and Palliative Care",
        "Hospice & Palliative Care",
        "Adult Day Services",
        "Adult Day Center",
        "Adult Day Program",
        "Resettlement Agency",
        "County Jail",
        "Property Management",
        "Power and Light",
        "Power & Light",
        "Electric Cooperative",
        "Auto Parts",
        "Vacation Rentals",
        "Brothers Moving",
        # offices that examine or license a patient: a military recruiting station, a state's athletic
        # commission, a surrogacy agency, a running club ("Utica Navy Recruiting Station", "Nevada State
        # Athletic Commission", "Circle Surrogacy", "Cumberland Road Runners")
        "Recruiting Station",
        "Recruiting Office",
        "Recruiting Center",
        "Athletic Commission",
        "Athletic Control Board",
        "Surrogacy",
        "Road Runners",
        "Running Club",
        "Track Club",
    )
    + r"|(?-i:(?:Home[ \t]+)?Dialysis|(?:HOME[ \t]+)?DIALYSIS)(?![ \t]+(?i:units?|chair|cent(?:er|re)|nurses?|clinic"
    r"|access|catheter|run|schedule|shift|session|treatment|team|staff|floor|suite|room)\b)"
)
# the titled nouns' own words, capitalised as the nouns must be: "renal", "wound" and "infusion" in
# lower case are clinical text's everyday words
_TITLED_TRADE_GATE = keywords(
    "genomics diagnostics genetics reference infusion dialysis kidney renal respiratory hme supply supplies "
    "language transit mobility ob obgyn internal allergy eye birth hearing limb wound prosthetics orthotics "
    "hospice adult resettlement county property power electric auto vacation brothers recruiting athletic "
    "surrogacy road running track",
    60,
    before=80,
    cased=True,
)


# Trade nouns that end the name of a pharmacy, home-care agency, specialty practice, care home,
# school or employer ("Oued Rhiou Discount Drugs", "pellet visiting nurses", "Lounis Builders"), written in
# any case: patients write these names in lower case or capitals, where case says nothing.
_TRADE_NOUN = (
    r"(?:discount[ \t]+drugs?|drug[ \t]+store|pharmacy|apothecary|chemists?|visiting[ \t]+nurses"
    r"|home[ \t]+health(?:[ \t]+care)?|orthop(?:a)?edic[ \t]+partners|medical[ \t]+partners|residence|builders"
    r"|academy|day[ \t]?care|day[ \t]+school|heart[ \t]+&[ \t]+vascular|sleep[ \t]+cent(?:er|re)"
    r"|health[ \t]+partners|skin[ \t]+&[ \t]+laser|senior[ \t]+living|assisted[ \t]+living|little[ \t]+learners"
    r"|(?:middle|high|elementary|primary|grade)[ \t]+school|elementary|auto[ \t]+body|memorial"
    r"|community[ \t]+hospital|rx"
    # dental practices, equipment suppliers, transport companies, clubs and congregations
    r"|smiles|(?:(?:family|kids)[ \t]+)?dentistry|dme|(?:medical[ \t]+)?transport(?:ation)?|wheelchair[ \t]+vans?|ambulette"
    r"|fellowship|kids[ \t]+club|packaging"
    # banks of blood, milk or food, and the plants patients work at ("Ubumwe Packing Co")
    r"|(?:cord[ \t]+blood|blood|milk|food|tissue)[ \t]+bank|biobank"
    r"|(?:pork|meat|beef|poultry|chicken|processing|packing)[ \t]+plant|packing[ \t]+(?:co|company|house)"
    r"|(?:poultry|meat)[ \t]+processing"
    r"|supported[ \t]+living|group[ \t]+home"  # where an adult with a disability lives
    # practices and suppliers named by what they do ("Ishtar Health Audiology", "Fowler Family Dental",
    # "Live Oak Durable Medical", "Warren Home Care", "Norbu Rehab", "Nineveh Health Legal Aid"); the
    # name before is a proper one, so "Pediatric Audiology" and "cardiac rehab" are services
    r"|audiology|family[ \t]+(?:medicine|dental)|durable[ \t]+medical|home[ \t]+care|rehab|legal[ \t]+aid"
    r"|hearing[ \t]+(?:&|and)[ \t]+balance|physicians[ \t]+(?:&|and)[ \t]+surgeons|foot[ \t]+(?:&|and)[ \t]+ankle"
    r"|medical[ \t]+interpreters)"  # "via Ayllu Medical Interpreters", "Pleasant Street Foot & Ankle"
)
_TRADE_GATE = keywords(
    "drugs drug pharmacy apothecary chemist chemists nurses health partners residence builders "
    "academy daycare care school vascular sleep laser living learners elementary body memorial hospital rx "
    "smiles dentistry dme transport transportation van vans ambulette fellowship club packaging supported group "
    "bank biobank plant co company house processing audiology medicine dental durable rehab aid balance surgeons "
    "ankle interpreters",
    20,
    80,
)
# words that cannot begin or continue such a name: where the name starts ("pick up my xarelto at
# [zighoud youcef discount drugs]") and what stays out ("at her residence")
_NOT_IN_NAME = (
    r"(?:at|to|from|my|me|mine|the|our|your|his|her|their|a|an|in|on|with|by|for|and|or|is|was|i|im|i['’]m|went"
    r"|pick|up|says?|said|also|new|old|local|usual|regular|this|that|via|of|called|named|near|go|going|goes"
    r"|attends?|attending|works?|working|kids?|child|children|son|daughter"
    r"|good|morning|afternoon|evening|hello|hi|hey|dear"  # a greeting: "Good morning Audiology team"
    # what stands before such a name, not in it: "my electric company Daryeel Power and Light", "via PICC
    # through Kokua Home Infusion", "Dosti Specialty Pharmacy home infusion" (a pharmacy's service)
    r"|company|through|pharmacy|appt|appointment|reminder|subject)"
)
# a word of the name; a full stop only after an abbreviation ("St."), not a sentence's end ("July.")
_NAME_WORD = (
    rf"(?!{_NOT_IN_NAME}[ \t])(?:[{UP}{LO}]{{1,3}}\.|[{UP}{LO}][{UP}{LO}'’&\-]*) +"  # no tab: a tab parts cells
)
# "Hansen's Drugs", "Harmon Drug": a bare "drug(s)" ends a shop's name only after a capital or an
# owner's possessive, since "antituberculosis drugs" and "gastrolesive drugs" are drug classes
_SHOP_DRUGS = (
    rf"(?!{_NOT_IN_NAME}[ \t])(?:(?-i:[{UP}][{UP}{LO}'’&\-]*[ \t]+(?:Drugs?|DRUGS?))"
    rf"|[{UP}{LO}][{UP}{LO}&\-]*['’]s[ \t]+drugs?)"  # or an owner's name in any case: "saidani's drug"
)


def _trade_rule(words: int, examples: tuple[tuple[str, str], ...], titled: bool = False) -> Rule:
    """A business named by `words` words and its trade noun. One rule per name length, because a
    match that starts too early ("morning babar discount drugs") fails the proper test and the
    scan moves past it; the rule with one word fewer still finds the name. `titled`: the nouns that
    only a capital makes a business's (`_TITLED_TRADE_NOUN`), behind their own gate."""
    name = rf"(?:{_NAME_WORD}){{{words}}}"
    shop = rf"(?:{_NAME_WORD}){{{words - 1}}}{_SHOP_DRUGS}"
    named = rf"{name}(?:{_TITLED_TRADE_NOUN})" if titled else rf"{name}{_TRADE_NOUN}|{shop}"
    return Rule(
        f"facility_titled_trade_{words}" if titled else f"facility_trade_{words}",
        "FACILITY",
        rf"(?i:(?<![\w'’-])({named})"
        # a name goes on after "and": "Donji Vakuf Rehab and Nursing Center" is one facility
        rf"(?![\w'’-]|[ \t]+(?:and|&)[ \t]+(?-i:[{UP}])))",
        group=1,
        proper="trade",  # "the regular pharmacy", "street drugs", "NSAID drugs": no name before the noun
        gate=_TITLED_TRADE_GATE if titled else _TRADE_GATE,
        examples=examples,
    )


def _literal(name: str) -> str:
    """A listed name as a regex: any run of spaces or tabs between words, either apostrophe."""
    return r"[ \t]+".join(re.escape(w).replace("'", "['’]") for w in name.split())


# longest first, so "Mass General Brigham" is one span and not "Mass General" + "Brigham"
_KNOWN_NAMES = "|".join(_literal(n) for n in sorted(ACADEMIC_CENTRE_NAMES, key=len, reverse=True))
_KNOWN_ABBREVIATIONS = "|".join(sorted(ACADEMIC_CENTRE_ABBREVIATIONS, key=len, reverse=True))

RULES: tuple[Rule, ...] = (
    Rule(
        "facility_known",
        "FACILITY",
        # not where the name is a health plan's ("UPMC for You", "UPMC Health Plan")
        rf"(?<![\w-])((?i:{_KNOWN_NAMES})|{_KNOWN_ABBREVIATIONS})(?![\w-])"
        r"(?![ \t]+(?:for[ \t]+(?i:you|life|kids)|(?i:health[ \t]*plans?)|Advantage)\b)",
        group=1,
        strong=True,  # a listed name is a facility wherever it stands; no keep list undoes it
        examples=(
            ("Previously followed at Mass General for her valve.", "Mass General"),
            ("LOCATION: MASS GENERAL", "MASS GENERAL"),
            ("Location: OHSU", "OHSU"),
            ("Transferred from NYU Langone overnight.", "NYU Langone"),
        ),
    ),
    Rule(
        "facility",
        "FACILITY",
        rf"""
        (   (?:(?:St\.?|Saint|Mount|Mt\.?|San|Santa|Our\ Lady\ of|The)[ \t]+)?          # St. / Saint ...
            (?:{CAPW}['’]?s?[ \t]+|[A-Z]{{2,}}[ \t]+|&[ \t]+|of[ \t]+|and[ \t]+|de[ \t]+|la[ \t]+|del[ \t]+){{0,4}}
            {CAPW}['’]?s?[ \t]+                                                          # ... Mary's
            (?:{_QUALIFIER}[ \t]+){{0,3}}                                                # General
            {_FACILITY_NOUN}(?![ \t]+(?i:aid|indemnity|insurance|fund)\b)                # not a plan
            (?:[ \t]+(?:of|at|in)[ \t]+{CAPW}(?:[ \t]+{CAPW}){{0,2}})?                   # of Springfield
        )(?![\w])
        """,
        re.X,
        group=1,
        proper="facility",
        gate=_FACILITY_GATE,
        examples=(
            ("She was transferred from St. Mary's Hospital yesterday.", "St. Mary's Hospital"),
            ("Follow-up at Wilson Medical Center next week.", "Wilson Medical Center"),
            ("Admitted from Tembisa Behavioral Health for detox.", "Tembisa Behavioral Health"),
            ("Transferred from Rawson Children's overnight.", "Rawson Children's"),
            ("Thanks,\nMarwan A.\nCase Manager, Dearborn Rescue Mission\n313.651.3645", "Dearborn Rescue Mission"),
            ("Officer Lee, badge 4182\nRajshahi County Court, docket no. 22-CR-94785", "Rajshahi County Court"),
        ),
    ),
    _trade_rule(
        1,
        (
            ("good morning babar discount drugs says they never got it", "babar discount drugs"),
            ("hospice from kiplagat visiting nurses starts wed", "kiplagat visiting nurses"),
            ("SHE IS STAYING AT MONTANDON RESIDENCE IN GILLIERON", "MONTANDON RESIDENCE"),
            ("the pharmacist at Hansen's Drugs said it was fine", "Hansen's Drugs"),
            ("Follow-up with Dr. Permchart (Morard Heart & Vascular) in 1 week.", "Morard Heart & Vascular"),
            ("Barbey Sleep Center\n8738 West Christophe Loop #21", "Barbey Sleep Center"),
            ("transfer my prescriptions from Halvorsen Rx please", "Halvorsen Rx"),
            ("can my refill go to kowalczyk's drug there instead", "kowalczyk's drug"),
            ("a work note for brannigan auto body", "brannigan auto body"),
            ("mom passed away at Ostrowski Senior Living on sunday", "Ostrowski Senior Living"),
            (
                "From: Chilaporn Khiawona, house manager, Fonseka Supported Living\nHouse phone",
                "Fonseka Supported Living",
            ),
            ("my referral to wound care at hollis community hospital", "hollis community hospital"),
            ("Encounter: August 14th 8:45 AM  Norbu Rehab  Urology", "Norbu Rehab"),
        ),
    ),
    _trade_rule(
        2,
        (
            ("I'm out as of 30 July. Oued Rhiou Discount Drugs thx", "Oued Rhiou Discount Drugs"),
            ("so i went to pick up my xarelto at Zighoud Youcef Discount Drugs", "Zighoud Youcef Discount Drugs"),
            ("Hi Amrik, Live Oak Durable Medical here. Your CPAP compliance report", "Live Oak Durable Medical"),
            ("Hello, this is K. Pisso, RDH at Ishtar Health Audiology. Your baby", "Ishtar Health Audiology"),
        ),
    ),
    _trade_rule(3, (("a note for Ait Ben Lounis Builders saying i was seen", "Ait Ben Lounis Builders"),)),
    _trade_rule(
        1,
        (
            ("Genetic testing via Rehov Genomics: negative.", "Rehov Genomics"),
            ("my dad rides with me to Edison Dialysis. u can fax it", "Edison Dialysis"),
        ),
        titled=True,
    ),
    _trade_rule(
        2,
        (
            (
                "Hi Kavita, this is Amit, RN with Beit Hashmonai Infusion Partners. Your next",
                "Beit Hashmonai Infusion Partners",
            ),
        ),
        titled=True,
    ),
    _trade_rule(
        3,
        (("Dr. Vang, my electric company Ain Ben Tili Power and Light needs", "Ain Ben Tili Power and Light"),),
        titled=True,
    ),
    Rule(
        # the patient's pharmacy, named after saying so, in any case: "my pharmacy is thoeng drug on 6623 s
        # herath ter" (a bare "drug" ends a shop's name only here or after a capital: see _SHOP_DRUGS)
        "pharmacy_is",
        "FACILITY",
        rf"(?i:\bpharmacy[ \t]+(?:is|was)[ \t]+((?:{_NAME_WORD}){{1,3}}?(?:drugs?|pharmacy|rx|apothecary|chemists?))(?![\w'’-]))",
        group=1,
        proper="trade",
        gate=keywords("pharmacy", 60),
        examples=(("new paragraph my pharmacy is thoeng drug on 6623 s herath ter comma", "thoeng drug"),),
    ),
    Rule(
        # an employer named where a patient's work is: "I start a new job at Pkhakadze Tile and Stone",
        # "a work note for Alievi Tile and Stone", "she works at Dobretici Cleaning"; any trade, so
        # the first word must name no common or clinical thing
        "employer_at",
        "FACILITY",
        rf"""
        \b(?i:new[ \t]+job[ \t]+(?:at|with)|(?:work|works|working|worked|employed|job)[ \t]+(?:at|for|by)
           |(?:work|works|working|worked)[ \t]+as[ \t]+(?:an?[ \t]+)?[a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*){{0,2}}?[ \t]+(?:at|for)
           |retired[ \t]+from|attends
           |(?:work|school|excuse)[ \t]+(?:note|letter|excuse|form)[ \t]+for)[ \t]+
        (?!(?:Dr|Mr|Mrs|Ms|Miss|Prof|The|My|Our|Your|His|Her)\b)
        ({CAPW}(?:[ \t]+(?:(?:and|&)[ \t]+)?{CAPW}){{0,4}})
        """,
        re.X,
        group=1,
        proper="trade",
        gate=keywords("job work works working worked employed note letter excuse form retired attends", 70, before=12),
        examples=(
            ("I start a new job at Pkhakadze Tile and Stone that week.", "Pkhakadze Tile and Stone"),
            ("hi I need a work note for Alievi Tile and Stone, my supervisor", "Alievi Tile and Stone"),
            ("Works as a line cook at Thoeng Manufacturing Company; work phone", "Thoeng Manufacturing Company"),
        ),
    ),
    Rule(
        "facility_of",
        "FACILITY",
        rf"""
        \b({_FACILITY_HEAD}[ \t]+
           (?:(?:of|del?|la|San(?:ta)?|Virgen)[ \t]++)*   # one reading per word: no backtracking blow-up
           {CAPW}(?:[ \t]+(?:de[ \t]+|del[ \t]+|la[ \t]+)?{CAPW}){{0,3}})
        """,
        re.X,
        group=1,
        proper="facility",
        gate=keywords(FACILITY_GATE_WORDS, 130, 5, cased=True),
        examples=(("Ingresó en el Hospital Ramón y Cajal ayer.", "Hospital Ramón"),),
    ),
    Rule(
        "facility_label",
        "FACILITY",
        r"""
        (?:^|\b)
        (?i:Facility|Hospital|Institution|Practice|Clinic|Organization|Employer|Company|School|Nursing\ home
        |Transferred\ from|Admitted\ to|Care\ site|Church|Congregation|Day\ ?care|Preschool|Agency|Vendor
        |Supplier)[ \t]*:[ \t]*
        ([A-Z0-9][^\n;]{2,59}?)(?=[ \t]*(?:\n|;|$|\.[ \t]|,[ \t]+\d))   # the value, to the end of the field
        """,
        re.M | re.X,
        group=1,
        proper="facility",
        gate=keywords(
            "facility hospital institution practice clinic location site organization employer company school nursing "
            "church congregation daycare day preschool agency vendor supplier",
            80,
        ),
        examples=(("Facility: Blackwell Clinic", "Blackwell Clinic"),),
    ),
)
