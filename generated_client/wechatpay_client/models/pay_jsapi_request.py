# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_jsapi_request_limit_pay_item import (
    PayJsapiRequestLimitPayItem,
    check_pay_jsapi_request_limit_pay_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount import PayAmount
    from ..models.pay_detail import PayDetail
    from ..models.pay_payer import PayPayer
    from ..models.pay_scene_info import PaySceneInfo
    from ..models.pay_settle_info import PaySettleInfo
    from ..models.pay_subsidy_info import PaySubsidyInfo


T = TypeVar("T", bound="PayJsapiRequest")


@_attrs_define
class PayJsapiRequest:
    """JSAPI/小程序下单请求 — JSAPI (official account / mini-program) order request."""

    appid: str
    """ 应用ID — AppID of the official account or mini program bound to `mchid`. """
    mchid: str
    """ 直连商户号 — the direct merchant's ID. """
    description: str
    """ 商品描述 — goods description shown to the user (at most 127 characters). """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant (6–32 characters: digits,
    letters, `_-|*`).
     """
    notify_url: str
    """ 通知地址 — HTTPS URL that receives `TRANSACTION.SUCCESS`; no query string. """
    amount: PayAmount
    """ 订单金额 — order amount of a payment request, in fen (分). """
    payer: PayPayer
    """ 支付者 — the payer of a JSAPI order. The API needs `openid` (OA, IM and the official
    page mark it required); the schema leaves it optional because the official Go SDK does
    (`jsapi.Payer.Openid` is `omitempty`).
     """
    time_expire: datetime.datetime | Unset = UNSET
    """ 交易结束时间 — payment deadline (RFC 3339 with offset). """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned unchanged in the query and the notification. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — order promotion tag. """
    limit_pay: list[PayJsapiRequestLimitPayItem] | Unset = UNSET
    """ 指定支付方式 — payment-method restrictions: `no_balance` (不可用零钱), `no_credit`
    (不可用信用卡), `no_debit` (不可用借记卡), `balance_only` (仅可用零钱).
     """
    support_fapiao: bool | Unset = UNSET
    """ 电子发票入口开放标识 — true to offer the e-invoice entry to the user. """
    detail: PayDetail | Unset = UNSET
    """ 优惠功能 — order details for single-item promotions (单品优惠). """
    scene_info: PaySceneInfo | Unset = UNSET
    """ 场景信息 — payment scene of a JSAPI, App or Native order. """
    settle_info: PaySettleInfo | Unset = UNSET
    """ 结算信息 — settlement options. """
    subsidy_info: PaySubsidyInfo | Unset = UNSET
    """ 贴息信息 (微信分付) — merchant-subsidised instalment plans for WeChat Fenfu. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        description = self.description

        out_trade_no = self.out_trade_no

        notify_url = self.notify_url

        amount = self.amount.to_dict()

        payer = self.payer.to_dict()

        time_expire: str | Unset = UNSET
        if not isinstance(self.time_expire, Unset):
            time_expire = self.time_expire.isoformat()

        attach = self.attach

        goods_tag = self.goods_tag

        limit_pay: list[str] | Unset = UNSET
        if not isinstance(self.limit_pay, Unset):
            limit_pay = []
            for limit_pay_item_data in self.limit_pay:
                limit_pay_item: str = limit_pay_item_data
                limit_pay.append(limit_pay_item)

        support_fapiao = self.support_fapiao

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        settle_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settle_info, Unset):
            settle_info = self.settle_info.to_dict()

        subsidy_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subsidy_info, Unset):
            subsidy_info = self.subsidy_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "description": description,
                "out_trade_no": out_trade_no,
                "notify_url": notify_url,
                "amount": amount,
                "payer": payer,
            }
        )
        if time_expire is not UNSET:
            field_dict["time_expire"] = time_expire
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if limit_pay is not UNSET:
            field_dict["limit_pay"] = limit_pay
        if support_fapiao is not UNSET:
            field_dict["support_fapiao"] = support_fapiao
        if detail is not UNSET:
            field_dict["detail"] = detail
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if settle_info is not UNSET:
            field_dict["settle_info"] = settle_info
        if subsidy_info is not UNSET:
            field_dict["subsidy_info"] = subsidy_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_amount import PayAmount
        from ..models.pay_detail import PayDetail
        from ..models.pay_payer import PayPayer
        from ..models.pay_scene_info import PaySceneInfo
        from ..models.pay_settle_info import PaySettleInfo
        from ..models.pay_subsidy_info import PaySubsidyInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        description = d.pop("description")

        out_trade_no = d.pop("out_trade_no")

        notify_url = d.pop("notify_url")

        amount = PayAmount.from_dict(d.pop("amount"))

        payer = PayPayer.from_dict(d.pop("payer"))

        _time_expire = d.pop("time_expire", UNSET)
        time_expire: datetime.datetime | Unset
        if isinstance(_time_expire, Unset):
            time_expire = UNSET
        else:
            time_expire = datetime.datetime.fromisoformat(_time_expire)

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        _limit_pay = d.pop("limit_pay", UNSET)
        limit_pay: list[PayJsapiRequestLimitPayItem] | Unset = UNSET
        if _limit_pay is not UNSET:
            limit_pay = []
            for limit_pay_item_data in _limit_pay:
                limit_pay_item = check_pay_jsapi_request_limit_pay_item(limit_pay_item_data)

                limit_pay.append(limit_pay_item)

        support_fapiao = d.pop("support_fapiao", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: PayDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = PayDetail.from_dict(_detail)

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: PaySceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = PaySceneInfo.from_dict(_scene_info)

        _settle_info = d.pop("settle_info", UNSET)
        settle_info: PaySettleInfo | Unset
        if isinstance(_settle_info, Unset):
            settle_info = UNSET
        else:
            settle_info = PaySettleInfo.from_dict(_settle_info)

        _subsidy_info = d.pop("subsidy_info", UNSET)
        subsidy_info: PaySubsidyInfo | Unset
        if isinstance(_subsidy_info, Unset):
            subsidy_info = UNSET
        else:
            subsidy_info = PaySubsidyInfo.from_dict(_subsidy_info)

        pay_jsapi_request = cls(
            appid=appid,
            mchid=mchid,
            description=description,
            out_trade_no=out_trade_no,
            notify_url=notify_url,
            amount=amount,
            payer=payer,
            time_expire=time_expire,
            attach=attach,
            goods_tag=goods_tag,
            limit_pay=limit_pay,
            support_fapiao=support_fapiao,
            detail=detail,
            scene_info=scene_info,
            settle_info=settle_info,
            subsidy_info=subsidy_info,
        )

        pay_jsapi_request.additional_properties = d
        return pay_jsapi_request

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
