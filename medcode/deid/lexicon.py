"""Word lists the recognizers need: name gazetteers, common vocabulary, keep-lists.

Loaded once per process. Name gazetteers come from the `faker` package's locale data (a pinned,
installed package: nothing is downloaded). The common vocabulary (words seen lower-case in
clinical text) decides which name tokens are ambiguous ("Brown", "Rose", "Hill").
"""
from __future__ import annotations

import functools
import importlib
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# Locales whose person names form the gazetteer. The heldout dev set deliberately draws
# half of its names from locales NOT listed here, to measure recall on unseen names.
GAZETTEER_LOCALES = (
    "en_US", "en_GB", "en_CA", "en_AU", "en_IE", "es_ES", "es_MX", "fr_FR", "de_DE",
    "it_IT", "pt_BR",
)

TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Doctor", "Sr", "Sra", "Dra", "Mister",
          "Madam", "Rev")

CREDENTIALS = (
    "MD", "M.D.", "DO", "D.O.", "RN", "NP", "PA", "PA-C", "PhD", "Ph.D.", "FNP", "CNM", "DDS",
    "MBBS", "FACP", "FACS", "FRCP", "MPH", "APRN", "LPN", "CRNA", "PharmD", "DPM", "MSN", "BSN",
    "LCSW", "PT", "DPT", "OT", "FACC", "FAAP", "MS", "MSc", "CNA", "RPh",
)

# Tokens never treated as names even when a gazetteer lists them (clinical words, months,
# section labels, frequent capitalised sentence starters).
NOT_NAMES = {
    "patient", "pt", "doctor", "nurse", "hospital", "clinic", "the", "he", "she", "his", "her",
    "history", "physical", "exam", "examination", "plan", "assessment", "impression",
    "diagnosis", "discharge", "admission", "date", "name", "age", "sex", "male", "female",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "street", "road", "avenue", "unit", "department", "service",
    "emergency", "medicine", "surgery", "cardiology", "neurology", "oncology", "radiology",
    "pathology", "pediatrics", "internal", "general", "intensive", "care", "in", "on", "at",
    "of", "and", "with", "no", "not", "mg", "ml", "iv", "po", "bid", "tid", "qd", "prn",
    "ct", "mri", "ecg", "ekg", "eeg", "hiv", "copd", "icu", "er", "ed", "or", "bp", "hr",
    "rr", "dna", "rna", "pcr", "md", "rn", "dr", "mr", "mrs", "ms", "attending", "signed",
    "dictated", "follow", "followed", "up", "day", "week", "month", "year", "today",
    "christian", "major", "minor", "mass", "grade", "stage", "type", "left", "right",
    "normal", "negative", "positive", "blood", "urine", "test", "tests", "protein", "lab",
    "fr", "hi", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "et", "al",
}
# microbial genera: capitalised in prose, and some are also given names ("Candida")
GENERA = {
    "candida", "klebsiella", "enterococcus", "staphylococcus", "streptococcus", "pseudomonas",
    "escherichia", "brucella", "proteus", "serratia", "listeria", "salmonella", "shigella",
    "aspergillus", "cryptococcus", "mycobacterium", "clostridium", "clostridioides", "nocardia",
    "actinomyces", "bartonella", "rickettsia", "coxiella", "leishmania", "toxoplasma",
    "treponema", "borrelia", "chlamydia", "mycoplasma", "morganella", "enterobacter",
    "citrobacter", "acinetobacter", "stenotrophomonas", "haemophilus", "neisseria",
    "legionella", "bordetella", "campylobacter", "helicobacter", "yersinia", "vibrio",
    "pasteurella", "kingella", "eikenella", "fusobacterium", "bacteroides", "prevotella",
    "propionibacterium", "cutibacterium", "corynebacterium", "rhodococcus", "tropheryma",
    "pneumocystis", "histoplasma", "coccidioides", "blastomyces", "sporothrix", "mucor",
    "rhizopus", "fusarium", "scedosporium", "trichophyton", "malassezia", "giardia",
    "entamoeba", "cryptosporidium", "plasmodium", "trypanosoma", "schistosoma",
    "strongyloides", "echinococcus", "taenia", "ascaris", "toxocara", "fasciola", "anisakis",
    "lactobacillus", "gardnerella", "ureaplasma", "granulicatella", "abiotrophia", "gemella",
    "micrococcus", "veillonella", "capnocytophaga", "aeromonas", "providencia", "hafnia",
}
NOT_NAMES |= GENERA

