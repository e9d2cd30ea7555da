# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_device import PayscoreDevice
    from ..models.payscore_post_discount import PayscorePostDiscount
    from ..models.payscore_post_payment import PayscorePostPayment


T = TypeVar("T", bound="PayscoreServiceOrderModifyRequest")


@_attrs_define
class PayscoreServiceOrderModifyRequest:
    """修改订单金额请求 — new amounts of a completed, unpaid order. `total_amount` = sum of
    `post_payments[].amount` − sum of `post_discounts[].amount`.

    """

    appid: str
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str
    """ 服务ID — the service ID the order was created with. """
    post_payments: list[PayscorePostPayment]
    """ 后付费项目 — the fee items (at most 100). """
    total_amount: int
    """ 总金额 — the new total the user pays, in fen. """
    reason: str
    """ 修改原因 — why the amount changes. """
    post_discounts: list[PayscorePostDiscount] | Unset = UNSET
    """ 后付费商户优惠 — the merchant discounts (at most 30). """
    device: PayscoreDevice | Unset = UNSET
    """ 设备信息 — devices of the service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        post_payments = []
        for post_payments_item_data in self.post_payments:
            post_payments_item = post_payments_item_data.to_dict()
            post_payments.append(post_payments_item)

        total_amount = self.total_amount

        reason = self.reason

        post_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_discounts, Unset):
            post_discounts = []
            for post_discounts_item_data in self.post_discounts:
                post_discounts_item = post_discounts_item_data.to_dict()
                post_discounts.append(post_discounts_item)

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
                "post_payments": post_payments,
                "total_amount": total_amount,
                "reason": reason,
            }
        )
        if post_discounts is not UNSET:
            field_dict["post_discounts"] = post_discounts
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_device import PayscoreDevice
        from ..models.payscore_post_discount import PayscorePostDiscount
        from ..models.payscore_post_payment import PayscorePostPayment

        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        post_payments = []
        _post_payments = d.pop("post_payments")
        for post_payments_item_data in _post_payments:
            post_payments_item = PayscorePostPayment.from_dict(post_payments_item_data)

            post_payments.append(post_payments_item)

        total_amount = d.pop("total_amount")

        reason = d.pop("reason")

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscorePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscorePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _device = d.pop("device", UNSET)
        device: PayscoreDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = PayscoreDevice.from_dict(_device)

        payscore_service_order_modify_request = cls(
            appid=appid,
            service_id=service_id,
            post_payments=post_payments,
            total_amount=total_amount,
            reason=reason,
            post_discounts=post_discounts,
            device=device,
        )

        payscore_service_order_modify_request.additional_properties = d
        return payscore_service_order_modify_request

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
