# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_payafter_create_discount import PayscorePayafterCreateDiscount
    from ..models.payscore_payafter_fee import PayscorePayafterFee


T = TypeVar("T", bound="PayscorePayafterOrderCreateRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class PayscorePayafterOrderCreateRequest:
    """创建先享后付订单请求 — create a 先享后付 order."""

    appid: str
    """ 公众账号ID — the AppID the user's `openid` belongs to. """
    out_order_no: str
    """ 商户服务订单号 — the merchant's order number, unique per merchant. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    service_start_time: str | Unset = UNSET
    """ 用户下单时确认的服务开始时间 — `yyyyMMdd`, `yyyyMMddHHmmss` or `OnAccept` (starts when
    the user accepts).
     """
    service_end_time: str | Unset = UNSET
    """ 用户下单时确定的预计服务结束时间 — `yyyyMMdd` or `yyyyMMddHHmmss`. """
    service_start_location: str | Unset = UNSET
    """ 开始使用服务的地点 — where the service starts. """
    service_end_location: str | Unset = UNSET
    """ 预计服务结束的地点 — where the service is expected to end. """
    service_introduction: str | Unset = UNSET
    """ 服务信息 — what the order is for, shown to the user. """
    fees: list[PayscorePayafterFee] | Unset = UNSET
    """ 后付费 — the items that will be charged. """
    discounts: list[PayscorePayafterCreateDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts, at most 5. """
    risk_amount: int | Unset = UNSET
    """ 订单风险金额 — the order's risk amount, in fen. """
    attach: str | Unset = UNSET
    """ 商户自定义说明 — merchant data kept with the order. """
    need_user_confirm: bool | Unset = UNSET
    """ 使用需用户确认订单类型 — whether the user must accept the order (default true). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 用户姓名 — the user's name (plaintext; the SDK encrypts it). """
    phone: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 用户手机号 — the user's phone number (plaintext; the SDK encrypts it). """
    userid: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 用户身份证ID — the user's ID card number (plaintext; the SDK encrypts it). """
    address: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 用户收货地址 — the user's delivery address (plaintext; the SDK encrypts it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_order_no = self.out_order_no

        service_id = self.service_id

        service_start_time = self.service_start_time

        service_end_time = self.service_end_time

        service_start_location = self.service_start_location

        service_end_location = self.service_end_location

        service_introduction = self.service_introduction

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        risk_amount = self.risk_amount

        attach = self.attach

        need_user_confirm = self.need_user_confirm

        openid = self.openid

        name = self.name

        phone = self.phone

        userid = self.userid

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_order_no": out_order_no,
                "service_id": service_id,
            }
        )
        if service_start_time is not UNSET:
            field_dict["service_start_time"] = service_start_time
        if service_end_time is not UNSET:
            field_dict["service_end_time"] = service_end_time
        if service_start_location is not UNSET:
            field_dict["service_start_location"] = service_start_location
        if service_end_location is not UNSET:
            field_dict["service_end_location"] = service_end_location
        if service_introduction is not UNSET:
            field_dict["service_introduction"] = service_introduction
        if fees is not UNSET:
            field_dict["fees"] = fees
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if risk_amount is not UNSET:
            field_dict["risk_amount"] = risk_amount
        if attach is not UNSET:
            field_dict["attach"] = attach
        if need_user_confirm is not UNSET:
            field_dict["need_user_confirm"] = need_user_confirm
        if openid is not UNSET:
            field_dict["openid"] = openid
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if userid is not UNSET:
            field_dict["userid"] = userid
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_payafter_create_discount import PayscorePayafterCreateDiscount
        from ..models.payscore_payafter_fee import PayscorePayafterFee

        d = dict(src_dict)
        appid = d.pop("appid")

        out_order_no = d.pop("out_order_no")

        service_id = d.pop("service_id")

        service_start_time = d.pop("service_start_time", UNSET)

        service_end_time = d.pop("service_end_time", UNSET)

        service_start_location = d.pop("service_start_location", UNSET)

        service_end_location = d.pop("service_end_location", UNSET)

        service_introduction = d.pop("service_introduction", UNSET)

        _fees = d.pop("fees", UNSET)
        fees: list[PayscorePayafterFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = PayscorePayafterFee.from_dict(fees_item_data)

                fees.append(fees_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[PayscorePayafterCreateDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = PayscorePayafterCreateDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        risk_amount = d.pop("risk_amount", UNSET)

        attach = d.pop("attach", UNSET)

        need_user_confirm = d.pop("need_user_confirm", UNSET)

        openid = d.pop("openid", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        userid = d.pop("userid", UNSET)

        address = d.pop("address", UNSET)

        payscore_payafter_order_create_request = cls(
            appid=appid,
            out_order_no=out_order_no,
            service_id=service_id,
            service_start_time=service_start_time,
            service_end_time=service_end_time,
            service_start_location=service_start_location,
            service_end_location=service_end_location,
            service_introduction=service_introduction,
            fees=fees,
            discounts=discounts,
            risk_amount=risk_amount,
            attach=attach,
            need_user_confirm=need_user_confirm,
            openid=openid,
            name=name,
            phone=phone,
            userid=userid,
            address=address,
        )

        payscore_payafter_order_create_request.additional_properties = d
        return payscore_payafter_order_create_request

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
