# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_service_action_setting import MembercardServiceActionSetting
    from ..models.membercard_service_field import MembercardServiceField


T = TypeVar("T", bound="MembercardServiceContentTemplateData")


@_attrs_define
class MembercardServiceContentTemplateData:
    """内容模板设置 — the content shown on the card for this state."""

    field_list: list[MembercardServiceField] | Unset = UNSET
    """ 服务内容列表 — content fields. """
    action_setting: MembercardServiceActionSetting | Unset = UNSET
    """ 操作设置 — an action button. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_list, Unset):
            field_list = []
            for field_list_item_data in self.field_list:
                field_list_item = field_list_item_data.to_dict()
                field_list.append(field_list_item)

        action_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_setting, Unset):
            action_setting = self.action_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_list is not UNSET:
            field_dict["field_list"] = field_list
        if action_setting is not UNSET:
            field_dict["action_setting"] = action_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_service_action_setting import MembercardServiceActionSetting
        from ..models.membercard_service_field import MembercardServiceField

        d = dict(src_dict)
        _field_list = d.pop("field_list", UNSET)
        field_list: list[MembercardServiceField] | Unset = UNSET
        if _field_list is not UNSET:
            field_list = []
            for field_list_item_data in _field_list:
                field_list_item = MembercardServiceField.from_dict(field_list_item_data)

                field_list.append(field_list_item)

        _action_setting = d.pop("action_setting", UNSET)
        action_setting: MembercardServiceActionSetting | Unset
        if isinstance(_action_setting, Unset):
            action_setting = UNSET
        else:
            action_setting = MembercardServiceActionSetting.from_dict(_action_setting)

        membercard_service_content_template_data = cls(
            field_list=field_list,
            action_setting=action_setting,
        )

        membercard_service_content_template_data.additional_properties = d
        return membercard_service_content_template_data

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
