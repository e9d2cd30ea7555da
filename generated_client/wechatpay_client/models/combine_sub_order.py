# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_settle_info import CombineSettleInfo
    from ..models.combine_sub_order_amount import CombineSubOrderAmount


T = TypeVar("T", bound="CombineSubOrder")


@_attrs_define
class CombineSubOrder:
    """商品单信息 — one sub-order of a combined order. `sub_mchid` and `sub_appid` are
    e-commerce/service-provider fields kept as upstream lists them; direct merchants omit them.
    `detail` and `profit_sharing` are documented for the JSAPI and App variants only.

    """

    mchid: str
    """ 子单商户号 — merchant ID of the sub-order; must be bound to `combine_appid`. """
    attach: str
    """ 附加数据 — merchant data returned unchanged in the query and the notification. """
    amount: CombineSubOrderAmount
    """ 订单金额 — amount of a sub-order in a request, integer fen (分). """
    out_trade_no: str
    """ 商品单商户订单号 — the sub-order's merchant order number, unique per merchant. """
    description: str
    """ 商品描述 — goods description shown to the user. """
    sub_mchid: str | Unset = UNSET
    """ 二级商户号 — e-commerce sub-merchant ID; not used by direct merchants. """
    detail: str | Unset = UNSET
    """ 商品详情 — goods details (JSAPI and App variants). """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — promotion tag of the sub-order. """
    settle_info: CombineSettleInfo | Unset = UNSET
    """ 结算信息 — settlement options of a sub-order. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — e-commerce sub-merchant AppID; not used by direct merchants. """
    profit_sharing: bool | Unset = UNSET
    """ 是否指定分账 — profit-sharing flag (JSAPI and App variants); `settle_info.profit_sharing`
    takes precedence when both are sent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        attach = self.attach

        amount = self.amount.to_dict()

        out_trade_no = self.out_trade_no

        description = self.description

        sub_mchid = self.sub_mchid

        detail = self.detail

        goods_tag = self.goods_tag

        settle_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settle_info, Unset):
            settle_info = self.settle_info.to_dict()

        sub_appid = self.sub_appid

        profit_sharing = self.profit_sharing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "attach": attach,
                "amount": amount,
                "out_trade_no": out_trade_no,
                "description": description,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if detail is not UNSET:
            field_dict["detail"] = detail
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if settle_info is not UNSET:
            field_dict["settle_info"] = settle_info
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if profit_sharing is not UNSET:
            field_dict["profit_sharing"] = profit_sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_settle_info import CombineSettleInfo
        from ..models.combine_sub_order_amount import CombineSubOrderAmount

        d = dict(src_dict)
        mchid = d.pop("mchid")

        attach = d.pop("attach")

        amount = CombineSubOrderAmount.from_dict(d.pop("amount"))

        out_trade_no = d.pop("out_trade_no")

        description = d.pop("description")

        sub_mchid = d.pop("sub_mchid", UNSET)

        detail = d.pop("detail", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        _settle_info = d.pop("settle_info", UNSET)
        settle_info: CombineSettleInfo | Unset
        if isinstance(_settle_info, Unset):
            settle_info = UNSET
        else:
            settle_info = CombineSettleInfo.from_dict(_settle_info)

        sub_appid = d.pop("sub_appid", UNSET)

        profit_sharing = d.pop("profit_sharing", UNSET)

        combine_sub_order = cls(
            mchid=mchid,
            attach=attach,
            amount=amount,
            out_trade_no=out_trade_no,
            description=description,
            sub_mchid=sub_mchid,
            detail=detail,
            goods_tag=goods_tag,
            settle_info=settle_info,
            sub_appid=sub_appid,
            profit_sharing=profit_sharing,
        )

        combine_sub_order.additional_properties = d
        return combine_sub_order

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
