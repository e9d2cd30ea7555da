# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_history_message_action import ComplaintHistoryMessageAction


T = TypeVar("T", bound="ComplaintHistoryMessageFaq")


@_attrs_define
class ComplaintHistoryMessageFaq:
    """FAQ (应答) — one suggested question."""

    faq_id: str | Unset = UNSET
    """ faq的id — question ID. """
    faq_title: str | Unset = UNSET
    """ faq内容 — question text. """
    action: ComplaintHistoryMessageAction | Unset = UNSET
    """ 动作 (应答) — what a click on a link, FAQ or button does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faq_id = self.faq_id

        faq_title = self.faq_title

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if faq_id is not UNSET:
            field_dict["faq_id"] = faq_id
        if faq_title is not UNSET:
            field_dict["faq_title"] = faq_title
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_history_message_action import ComplaintHistoryMessageAction

        d = dict(src_dict)
        faq_id = d.pop("faq_id", UNSET)

        faq_title = d.pop("faq_title", UNSET)

        _action = d.pop("action", UNSET)
        action: ComplaintHistoryMessageAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ComplaintHistoryMessageAction.from_dict(_action)

        complaint_history_message_faq = cls(
            faq_id=faq_id,
            faq_title=faq_title,
            action=action,
        )

        complaint_history_message_faq.additional_properties = d
        return complaint_history_message_faq

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
