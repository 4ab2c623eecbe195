import sys

from bodymap.cli.run import main

sys.exit(main())