# Eponyms that appear in clinical text; when followed by a disease word they are kept.
EPONYMS = (
    "Addison", "Alzheimer", "Apgar", "Asperger", "Baker", "Barrett", "Bartter", "Behcet",
    "Behçet", "Bell", "Bence Jones", "Berger", "Bowen", "Breslow", "Broca", "Brown-Sequard",
    "Brown-Séquard", "Brugada", "Budd-Chiari", "Burkitt", "Castleman", "Chagas", "Charcot",
    "Charcot-Marie-Tooth", "Chiari", "Child-Pugh", "Churg-Strauss", "Colles", "Conn",
    "Coombs", "Creutzfeldt-Jakob", "Crohn", "Cushing", "Dandy-Walker", "DiGeorge", "Doppler",
    "Down", "Dressler", "Dubin-Johnson", "Duchenne", "Dupuytren", "Ehlers-Danlos",
    "Epstein-Barr", "Ewing", "Fabry", "Fallot", "Fanconi", "Foley", "Fournier", "Friedreich",
    "Gaucher", "Gilbert", "Glasgow", "Gleason", "Goodpasture", "Graves", "Guillain-Barre",
    "Guillain-Barré", "Hashimoto", "Henoch-Schonlein", "Henoch-Schönlein", "Hirschsprung",
    "Hodgkin", "Holter", "Horner", "Huntington", "Hurthle", "Hürthle", "Jackson-Pratt",
    "Kaposi", "Kawasaki", "Klinefelter", "Korsakoff", "Krukenberg", "Langerhans", "Legionella",
    "Leigh", "Lyme", "Lynch", "Mallory-Weiss", "Marfan", "McBurney", "Meckel", "Meniere",
    "Ménière", "Merkel", "Murphy", "Nissen", "Noonan", "Paget", "Papanicolaou", "Parkinson",
    "Peutz-Jeghers", "Peyronie", "Pott", "Prader-Willi", "Raynaud", "Reiter", "Reye",
    "Romberg", "Roux-en-Y", "Schatzki", "Schwann", "Sezary", "Sézary", "Sheehan", "Sjogren",
    "Sjögren", "Stevens-Johnson", "Still", "Swan-Ganz", "Takayasu", "Tay-Sachs", "Tourette",
    "Trendelenburg", "Turner", "Valsalva", "Von Willebrand", "von Willebrand", "Waldenstrom",
    "Waldenström", "Wegener", "Wernicke", "Whipple", "Willis", "Wilms", "Wilson",
    "Wolff-Parkinson-White", "Zenker", "Zollinger-Ellison", "Hartmann", "Kocher", "Billroth",
    "Pfannenstiel", "Seldinger", "Babinski", "Kernig", "Brudzinski", "Tinel", "Phalen",
    "Lasegue", "Lasègue", "Gram", "Ziehl-Neelsen", "Wells", "Karnofsky", "Ranson", "Mallampati",
    "Tanner", "Hickman", "Bankart", "Ilizarov", "Sylvius", "Bartholin", "Eustachian",
    "Fallopian", "Achilles", "Auerbach", "Meissner", "Purkinje", "Hansen", "Kussmaul",
    "Cheyne-Stokes", "Virchow", "Osler", "Janeway", "Roth", "Homans", "Levine", "Killip",
    "Forrest", "Clark", "Bosniak", "Fisher", "Hunt", "Hess", "Rankin", "Barthel", "Spetzler",
    "Salter-Harris", "Weber", "Garden", "Neer", "Gustilo", "Schatzker", "Ann Arbor", "Binet",
    "Rai", "Durie-Salmon", "Bethesda", "Nottingham", "Fuhrman", "Lugano", "Masaoka", "Dukes",
    "Astler-Coller", "Mayo", "Charlson", "Stanford", "DeBakey", "Crawford", "Ishak", "Metavir",
    "Milan", "Kasabach-Merritt", "Moyamoya", "Arnold-Chiari", "Tietze", "Alport", "Caroli",
    "Marchiafava-Bignami", "Kikuchi", "Rosai-Dorfman", "Erdheim-Chester", "Bowman", "Hunter",
    "Hurler", "Pompe", "Niemann-Pick", "Graves-Basedow", "Basedow", "De Quervain", "Riedel",
    "Kimura", "Kasai", "Mirizzi", "Boerhaave", "Ogilvie", "Menetrier", "Ménétrier", "Dieulafoy",
    "Zuckerkandl", "Warthin", "Wharton", "Stensen", "Frey", "Horton", "Bechterew", "Forestier",
    "Scheuermann", "Perthes", "Legg-Calve-Perthes", "Osgood-Schlatter", "Sever", "Kienbock",
    "Kienböck", "Madelung", "Sudeck", "Volkmann", "Morton", "Lisfranc", "Chopart", "Smith",
    "Monteggia", "Galeazzi", "Bennett", "Rolando", "Jones", "Maisonneuve", "Pilon",
)

