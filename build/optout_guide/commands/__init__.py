"""One module per subcommand; each exposes add_parser(subparsers) and run(args) -> exit code."""
