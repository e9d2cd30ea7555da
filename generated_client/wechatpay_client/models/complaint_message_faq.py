# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_message_action import ComplaintMessageAction


T = TypeVar("T", bound="ComplaintMessageFaq")


@_attrs_define
class ComplaintMessageFaq:
    """FAQ — one suggested question."""

    faq_id: str | Unset = UNSET
    """ faq的id — question ID. """
    faq_title: str | Unset = UNSET
    """ faq内容 — question text. """
    action: ComplaintMessageAction | Unset = UNSET
    """ 动作 — what a click does: open `jump_url` (`ACTION_TYPE_JUMP_URL`), open a mini-program
    page (`ACTION_TYPE_JUMP_MINI_PROGRAM`) or send `message_info` on the user's behalf
    (`ACTION_TYPE_SEND_MESSAGE`).
     """
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
        from ..models.complaint_message_action import ComplaintMessageAction

        d = dict(src_dict)
        faq_id = d.pop("faq_id", UNSET)

        faq_title = d.pop("faq_title", UNSET)

        _action = d.pop("action", UNSET)
        action: ComplaintMessageAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ComplaintMessageAction.from_dict(_action)

        complaint_message_faq = cls(
            faq_id=faq_id,
            faq_title=faq_title,
            action=action,
        )

        complaint_message_faq.additional_properties = d
        return complaint_message_faq

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
