import sys

from tradeinvest.cli import main

sys.exit(main())
