# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_installment_info import CombineInstallmentInfo
    from ..models.combine_response_payer import CombineResponsePayer
    from ..models.combine_response_scene_info import CombineResponseSceneInfo
    from ..models.combine_response_sub_order import CombineResponseSubOrder


T = TypeVar("T", bound="CombineTransaction")


@_attrs_define
class CombineTransaction:
    """合单订单 — a combined order as returned by `query_combine_transaction`. The state is per
    sub-order (`sub_orders[].trade_state`). Required: the four identifiers that OA and IM both
    mark required.

    """

    combine_appid: str
    """ 合单商户appid — AppID of the combined order. """
    combine_mchid: str
    """ 合单商户号 — merchant ID that started the combined payment. """
    combine_out_trade_no: str
    """ 合单商户订单号 — the merchant's combined-order number. """
    combine_transaction_id: str
    """ 合单微信支付订单号 — WeChat Pay's number of the combined order. """
    scene_info: CombineResponseSceneInfo | Unset = UNSET
    """ 场景信息 — payment scene of a combined order (response side). """
    sub_orders: list[CombineResponseSubOrder] | Unset = UNSET
    """ 商品单信息 — the sub-orders and their states. """
    combine_payer_info: CombineResponsePayer | Unset = UNSET
    """ 支付者 — the payer of a combined order (response side); `openid` optional. """
    trade_scenario: str | Unset = UNSET
    """ 交易场景 — e.g. `RECOMMERCE` (e-commerce personal collection). Open set. """
    installment_info: CombineInstallmentInfo | Unset = UNSET
    """ 使用的商户贴息信息 — instalment subsidy the user chose (微信分付); only when one was chosen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combine_appid = self.combine_appid

        combine_mchid = self.combine_mchid

        combine_out_trade_no = self.combine_out_trade_no

        combine_transaction_id = self.combine_transaction_id

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        sub_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_orders, Unset):
            sub_orders = []
            for sub_orders_item_data in self.sub_orders:
                sub_orders_item = sub_orders_item_data.to_dict()
                sub_orders.append(sub_orders_item)

        combine_payer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.combine_payer_info, Unset):
            combine_payer_info = self.combine_payer_info.to_dict()

        trade_scenario = self.trade_scenario

        installment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installment_info, Unset):
            installment_info = self.installment_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combine_appid": combine_appid,
                "combine_mchid": combine_mchid,
                "combine_out_trade_no": combine_out_trade_no,
                "combine_transaction_id": combine_transaction_id,
            }
        )
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if sub_orders is not UNSET:
            field_dict["sub_orders"] = sub_orders
        if combine_payer_info is not UNSET:
            field_dict["combine_payer_info"] = combine_payer_info
        if trade_scenario is not UNSET:
            field_dict["trade_scenario"] = trade_scenario
        if installment_info is not UNSET:
            field_dict["installment_info"] = installment_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_installment_info import CombineInstallmentInfo
        from ..models.combine_response_payer import CombineResponsePayer
        from ..models.combine_response_scene_info import CombineResponseSceneInfo
        from ..models.combine_response_sub_order import CombineResponseSubOrder

        d = dict(src_dict)
        combine_appid = d.pop("combine_appid")

        combine_mchid = d.pop("combine_mchid")

        combine_out_trade_no = d.pop("combine_out_trade_no")

        combine_transaction_id = d.pop("combine_transaction_id")

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: CombineResponseSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = CombineResponseSceneInfo.from_dict(_scene_info)

        _sub_orders = d.pop("sub_orders", UNSET)
        sub_orders: list[CombineResponseSubOrder] | Unset = UNSET
        if _sub_orders is not UNSET:
            sub_orders = []
            for sub_orders_item_data in _sub_orders:
                sub_orders_item = CombineResponseSubOrder.from_dict(sub_orders_item_data)

                sub_orders.append(sub_orders_item)

        _combine_payer_info = d.pop("combine_payer_info", UNSET)
        combine_payer_info: CombineResponsePayer | Unset
        if isinstance(_combine_payer_info, Unset):
            combine_payer_info = UNSET
        else:
            combine_payer_info = CombineResponsePayer.from_dict(_combine_payer_info)

        trade_scenario = d.pop("trade_scenario", UNSET)

        _installment_info = d.pop("installment_info", UNSET)
        installment_info: CombineInstallmentInfo | Unset
        if isinstance(_installment_info, Unset):
            installment_info = UNSET
        else:
            installment_info = CombineInstallmentInfo.from_dict(_installment_info)

        combine_transaction = cls(
            combine_appid=combine_appid,
            combine_mchid=combine_mchid,
            combine_out_trade_no=combine_out_trade_no,
            combine_transaction_id=combine_transaction_id,
            scene_info=scene_info,
            sub_orders=sub_orders,
            combine_payer_info=combine_payer_info,
            trade_scenario=trade_scenario,
            installment_info=installment_info,
        )

        combine_transaction.additional_properties = d
        return combine_transaction

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
