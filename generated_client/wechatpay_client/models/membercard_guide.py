# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardGuide")


@_attrs_define
class MembercardGuide:
    """会员专属咨询信息 — a personal adviser shown on the card."""

    staff_name: str | Unset = UNSET
    """ 联系人名字 — the adviser's name. """
    head_image_url: str | Unset = UNSET
    """ 联系人头像 — the adviser's picture. """
    contact_information_name: str | Unset = UNSET
    """ 联系方式 — the kind of contact (e.g. WeChat ID). """
    contact_information_value: str | Unset = UNSET
    """ 联系信息值 — the contact value. """
    phone_number: str | Unset = UNSET
    """ 联系电话 — the adviser's phone number (sent in clear; not an encrypted field). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_name = self.staff_name

        head_image_url = self.head_image_url

        contact_information_name = self.contact_information_name

        contact_information_value = self.contact_information_value

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_name is not UNSET:
            field_dict["staff_name"] = staff_name
        if head_image_url is not UNSET:
            field_dict["head_image_url"] = head_image_url
        if contact_information_name is not UNSET:
            field_dict["contact_information_name"] = contact_information_name
        if contact_information_value is not UNSET:
            field_dict["contact_information_value"] = contact_information_value
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        staff_name = d.pop("staff_name", UNSET)

        head_image_url = d.pop("head_image_url", UNSET)

        contact_information_name = d.pop("contact_information_name", UNSET)

        contact_information_value = d.pop("contact_information_value", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        membercard_guide = cls(
            staff_name=staff_name,
            head_image_url=head_image_url,
            contact_information_name=contact_information_name,
            contact_information_value=contact_information_value,
            phone_number=phone_number,
        )

        membercard_guide.additional_properties = d
        return membercard_guide

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
