"""The PyInstaller bundle's entry point: the same command line as ``courtdesk-server``."""

import sys

from courtdesk.case_server.cli import main

if __name__ == "__main__":
    sys.exit(main())
