"""Word lists the recognizers need: name gazetteers, common vocabulary, keep-lists.

Loaded once per process. Name gazetteers come from the `faker` package's locale data (a pinned,
installed package: nothing is downloaded). The common vocabulary (words seen lower-case in
clinical text) decides which name tokens are ambiguous ("Brown", "Rose", "Hill").
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# Locales whose person names form the gazetteer. The heldout dev set deliberately draws
# half of its names from locales NOT listed here, to measure recall on unseen names.
GAZETTEER_LOCALES = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_IE",
    "es_ES",
    "es_MX",
    "fr_FR",
    "de_DE",
    "it_IT",
    "pt_BR",
)

TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Doctor", "Sr", "Sra", "Dra", "Mister", "Madam", "Rev")

CREDENTIALS = (
    "MD",
    "M.D.",
    "DO",
    "D.O.",
    "RN",
    "NP",
    "PA",
    "PA-C",
    "PhD",
    "Ph.D.",
    "FNP",
    "CNM",
    "DDS",
    "MBBS",
    "FACP",
    "FACS",
    "FRCP",
    "MPH",
    "APRN",
    "LPN",
    "CRNA",
    "PharmD",
    "DPM",
    "MSN",
    "BSN",
    "LCSW",
    "PT",
    "DPT",
    "OT",
    "FACC",
    "FAAP",
    "MS",
    "MSc",
    "CNA",
    "RPh",
)

# Tokens never treated as names even when a gazetteer lists them (clinical words, months,
# section labels, frequent capitalised sentence starters).
NOT_NAMES = {
    "patient",
    "pt",
    # label abbreviations a note in capitals puts before a value ("DISCH: 2021-03-04", "ACCT 123")
    "disch",
    "acct",
    "adm",
    # and after "LAST, FIRST" ("OBENG, JUAN, DOB 07/23/1970")
    "dob",
    "dod",
    "dos",
    "mrn",
    "ssn",
    "doctor",
    "nurse",
    "hospital",
    "clinic",
    "the",
    "he",
    "she",
    "his",
    "her",
    "history",
    "physical",
    "exam",
    "examination",
    "plan",
    "assessment",
    "impression",
    "diagnosis",
    "discharge",
    "admission",
    "date",
    "name",
    "age",
    "sex",
    "male",
    "female",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "street",
    "road",
    "avenue",
    "unit",
    "department",
    "service",
    "emergency",
    "medicine",
    "surgery",
    "cardiology",
    "neurology",
    "oncology",
    "radiology",
    "pathology",
    "pediatrics",
    "internal",
    "general",
    "intensive",
    "care",
    "in",
    "on",
    "at",
    "of",
    "and",
    "with",
    "no",
    "not",
    "mg",
    "ml",
    "iv",
    "po",
    "bid",
    "tid",
    "qd",
    "prn",
    "ct",
    "mri",
    "ecg",
    "ekg",
    "eeg",
    "hiv",
    "copd",
    "icu",
    "er",
    "ed",
    "or",
    "bp",
    "hr",
    "rr",
    "dna",
    "rna",
    "pcr",
    "md",
    "rn",
    "dr",
    "mr",
    "mrs",
    "ms",
    "attending",
    "signed",
    "dictated",
    "follow",
    "followed",
    "up",
    "day",
    "week",
    "month",
    "year",
    "today",
    "christian",
    "major",
    "minor",
    "mass",
    "grade",
    "stage",
    "type",
    "left",
    "right",
    "normal",
    "negative",
    "positive",
    "blood",
    "urine",
    "test",
    "tests",
    "protein",
    "lab",
    "fr",
    "hi",
    "ii",
    "iii",
    "vi",
    "vii",
    "viii",
    "ix",
    "xi",
    "xii",
    "et",
    "al",
    # the words of a record's own sections and fields, which case reports (the source of the common
    # word list) never print: "Addendum 4:30:", "REGISTRATION", "| Billing acct |", "Mailing ZIP",
    # a fax cover's "Pages: 5"
    "addendum",
    "registration",
    "billing",
    "mailing",
    "demographics",
    "signature",
    "treadmill",
    "fundal",
    "pages",
    # the code systems a claim or order names before its codes ("HCPCS B4087", "NDC 0002-8215-01")
    "hcpcs",
    "cpt",
    "icd",
    "drg",
    "ndc",
    "loinc",
    "snomed",
}
# microbial genera: capitalised in prose, and some are also given names ("Candida")
GENERA = {
    "candida",
    "klebsiella",
    "enterococcus",
    "staphylococcus",
    "streptococcus",
    "pseudomonas",
    "escherichia",
    "brucella",
    "proteus",
    "serratia",
    "listeria",
    "salmonella",
    "shigella",
    "aspergillus",
    "cryptococcus",
    "mycobacterium",
    "clostridium",
    "clostridioides",
    "nocardia",
    "actinomyces",
    "bartonella",
    "rickettsia",
    "coxiella",
    "leishmania",
    "toxoplasma",
    "treponema",
    "borrelia",
    "chlamydia",
    "mycoplasma",
    "morganella",
    "enterobacter",
    "citrobacter",
    "acinetobacter",
    "stenotrophomonas",
    "haemophilus",
    "neisseria",
    "legionella",
    "bordetella",
    "campylobacter",
    "helicobacter",
    "yersinia",
    "vibrio",
    "pasteurella",
    "kingella",
    "eikenella",
    "fusobacterium",
    "bacteroides",
    "prevotella",
    "propionibacterium",
    "cutibacterium",
    "corynebacterium",
    "rhodococcus",
    "tropheryma",
    "pneumocystis",
    "histoplasma",
    "coccidioides",
    "blastomyces",
    "sporothrix",
    "mucor",
    "rhizopus",
    "fusarium",
    "scedosporium",
    "trichophyton",
    "malassezia",
    "giardia",
    "entamoeba",
    "cryptosporidium",
    "plasmodium",
    "trypanosoma",
    "schistosoma",
    "strongyloides",
    "echinococcus",
    "taenia",
    "ascaris",
    "toxocara",
    "fasciola",
    "anisakis",
    "lactobacillus",
    "gardnerella",
    "ureaplasma",
    "granulicatella",
    "abiotrophia",
    "gemella",
    "micrococcus",
    "veillonella",
    "capnocytophaga",
    "aeromonas",
    "providencia",
    "hafnia",
}
NOT_NAMES |= GENERA

# Languages an interpreter is booked for ("Punjabi interpreter", "Sureth (Chaldean Neo-Aramaic)"):
# a language is no person, and the model reads these as names. Not the ones that are also common
# surnames or given names (English, French, Karen, Chin, Mam, Lao). They still name a facility
# ("Tibetan Community Center"), so they are no name words only (`has_proper_token`, kind "name").
LANGUAGES = frozenset(
    """
    spanish chinese mandarin cantonese toishanese vietnamese tagalog filipino korean arabic russian creole
    portuguese polish japanese italian persian farsi dari pashto urdu hindi punjabi gujarati bengali bangla
    tamil telugu marathi malayalam kannada nepali tibetan burmese hmong khmer somali amharic tigrinya oromo
    swahili kinyarwanda kirundi yoruba igbo hausa wolof hebrew yiddish armenian ukrainian romanian serbian
    croatian bosnian albanian greek turkish kurdish kurmanji sorani badini chaldean assyrian aramaic
    neo-aramaic sureth syriac uzbek tajik kazakh mongolian uyghur marshallese chuukese samoan tongan ilocano
    cebuano visayan navajo lakota dinka nuer lingala rohingya zomi kachin rakhine pohnpeian kosraean
    """.split()
)

# Eponyms that appear in clinical text; when followed by a disease word they are kept.
EPONYMS = (
    "Addison",
    "Alzheimer",
    "Apgar",
    "Asperger",
    "Baker",
    "Barrett",
    "Bartter",
    "Behcet",
    "Behçet",
    "Bell",
    "Bence Jones",
    "Berger",
    "Bowen",
    "Breslow",
    "Broca",
    "Brown-Sequard",
    "Brown-Séquard",
    "Brugada",
    "Budd-Chiari",
    "Burkitt",
    "Castleman",
    "Chagas",
    "Charcot",
    "Charcot-Marie-Tooth",
    "Chiari",
    "Child-Pugh",
    "Churg-Strauss",
    "Colles",
    "Conn",
    "Coombs",
    "Creutzfeldt-Jakob",
    "Crohn",
    "Cushing",
    "Dandy-Walker",
    "DiGeorge",
    "Doppler",
    "Down",
    "Dressler",
    "Dubin-Johnson",
    "Duchenne",
    "Dupuytren",
    "Ehlers-Danlos",
    "Epstein-Barr",
    "Ewing",
    "Fabry",
    "Fallot",
    "Fanconi",
    "Foley",
    "Fournier",
    "Friedreich",
    "Gaucher",
    "Gilbert",
    "Glasgow",
    "Gleason",
    "Goodpasture",
    "Graves",
    "Guillain-Barre",
    "Guillain-Barré",
    "Hashimoto",
    "Henoch-Schonlein",
    "Henoch-Schönlein",
    "Hirschsprung",
    "Hodgkin",
    "Holter",
    "Horner",
    "Huntington",
    "Hurthle",
    "Hürthle",
    "Jackson-Pratt",
    "Kaposi",
    "Kawasaki",
    "Klinefelter",
    "Korsakoff",
    "Krukenberg",
    "Langerhans",
    "Legionella",
    "Leigh",
    "Lyme",
    "Lynch",
    "Mallory-Weiss",
    "Marfan",
    "McBurney",
    "Meckel",
    "Meniere",
    "Ménière",
    "Merkel",
    "Murphy",
    "Nissen",
    "Noonan",
    "Paget",
    "Papanicolaou",
    "Parkinson",
    "Peutz-Jeghers",
    "Peyronie",
    "Pott",
    "Prader-Willi",
    "Raynaud",
    "Reiter",
    "Reye",
    "Romberg",
    "Roux-en-Y",
    "Schatzki",
    "Schwann",
    "Sezary",
    "Sézary",
    "Sheehan",
    "Sjogren",
    "Sjögren",
    "Stevens-Johnson",
    "Still",
    "Swan-Ganz",
    "Takayasu",
    "Tay-Sachs",
    "Tourette",
    "Trendelenburg",
    "Turner",
    "Valsalva",
    "Von Willebrand",
    "von Willebrand",
    "Waldenstrom",
    "Waldenström",
    "Wegener",
    "Wernicke",
    "Whipple",
    "Willis",
    "Wilms",
    "Wilson",
    "Wolff-Parkinson-White",
    "Zenker",
    "Zollinger-Ellison",
    "Hartmann",
    "Kocher",
    "Billroth",
    "Pfannenstiel",
    "Seldinger",
    "Babinski",
    "Kernig",
    "Brudzinski",
    "Tinel",
    "Phalen",
    "Lasegue",
    "Lasègue",
    "Gram",
    "Ziehl-Neelsen",
    "Wells",
    "Karnofsky",
    "Ranson",
    "Mallampati",
    "Tanner",
    "Hickman",
    "Bankart",
    "Ilizarov",
    "Sylvius",
    "Bartholin",
    "Eustachian",
    "Fallopian",
    "Achilles",
    "Auerbach",
    "Meissner",
    "Purkinje",
    "Hansen",
    "Kussmaul",
    "Cheyne-Stokes",
    "Virchow",
    "Osler",
    "Janeway",
    "Roth",
    "Homans",
    "Levine",
    "Killip",
    "Forrest",
    "Clark",
    "Bosniak",
    "Fisher",
    "Hunt",
    "Hess",
    "Rankin",
    "Barthel",
    "Spetzler",
    "Salter-Harris",
    "Weber",
    "Garden",
    "Neer",
    "Gustilo",
    "Schatzker",
    "Ann Arbor",
    "Binet",
    "Rai",
    "Durie-Salmon",
    "Bethesda",
    "Nottingham",
    "Fuhrman",
    "Lugano",
    "Masaoka",
    "Dukes",
    "Astler-Coller",
    "Mayo",
    "Charlson",
    "Stanford",
    "DeBakey",
    "Crawford",
    "Ishak",
    "Metavir",
    "Milan",
    "Kasabach-Merritt",
    "Moyamoya",
    "Arnold-Chiari",
    "Tietze",
    "Alport",
    "Caroli",
    "Marchiafava-Bignami",
    "Kikuchi",
    "Rosai-Dorfman",
    "Erdheim-Chester",
    "Bowman",
    "Hunter",
    "Hurler",
    "Pompe",
    "Niemann-Pick",
    "Graves-Basedow",
    "Basedow",
    "De Quervain",
    "Riedel",
    "Kimura",
    "Kasai",
    "Mirizzi",
    "Boerhaave",
    "Ogilvie",
    "Menetrier",
    "Ménétrier",
    "Dieulafoy",
    "Zuckerkandl",
    "Lewy",
    "Garrod",
    "Warthin",
    "Wharton",
    "Stensen",
    "Frey",
    "Horton",
    "Bechterew",
    "Forestier",
    "Scheuermann",
    "Perthes",
    "Legg-Calve-Perthes",
    "Osgood-Schlatter",
    "Sever",
    "Kienbock",
    "Kienböck",
    "Madelung",
    "Sudeck",
    "Volkmann",
    "Morton",
    "Lisfranc",
    "Chopart",
    "Smith",
    "Monteggia",
    "Galeazzi",
    "Bennett",
    "Rolando",
    "Jones",
    "Maisonneuve",
    "Pilon",
)

# Words after an eponym that make it a clinical term, not a person.
EPONYM_HEADS = (
    "disease",
    "diseases",
    "syndrome",
    "syndromes",
    "lymphoma",
    "sarcoma",
    "palsy",
    "sign",
    "signs",
    "sound",
    "sounds",
    "stigmata",
    # instruments and dressings named after their designers ("Metzenbaum scissors", "Pozzi tenaculum",
    # "Unna boot") and a heart block's type ("Mobitz block")
    "scissors",
    "forceps",
    "retractor",
    "retractors",
    "clamp",
    "clamps",
    "tenaculum",
    "speculum",
    "curette",
    "boot",
    "block",
    "test",
    "tests",
    "score",
    "scale",
    "classification",
    "criteria",
    "fracture",
    "procedure",
    "operation",
    "catheter",
    "tube",
    "drain",
    "ulcer",
    "ulcers",
    "esophagus",
    "oesophagus",
    "cyst",
    "tumor",
    "tumour",
    "phenomenon",
    "reflex",
    "maneuver",
    "manoeuvre",
    # the plurals a note writes of several ("Chapman reflexes", "Leopold maneuvers", "Braxton Hicks
    # contractions")
    "reflexes",
    "rings",
    "maneuvers",
    "manoeuvres",
    "contractions",
    "techniques",
    "scales",
    "scores",
    "fractures",
    "procedures",
    "position",
    "disorder",
    "thyroiditis",
    "encephalopathy",
    "ataxia",
    "anomaly",
    "malformation",
    "dystrophy",
    "hernia",
    "diverticulum",
    "stain",
    "staining",
    "cell",
    "cells",
    "node",
    "nodes",
    "nodule",
    "nodules",
    "gland",
    "glands",
    "duct",
    "ducts",
    "canal",
    "tetralogy",
    "triad",
    "pentad",
    "grade",
    "stage",
    "staging",
    "type",
    "index",
    "ring",
    "line",
    "bundle",
    "body",
    "bodies",
    "arthritis",
    "ophthalmopathy",
    "orbitopathy",
    "neuralgia",
    "neuroma",
    "contracture",
    "deformity",
    "lesion",
    "lesions",
    "infection",
    "fever",
    "virus",
    "bacillus",
    "aneurysm",
    "dementia",
    "chorea",
    "tremor",
    "variant",
    "nephropathy",
    "nephritis",
    "purpura",
    "vasculitis",
    "arteritis",
    "histiocytosis",
    "hyperplasia",
    "shunt",
    "anastomosis",
    "fundoplication",
    "incision",
    "technique",
    "approach",
    "method",
    "needle",
    "graft",
    "repair",
    "resection",
    "pouch",
    "colectomy",
    "gastrectomy",
    "pancreaticoduodenectomy",
    "classification",
    "system",
    "circle",
    "respiration",
    "breathing",
    "nodes",
    "spots",
    "lines",
    "tear",
    "tears",
    "plexus",
    "monitor",
    "monitoring",
    "ultrasound",
    "echocardiography",
    "study",
    "studies",
    "sequence",
    "chamber",
    "space",
    "fascia",
    "ligament",
    "tendon",
    "trunk",
    "cycle",
    "effect",
    "pattern",
    "phenotype",
    "carcinoma",
    "mesothelioma",
    "leukemia",
    "leukaemia",
    "myeloma",
    "glomerulonephritis",
    "hemangioma",
    "cardiomyopathy",
    "thrombosis",
    "complex",
    "depression",
    "questionnaire",
    "inventory",
    "criteria",
    "needle",
    "solution",
    "medium",
    "agar",
    "assay",
    "equation",
    "formula",
    # what a named protocol or nomogram is called by ("Bruce protocol"); not "step" ("Smith
    # step-down unit"), "exercises" ("Maria exercises daily") or "ADL" ("Maria's ADL assessment")
    "protocol",
    "nomogram",
    "law",
    "rule",
    "maneuvre",
    "view",
    "projection",
    # instruments named after who designed them ("Gomco clamp", "Miller blade", "Graves speculum")
    "clamp",
    "forceps",
    "retractor",
    "speculum",
    "blade",
    "fistula",
    "angina",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

# Facility vocabulary, the one list. Roles: "gate": a capitalised occurrence opens a search window
# for the facility rules; "generic": never a proper token, so a span made only of such words
# ("the Medical Center") is not a facility (or person) name.
FACILITY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "hospital hospitals clinic clinics clínica center centre infirmary hospice home facility system "
        "healthcare health care group institute pharmacy laboratory laboratories associates polyclinic "
        "physicians imaging radiology practice universitario children's recovery church parish cathedral chapel "
        "mosque synagogue congregation court lab shelter mission gurdwara".split(),
        "gate generic",
    ),
    **dict.fromkeys("centro sanatorium klinikum ospedale complejo pediatrics paediatrics".split(), "gate"),
    **dict.fromkeys(
        "medical nursing surgery surgical rehabilitation rehab urgent dialysis cancer family general memorial "
        "regional community university women's county veterans teaching clinica saint st st. "
        "of the at in and de del la our this that their your".split(),
        "generic",
    ),
}
# Well-known US academic medical centres by the short names and abbreviations clinicians write
# ("Previously followed at Mass General", "Location: OHSU"): nothing in such a name says
# "hospital", so only a list finds them. Names with a facility noun ("Cleveland Clinic") are the
# facility rule's; abbreviations with a clinical meaning are left out (CHOP: a chemotherapy
# regimen, MSK: musculoskeletal, UVA: ultraviolet A, UCI: intensive care unit in Spanish notes,
# CCF: congestive cardiac failure), as are names that are also insurers (Kaiser, Geisinger).
ACADEMIC_CENTRE_NAMES = (
    "Mass General Brigham",
    "Mass General",
    "Massachusetts General",
    "Brigham and Women's",
    "Mass Eye and Ear",
    "Beth Israel Deaconess",
    "Beth Israel Lahey",
    "Beth Israel",
    "Dana-Farber",
    "Johns Hopkins",
    "Memorial Sloan Kettering",
    "Sloan Kettering",
    "MD Anderson",
    "Cedars-Sinai",
    "Mount Sinai",
    "NYU Langone",
    "NewYork-Presbyterian",
    "Yale New Haven",
    "Barnes-Jewish",
    "Penn Medicine",
    "Penn State Health",
    "Michigan Medicine",
    "Stanford Health Care",
    "Stanford Medicine",
    "UCLA Health",
    "UC Davis Health",
    "UCSF Health",
    "UC San Diego Health",
    "UChicago Medicine",
    "Northwestern Medicine",
    "Northwestern Memorial",
    "Duke Health",
    "Emory Healthcare",
    "Vanderbilt Health",
    "Intermountain Health",
    "Ochsner Health",
    "Ochsner",
    "Baylor Scott & White",
    "Houston Methodist",
    "Lurie Children's",
    "Nationwide Children's",
    "Seattle Children's",
    "Boston Children's",
    "Texas Children's",
    "Cincinnati Children's",
    "UW Medicine",
    "Fred Hutch",
    "City of Hope",
    "Hackensack Meridian",
    "Northwell Health",
    "Atrium Health",
    "Sutter Health",
    "Jefferson Health",
    "Rush University",
    "Henry Ford Health",
    "Tufts Medical",
    "UT Southwestern",
    "UTHealth",
    "UCHealth",
    "Froedtert",
    "Sanford Health",
    "Allina Health",
    "Spectrum Health",
    "Corewell Health",
)
ACADEMIC_CENTRE_ABBREVIATIONS = (
    "UPMC",
    "OHSU",
    "MUSC",
    "UCSF",
    "UCLA",
    "UCSD",
    "UAB",
    "UNC",
    "UTMB",
    "UTSW",
    "MGH",
    "BIDMC",
    "BWH",
    "MSKCC",
    "MDACC",
    "CHLA",
    "NYP",
    "VUMC",
    "UIHC",
    "UNMH",
    "MCW",
    "URMC",
    "UMMC",
    "WVU",
    "KUMC",
    "OSUMC",
    "NYU",
    "HSS",
    "CCHMC",
    "UTHSCSA",
)
FACILITY_GATE_WORDS = frozenset(w for w, roles in FACILITY_WORDS.items() if "gate" in roles.split())
FACILITY_GENERIC_WORDS = frozenset(w for w, roles in FACILITY_WORDS.items() if "generic" in roles.split())


def fold(word: str) -> str:
    """Lower-case and strip accents, so gazetteer lookups ignore case and diacritics. Words of
    ordinary length are cached (a note repeats its words, and the engine folds each word it tests
    several times); a long run of letters is not, so hostile notes cannot fill the cache with
    kilobytes per entry in a long-running server."""
    return _fold_word(word) if len(word) <= _FOLD_CACHED_LEN else _fold(word)


_FOLD_CACHED_LEN = 40  # longer than any real word


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return _fold(word)


def _fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word)
    return "".join(c for c in w if not unicodedata.combining(c)).lower()


def _provider_names(locale: str) -> tuple[set[str], set[str]]:
    try:
        mod = importlib.import_module(f"faker.providers.person.{locale}")
    except ImportError:
        return set(), set()
    p = mod.Provider
    first: set[str] = set()
    last: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        first.update(getattr(p, attr, ()) or ())
    last.update(getattr(p, "last_names", ()) or ())
    return first, last


@functools.lru_cache(maxsize=1)
def name_gazetteer() -> frozenset[str]:
    """Folded first and last name tokens from the gazetteer locales (multi-word names split)."""
    out: set[str] = set()
    for loc in GAZETTEER_LOCALES:
        first, last = _provider_names(loc)
        for n in first | last:
            for tok in n.replace("-", " ").split():
                if len(tok) > 1:
                    out.add(fold(tok))
    return frozenset(out)


def _shipped_words(name: str) -> set[str]:
    """The words of a shipped list in DATA_DIR (one a line), or none when it is absent."""
    path = DATA_DIR / name
    if not path.exists():
        return set()
    return {w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()}


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded words that occur lower-case in clinical English (shipped word list), with the head
    words of eponyms ("neuroma", "tetralogy"): clinical words, never the name beside them."""
    words = _shipped_words("common_words.txt")
    words.update(NOT_NAMES)
    words.update(EPONYM_HEADS)
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def substances() -> frozenset[str]:
    """Folded one-word drug and chemical names: the ICD-10-CM Table of Drugs and Chemicals
    (`substances.txt`) and the generic and brand drug names of a public drug dictionary
    (`drug_names.txt`), less any token of a person's or (for the dictionary) a place's name;
    shipped lists, `tools/deid/build_lexicon.py`. Case reports capitalise drugs ("Piperacillin",
    "Mesna") and patients write brands in any case ("need my jardiance"); the uncased PHI model
    reads both as names or places."""
    return frozenset(_shipped_words("substances.txt") | _shipped_words("drug_names.txt"))


