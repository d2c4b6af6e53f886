"""Training and evaluation: fit the coder (`medcode train`), measure coding quality
(`medcode eval codiesp`, `medcode eval reliability`) and de-identification (`medcode eval deid`).

Kept apart from what the server imports: nothing under `medcode.server`, `medcode.pipeline` or
`medcode/triton_models/` imports this package, so a serving host never loads training code.
"""
