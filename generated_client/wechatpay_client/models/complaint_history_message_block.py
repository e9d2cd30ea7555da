# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_history_message_button import ComplaintHistoryMessageButton
    from ..models.complaint_history_message_button_group import ComplaintHistoryMessageButtonGroup
    from ..models.complaint_history_message_faq_list import ComplaintHistoryMessageFaqList
    from ..models.complaint_history_message_image import ComplaintHistoryMessageImage
    from ..models.complaint_history_message_link import ComplaintHistoryMessageLink
    from ..models.complaint_history_message_text import ComplaintHistoryMessageText


T = TypeVar("T", bound="ComplaintHistoryMessageBlock")


@_attrs_define
class ComplaintHistoryMessageBlock:
    """消息块 (应答) — one block; `type` says which of the other fields is set."""

    type_: str | Unset = UNSET
    """ 消息块类型 — `TEXT`, `IMAGE`, `LINK`, `FAQ_LIST`, `BUTTON` or `BUTTON_GROUP`. Open set.
     """
    text: ComplaintHistoryMessageText | Unset = UNSET
    """ 文本 (应答) — a text block. """
    image: ComplaintHistoryMessageImage | Unset = UNSET
    """ 图片 (应答) — an image block. """
    link: ComplaintHistoryMessageLink | Unset = UNSET
    """ 链接 (应答) — a link block. """
    faq_list: ComplaintHistoryMessageFaqList | Unset = UNSET
    """ FAQ列表 (应答) — suggested questions. """
    button: ComplaintHistoryMessageButton | Unset = UNSET
    """ 按钮 (应答) — a button. """
    button_group: ComplaintHistoryMessageButtonGroup | Unset = UNSET
    """ 按钮组 (应答) — a group of buttons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        faq_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.faq_list, Unset):
            faq_list = self.faq_list.to_dict()

        button: dict[str, Any] | Unset = UNSET
        if not isinstance(self.button, Unset):
            button = self.button.to_dict()

        button_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.button_group, Unset):
            button_group = self.button_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if image is not UNSET:
            field_dict["image"] = image
        if link is not UNSET:
            field_dict["link"] = link
        if faq_list is not UNSET:
            field_dict["faq_list"] = faq_list
        if button is not UNSET:
            field_dict["button"] = button
        if button_group is not UNSET:
            field_dict["button_group"] = button_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_history_message_button import ComplaintHistoryMessageButton
        from ..models.complaint_history_message_button_group import ComplaintHistoryMessageButtonGroup
        from ..models.complaint_history_message_faq_list import ComplaintHistoryMessageFaqList
        from ..models.complaint_history_message_image import ComplaintHistoryMessageImage
        from ..models.complaint_history_message_link import ComplaintHistoryMessageLink
        from ..models.complaint_history_message_text import ComplaintHistoryMessageText

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _text = d.pop("text", UNSET)
        text: ComplaintHistoryMessageText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ComplaintHistoryMessageText.from_dict(_text)

        _image = d.pop("image", UNSET)
        image: ComplaintHistoryMessageImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ComplaintHistoryMessageImage.from_dict(_image)

        _link = d.pop("link", UNSET)
        link: ComplaintHistoryMessageLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = ComplaintHistoryMessageLink.from_dict(_link)

        _faq_list = d.pop("faq_list", UNSET)
        faq_list: ComplaintHistoryMessageFaqList | Unset
        if isinstance(_faq_list, Unset):
            faq_list = UNSET
        else:
            faq_list = ComplaintHistoryMessageFaqList.from_dict(_faq_list)

        _button = d.pop("button", UNSET)
        button: ComplaintHistoryMessageButton | Unset
        if isinstance(_button, Unset):
            button = UNSET
        else:
            button = ComplaintHistoryMessageButton.from_dict(_button)

        _button_group = d.pop("button_group", UNSET)
        button_group: ComplaintHistoryMessageButtonGroup | Unset
        if isinstance(_button_group, Unset):
            button_group = UNSET
        else:
            button_group = ComplaintHistoryMessageButtonGroup.from_dict(_button_group)

        complaint_history_message_block = cls(
            type_=type_,
            text=text,
            image=image,
            link=link,
            faq_list=faq_list,
            button=button,
            button_group=button_group,
        )

        complaint_history_message_block.additional_properties = d
        return complaint_history_message_block

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