@functools.lru_cache(maxsize=1)
def clinical_abbreviations() -> frozenset[str]:
    """Abbreviations many case reports share ("CRP", "IgG", "PaO2"; case kept, no person-name
    token; shipped list, `tools/deid/build_lexicon.py`): the uncased PHI model reads some as
    names or places."""
    return frozenset(_shipped_words("abbreviations.txt")) | CARE_ABBREVIATIONS


LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word without its digits, hyphens or apostrophes


def place_key(words: str) -> str:
    """A place name as `us_place_names` holds it: its letter runs folded, one space between
    ("Lake Worth Beach", "LAKE WORTH BEACH", "Black Point-Green Point")."""
    return " ".join(fold(w) for w in LETTERS.findall(words))


@functools.lru_cache(maxsize=1)
def us_place_names() -> frozenset[str]:
    """US places of two words or more (`place_key` form; GeoNames' places of 1,000 people or more,
    shipped list `us_places.txt`, `tools/deid/build_lexicon.py`). Many are made of ordinary words
    ("Grand Island", "Falls Church", "Twin Falls", "Sugar Land") that the common-word test reads as
    clinical or generic, so a place or facility named after one would otherwise look like no name."""
    return frozenset(_shipped_words("us_places.txt"))


# US care-setting abbreviations that case reports seldom write, so the list above lacks them: code
# status orders, transport levels, places of care and their equipment
CARE_ABBREVIATIONS = frozenset("DNR DNI DNAR POLST MOLST EMS ALS BLS NEMT SNF LTACH ALF IRF DME HHA".split())


