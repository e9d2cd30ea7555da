# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edu_papay_payer import EduPapayPayer
    from ..models.edu_papay_promotion_detail import EduPapayPromotionDetail
    from ..models.edu_papay_response_amount import EduPapayResponseAmount
    from ..models.edu_papay_response_device_information import EduPapayResponseDeviceInformation


T = TypeVar("T", bound="EduPapayTransaction")


@_attrs_define
class EduPapayTransaction:
    """教育续费通订单 — a deduction order as the two order queries return it. `trade_state` is an
    open string (known: `SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`).

    """

    sp_mchid: str
    """ 商户号 — merchant ID. """
    appid: str
    """ 应用ID — AppID of the order. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    trade_state: str
    """ 交易状态 — `SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND` (open list). """
    amount: EduPapayResponseAmount
    """ 订单金额 — amounts of an order, in fen (分). """
    device_information: EduPapayResponseDeviceInformation
    """ 设备信息 — the merchant device that requested the deduction. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    sub_appid: str | Unset = UNSET
    """ 子商户APPID — service-provider mode only. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data from the request. """
    bank_type: str | Unset = UNSET
    """ 付款银行 — bank type code. """
    success_time: str | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339 in the examples). """
    trade_state_description: str | Unset = UNSET
    """ 交易状态描述 — description of the state. """
    payer: EduPapayPayer | Unset = UNSET
    """ 支付者 — the paying user. """
    promotion_detail: list[EduPapayPromotionDetail] | Unset = UNSET
    """ 优惠详情 — promotions applied to the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sp_mchid = self.sp_mchid

        appid = self.appid

        out_trade_no = self.out_trade_no

        trade_state = self.trade_state

        amount = self.amount.to_dict()

        device_information = self.device_information.to_dict()

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        transaction_id = self.transaction_id

        attach = self.attach

        bank_type = self.bank_type

        success_time = self.success_time

        trade_state_description = self.trade_state_description

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        promotion_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_detail, Unset):
            promotion_detail = []
            for promotion_detail_item_data in self.promotion_detail:
                promotion_detail_item = promotion_detail_item_data.to_dict()
                promotion_detail.append(promotion_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sp_mchid": sp_mchid,
                "appid": appid,
                "out_trade_no": out_trade_no,
                "trade_state": trade_state,
                "amount": amount,
                "device_information": device_information,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if attach is not UNSET:
            field_dict["attach"] = attach
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if trade_state_description is not UNSET:
            field_dict["trade_state_description"] = trade_state_description
        if payer is not UNSET:
            field_dict["payer"] = payer
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edu_papay_payer import EduPapayPayer
        from ..models.edu_papay_promotion_detail import EduPapayPromotionDetail
        from ..models.edu_papay_response_amount import EduPapayResponseAmount
        from ..models.edu_papay_response_device_information import EduPapayResponseDeviceInformation

        d = dict(src_dict)
        sp_mchid = d.pop("sp_mchid")

        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        trade_state = d.pop("trade_state")

        amount = EduPapayResponseAmount.from_dict(d.pop("amount"))

        device_information = EduPapayResponseDeviceInformation.from_dict(d.pop("device_information"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        attach = d.pop("attach", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        success_time = d.pop("success_time", UNSET)

        trade_state_description = d.pop("trade_state_description", UNSET)

        _payer = d.pop("payer", UNSET)
        payer: EduPapayPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = EduPapayPayer.from_dict(_payer)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[EduPapayPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = EduPapayPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        edu_papay_transaction = cls(
            sp_mchid=sp_mchid,
            appid=appid,
            out_trade_no=out_trade_no,
            trade_state=trade_state,
            amount=amount,
            device_information=device_information,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            transaction_id=transaction_id,
            attach=attach,
            bank_type=bank_type,
            success_time=success_time,
            trade_state_description=trade_state_description,
            payer=payer,
            promotion_detail=promotion_detail,
        )

        edu_papay_transaction.additional_properties = d
        return edu_papay_transaction

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
