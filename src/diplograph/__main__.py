"""Run the command line as `python -m diplograph`."""

from diplograph.cli import main

main()
