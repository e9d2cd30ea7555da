# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Contains endpoint functions for accessing the API"""
