# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardCustomFieldValue")


@_attrs_define
class MembercardCustomFieldValue:
    """自定义开卡信息 — one merchant-defined sign-up field as filled in."""

    name: str | Unset = UNSET
    """ 字段名称 — the field's label. """
    value: str | Unset = UNSET
    """ 字段值 — the value of a single-value field. """
    value_list: list[str] | Unset = UNSET
    """ 字段值列表 — the values chosen in a multiple-choice field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        value_list: list[str] | Unset = UNSET
        if not isinstance(self.value_list, Unset):
            value_list = self.value_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if value_list is not UNSET:
            field_dict["value_list"] = value_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        value_list = cast(list[str], d.pop("value_list", UNSET))

        membercard_custom_field_value = cls(
            name=name,
            value=value,
            value_list=value_list,
        )

        membercard_custom_field_value.additional_properties = d
        return membercard_custom_field_value

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
