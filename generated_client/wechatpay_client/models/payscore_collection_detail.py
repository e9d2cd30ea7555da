# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_promotion_detail import PayscorePromotionDetail


T = TypeVar("T", bound="PayscoreCollectionDetail")


@_attrs_define
class PayscoreCollectionDetail:
    """收款明细 — one collection."""

    seq: int | Unset = UNSET
    """ 收款序号 — sequence number. """
    amount: int | Unset = UNSET
    """ 单笔收款金额 — amount of this collection, in fen. """
    paid_type: str | Unset = UNSET
    """ 收款成功渠道 — open set; known values: `NEWTON` (WeChat Pay Score), `MCH` (the
    merchant's own channel, reported with `sync_payscore_service_order`).
     """
    paid_time: str | Unset = UNSET
    """ 收款成功时间 — `yyyyMMddHHmmss`. """
    transaction_id: str | Unset = UNSET
    """ 微信支付交易单号 — WeChat Pay transaction ID of the payment. """
    promotion_detail: list[PayscorePromotionDetail] | Unset = UNSET
    """ 优惠功能 — promotions applied to the payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        amount = self.amount

        paid_type = self.paid_type

        paid_time = self.paid_time

        transaction_id = self.transaction_id

        promotion_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_detail, Unset):
            promotion_detail = []
            for promotion_detail_item_data in self.promotion_detail:
                promotion_detail_item = promotion_detail_item_data.to_dict()
                promotion_detail.append(promotion_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seq is not UNSET:
            field_dict["seq"] = seq
        if amount is not UNSET:
            field_dict["amount"] = amount
        if paid_type is not UNSET:
            field_dict["paid_type"] = paid_type
        if paid_time is not UNSET:
            field_dict["paid_time"] = paid_time
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_promotion_detail import PayscorePromotionDetail

        d = dict(src_dict)
        seq = d.pop("seq", UNSET)

        amount = d.pop("amount", UNSET)

        paid_type = d.pop("paid_type", UNSET)

        paid_time = d.pop("paid_time", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[PayscorePromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = PayscorePromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        payscore_collection_detail = cls(
            seq=seq,
            amount=amount,
            paid_type=paid_type,
            paid_time=paid_time,
            transaction_id=transaction_id,
            promotion_detail=promotion_detail,
        )

        payscore_collection_detail.additional_properties = d
        return payscore_collection_detail

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
