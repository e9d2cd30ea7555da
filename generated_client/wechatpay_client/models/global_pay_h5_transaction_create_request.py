# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_pay_h5_transaction_create_request_limit_pay import (
    GlobalPayH5TransactionCreateRequestLimitPay,
    check_global_pay_h5_transaction_create_request_limit_pay,
)
from ..models.global_pay_h5_transaction_create_request_trade_type import (
    GlobalPayH5TransactionCreateRequestTradeType,
    check_global_pay_h5_transaction_create_request_trade_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_pay_amount import GlobalPayAmount
    from ..models.global_pay_detail import GlobalPayDetail
    from ..models.global_pay_h5_scene_info import GlobalPayH5SceneInfo
    from ..models.global_pay_payer import GlobalPayPayer


T = TypeVar("T", bound="GlobalPayH5TransactionCreateRequest")


@_attrs_define
class GlobalPayH5TransactionCreateRequest:
    """H5下单请求 — body of `create_global_h5_transaction` (direct mode). Same fields as
    `GlobalPayTransactionCreateRequest`, with `trade_type` `MWEB` and a required
    `scene_info` that names the user's IP and the store.

    """

    mchid: str
    """ 商户号 — the direct merchant's ID. """
    appid: str
    """ APPID — the AppID bound to `mchid`. """
    description: str
    """ 商品描述 — what is sold, shown to the user. """
    notify_url: str
    """ 通知地址 — HTTPS URL, without query string, for `TRANSACTION.SUCCESS`. """
    out_trade_no: str
    """ 商户订单号 — the merchant's order number, unique per merchant. """
    trade_type: GlobalPayH5TransactionCreateRequestTradeType
    """ 交易类型 — `MWEB` (H5). """
    merchant_category_code: str
    """ MCC码 — the merchant category code of the goods. """
    amount: GlobalPayAmount
    """ 订单金额 — order amount (request side). `total` is an integer in the minor unit of
    `currency` (e.g. `888` HKD = HK$8.88; `JPY` has no decimals); no decimal point.
     """
    scene_info: GlobalPayH5SceneInfo
    """ 场景信息 (H5) — scene of an H5 sale; the user's IP and the store are required. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data, returned unchanged in the query and the notification. """
    goods_tag: str | Unset = UNSET
    """ 商品标记 — promotion tag of the goods. """
    limit_pay: GlobalPayH5TransactionCreateRequestLimitPay | Unset = UNSET
    """ 指定支付方式 — `no_credit` forbids paying with a credit card. """
    time_start: datetime.datetime | Unset = UNSET
    """ 交易起始时间 — order creation time (RFC 3339). """
    time_expire: datetime.datetime | Unset = UNSET
    """ 交易结束时间 — time after which the order can no longer be paid (RFC 3339). """
    payer: GlobalPayPayer | Unset = UNSET
    """ 支付者 — the payer of an order (request side). """
    detail: list[GlobalPayDetail] | Unset = UNSET
    """ 优惠功能 — order details for single-goods promotions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        description = self.description

        notify_url = self.notify_url

        out_trade_no = self.out_trade_no

        trade_type: str = self.trade_type

        merchant_category_code = self.merchant_category_code

        amount = self.amount.to_dict()

        scene_info = self.scene_info.to_dict()

        attach = self.attach

        goods_tag = self.goods_tag

        limit_pay: str | Unset = UNSET
        if not isinstance(self.limit_pay, Unset):
            limit_pay = self.limit_pay

        time_start: str | Unset = UNSET
        if not isinstance(self.time_start, Unset):
            time_start = self.time_start.isoformat()

        time_expire: str | Unset = UNSET
        if not isinstance(self.time_expire, Unset):
            time_expire = self.time_expire.isoformat()

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
                "description": description,
                "notify_url": notify_url,
                "out_trade_no": out_trade_no,
                "trade_type": trade_type,
                "merchant_category_code": merchant_category_code,
                "amount": amount,
                "scene_info": scene_info,
            }
        )
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if limit_pay is not UNSET:
            field_dict["limit_pay"] = limit_pay
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_expire is not UNSET:
            field_dict["time_expire"] = time_expire
        if payer is not UNSET:
            field_dict["payer"] = payer
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_pay_amount import GlobalPayAmount
        from ..models.global_pay_detail import GlobalPayDetail
        from ..models.global_pay_h5_scene_info import GlobalPayH5SceneInfo
        from ..models.global_pay_payer import GlobalPayPayer

        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        description = d.pop("description")

        notify_url = d.pop("notify_url")

        out_trade_no = d.pop("out_trade_no")

        trade_type = check_global_pay_h5_transaction_create_request_trade_type(d.pop("trade_type"))

        merchant_category_code = d.pop("merchant_category_code")

        amount = GlobalPayAmount.from_dict(d.pop("amount"))

        scene_info = GlobalPayH5SceneInfo.from_dict(d.pop("scene_info"))

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        _limit_pay = d.pop("limit_pay", UNSET)
        limit_pay: GlobalPayH5TransactionCreateRequestLimitPay | Unset
        if isinstance(_limit_pay, Unset):
            limit_pay = UNSET
        else:
            limit_pay = check_global_pay_h5_transaction_create_request_limit_pay(_limit_pay)

        _time_start = d.pop("time_start", UNSET)
        time_start: datetime.datetime | Unset
        if isinstance(_time_start, Unset):
            time_start = UNSET
        else:
            time_start = datetime.datetime.fromisoformat(_time_start)

        _time_expire = d.pop("time_expire", UNSET)
        time_expire: datetime.datetime | Unset
        if isinstance(_time_expire, Unset):
            time_expire = UNSET
        else:
            time_expire = datetime.datetime.fromisoformat(_time_expire)

        _payer = d.pop("payer", UNSET)
        payer: GlobalPayPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = GlobalPayPayer.from_dict(_payer)

        _detail = d.pop("detail", UNSET)
        detail: list[GlobalPayDetail] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = GlobalPayDetail.from_dict(detail_item_data)

                detail.append(detail_item)

        global_pay_h5_transaction_create_request = cls(
            mchid=mchid,
            appid=appid,
            description=description,
            notify_url=notify_url,
            out_trade_no=out_trade_no,
            trade_type=trade_type,
            merchant_category_code=merchant_category_code,
            amount=amount,
            scene_info=scene_info,
            attach=attach,
            goods_tag=goods_tag,
            limit_pay=limit_pay,
            time_start=time_start,
            time_expire=time_expire,
            payer=payer,
            detail=detail,
        )

        global_pay_h5_transaction_create_request.additional_properties = d
        return global_pay_h5_transaction_create_request

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
