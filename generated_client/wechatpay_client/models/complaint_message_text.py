# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_message_text_color import ComplaintMessageTextColor, check_complaint_message_text_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintMessageText")


@_attrs_define
class ComplaintMessageText:
    """文本 — a text block."""

    text: str | Unset = UNSET
    """ 文本 — the text. """
    color: ComplaintMessageTextColor | Unset = UNSET
    """ 文本颜色 — text colour. """
    is_bold: bool | Unset = UNSET
    """ 是否粗体 — bold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        is_bold = self.is_bold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if color is not UNSET:
            field_dict["color"] = color
        if is_bold is not UNSET:
            field_dict["is_bold"] = is_bold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _color = d.pop("color", UNSET)
        color: ComplaintMessageTextColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = check_complaint_message_text_color(_color)

        is_bold = d.pop("is_bold", UNSET)

        complaint_message_text = cls(
            text=text,
            color=color,
            is_bold=is_bold,
        )

        complaint_message_text.additional_properties = d
        return complaint_message_text

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
