# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_user_recv_style_type import TransferUserRecvStyleType, check_transfer_user_recv_style_type

T = TypeVar("T", bound="TransferUserRecvStyle")


@_attrs_define
class TransferUserRecvStyle:
    """用户收款样式 — receiving style."""

    type_: TransferUserRecvStyleType
    """ 用户收款样式类型 — `CONFIRM_PAGE` (standard confirmation page) or `RED_PACKET`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_transfer_user_recv_style_type(d.pop("type"))

        transfer_user_recv_style = cls(
            type_=type_,
        )

        transfer_user_recv_style.additional_properties = d
        return transfer_user_recv_style

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
