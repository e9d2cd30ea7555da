# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintHistoryMessageText")


@_attrs_define
class ComplaintHistoryMessageText:
    """文本 (应答) — a text block."""

    text: str | Unset = UNSET
    """ 文本 — the text. """
    color: str | Unset = UNSET
    """ 文本颜色 — `DEFAULT` or `SECONDARY`. Open set. """
    is_bold: bool | Unset = UNSET
    """ 是否粗体 — bold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

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

        color = d.pop("color", UNSET)

        is_bold = d.pop("is_bold", UNSET)

        complaint_history_message_text = cls(
            text=text,
            color=color,
            is_bold=is_bold,
        )

        complaint_history_message_text.additional_properties = d
        return complaint_history_message_text

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
