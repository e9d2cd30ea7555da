# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinesscircleRefundNotificationResource")


@_attrs_define
class BusinesscircleRefundNotificationResource:
    """商圈会员场内退款通知 — the decrypted resource of `MALL_REFUND.SUCCESS` (original_type
    `mall_refund`), sent to the consumption callback URL when a payment already synced with
    `sync_businesscircle_points` is refunded (watched for 30 days). Unknown keys are kept.

    """

    mchid: str
    """ 商户号 — the mall merchant ID. """
    merchant_name: str
    """ 商圈商户名称 — the mall's merchant name. """
    shop_name: str
    """ 门店名称 — shop name as entered when the mall registered the shop. """
    shop_number: str
    """ 门店编号 — shop number as entered by the mall. """
    appid: str
    """ 小程序AppID — AppID of the mini program the member authorised in. """
    openid: str
    """ 顾客OpenID — the member's OpenID. """
    refund_time: str
    """ 退款时间 — refund time (kept as a string; no format is documented). """
    pay_amount: int
    """ 用户实际消费金额 — amount the member originally paid, in fen. """
    refund_amount: int
    """ 用户退款金额 — amount refunded, in fen. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number of the payment. """
    refund_id: str
    """ 微信支付退款单号 — WeChat Pay refund number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        merchant_name = self.merchant_name

        shop_name = self.shop_name

        shop_number = self.shop_number

        appid = self.appid

        openid = self.openid

        refund_time = self.refund_time

        pay_amount = self.pay_amount

        refund_amount = self.refund_amount

        transaction_id = self.transaction_id

        refund_id = self.refund_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "merchant_name": merchant_name,
                "shop_name": shop_name,
                "shop_number": shop_number,
                "appid": appid,
                "openid": openid,
                "refund_time": refund_time,
                "pay_amount": pay_amount,
                "refund_amount": refund_amount,
                "transaction_id": transaction_id,
                "refund_id": refund_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        merchant_name = d.pop("merchant_name")

        shop_name = d.pop("shop_name")

        shop_number = d.pop("shop_number")

        appid = d.pop("appid")

        openid = d.pop("openid")

        refund_time = d.pop("refund_time")

        pay_amount = d.pop("pay_amount")

        refund_amount = d.pop("refund_amount")

        transaction_id = d.pop("transaction_id")

        refund_id = d.pop("refund_id")

        businesscircle_refund_notification_resource = cls(
            mchid=mchid,
            merchant_name=merchant_name,
            shop_name=shop_name,
            shop_number=shop_number,
            appid=appid,
            openid=openid,
            refund_time=refund_time,
            pay_amount=pay_amount,
            refund_amount=refund_amount,
            transaction_id=transaction_id,
            refund_id=refund_id,
        )

        businesscircle_refund_notification_resource.additional_properties = d
        return businesscircle_refund_notification_resource

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
