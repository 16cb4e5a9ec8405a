import sys

from luoshi.engine.cli import main

sys.exit(main())
