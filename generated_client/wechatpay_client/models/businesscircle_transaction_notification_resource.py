# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinesscircleTransactionNotificationResource")


@_attrs_define
class BusinesscircleTransactionNotificationResource:
    """商圈会员场内支付结果通知 — the decrypted resource of `MALL_TRANSACTION.SUCCESS`, sent to
    the consumption callback URL when a member who authorised the points service pays in one
    of the mall's shops. Answer it with `sync_businesscircle_points`. `original_type` is not
    documented. Unknown keys are kept.

    """

    mchid: str
    """ 商户号 — the mall merchant ID. """
    merchant_name: str
    """ 商圈商户名称 — the mall's merchant name. """
    shop_name: str
    """ 门店名称 — shop name as entered when the mall registered the shop. """
    shop_number: str
    """ 门店编号 — shop number as entered by the mall, to match its own shop codes. """
    appid: str
    """ 小程序AppID — AppID of the mini program the member authorised in. """
    openid: str
    """ 顾客OpenID — the member's OpenID. """
    time_end: str
    """ 交易完成时间 — payment time (kept as a string; no format is documented). """
    amount: int
    """ 用户实际消费金额 — amount the member paid, in fen. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    commit_tag: str | Unset = UNSET
    """ 手动提交积分标记 — present only when the member submitted the payment for points by
    hand in the plug-in; absent for automatic pushes.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        merchant_name = self.merchant_name

        shop_name = self.shop_name

        shop_number = self.shop_number

        appid = self.appid

        openid = self.openid

        time_end = self.time_end

        amount = self.amount

        transaction_id = self.transaction_id

        commit_tag = self.commit_tag

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
                "time_end": time_end,
                "amount": amount,
                "transaction_id": transaction_id,
            }
        )
        if commit_tag is not UNSET:
            field_dict["commit_tag"] = commit_tag

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

        time_end = d.pop("time_end")

        amount = d.pop("amount")

        transaction_id = d.pop("transaction_id")

        commit_tag = d.pop("commit_tag", UNSET)

        businesscircle_transaction_notification_resource = cls(
            mchid=mchid,
            merchant_name=merchant_name,
            shop_name=shop_name,
            shop_number=shop_number,
            appid=appid,
            openid=openid,
            time_end=time_end,
            amount=amount,
            transaction_id=transaction_id,
            commit_tag=commit_tag,
        )

        businesscircle_transaction_notification_resource.additional_properties = d
        return businesscircle_transaction_notification_resource

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
