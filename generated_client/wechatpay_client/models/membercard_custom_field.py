# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membercard_custom_field_type import MembercardCustomFieldType, check_membercard_custom_field_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardCustomField")


@_attrs_define
class MembercardCustomField:
    """商户自定义的开卡信息字段 — one merchant-defined sign-up field (request side)."""

    type_: MembercardCustomFieldType | Unset = UNSET
    """ 字段类型 — free text, drop-down, single choice or multiple choice. """
    name: str | Unset = UNSET
    """ 字段名称 — the field's label. """
    values: list[str] | Unset = UNSET
    """ 字段值 — the choices of a `SELECT`, `RADIO` or `CHECK_BOX` field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        name = self.name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: MembercardCustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_membercard_custom_field_type(_type_)

        name = d.pop("name", UNSET)

        values = cast(list[str], d.pop("values", UNSET))

        membercard_custom_field = cls(
            type_=type_,
            name=name,
            values=values,
        )

        membercard_custom_field.additional_properties = d
        return membercard_custom_field

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
