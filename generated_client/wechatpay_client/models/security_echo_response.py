# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecurityEchoResponse")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class SecurityEchoResponse:
    """签名验签/加解密测试应答 — the echo."""

    echo_message: str
    """ 回显信息 — the message as sent. """
    encrypted_echo_message: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 平台证书或微信支付公钥加密测试字段 — the test message, re-encrypted by WeChat Pay with the
    merchant's key; the SDK decrypts it after verifying the answer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        echo_message = self.echo_message

        encrypted_echo_message = self.encrypted_echo_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "echo_message": echo_message,
            }
        )
        if encrypted_echo_message is not UNSET:
            field_dict["encrypted_echo_message"] = encrypted_echo_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        echo_message = d.pop("echo_message")

        encrypted_echo_message = d.pop("encrypted_echo_message", UNSET)

        security_echo_response = cls(
            echo_message=echo_message,
            encrypted_echo_message=encrypted_echo_message,
        )

        security_echo_response.additional_properties = d
        return security_echo_response

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
