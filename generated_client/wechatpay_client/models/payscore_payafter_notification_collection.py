# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_payafter_notification_collection_detail import PayscorePayafterNotificationCollectionDetail


T = TypeVar("T", bound="PayscorePayafterNotificationCollection")


@_attrs_define
class PayscorePayafterNotificationCollection:
    """收款信息 — collection details (notification)."""

    state: str | Unset = UNSET
    """ 收款状态 — `USER_PAYING` or `USER_PAID` (open set). """
    total_amount: int | Unset = UNSET
    """ 总收款金额 — total to collect, in fen. """
    paying_amount: int | Unset = UNSET
    """ 待收金额 — amount still to collect, in fen. """
    paid_amount: int | Unset = UNSET
    """ 已收金额 — amount collected, in fen. """
    details: list[PayscorePayafterNotificationCollectionDetail] | Unset = UNSET
    """ 收款明细列表 — the collections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        total_amount = self.total_amount

        paying_amount = self.paying_amount

        paid_amount = self.paid_amount

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if paying_amount is not UNSET:
            field_dict["paying_amount"] = paying_amount
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_payafter_notification_collection_detail import (
            PayscorePayafterNotificationCollectionDetail,
        )

        d = dict(src_dict)
        state = d.pop("state", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        paying_amount = d.pop("paying_amount", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        _details = d.pop("details", UNSET)
        details: list[PayscorePayafterNotificationCollectionDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = PayscorePayafterNotificationCollectionDetail.from_dict(details_item_data)

                details.append(details_item)

        payscore_payafter_notification_collection = cls(
            state=state,
            total_amount=total_amount,
            paying_amount=paying_amount,
            paid_amount=paid_amount,
            details=details,
        )

        payscore_payafter_notification_collection.additional_properties = d
        return payscore_payafter_notification_collection

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
