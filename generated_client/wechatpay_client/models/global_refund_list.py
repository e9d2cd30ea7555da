# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.global_refund_list_item import GlobalRefundListItem
    from ..models.global_refund_order_amount import GlobalRefundOrderAmount


T = TypeVar("T", bound="GlobalRefundList")


@_attrs_define
class GlobalRefundList:
    """退款列表 — answer of `list_global_refunds`, the order and a page of its refunds."""

    id: str
    """ 微信支付交易订单号 — WeChat Pay number of the order. """
    mchid: str
    """ 商户号 — the direct merchant's ID. """
    out_trade_no: str
    """ 商户原交易订单号 — merchant number of the order. """
    amount: GlobalRefundOrderAmount
    """ 订单金额 — amounts of the refunded order, each in the minor unit of its currency. """
    data: list[GlobalRefundListItem]
    """ 退款单列表 — the refunds of this page. """
    total_num: int
    """ 订单总退款次数 — number of refunds of the order. """
    current_total_num: int
    """ 本次返回退款单数 — number of refunds in this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mchid = self.mchid

        out_trade_no = self.out_trade_no

        amount = self.amount.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_num = self.total_num

        current_total_num = self.current_total_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "amount": amount,
                "data": data,
                "total_num": total_num,
                "current_total_num": current_total_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_list_item import GlobalRefundListItem
        from ..models.global_refund_order_amount import GlobalRefundOrderAmount

        d = dict(src_dict)
        id = d.pop("id")

        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        amount = GlobalRefundOrderAmount.from_dict(d.pop("amount"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GlobalRefundListItem.from_dict(data_item_data)

            data.append(data_item)

        total_num = d.pop("total_num")

        current_total_num = d.pop("current_total_num")

        global_refund_list = cls(
            id=id,
            mchid=mchid,
            out_trade_no=out_trade_no,
            amount=amount,
            data=data,
            total_num=total_num,
            current_total_num=current_total_num,
        )

        global_refund_list.additional_properties = d
        return global_refund_list

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
