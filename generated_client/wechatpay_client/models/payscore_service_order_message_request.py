# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_message_post_payment import PayscoreMessagePostPayment
    from ..models.payscore_post_discount import PayscorePostDiscount


T = TypeVar("T", bound="PayscoreServiceOrderMessageRequest")


@_attrs_define
class PayscoreServiceOrderMessageRequest:
    """下发消息请求 — body of `send_payscore_pending_message` and
    `send_payscore_prepaid_message` (same fields).

    """

    service_id: str
    """ 服务ID — the service ID the order was created with. """
    post_payments: list[PayscoreMessagePostPayment]
    """ 后付费项目 — the fee items shown in the message. """
    total_amount: int
    """ 总金额 — the amount to be deducted, in fen. """
    prepaid_time: str
    """ 预计扣费时间 — when the deduction is expected to happen. """
    post_discounts: list[PayscorePostDiscount] | Unset = UNSET
    """ 商户优惠 — the merchant discounts shown in the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        post_payments = []
        for post_payments_item_data in self.post_payments:
            post_payments_item = post_payments_item_data.to_dict()
            post_payments.append(post_payments_item)

        total_amount = self.total_amount

        prepaid_time = self.prepaid_time

        post_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_discounts, Unset):
            post_discounts = []
            for post_discounts_item_data in self.post_discounts:
                post_discounts_item = post_discounts_item_data.to_dict()
                post_discounts.append(post_discounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "post_payments": post_payments,
                "total_amount": total_amount,
                "prepaid_time": prepaid_time,
            }
        )
        if post_discounts is not UNSET:
            field_dict["post_discounts"] = post_discounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_message_post_payment import PayscoreMessagePostPayment
        from ..models.payscore_post_discount import PayscorePostDiscount

        d = dict(src_dict)
        service_id = d.pop("service_id")

        post_payments = []
        _post_payments = d.pop("post_payments")
        for post_payments_item_data in _post_payments:
            post_payments_item = PayscoreMessagePostPayment.from_dict(post_payments_item_data)

            post_payments.append(post_payments_item)

        total_amount = d.pop("total_amount")

        prepaid_time = d.pop("prepaid_time")

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscorePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscorePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        payscore_service_order_message_request = cls(
            service_id=service_id,
            post_payments=post_payments,
            total_amount=total_amount,
            prepaid_time=prepaid_time,
            post_discounts=post_discounts,
        )

        payscore_service_order_message_request.additional_properties = d
        return payscore_service_order_message_request

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
