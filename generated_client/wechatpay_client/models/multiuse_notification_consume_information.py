# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiuse_notification_goods_detail import MultiuseNotificationGoodsDetail


T = TypeVar("T", bound="MultiuseNotificationConsumeInformation")


@_attrs_define
class MultiuseNotificationConsumeInformation:
    """实扣信息 — where and when the credit was spent, and how much."""

    consume_time: datetime.datetime | Unset = UNSET
    """ 核销时间 — when it was spent (RFC 3339). """
    consume_mchid: str | Unset = UNSET
    """ 核销商户号 — receiving merchant (for indirect acquiring, the UnionPay/NetsUnion merchant ID). """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — the WeChat Pay order it was spent on. """
    consume_amount: int | Unset = UNSET
    """ 核销金额 — amount spent, in fen; present when `business_type` is `MULTIUSE`. """
    goods_detail: list[MultiuseNotificationGoodsDetail] | Unset = UNSET
    """ 单品信息 — goods the order declared. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consume_time: str | Unset = UNSET
        if not isinstance(self.consume_time, Unset):
            consume_time = self.consume_time.isoformat()

        consume_mchid = self.consume_mchid

        transaction_id = self.transaction_id

        consume_amount = self.consume_amount

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = goods_detail_item_data.to_dict()
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consume_time is not UNSET:
            field_dict["consume_time"] = consume_time
        if consume_mchid is not UNSET:
            field_dict["consume_mchid"] = consume_mchid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if consume_amount is not UNSET:
            field_dict["consume_amount"] = consume_amount
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiuse_notification_goods_detail import MultiuseNotificationGoodsDetail

        d = dict(src_dict)
        _consume_time = d.pop("consume_time", UNSET)
        consume_time: datetime.datetime | Unset
        if isinstance(_consume_time, Unset):
            consume_time = UNSET
        else:
            consume_time = datetime.datetime.fromisoformat(_consume_time)

        consume_mchid = d.pop("consume_mchid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        consume_amount = d.pop("consume_amount", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[MultiuseNotificationGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = MultiuseNotificationGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        multiuse_notification_consume_information = cls(
            consume_time=consume_time,
            consume_mchid=consume_mchid,
            transaction_id=transaction_id,
            consume_amount=consume_amount,
            goods_detail=goods_detail,
        )

        multiuse_notification_consume_information.additional_properties = d
        return multiuse_notification_consume_information

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
