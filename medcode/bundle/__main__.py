"""`python -m medcode.bundle` runs the bundle builder (the same as `medcode bundle`)."""
import sys

from . import main

sys.exit(main(sys.argv[1:]))
