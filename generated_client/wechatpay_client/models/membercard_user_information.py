# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_common_field_value import MembercardCommonFieldValue
    from ..models.membercard_custom_field_value import MembercardCustomFieldValue


T = TypeVar("T", bound="MembercardUserInformation")


@_attrs_define
class MembercardUserInformation:
    """用户开卡时填写的个人信息 — what the user entered on the sign-up form (personal data)."""

    common_field_list: list[MembercardCommonFieldValue] | Unset = UNSET
    """ 平台提供的通用开卡信息字段 — the standard fields and their values. """
    custom_field_list: list[MembercardCustomFieldValue] | Unset = UNSET
    """ 商户自定义的开卡信息字段 — the merchant's fields and their values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        common_field_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.common_field_list, Unset):
            common_field_list = []
            for common_field_list_item_data in self.common_field_list:
                common_field_list_item = common_field_list_item_data.to_dict()
                common_field_list.append(common_field_list_item)

        custom_field_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_list, Unset):
            custom_field_list = []
            for custom_field_list_item_data in self.custom_field_list:
                custom_field_list_item = custom_field_list_item_data.to_dict()
                custom_field_list.append(custom_field_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common_field_list is not UNSET:
            field_dict["common_field_list"] = common_field_list
        if custom_field_list is not UNSET:
            field_dict["custom_field_list"] = custom_field_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_common_field_value import MembercardCommonFieldValue
        from ..models.membercard_custom_field_value import MembercardCustomFieldValue

        d = dict(src_dict)
        _common_field_list = d.pop("common_field_list", UNSET)
        common_field_list: list[MembercardCommonFieldValue] | Unset = UNSET
        if _common_field_list is not UNSET:
            common_field_list = []
            for common_field_list_item_data in _common_field_list:
                common_field_list_item = MembercardCommonFieldValue.from_dict(common_field_list_item_data)

                common_field_list.append(common_field_list_item)

        _custom_field_list = d.pop("custom_field_list", UNSET)
        custom_field_list: list[MembercardCustomFieldValue] | Unset = UNSET
        if _custom_field_list is not UNSET:
            custom_field_list = []
            for custom_field_list_item_data in _custom_field_list:
                custom_field_list_item = MembercardCustomFieldValue.from_dict(custom_field_list_item_data)

                custom_field_list.append(custom_field_list_item)

        membercard_user_information = cls(
            common_field_list=common_field_list,
            custom_field_list=custom_field_list,
        )

        membercard_user_information.additional_properties = d
        return membercard_user_information

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
