"""medcode: de-identify a clinical note, then code it (ICD-10-CM, ICD-10-PCS, HCPCS, CPT)."""

__version__ = "0.1.0"
