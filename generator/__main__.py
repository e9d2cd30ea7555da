"""`python -m generator [--check]`: regenerate generated_client/ from spec/openapi.yaml."""

from generator._core import main

raise SystemExit(main())
