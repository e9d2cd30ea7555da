# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecurityEchoNotificationResource")


@_attrs_define
class SecurityEchoNotificationResource:
    """签名验签/加解密测试回调 — the decrypted resource of `SECURITY_ECHO.SUCCESS` (original_type
    `security`), sent to the `notify_url` of `send_security_echo` once the test succeeded, so
    that the merchant can check its notification handling. Unknown keys are kept.

    """

    echo_message: str
    """ 回显消息 — the `echo_message` of the request. """
    encrypt_echo_message: str | Unset = UNSET
    """ 加密回显消息 — the encrypted test message (note the spelling `encrypt_`, not
    `encrypted_`). Kept as received: the SDK does not decrypt notification fields.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        echo_message = self.echo_message

        encrypt_echo_message = self.encrypt_echo_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "echo_message": echo_message,
            }
        )
        if encrypt_echo_message is not UNSET:
            field_dict["encrypt_echo_message"] = encrypt_echo_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        echo_message = d.pop("echo_message")

        encrypt_echo_message = d.pop("encrypt_echo_message", UNSET)

        security_echo_notification_resource = cls(
            echo_message=echo_message,
            encrypt_echo_message=encrypt_echo_message,
        )

        security_echo_notification_resource.additional_properties = d
        return security_echo_notification_resource

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
