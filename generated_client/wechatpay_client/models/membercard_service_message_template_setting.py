# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membercard_service_field import MembercardServiceField


T = TypeVar("T", bound="MembercardServiceMessageTemplateSetting")


@_attrs_define
class MembercardServiceMessageTemplateSetting:
    """消息模板设置 — a service message to send the user."""

    message_template_id: str
    """ 模板消息ID — the message template. """
    field_list: list[MembercardServiceField]
    """ 服务内容列表 — the message's fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_template_id = self.message_template_id

        field_list = []
        for field_list_item_data in self.field_list:
            field_list_item = field_list_item_data.to_dict()
            field_list.append(field_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_template_id": message_template_id,
                "field_list": field_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_service_field import MembercardServiceField

        d = dict(src_dict)
        message_template_id = d.pop("message_template_id")

        field_list = []
        _field_list = d.pop("field_list")
        for field_list_item_data in _field_list:
            field_list_item = MembercardServiceField.from_dict(field_list_item_data)

            field_list.append(field_list_item)

        membercard_service_message_template_setting = cls(
            message_template_id=message_template_id,
            field_list=field_list,
        )

        membercard_service_message_template_setting.additional_properties = d
        return membercard_service_message_template_setting

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
