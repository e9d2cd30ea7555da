# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qrcode_ride_transaction_create_request_trade_scene import (
    QrcodeRideTransactionCreateRequestTradeScene,
    check_qrcode_ride_transaction_create_request_trade_scene,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qrcode_ride_amount import QrcodeRideAmount
    from ..models.qrcode_ride_bus_info import QrcodeRideBusInfo
    from ..models.qrcode_ride_metro_info import QrcodeRideMetroInfo


T = TypeVar("T", bound="QrcodeRideTransactionCreateRequest")


@_attrs_define
class QrcodeRideTransactionCreateRequest:
    """扣费受理请求 — one ride to charge. Send `bus_info` when `trade_scene` is `BUS` and
    `metro_info` when it is `METRO`.

    """

    appid: str
    """ 应用ID — the AppID of the official account or app bound to the merchant. """
    description: str
    """ 服务描述 — how the ride appears in the bill (the limit is in bytes). """
    out_trade_no: str
    """ 商户订单号 — merchant order number, unique per merchant. """
    trade_scene: QrcodeRideTransactionCreateRequestTradeScene
    """ 交易场景 — `BUS` or `METRO`. """
    contract_id: str
    """ 代扣签约ID — the user's deduction contract. """
    notify_url: str
    """ 通知地址 — HTTPS URL that receives the deduction result. """
    amount: QrcodeRideAmount
    """ 订单金额信息 — the fare, in fen (分). """
    sub_appid: str | Unset = UNSET
    """ 子公众账号ID — service-provider mode only, direct merchants omit it. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only, direct merchants omit it. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data, returned unchanged by the query and the notification. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — goods tag (coupon rules). """
    bus_info: QrcodeRideBusInfo | Unset = UNSET
    """ 公交场景信息 — the bus ride (request side; see `QrcodeRideResponseBusInfo`). """
    metro_info: QrcodeRideMetroInfo | Unset = UNSET
    """ 地铁场景信息 — the metro ride (request side; see `QrcodeRideResponseMetroInfo`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        description = self.description

        out_trade_no = self.out_trade_no

        trade_scene: str = self.trade_scene

        contract_id = self.contract_id

        notify_url = self.notify_url

        amount = self.amount.to_dict()

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        attach = self.attach

        goods_tag = self.goods_tag

        bus_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bus_info, Unset):
            bus_info = self.bus_info.to_dict()

        metro_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metro_info, Unset):
            metro_info = self.metro_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "description": description,
                "out_trade_no": out_trade_no,
                "trade_scene": trade_scene,
                "contract_id": contract_id,
                "notify_url": notify_url,
                "amount": amount,
            }
        )
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if attach is not UNSET:
            field_dict["attach"] = attach
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if bus_info is not UNSET:
            field_dict["bus_info"] = bus_info
        if metro_info is not UNSET:
            field_dict["metro_info"] = metro_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.qrcode_ride_amount import QrcodeRideAmount
        from ..models.qrcode_ride_bus_info import QrcodeRideBusInfo
        from ..models.qrcode_ride_metro_info import QrcodeRideMetroInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        description = d.pop("description")

        out_trade_no = d.pop("out_trade_no")

        trade_scene = check_qrcode_ride_transaction_create_request_trade_scene(d.pop("trade_scene"))

        contract_id = d.pop("contract_id")

        notify_url = d.pop("notify_url")

        amount = QrcodeRideAmount.from_dict(d.pop("amount"))

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        attach = d.pop("attach", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        _bus_info = d.pop("bus_info", UNSET)
        bus_info: QrcodeRideBusInfo | Unset
        if isinstance(_bus_info, Unset):
            bus_info = UNSET
        else:
            bus_info = QrcodeRideBusInfo.from_dict(_bus_info)

        _metro_info = d.pop("metro_info", UNSET)
        metro_info: QrcodeRideMetroInfo | Unset
        if isinstance(_metro_info, Unset):
            metro_info = UNSET
        else:
            metro_info = QrcodeRideMetroInfo.from_dict(_metro_info)

        qrcode_ride_transaction_create_request = cls(
            appid=appid,
            description=description,
            out_trade_no=out_trade_no,
            trade_scene=trade_scene,
            contract_id=contract_id,
            notify_url=notify_url,
            amount=amount,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            attach=attach,
            goods_tag=goods_tag,
            bus_info=bus_info,
            metro_info=metro_info,
        )

        qrcode_ride_transaction_create_request.additional_properties = d
        return qrcode_ride_transaction_create_request

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
