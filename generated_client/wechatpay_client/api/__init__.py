# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Contains methods for accessing the API"""
