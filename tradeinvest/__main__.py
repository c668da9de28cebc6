"""`python -m tradeinvest`: the command line (tradeinvest.cli)."""

import os
import sys

from tradeinvest.cli import main

try:
    code = main()
    sys.stdout.flush()
except BrokenPipeError:
    # The reader stopped early (`history | head`): not an error, and no traceback. Python's
    # own advice: point stdout at devnull so the flush at exit does not raise again.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    code = 0
sys.exit(code)
