"""Drug and chemical names stay in the de-identified note: case reports capitalise them, and the
uncased PHI model reads "Piperacillin" or "Mesna" as a name, which erases the coder's evidence."""

from __future__ import annotations

import pytest

from medcode.deid.engine import _plausible
from medcode.deid.lexicon import substances
from medcode.deid.ner import NerHit

NOTE = "Treatment with {} was started on the ward and the fever settled within two days."


def test_substance_list_holds_drugs_and_no_person_names():
    subs = substances()
    assert {"piperacillin", "loperamide", "mesna", "chlorambucil", "heparin"} <= subs
    # substances that are also given or family names in some locale stay out of the list
    assert not {"violet", "senna", "ginger", "jasmine", "silver"} & subs


@pytest.mark.parametrize("kind", ["NAME", "FACILITY", "LOCATION"])
@pytest.mark.parametrize("drug", ["Piperacillin", "Loperamide", "Mesna"])
def test_a_model_span_naming_only_a_drug_is_not_phi(drug, kind):
    note = NOTE.format(drug)
    at = note.index(drug)
    assert not _plausible(note, NerHit(at, at + len(drug), kind, 0.99), False, frozenset())


def test_a_span_with_a_name_beside_the_drug_stays_phi():
    """Only spans made wholly of drug (and common) words are dropped: a surname keeps its span."""
    value = "Mesna Kowalczyk"
    note = NOTE.format(value)
    at = note.index(value)
    assert _plausible(note, NerHit(at, at + len(value), "NAME", 0.99), False, frozenset())


MESSAGE = "ok so i went to pick up my {} yesterday and they said it needs a prior auth"


@pytest.mark.parametrize("kind", ["NAME", "FACILITY", "LOCATION"])
@pytest.mark.parametrize("drug", ["jardiance", "Trulicity", "eliquis", "Mounjaro", "amlodipine", "Keppra"])
def test_a_brand_or_generic_drug_a_patient_writes_is_not_phi(drug, kind):
    """Patients write the brands they take, in any case; the Table of Drugs has almost none."""
    note = MESSAGE.format(drug)
    at = note.index(drug)
    assert not _plausible(note, NerHit(at, at + len(drug), kind, 0.99), False, frozenset())


def test_drug_names_that_are_also_names_or_places_stay_out():
    """Brands spelt like a given name ("Allegra", "Camila") or a place ("Rhein") are not on the list:
    a span of them stays PHI."""
    subs = substances()
    assert not {"allegra", "camila", "kendrick", "rhein"} & subs
    note = "Her daughter Allegra drove her to the clinic in Weil am Rhein."
    for word in ("Allegra", "Rhein"):
        at = note.index(word)
        assert _plausible(note, NerHit(at, at + len(word), "NAME", 0.99), False, frozenset())


def test_shipped_drug_names_are_what_the_builder_makes_from_the_pinned_dictionary():
    from medcode.deid.lexicon import DATA_DIR
    from tools.deid.build_lexicon import drug_dictionary_path, drug_names

    shipped = (DATA_DIR / "drug_names.txt").read_text(encoding="utf-8").split()
    assert drug_names(drug_dictionary_path()) == shipped


def test_shipped_list_is_what_the_builder_makes_from_the_vendored_drug_table():
    from medcode import paths
    from medcode.deid.lexicon import DATA_DIR
    from tools.deid.build_lexicon import substances as build

    shipped = (DATA_DIR / "substances.txt").read_text(encoding="utf-8").split()
    assert build(paths.icd_index_dir() / "ICD10CM_2025_Drugs.csv") == shipped


@pytest.mark.parametrize("abbreviation", ["IgG", "CRP", "FiO2"])
@pytest.mark.parametrize("kind", ["NAME", "LOCATION"])
def test_a_laboratory_abbreviation_alone_is_not_a_name_or_place(abbreviation, kind):
    note = NOTE.format(abbreviation + " monitoring")
    at = note.index(abbreviation)
    assert not _plausible(note, NerHit(at, at + len(abbreviation), kind, 0.99), False, frozenset())


def test_an_abbreviation_the_model_reads_as_a_facility_stays_redacted():
    """A facility's abbreviation can be a clinical one ("VA": visual acuity, Veterans Affairs), so
    facility spans are not dropped for it; and a name spelt like an abbreviation ("ELISA") is not
    on the list at all."""
    from medcode.deid.lexicon import clinical_abbreviations

    note = "Seen at the CRP clinic last week."
    at = note.index("CRP")
    assert _plausible(note, NerHit(at, at + 3, "FACILITY", 0.99), False, frozenset())
    assert "ELISA" not in clinical_abbreviations()


def test_shipped_abbreviations_are_what_the_builder_makes_from_codiesp_train():
    from medcode import paths
    from medcode.deid.lexicon import CARE_ABBREVIATIONS, clinical_abbreviations
    from tools.deid.build_lexicon import abbreviations as build

    shipped = (paths.REPO_ROOT / "medcode" / "deid" / "data" / "abbreviations.txt").read_text(encoding="utf-8").split()
    assert build(paths.codiesp_dir() / "train" / "text_files_en") == shipped
    assert clinical_abbreviations() == frozenset(shipped) | CARE_ABBREVIATIONS


def test_shipped_us_places_are_what_the_builder_makes_from_the_pinned_geonames_cache():
    from medcode.deid.lexicon import DATA_DIR, us_place_names
    from tools.deid.build_lexicon import us_places

    shipped = (DATA_DIR / "us_places.txt").read_text(encoding="utf-8").splitlines()
    assert us_places() == shipped
    assert {"grand island", "falls church", "twin falls"} <= us_place_names()
