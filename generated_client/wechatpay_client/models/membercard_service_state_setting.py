# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_service_content_template_data import MembercardServiceContentTemplateData
    from ..models.membercard_service_message_template_setting import MembercardServiceMessageTemplateSetting


T = TypeVar("T", bound="MembercardServiceStateSetting")


@_attrs_define
class MembercardServiceStateSetting:
    """服务状态设置 — the state shown and the message sent."""

    state_id: str
    """ 状态ID — a state defined by the service module (e.g. `CHECKED_IN`). """
    content_template_data: MembercardServiceContentTemplateData
    """ 内容模板设置 — the content shown on the card for this state. """
    message_template_setting: MembercardServiceMessageTemplateSetting | Unset = UNSET
    """ 消息模板设置 — a service message to send the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_id = self.state_id

        content_template_data = self.content_template_data.to_dict()

        message_template_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_template_setting, Unset):
            message_template_setting = self.message_template_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state_id": state_id,
                "content_template_data": content_template_data,
            }
        )
        if message_template_setting is not UNSET:
            field_dict["message_template_setting"] = message_template_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_service_content_template_data import MembercardServiceContentTemplateData
        from ..models.membercard_service_message_template_setting import MembercardServiceMessageTemplateSetting

        d = dict(src_dict)
        state_id = d.pop("state_id")

        content_template_data = MembercardServiceContentTemplateData.from_dict(d.pop("content_template_data"))

        _message_template_setting = d.pop("message_template_setting", UNSET)
        message_template_setting: MembercardServiceMessageTemplateSetting | Unset
        if isinstance(_message_template_setting, Unset):
            message_template_setting = UNSET
        else:
            message_template_setting = MembercardServiceMessageTemplateSetting.from_dict(_message_template_setting)

        membercard_service_state_setting = cls(
            state_id=state_id,
            content_template_data=content_template_data,
            message_template_setting=message_template_setting,
        )

        membercard_service_state_setting.additional_properties = d
        return membercard_service_state_setting

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