@functools.lru_cache(maxsize=1)
def strong_names() -> frozenset[str]:
    """Gazetteer tokens that are not ordinary words: safe to redact without context."""
    cw = common_words()
    return frozenset(n for n in name_gazetteer() if n not in cw and len(n) > 2)


@functools.lru_cache(maxsize=1)
def eponym_set() -> frozenset[str]:
    return frozenset(fold(e) for e in EPONYMS)


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country names (faker's list plus common short forms)."""
    out = {
        "usa",
        "us",
        "uk",
        "united states",
        "united kingdom",
        "england",
        "scotland",
        "wales",
        "spain",
        "mexico",
        "brazil",
        "portugal",
        "morocco",
        "peru",
        "colombia",
        "venezuela",
        "argentina",
        "chile",
        "ecuador",
        "bolivia",
        "cuba",
        "france",
        "germany",
        "italy",
        "china",
        "india",
        "pakistan",
        "nigeria",
        "romania",
        "ukraine",
        "russia",
        "senegal",
        # short forms US notes use where the list has the formal name ("Syrian Arab Republic")
        "syria",
        "palestine",
        "south sudan",
        "drc",
        "dr congo",
        "congo",
        "laos",
        "vietnam",
        "iran",
        "burma",
        "bosnia",
        "north macedonia",
        "ivory coast",
        "south korea",
        "north korea",
        "tanzania",
    }
    try:
        from faker.providers.address.en_US import Provider

        out.update(c.lower() for c in Provider.countries)
    except ImportError:
        pass
    for loc in ("es_ES",):
        try:
            mod = importlib.import_module(f"faker.providers.address.{loc}")
            out.update(c.lower() for c in getattr(mod.Provider, "countries", ()))
        except ImportError:
            pass
    return frozenset(out)
