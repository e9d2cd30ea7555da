# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qrcode_ride_promotion_detail import QrcodeRidePromotionDetail
    from ..models.qrcode_ride_response_amount import QrcodeRideResponseAmount
    from ..models.qrcode_ride_response_bus_info import QrcodeRideResponseBusInfo
    from ..models.qrcode_ride_response_metro_info import QrcodeRideResponseMetroInfo


T = TypeVar("T", bound="QrcodeRideTransaction")


@_attrs_define
class QrcodeRideTransaction:
    """乘车订单 — a ride deduction order. `trade_state` (known `SUCCESS`, `ACCEPTED`, `PAY_FAIL`,
    `REFUND`), `trade_scene` and `user_repay_state` (known `NOT_REPAY`, `REPAID`,
    `ALL_REFUND`; meaningful when `bank_type` is `BPA`) are open strings.

    """

    appid: str | Unset = UNSET
    """ 应用ID — AppID of the order. """
    sub_appid: str | Unset = UNSET
    """ 子商户公众账号ID — service-provider mode only. """
    sp_mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    description: str | Unset = UNSET
    """ 服务描述 — description from the request. """
    create_time: datetime.datetime | Unset = UNSET
    """ 订单创建时间 — when the order was created (RFC 3339). """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number. """
    trade_state: str | Unset = UNSET
    """ 交易状态 — `SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND` (open list). """
    trade_state_description: str | Unset = UNSET
    """ 交易状态描述 — description of the state and what to do next. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339). """
    bank_type: str | Unset = UNSET
    """ 付款银行 — bank type code; `BPA` when WeChat Pay advanced the fare. """
    user_repay_state: str | Unset = UNSET
    """ 用户还款状态 — `NOT_REPAY`, `REPAID`, `ALL_REFUND` (open list). """
    repay_transaction_id: str | Unset = UNSET
    """ 还款微信支付订单号 — WeChat Pay order number of the user's repayment. """
    repay_time: datetime.datetime | Unset = UNSET
    """ 垫资还款时间 — when the user repaid the advance (RFC 3339). """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data from the request. """
    contract_id: str | Unset = UNSET
    """ 代扣签约ID — contract ID. """
    trade_scene: str | Unset = UNSET
    """ 交易场景 — `BUS` or `METRO` (open list). """
    bus_info: QrcodeRideResponseBusInfo | Unset = UNSET
    """ 公交场景信息 — the bus ride, as returned. """
    metro_info: QrcodeRideResponseMetroInfo | Unset = UNSET
    """ 地铁场景信息 — the metro ride, as returned. """
    amount: QrcodeRideResponseAmount | Unset = UNSET
    """ 订单金额信息 — amounts of an order, in fen (分). """
    promotion_detail: list[QrcodeRidePromotionDetail] | Unset = UNSET
    """ 优惠信息 — promotions applied to the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        sub_appid = self.sub_appid

        sp_mchid = self.sp_mchid

        sub_mchid = self.sub_mchid

        description = self.description

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        trade_state = self.trade_state

        trade_state_description = self.trade_state_description

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        bank_type = self.bank_type

        user_repay_state = self.user_repay_state

        repay_transaction_id = self.repay_transaction_id

        repay_time: str | Unset = UNSET
        if not isinstance(self.repay_time, Unset):
            repay_time = self.repay_time.isoformat()

        attach = self.attach

        contract_id = self.contract_id

        trade_scene = self.trade_scene

        bus_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bus_info, Unset):
            bus_info = self.bus_info.to_dict()

        metro_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metro_info, Unset):
            metro_info = self.metro_info.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        promotion_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_detail, Unset):
            promotion_detail = []
            for promotion_detail_item_data in self.promotion_detail:
                promotion_detail_item = promotion_detail_item_data.to_dict()
                promotion_detail.append(promotion_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if trade_state is not UNSET:
            field_dict["trade_state"] = trade_state
        if trade_state_description is not UNSET:
            field_dict["trade_state_description"] = trade_state_description
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if user_repay_state is not UNSET:
            field_dict["user_repay_state"] = user_repay_state
        if repay_transaction_id is not UNSET:
            field_dict["repay_transaction_id"] = repay_transaction_id
        if repay_time is not UNSET:
            field_dict["repay_time"] = repay_time
        if attach is not UNSET:
            field_dict["attach"] = attach
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if trade_scene is not UNSET:
            field_dict["trade_scene"] = trade_scene
        if bus_info is not UNSET:
            field_dict["bus_info"] = bus_info
        if metro_info is not UNSET:
            field_dict["metro_info"] = metro_info
        if amount is not UNSET:
            field_dict["amount"] = amount
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qrcode_ride_promotion_detail import QrcodeRidePromotionDetail
        from ..models.qrcode_ride_response_amount import QrcodeRideResponseAmount
        from ..models.qrcode_ride_response_bus_info import QrcodeRideResponseBusInfo
        from ..models.qrcode_ride_response_metro_info import QrcodeRideResponseMetroInfo

        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sp_mchid = d.pop("sp_mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        description = d.pop("description", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        out_trade_no = d.pop("out_trade_no", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        trade_state = d.pop("trade_state", UNSET)

        trade_state_description = d.pop("trade_state_description", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        bank_type = d.pop("bank_type", UNSET)

        user_repay_state = d.pop("user_repay_state", UNSET)

        repay_transaction_id = d.pop("repay_transaction_id", UNSET)

        _repay_time = d.pop("repay_time", UNSET)
        repay_time: datetime.datetime | Unset
        if isinstance(_repay_time, Unset):
            repay_time = UNSET
        else:
            repay_time = datetime.datetime.fromisoformat(_repay_time)

        attach = d.pop("attach", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        trade_scene = d.pop("trade_scene", UNSET)

        _bus_info = d.pop("bus_info", UNSET)
        bus_info: QrcodeRideResponseBusInfo | Unset
        if isinstance(_bus_info, Unset):
            bus_info = UNSET
        else:
            bus_info = QrcodeRideResponseBusInfo.from_dict(_bus_info)

        _metro_info = d.pop("metro_info", UNSET)
        metro_info: QrcodeRideResponseMetroInfo | Unset
        if isinstance(_metro_info, Unset):
            metro_info = UNSET
        else:
            metro_info = QrcodeRideResponseMetroInfo.from_dict(_metro_info)

        _amount = d.pop("amount", UNSET)
        amount: QrcodeRideResponseAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = QrcodeRideResponseAmount.from_dict(_amount)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[QrcodeRidePromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = QrcodeRidePromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        qrcode_ride_transaction = cls(
            appid=appid,
            sub_appid=sub_appid,
            sp_mchid=sp_mchid,
            sub_mchid=sub_mchid,
            description=description,
            create_time=create_time,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            trade_state=trade_state,
            trade_state_description=trade_state_description,
            success_time=success_time,
            bank_type=bank_type,
            user_repay_state=user_repay_state,
            repay_transaction_id=repay_transaction_id,
            repay_time=repay_time,
            attach=attach,
            contract_id=contract_id,
            trade_scene=trade_scene,
            bus_info=bus_info,
            metro_info=metro_info,
            amount=amount,
            promotion_detail=promotion_detail,
        )

        qrcode_ride_transaction.additional_properties = d
        return qrcode_ride_transaction

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
