"""Coding: candidate generation, learned ranker, calibration, training and CodiEsp evaluation.

`Coder.load(artifact_dir).rank(text, sentences, embeddings)` is what the Triton `medcode`
model calls; `medcode train` builds the artifact and `medcode eval codiesp` measures it.
"""

from medcode.coding.coder import Coder, RankedCode
from medcode.coding.codes import fold_codiesp

__all__ = ["Coder", "RankedCode", "fold_codiesp"]
