# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount import PayAmount
    from ..models.pay_codepay_detail import PayCodepayDetail
    from ..models.pay_codepay_payer import PayCodepayPayer
    from ..models.pay_codepay_scene_info import PayCodepaySceneInfo
    from ..models.pay_settle_info import PaySettleInfo


T = TypeVar("T", bound="PayCodepayRequest")


@_attrs_define
class PayCodepayRequest:
    """付款码支付请求 — code-payment request."""

    appid: str
    """ 应用ID — AppID bound to `mchid`. """
    mchid: str
    """ 直连商户号 — the direct merchant's ID. """
    description: str
    """ 商品描述 — goods description shown to the user. """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant. """
    payer: PayCodepayPayer
    """ 付款码支付者 — the payer of a code payment. """
    amount: PayAmount
    """ 订单金额 — order amount of a payment request, in fen (分). """
    scene_info: PayCodepaySceneInfo
    """ 付款码支付场景信息 — the till and store of a code payment. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned unchanged. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — order promotion tag. """
    support_fapiao: bool | Unset = UNSET
    """ 电子发票入口开放标识 — true to offer the e-invoice entry to the user. """
    detail: PayCodepayDetail | Unset = UNSET
    """ 付款码支付优惠功能 — order details of a code payment. """
    settle_info: PaySettleInfo | Unset = UNSET
    """ 结算信息 — settlement options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        description = self.description

        out_trade_no = self.out_trade_no

        payer = self.payer.to_dict()

        amount = self.amount.to_dict()

        scene_info = self.scene_info.to_dict()

        attach = self.attach

        goods_tag = self.goods_tag

        support_fapiao = self.support_fapiao

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        settle_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settle_info, Unset):
            settle_info = self.settle_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "description": description,
                "out_trade_no": out_trade_no,
                "payer": payer,
                "amount": amount,
                "scene_info": scene_info,
            }
        )
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if support_fapiao is not UNSET:
            field_dict["support_fapiao"] = support_fapiao
        if detail is not UNSET:
            field_dict["detail"] = detail
        if settle_info is not UNSET:
            field_dict["settle_info"] = settle_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_amount import PayAmount
        from ..models.pay_codepay_detail import PayCodepayDetail
        from ..models.pay_codepay_payer import PayCodepayPayer
        from ..models.pay_codepay_scene_info import PayCodepaySceneInfo
        from ..models.pay_settle_info import PaySettleInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        description = d.pop("description")

        out_trade_no = d.pop("out_trade_no")

        payer = PayCodepayPayer.from_dict(d.pop("payer"))

        amount = PayAmount.from_dict(d.pop("amount"))

        scene_info = PayCodepaySceneInfo.from_dict(d.pop("scene_info"))

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        support_fapiao = d.pop("support_fapiao", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: PayCodepayDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = PayCodepayDetail.from_dict(_detail)

        _settle_info = d.pop("settle_info", UNSET)
        settle_info: PaySettleInfo | Unset
        if isinstance(_settle_info, Unset):
            settle_info = UNSET
        else:
            settle_info = PaySettleInfo.from_dict(_settle_info)

        pay_codepay_request = cls(
            appid=appid,
            mchid=mchid,
            description=description,
            out_trade_no=out_trade_no,
            payer=payer,
            amount=amount,
            scene_info=scene_info,
            attach=attach,
            goods_tag=goods_tag,
            support_fapiao=support_fapiao,
            detail=detail,
            settle_info=settle_info,
        )

        pay_codepay_request.additional_properties = d
        return pay_codepay_request

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
