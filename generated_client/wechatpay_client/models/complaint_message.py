# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_message_sender_identity import (
    ComplaintMessageSenderIdentity,
    check_complaint_message_sender_identity,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_message_block import ComplaintMessageBlock


T = TypeVar("T", bound="ComplaintMessage")


@_attrs_define
class ComplaintMessage:
    """普通消息 — a rich message (request side; see `ComplaintHistoryMessage` for the logged
    form). Combine blocks of text, images, links, suggested questions and buttons.

    """

    blocks: list[ComplaintMessageBlock] | Unset = UNSET
    """ 消息内容 — the message blocks, in display order. """
    sender_identity: ComplaintMessageSenderIdentity | Unset = UNSET
    """ 发送者身份类别 — sent by a person (`MANUAL`) or a bot (`MACHINE`), or `UNKNOWN`. """
    custom_data: str | Unset = UNSET
    """ 自定义透传信息 — the merchant's pass-through data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        sender_identity: str | Unset = UNSET
        if not isinstance(self.sender_identity, Unset):
            sender_identity = self.sender_identity

        custom_data = self.custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if sender_identity is not UNSET:
            field_dict["sender_identity"] = sender_identity
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_message_block import ComplaintMessageBlock

        d = dict(src_dict)
        _blocks = d.pop("blocks", UNSET)
        blocks: list[ComplaintMessageBlock] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = ComplaintMessageBlock.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        _sender_identity = d.pop("sender_identity", UNSET)
        sender_identity: ComplaintMessageSenderIdentity | Unset
        if isinstance(_sender_identity, Unset):
            sender_identity = UNSET
        else:
            sender_identity = check_complaint_message_sender_identity(_sender_identity)

        custom_data = d.pop("custom_data", UNSET)

        complaint_message = cls(
            blocks=blocks,
            sender_identity=sender_identity,
            custom_data=custom_data,
        )

        complaint_message.additional_properties = d
        return complaint_message

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
