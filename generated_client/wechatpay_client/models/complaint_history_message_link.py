# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_history_message_action import ComplaintHistoryMessageAction
    from ..models.complaint_history_message_invalid_info import ComplaintHistoryMessageInvalidInfo


T = TypeVar("T", bound="ComplaintHistoryMessageLink")


@_attrs_define
class ComplaintHistoryMessageLink:
    """链接 (应答) — a link block."""

    text: str | Unset = UNSET
    """ 文本 — link text. """
    action: ComplaintHistoryMessageAction | Unset = UNSET
    """ 动作 (应答) — what a click on a link, FAQ or button does. """
    invalid_info: ComplaintHistoryMessageInvalidInfo | Unset = UNSET
    """ 失效配置 (应答) — when a link or button stops working. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        invalid_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invalid_info, Unset):
            invalid_info = self.invalid_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if action is not UNSET:
            field_dict["action"] = action
        if invalid_info is not UNSET:
            field_dict["invalid_info"] = invalid_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_history_message_action import ComplaintHistoryMessageAction
        from ..models.complaint_history_message_invalid_info import ComplaintHistoryMessageInvalidInfo

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _action = d.pop("action", UNSET)
        action: ComplaintHistoryMessageAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ComplaintHistoryMessageAction.from_dict(_action)

        _invalid_info = d.pop("invalid_info", UNSET)
        invalid_info: ComplaintHistoryMessageInvalidInfo | Unset
        if isinstance(_invalid_info, Unset):
            invalid_info = UNSET
        else:
            invalid_info = ComplaintHistoryMessageInvalidInfo.from_dict(_invalid_info)

        complaint_history_message_link = cls(
            text=text,
            action=action,
            invalid_info=invalid_info,
        )

        complaint_history_message_link.additional_properties = d
        return complaint_history_message_link

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
