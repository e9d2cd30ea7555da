# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""A client library for accessing WeChat Pay APIv3"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
