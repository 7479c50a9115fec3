"""The command line's parts that are not composition: argument parsing and document commands."""
