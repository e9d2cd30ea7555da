# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ebike_papay_payer import EbikePapayPayer
    from ..models.ebike_papay_promotion_detail import EbikePapayPromotionDetail
    from ..models.ebike_papay_response_amount import EbikePapayResponseAmount
    from ..models.ebike_papay_response_device_info import EbikePapayResponseDeviceInfo


T = TypeVar("T", bound="EbikePapayTransaction")


@_attrs_define
class EbikePapayTransaction:
    """充电代扣订单 — a deduction order as the order queries return it."""

    mchid: str
    """ 商户号 — merchant ID. """
    appid: str
    """ 公众号ID — AppID of the order. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    trade_type: str
    """ 交易类型 — trade type. """
    trade_state: str
    """ 交易状态 — order state (open list). """
    contract_id: str
    """ 充电授权扣费协议号 — contract ID. """
    amount: EbikePapayResponseAmount
    """ 订单金额信息 — amounts of an order, in fen (分). """
    device_info: EbikePapayResponseDeviceInfo
    """ 设备信息 — the charging point and the merchant server. """
    sub_mchid: str | Unset = UNSET
    """ 特约商户号 — service-provider mode only. """
    sub_appid: str | Unset = UNSET
    """ 特约商户公众号ID — service-provider mode only. """
    transaction_id: str | Unset = UNSET
    """ 微信订单号 — WeChat Pay order number. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data from the request. """
    bank_type: str | Unset = UNSET
    """ 银行类型 — bank type code. """
    success_time: str | Unset = UNSET
    """ 成功时间 — payment time. """
    trade_state_des: str | Unset = UNSET
    """ 交易状态描述 — description of the state (upstream key spelling). """
    payer: EbikePapayPayer | Unset = UNSET
    """ 支付者信息 — the paying user. """
    promotion_detail: list[EbikePapayPromotionDetail] | Unset = UNSET
    """ 优惠信息 — promotions applied to the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        out_trade_no = self.out_trade_no

        trade_type = self.trade_type

        trade_state = self.trade_state

        contract_id = self.contract_id

        amount = self.amount.to_dict()

        device_info = self.device_info.to_dict()

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        transaction_id = self.transaction_id

        attach = self.attach

        bank_type = self.bank_type

        success_time = self.success_time

        trade_state_des = self.trade_state_des

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
                "mchid": mchid,
                "appid": appid,
                "out_trade_no": out_trade_no,
                "trade_type": trade_type,
                "trade_state": trade_state,
                "contract_id": contract_id,
                "amount": amount,
                "device_info": device_info,
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
        if trade_state_des is not UNSET:
            field_dict["trade_state_des"] = trade_state_des
        if payer is not UNSET:
            field_dict["payer"] = payer
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ebike_papay_payer import EbikePapayPayer
        from ..models.ebike_papay_promotion_detail import EbikePapayPromotionDetail
        from ..models.ebike_papay_response_amount import EbikePapayResponseAmount
        from ..models.ebike_papay_response_device_info import EbikePapayResponseDeviceInfo

        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        trade_type = d.pop("trade_type")

        trade_state = d.pop("trade_state")

        contract_id = d.pop("contract_id")

        amount = EbikePapayResponseAmount.from_dict(d.pop("amount"))

        device_info = EbikePapayResponseDeviceInfo.from_dict(d.pop("device_info"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        attach = d.pop("attach", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        success_time = d.pop("success_time", UNSET)

        trade_state_des = d.pop("trade_state_des", UNSET)

        _payer = d.pop("payer", UNSET)
        payer: EbikePapayPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = EbikePapayPayer.from_dict(_payer)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[EbikePapayPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = EbikePapayPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        ebike_papay_transaction = cls(
            mchid=mchid,
            appid=appid,
            out_trade_no=out_trade_no,
            trade_type=trade_type,
            trade_state=trade_state,
            contract_id=contract_id,
            amount=amount,
            device_info=device_info,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            transaction_id=transaction_id,
            attach=attach,
            bank_type=bank_type,
            success_time=success_time,
            trade_state_des=trade_state_des,
            payer=payer,
            promotion_detail=promotion_detail,
        )

        ebike_papay_transaction.additional_properties = d
        return ebike_papay_transaction

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
