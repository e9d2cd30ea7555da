# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_response_custom_field import MembercardResponseCustomField


T = TypeVar("T", bound="MembercardResponseUserInformationForm")


@_attrs_define
class MembercardResponseUserInformationForm:
    """开卡信息 — the template's sign-up form (answer side)."""

    can_modify_after_activate: bool | Unset = UNSET
    """ 是否允许修改 — whether users may change their information after activation. """
    common_field_list: list[str] | Unset = UNSET
    """ 平台提供的通用开卡信息字段 — standard fields, e.g. `USER_FORM_FLAG_MOBILE`,
    `USER_FORM_FLAG_NAME` (open set).
     """
    custom_field_list: list[MembercardResponseCustomField] | Unset = UNSET
    """ 商户自定义的开卡信息字段 — the merchant's own fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_modify_after_activate = self.can_modify_after_activate

        common_field_list: list[str] | Unset = UNSET
        if not isinstance(self.common_field_list, Unset):
            common_field_list = self.common_field_list

        custom_field_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_list, Unset):
            custom_field_list = []
            for custom_field_list_item_data in self.custom_field_list:
                custom_field_list_item = custom_field_list_item_data.to_dict()
                custom_field_list.append(custom_field_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_modify_after_activate is not UNSET:
            field_dict["can_modify_after_activate"] = can_modify_after_activate
        if common_field_list is not UNSET:
            field_dict["common_field_list"] = common_field_list
        if custom_field_list is not UNSET:
            field_dict["custom_field_list"] = custom_field_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_response_custom_field import MembercardResponseCustomField

        d = dict(src_dict)
        can_modify_after_activate = d.pop("can_modify_after_activate", UNSET)

        common_field_list = cast(list[str], d.pop("common_field_list", UNSET))

        _custom_field_list = d.pop("custom_field_list", UNSET)
        custom_field_list: list[MembercardResponseCustomField] | Unset = UNSET
        if _custom_field_list is not UNSET:
            custom_field_list = []
            for custom_field_list_item_data in _custom_field_list:
                custom_field_list_item = MembercardResponseCustomField.from_dict(custom_field_list_item_data)

                custom_field_list.append(custom_field_list_item)

        membercard_response_user_information_form = cls(
            can_modify_after_activate=can_modify_after_activate,
            common_field_list=common_field_list,
            custom_field_list=custom_field_list,
        )

        membercard_response_user_information_form.additional_properties = d
        return membercard_response_user_information_form

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
