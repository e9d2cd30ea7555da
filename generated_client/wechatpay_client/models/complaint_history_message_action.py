# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_history_message_info import ComplaintHistoryMessageInfo
    from ..models.complaint_history_mini_program_jump_info import ComplaintHistoryMiniProgramJumpInfo


T = TypeVar("T", bound="ComplaintHistoryMessageAction")


@_attrs_define
class ComplaintHistoryMessageAction:
    """动作 (应答) — what a click on a link, FAQ or button does."""

    action_type: str | Unset = UNSET
    """ 动作类型 — `ACTION_TYPE_SEND_MESSAGE`, `ACTION_TYPE_JUMP_URL` or
    `ACTION_TYPE_JUMP_MINI_PROGRAM`. Open set.
     """
    jump_url: str | Unset = UNSET
    """ 跳转链接 — URL to open. """
    mini_program_jump_info: ComplaintHistoryMiniProgramJumpInfo | Unset = UNSET
    """ 跳转小程序信息 (应答) — a mini-program page. """
    message_info: ComplaintHistoryMessageInfo | Unset = UNSET
    """ 回复消息内容 (应答) — a message sent when the user clicks. """
    action_id: str | Unset = UNSET
    """ 动作id — the action's ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.complaint_history_message_info import ComplaintHistoryMessageInfo
        from ..models.complaint_history_mini_program_jump_info import ComplaintHistoryMiniProgramJumpInfo

        d = dict(src_dict)
        action_type = d.pop("action_type", UNSET)

        jump_url = d.pop("jump_url", UNSET)

        _mini_program_jump_info = d.pop("mini_program_jump_info", UNSET)
        mini_program_jump_info: ComplaintHistoryMiniProgramJumpInfo | Unset
        if isinstance(_mini_program_jump_info, Unset):
            mini_program_jump_info = UNSET
        else:
            mini_program_jump_info = ComplaintHistoryMiniProgramJumpInfo.from_dict(_mini_program_jump_info)

        _message_info = d.pop("message_info", UNSET)
        message_info: ComplaintHistoryMessageInfo | Unset
        if isinstance(_message_info, Unset):
            message_info = UNSET
        else:
            message_info = ComplaintHistoryMessageInfo.from_dict(_message_info)

        action_id = d.pop("action_id", UNSET)

        complaint_history_message_action = cls(
            action_type=action_type,
            jump_url=jump_url,
            mini_program_jump_info=mini_program_jump_info,
            message_info=message_info,
            action_id=action_id,
        )

        complaint_history_message_action.additional_properties = d
        return complaint_history_message_action

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
