# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_history_message_button import ComplaintHistoryMessageButton
    from ..models.complaint_history_message_invalid_info import ComplaintHistoryMessageInvalidInfo


T = TypeVar("T", bound="ComplaintHistoryMessageButtonGroup")


@_attrs_define
class ComplaintHistoryMessageButtonGroup:
    """按钮组 (应答) — a group of buttons."""

    buttons: list[ComplaintHistoryMessageButton] | Unset = UNSET
    """ 按钮组 — the buttons. """
    button_layout: str | Unset = UNSET
    """ 按钮布局方式 — `LAYOUT_UNKNOWN`, `LAYOUT_HORIZONTAL` or `LAYOUT_VERTICAL`. Open set.
     """
    invalid_info: ComplaintHistoryMessageInvalidInfo | Unset = UNSET
    """ 失效配置 (应答) — when a link or button stops working. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        button_layout = self.button_layout

        invalid_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invalid_info, Unset):
            invalid_info = self.invalid_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if button_layout is not UNSET:
            field_dict["button_layout"] = button_layout
        if invalid_info is not UNSET:
            field_dict["invalid_info"] = invalid_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_history_message_button import ComplaintHistoryMessageButton
        from ..models.complaint_history_message_invalid_info import ComplaintHistoryMessageInvalidInfo

        d = dict(src_dict)
        _buttons = d.pop("buttons", UNSET)
        buttons: list[ComplaintHistoryMessageButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = ComplaintHistoryMessageButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        button_layout = d.pop("button_layout", UNSET)

        _invalid_info = d.pop("invalid_info", UNSET)
        invalid_info: ComplaintHistoryMessageInvalidInfo | Unset
        if isinstance(_invalid_info, Unset):
            invalid_info = UNSET
        else:
            invalid_info = ComplaintHistoryMessageInvalidInfo.from_dict(_invalid_info)

        complaint_history_message_button_group = cls(
            buttons=buttons,
            button_layout=button_layout,
            invalid_info=invalid_info,
        )

        complaint_history_message_button_group.additional_properties = d
        return complaint_history_message_button_group

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
