# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_message_block_type import ComplaintMessageBlockType, check_complaint_message_block_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_message_button import ComplaintMessageButton
    from ..models.complaint_message_button_group import ComplaintMessageButtonGroup
    from ..models.complaint_message_faq_list import ComplaintMessageFaqList
    from ..models.complaint_message_image import ComplaintMessageImage
    from ..models.complaint_message_link import ComplaintMessageLink
    from ..models.complaint_message_text import ComplaintMessageText


T = TypeVar("T", bound="ComplaintMessageBlock")


@_attrs_define
class ComplaintMessageBlock:
    """消息块 — one block; set `type` and the one matching field."""

    type_: ComplaintMessageBlockType | Unset = UNSET
    """ 消息块类型 — which of the fields below carries the block. """
    text: ComplaintMessageText | Unset = UNSET
    """ 文本 — a text block. """
    image: ComplaintMessageImage | Unset = UNSET
    """ 图片 — an image block. """
    link: ComplaintMessageLink | Unset = UNSET
    """ 链接 — a link block. """
    faq_list: ComplaintMessageFaqList | Unset = UNSET
    """ FAQ列表 — suggested questions. """
    button: ComplaintMessageButton | Unset = UNSET
    """ 按钮 — a button (alone or in a group). """
    button_group: ComplaintMessageButtonGroup | Unset = UNSET
    """ 按钮组 — a group of buttons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
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
        from ..models.complaint_message_button import ComplaintMessageButton
        from ..models.complaint_message_button_group import ComplaintMessageButtonGroup
        from ..models.complaint_message_faq_list import ComplaintMessageFaqList
        from ..models.complaint_message_image import ComplaintMessageImage
        from ..models.complaint_message_link import ComplaintMessageLink
        from ..models.complaint_message_text import ComplaintMessageText

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ComplaintMessageBlockType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_complaint_message_block_type(_type_)

        _text = d.pop("text", UNSET)
        text: ComplaintMessageText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ComplaintMessageText.from_dict(_text)

        _image = d.pop("image", UNSET)
        image: ComplaintMessageImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ComplaintMessageImage.from_dict(_image)

        _link = d.pop("link", UNSET)
        link: ComplaintMessageLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = ComplaintMessageLink.from_dict(_link)

        _faq_list = d.pop("faq_list", UNSET)
        faq_list: ComplaintMessageFaqList | Unset
        if isinstance(_faq_list, Unset):
            faq_list = UNSET
        else:
            faq_list = ComplaintMessageFaqList.from_dict(_faq_list)

        _button = d.pop("button", UNSET)
        button: ComplaintMessageButton | Unset
        if isinstance(_button, Unset):
            button = UNSET
        else:
            button = ComplaintMessageButton.from_dict(_button)

        _button_group = d.pop("button_group", UNSET)
        button_group: ComplaintMessageButtonGroup | Unset
        if isinstance(_button_group, Unset):
            button_group = UNSET
        else:
            button_group = ComplaintMessageButtonGroup.from_dict(_button_group)

        complaint_message_block = cls(
            type_=type_,
            text=text,
            image=image,
            link=link,
            faq_list=faq_list,
            button=button,
            button_group=button_group,
        )

        complaint_message_block.additional_properties = d
        return complaint_message_block

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
