# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_profitsharing_receiver_result import GlobalProfitsharingReceiverResult


T = TypeVar("T", bound="GlobalProfitsharingOrder")


@_attrs_define
class GlobalProfitsharingOrder:
    """分账单 — a cross-border profit-sharing order (split, unfreeze and query answers)."""

    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    out_order_no: str
    """ 商户分账单号 — merchant profit-sharing order number. """
    order_id: str
    """ 微信分账单号 — profit-sharing order number assigned by WeChat Pay. """
    state: str
    """ 分账单状态 — order state. Open set; known values `PROCESSING`, `FINISHED`. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (institution mode). """
    receivers: list[GlobalProfitsharingReceiverResult] | Unset = UNSET
    """ 分账接收方列表 — per-receiver results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        out_order_no = self.out_order_no

        order_id = self.order_id

        state = self.state

        sub_mchid = self.sub_mchid

        receivers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receivers, Unset):
            receivers = []
            for receivers_item_data in self.receivers:
                receivers_item = receivers_item_data.to_dict()
                receivers.append(receivers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "out_order_no": out_order_no,
                "order_id": order_id,
                "state": state,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if receivers is not UNSET:
            field_dict["receivers"] = receivers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_profitsharing_receiver_result import GlobalProfitsharingReceiverResult

        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        out_order_no = d.pop("out_order_no")

        order_id = d.pop("order_id")

        state = d.pop("state")

        sub_mchid = d.pop("sub_mchid", UNSET)

        _receivers = d.pop("receivers", UNSET)
        receivers: list[GlobalProfitsharingReceiverResult] | Unset = UNSET
        if _receivers is not UNSET:
            receivers = []
            for receivers_item_data in _receivers:
                receivers_item = GlobalProfitsharingReceiverResult.from_dict(receivers_item_data)

                receivers.append(receivers_item)

        global_profitsharing_order = cls(
            transaction_id=transaction_id,
            out_order_no=out_order_no,
            order_id=order_id,
            state=state,
            sub_mchid=sub_mchid,
            receivers=receivers,
        )

        global_profitsharing_order.additional_properties = d
        return global_profitsharing_order

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
