# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardPhoneImportRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class MembercardPhoneImportRequest:
    """根据手机号导入用户会员卡请求 — the member to import. `encrypted_phone_number` takes the
    plaintext phone number; the SDK encrypts it.

    """

    encrypted_phone_number: str = _attrs_field(repr=_masked_repr)
    """ 用户加密手机号 — the user's phone number. Pass the plaintext; the SDK encrypts it with
    the WeChat Pay public key (RSA-OAEP) and sets `Wechatpay-Serial`.
     """
    out_request_no: str
    """ 商户请求单号 — the merchant's request number for this import. """
    code: str | Unset = UNSET
    """ 会员卡code — the code to give the user card (for templates whose codes the merchant chooses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_phone_number = self.encrypted_phone_number

        out_request_no = self.out_request_no

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_phone_number": encrypted_phone_number,
                "out_request_no": out_request_no,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        encrypted_phone_number = d.pop("encrypted_phone_number")

        out_request_no = d.pop("out_request_no")

        code = d.pop("code", UNSET)

        membercard_phone_import_request = cls(
            encrypted_phone_number=encrypted_phone_number,
            out_request_no=out_request_no,
            code=code,
        )

        membercard_phone_import_request.additional_properties = d
        return membercard_phone_import_request

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