# Words after an eponym that make it a clinical term, not a person.
EPONYM_HEADS = (
    "disease", "diseases", "syndrome", "syndromes", "lymphoma", "sarcoma", "palsy", "sign",
    "signs", "test", "tests", "score", "scale", "classification", "criteria", "fracture",
    "procedure", "operation", "catheter", "tube", "drain", "ulcer", "ulcers", "esophagus",
    "oesophagus", "cyst", "tumor", "tumour", "phenomenon", "reflex", "maneuver", "manoeuvre",
    "position", "disorder", "thyroiditis", "encephalopathy", "ataxia", "anomaly",
    "malformation", "dystrophy", "hernia", "diverticulum", "stain", "staining", "cell", "cells",
    "node", "nodes", "nodule", "nodules", "gland", "glands", "duct", "ducts", "canal",
    "tetralogy", "triad", "pentad", "grade", "stage", "staging", "type", "index", "ring",
    "line", "bundle", "body", "bodies", "arthritis", "ophthalmopathy", "orbitopathy",
    "neuralgia", "neuroma", "contracture", "deformity", "lesion", "lesions", "infection",
    "fever", "virus", "bacillus", "aneurysm", "dementia", "chorea", "tremor", "variant",
    "nephropathy", "nephritis", "purpura", "vasculitis", "arteritis", "histiocytosis",
    "hyperplasia", "shunt", "anastomosis", "fundoplication", "incision", "technique",
    "approach", "method", "needle", "graft", "repair", "resection", "pouch", "colectomy",
    "gastrectomy", "pancreaticoduodenectomy", "classification", "system", "circle",
    "respiration", "breathing", "nodes", "spots", "lines", "tear", "tears", "plexus",
    "monitor", "monitoring", "ultrasound", "echocardiography", "study", "studies", "sequence",
    "chamber", "space", "fascia", "ligament", "tendon", "trunk", "cycle", "effect",
    "pattern", "phenotype", "carcinoma", "mesothelioma", "leukemia", "leukaemia", "myeloma",
    "glomerulonephritis", "hemangioma", "cardiomyopathy", "thrombosis", "complex",
    "depression", "questionnaire", "inventory", "criteria", "needle", "solution", "medium",
    "agar", "assay", "equation", "formula", "law", "rule", "maneuvre", "view", "projection",
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
              "Nov", "Dec")


def fold(word: str) -> str:
    """Lower-case and strip accents, so gazetteer lookups ignore case and diacritics."""
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
    for attr in ("first_names", "first_names_male", "first_names_female",
                 "first_names_nonbinary"):
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


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded words that occur lower-case in clinical English (shipped word list)."""
    path = DATA_DIR / "common_words.txt"
    words = set()
    if path.exists():
        words.update(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())
    words.update(NOT_NAMES)
    return frozenset(words)


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
    out = {"usa", "us", "uk", "united states", "united kingdom", "england", "scotland", "wales",
           "spain", "mexico", "brazil", "portugal", "morocco", "peru", "colombia", "venezuela",
           "argentina", "chile", "ecuador", "bolivia", "cuba", "france", "germany", "italy",
           "china", "india", "pakistan", "nigeria", "romania", "ukraine", "russia", "senegal"}
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
