# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_click_message_message_content import ComplaintClickMessageMessageContent


T = TypeVar("T", bound="ComplaintClickMessage")


@_attrs_define
class ComplaintClickMessage:
    """用户点击回复消息 — a click by the user on a message action."""

    message_content: ComplaintClickMessageMessageContent | Unset = UNSET
    """ 回复的消息内容 — the message sent by the click (no documented fields). """
    action_id: str | Unset = UNSET
    """ 动作id — the `action_id` of the clicked action. """
    clicked_log_id: str | Unset = UNSET
    """ 被点击的操作流水号 — `log_id` of the message that was clicked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_content, Unset):
            message_content = self.message_content.to_dict()

        action_id = self.action_id

        clicked_log_id = self.clicked_log_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_content is not UNSET:
            field_dict["message_content"] = message_content
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if clicked_log_id is not UNSET:
            field_dict["clicked_log_id"] = clicked_log_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_click_message_message_content import ComplaintClickMessageMessageContent

        d = dict(src_dict)
        _message_content = d.pop("message_content", UNSET)
        message_content: ComplaintClickMessageMessageContent | Unset
        if isinstance(_message_content, Unset):
            message_content = UNSET
        else:
            message_content = ComplaintClickMessageMessageContent.from_dict(_message_content)

        action_id = d.pop("action_id", UNSET)

        clicked_log_id = d.pop("clicked_log_id", UNSET)

        complaint_click_message = cls(
            message_content=message_content,
            action_id=action_id,
            clicked_log_id=clicked_log_id,
        )

        complaint_click_message.additional_properties = d
        return complaint_click_message

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
