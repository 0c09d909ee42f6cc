"""The `policy` console command."""
