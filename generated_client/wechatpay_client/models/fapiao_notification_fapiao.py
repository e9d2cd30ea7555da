# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoNotificationFapiao")


@_attrs_define
class FapiaoNotificationFapiao:
    """发票信息 — one fapiao in a `FAPIAO.*` notification."""

    fapiao_id: str
    """ 商户发票单号 — merchant fapiao number. """
    fapiao_status: str
    """ 发票状态 — `ISSUE_ACCEPTED`, `ISSUED`, `REVERSE_ACCEPTED`, `REVERSED`, ... (open set). """
    card_status: str | Unset = UNSET
    """ 发票卡券状态 — `INSERT_ACCEPTED`, `INSERTED`, `DISCARD_ACCEPTED`, `DISCARDED` (open
    set).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_id = self.fapiao_id

        fapiao_status = self.fapiao_status

        card_status = self.card_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fapiao_id": fapiao_id,
                "fapiao_status": fapiao_status,
            }
        )
        if card_status is not UNSET:
            field_dict["card_status"] = card_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fapiao_id = d.pop("fapiao_id")

        fapiao_status = d.pop("fapiao_status")

        card_status = d.pop("card_status", UNSET)

        fapiao_notification_fapiao = cls(
            fapiao_id=fapiao_id,
            fapiao_status=fapiao_status,
            card_status=card_status,
        )

        fapiao_notification_fapiao.additional_properties = d
        return fapiao_notification_fapiao

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
