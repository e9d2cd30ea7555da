# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_contract_amount import PayWithContractAmount
    from ..models.pay_with_contract_detail import PayWithContractDetail
    from ..models.pay_with_contract_jsapi_contract_info import PayWithContractJsapiContractInfo
    from ..models.pay_with_contract_payer import PayWithContractPayer
    from ..models.pay_with_contract_scene_info import PayWithContractSceneInfo
    from ..models.pay_with_contract_settle_info import PayWithContractSettleInfo


T = TypeVar("T", bound="PayWithContractJsapiRequest")


@_attrs_define
class PayWithContractJsapiRequest:
    """JSAPI下单并授权/签约请求 — JSAPI order with a contract."""

    appid: str
    """ 应用ID — AppID of the official account or mini program bound to `mchid`. """
    mchid: str
    """ 直连商户号 — the direct merchant's ID. """
    description: str
    """ 商品描述 — goods description shown to the user. """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant (digits, letters, `_-|*`). """
    notify_url: str
    """ 通知地址 — HTTPS URL that receives `TRANSACTION.SUCCESS`; no query string. """
    amount: PayWithContractAmount
    """ 订单金额 — order amount, in fen (分). Same shape as `PayAmount` (pay). """
    payer: PayWithContractPayer
    """ 支付者 — the payer of a JSAPI order with a contract. """
    contract_info: PayWithContractJsapiContractInfo
    """ 签约授权信息 — the contract part of a JSAPI order: a pre-authorisation `token`, a signed
    `password_free_contract_id`, or the plan fields of a contract to sign. No field is marked
    required by OA or IM; which ones to send depends on the product.
     """
    time_expire: datetime.datetime | Unset = UNSET
    """ 交易结束时间 — payment deadline (RFC 3339 with offset). """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned unchanged in the query and the notification. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — order promotion tag. """
    support_fapiao: bool | Unset = UNSET
    """ 电子发票入口开放标识 — true to offer the e-invoice entry to the user. """
    detail: PayWithContractDetail | Unset = UNSET
    """ 优惠功能 — order details for single-item promotions. Same shape as `PayDetail` (pay). """
    scene_info: PayWithContractSceneInfo | Unset = UNSET
    """ 场景信息 — payment scene. Same shape as `PaySceneInfo` (pay). """
    settle_info: PayWithContractSettleInfo | Unset = UNSET
    """ 结算信息 — settlement options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        description = self.description

        out_trade_no = self.out_trade_no

        notify_url = self.notify_url

        amount = self.amount.to_dict()

        payer = self.payer.to_dict()

        contract_info = self.contract_info.to_dict()

        time_expire: str | Unset = UNSET
        if not isinstance(self.time_expire, Unset):
            time_expire = self.time_expire.isoformat()

        attach = self.attach

        goods_tag = self.goods_tag

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
                "contract_info": contract_info,
            }
        )
        if time_expire is not UNSET:
            field_dict["time_expire"] = time_expire
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if support_fapiao is not UNSET:
            field_dict["support_fapiao"] = support_fapiao
        if detail is not UNSET:
            field_dict["detail"] = detail
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if settle_info is not UNSET:
            field_dict["settle_info"] = settle_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_with_contract_amount import PayWithContractAmount
        from ..models.pay_with_contract_detail import PayWithContractDetail
        from ..models.pay_with_contract_jsapi_contract_info import PayWithContractJsapiContractInfo
        from ..models.pay_with_contract_payer import PayWithContractPayer
        from ..models.pay_with_contract_scene_info import PayWithContractSceneInfo
        from ..models.pay_with_contract_settle_info import PayWithContractSettleInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        description = d.pop("description")

        out_trade_no = d.pop("out_trade_no")

        notify_url = d.pop("notify_url")

        amount = PayWithContractAmount.from_dict(d.pop("amount"))

        payer = PayWithContractPayer.from_dict(d.pop("payer"))

        contract_info = PayWithContractJsapiContractInfo.from_dict(d.pop("contract_info"))

        _time_expire = d.pop("time_expire", UNSET)
        time_expire: datetime.datetime | Unset
        if isinstance(_time_expire, Unset):
            time_expire = UNSET
        else:
            time_expire = datetime.datetime.fromisoformat(_time_expire)

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        support_fapiao = d.pop("support_fapiao", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: PayWithContractDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = PayWithContractDetail.from_dict(_detail)

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: PayWithContractSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = PayWithContractSceneInfo.from_dict(_scene_info)

        _settle_info = d.pop("settle_info", UNSET)
        settle_info: PayWithContractSettleInfo | Unset
        if isinstance(_settle_info, Unset):
            settle_info = UNSET
        else:
            settle_info = PayWithContractSettleInfo.from_dict(_settle_info)

        pay_with_contract_jsapi_request = cls(
            appid=appid,
            mchid=mchid,
            description=description,
            out_trade_no=out_trade_no,
            notify_url=notify_url,
            amount=amount,
            payer=payer,
            contract_info=contract_info,
            time_expire=time_expire,
            attach=attach,
            goods_tag=goods_tag,
            support_fapiao=support_fapiao,
            detail=detail,
            scene_info=scene_info,
            settle_info=settle_info,
        )

        pay_with_contract_jsapi_request.additional_properties = d
        return pay_with_contract_jsapi_request

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
