# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_phone_member_information import MembercardPhoneMemberInformation


T = TypeVar("T", bound="MembercardPhoneMemberImportRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class MembercardPhoneMemberImportRequest:
    """导入加密手机号提醒会员领卡请求 — a registered member to remind. `encrypted_phone_number`
    takes the plaintext phone number; the SDK encrypts it.

    """

    member_information: MembercardPhoneMemberInformation
    """ 会员信息 — the member as registered with the merchant. """
    encrypted_phone_number: str = _attrs_field(repr=_masked_repr)
    """ 加密手机号 — the member's phone number. Pass the plaintext; the SDK encrypts it with
    the WeChat Pay public key (RSA-OAEP) and sets `Wechatpay-Serial`.
     """
    outer_str: str | Unset = UNSET
    """ 自定义场景值 — a scene value, echoed as `outer_str` in `MEMBERCARD.ACCEPT_CARD`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_information = self.member_information.to_dict()

        encrypted_phone_number = self.encrypted_phone_number

        outer_str = self.outer_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_information": member_information,
                "encrypted_phone_number": encrypted_phone_number,
            }
        )
        if outer_str is not UNSET:
            field_dict["outer_str"] = outer_str

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_phone_member_information import MembercardPhoneMemberInformation

        d = dict(src_dict)
        member_information = MembercardPhoneMemberInformation.from_dict(d.pop("member_information"))

        encrypted_phone_number = d.pop("encrypted_phone_number")

        outer_str = d.pop("outer_str", UNSET)

        membercard_phone_member_import_request = cls(
            member_information=member_information,
            encrypted_phone_number=encrypted_phone_number,
            outer_str=outer_str,
        )

        membercard_phone_member_import_request.additional_properties = d
        return membercard_phone_member_import_request

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
