# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_papay_amount import GlobalPapayAmount
    from ..models.global_papay_scene_info import GlobalPapaySceneInfo


T = TypeVar("T", bound="GlobalPapayTransactionCreateRequest")


@_attrs_define
class GlobalPapayTransactionCreateRequest:
    """支付扣款请求 — deduction request."""

    description: str
    """ 商品描述 — what is charged for. """
    notify_url: str
    """ 通知地址 — HTTPS address for the deduction result notification. """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant. """
    merchant_category_code: str
    """ MCC码 — merchant category code of the business. """
    contract_id: str
    """ 委托代扣协议ID — the signed contract to deduct under. """
    amount: GlobalPapayAmount
    """ 订单金额 — request amount, an integer in the smallest unit of `currency`. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID bound to the merchant (direct mode). """
    sp_appid: str | Unset = UNSET
    """ 机构APPID — institution AppID; institution mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; institution mode only. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data returned unchanged in the query and notification. """
    goods_tag: str | Unset = UNSET
    """ 商品标记 — goods tag for promotions. """
    scene_info: GlobalPapaySceneInfo | Unset = UNSET
    """ 场景信息 — scene of the deduction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        notify_url = self.notify_url

        out_trade_no = self.out_trade_no

        merchant_category_code = self.merchant_category_code

        contract_id = self.contract_id

        amount = self.amount.to_dict()

        appid = self.appid

        sp_appid = self.sp_appid

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        attach = self.attach

        goods_tag = self.goods_tag

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "notify_url": notify_url,
                "out_trade_no": out_trade_no,
                "merchant_category_code": merchant_category_code,
                "contract_id": contract_id,
                "amount": amount,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sp_appid is not UNSET:
            field_dict["sp_appid"] = sp_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_papay_amount import GlobalPapayAmount
        from ..models.global_papay_scene_info import GlobalPapaySceneInfo

        d = dict(src_dict)
        description = d.pop("description")

        notify_url = d.pop("notify_url")

        out_trade_no = d.pop("out_trade_no")

        merchant_category_code = d.pop("merchant_category_code")

        contract_id = d.pop("contract_id")

        amount = GlobalPapayAmount.from_dict(d.pop("amount"))

        appid = d.pop("appid", UNSET)

        sp_appid = d.pop("sp_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: GlobalPapaySceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = GlobalPapaySceneInfo.from_dict(_scene_info)

        global_papay_transaction_create_request = cls(
            description=description,
            notify_url=notify_url,
            out_trade_no=out_trade_no,
            merchant_category_code=merchant_category_code,
            contract_id=contract_id,
            amount=amount,
            appid=appid,
            sp_appid=sp_appid,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            attach=attach,
            goods_tag=goods_tag,
            scene_info=scene_info,
        )

        global_papay_transaction_create_request.additional_properties = d
        return global_papay_transaction_create_request

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
