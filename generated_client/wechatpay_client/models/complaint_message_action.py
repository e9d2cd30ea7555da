# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_message_action_action_type import (
    ComplaintMessageActionActionType,
    check_complaint_message_action_action_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_message_info import ComplaintMessageInfo
    from ..models.complaint_message_mini_program_jump_info import ComplaintMessageMiniProgramJumpInfo


T = TypeVar("T", bound="ComplaintMessageAction")


@_attrs_define
class ComplaintMessageAction:
    """动作 — what a click does: open `jump_url` (`ACTION_TYPE_JUMP_URL`), open a mini-program
    page (`ACTION_TYPE_JUMP_MINI_PROGRAM`) or send `message_info` on the user's behalf
    (`ACTION_TYPE_SEND_MESSAGE`).

    """

    action_type: ComplaintMessageActionActionType | Unset = UNSET
    """ 动作类型 — kind of action. """
    jump_url: str | Unset = UNSET
    """ 跳转链接 — URL to open. """
    mini_program_jump_info: ComplaintMessageMiniProgramJumpInfo | Unset = UNSET
    """ 跳转小程序信息 — a mini-program page opened by an action. """
    message_info: ComplaintMessageInfo | Unset = UNSET
    """ 回复消息内容 — a message sent when the user clicks. """
    action_id: str | Unset = UNSET
    """ 动作id — the merchant's ID for the action (echoed in `click_message`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type

        jump_url = self.jump_url

        mini_program_jump_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mini_program_jump_info, Unset):
            mini_program_jump_info = self.mini_program_jump_info.to_dict()

        message_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_info, Unset):
            message_info = self.message_info.to_dict()

        action_id = self.action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if jump_url is not UNSET:
            field_dict["jump_url"] = jump_url
        if mini_program_jump_info is not UNSET:
            field_dict["mini_program_jump_info"] = mini_program_jump_info
        if message_info is not UNSET:
            field_dict["message_info"] = message_info
        if action_id is not UNSET:
            field_dict["action_id"] = action_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_message_info import ComplaintMessageInfo
        from ..models.complaint_message_mini_program_jump_info import ComplaintMessageMiniProgramJumpInfo

        d = dict(src_dict)
        _action_type = d.pop("action_type", UNSET)
        action_type: ComplaintMessageActionActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = check_complaint_message_action_action_type(_action_type)

        jump_url = d.pop("jump_url", UNSET)

        _mini_program_jump_info = d.pop("mini_program_jump_info", UNSET)
        mini_program_jump_info: ComplaintMessageMiniProgramJumpInfo | Unset
        if isinstance(_mini_program_jump_info, Unset):
            mini_program_jump_info = UNSET
        else:
            mini_program_jump_info = ComplaintMessageMiniProgramJumpInfo.from_dict(_mini_program_jump_info)

        _message_info = d.pop("message_info", UNSET)
        message_info: ComplaintMessageInfo | Unset
        if isinstance(_message_info, Unset):
            message_info = UNSET
        else:
            message_info = ComplaintMessageInfo.from_dict(_message_info)

        action_id = d.pop("action_id", UNSET)

        complaint_message_action = cls(
            action_type=action_type,
            jump_url=jump_url,
            mini_program_jump_info=mini_program_jump_info,
            message_info=message_info,
            action_id=action_id,
        )

        complaint_message_action.additional_properties = d
        return complaint_message_action

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
