"""`python -m readouts`, the same as the `readouts` command."""
from .cli import main

main()
